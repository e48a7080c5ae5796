/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.posting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases a posting repeats that no framework knows: candidates for new aliases or skills.
 * <p>
 * A candidate is one to three words in a row, within one item of one sentence, outside every
 * match, none of them a function word and not all of them words every posting uses
 * ({@link Stopwords}). It must occur at least twice (counted on the normalised words, so
 * {@code feature flags} and {@code Feature flag} are one). A single word must also look like a
 * name: a capital inside a sentence ({@code Looker}), capitals or a digit ({@code SAS},
 * {@code S3}). A phrase inside a longer one that occurs as often is left out for the longer one.
 */
public final class Phrases {

	/** At most this many phrases are proposed, the most repeated first. */
	public static final int LIMIT = 25;
	private static final int LONGEST = 3;
	private static final int BITS = 21;
	/** Phrases are looked for in the first this many words (a long posting has 20,000), which bounds the time any text takes. */
	public static final int MAX_TOKENS = 60_000;
	/** Words past this many different ones are not counted (a phrase key holds three ids of {@value #BITS} bits). */
	private static final int MAX_WORDS = (1 << BITS) - 2;

	/**
	 * A repeated phrase.
	 *
	 * @param key the normalised words
	 * @param words how many words
	 * @param places the token ranges {@code [from, to)} where it occurs, in order
	 */
	public record Phrase(String key, int words, List<int[]> places) {
	}

	private Phrases() {
	}

	/**
	 * @param covered the tokens inside a match
	 */
	public static List<Phrase> repeated(Tokens tokens, boolean[] covered) {
		int n = Math.min(tokens.size(), MAX_TOKENS);
		// Words get small ids and a phrase of up to three words one long key, so that counting
		// allocates no text; only the phrases that occur twice are made into text afterwards.
		Map<String, Integer> vocabulary = new HashMap<>();
		int[] word = new int[n];
		for (int i = 0; i < n; i++) {
			if (!candidate(tokens, covered, i)) {
				word[i] = -1;
			} else {
				Integer id = vocabulary.get(tokens.norm(i));
				if (id == null) {
					id = vocabulary.size() < MAX_WORDS ? vocabulary.size() : -1;
					if (id >= 0) {
						vocabulary.put(tokens.norm(i), id);
					}
				}
				word[i] = id;
			}
		}
		Map<Long, int[]> counts = new HashMap<>(); // key -> {count, end of the last place counted}
		for (int i = 0; i < n; i++) {
			if (word[i] < 0) {
				continue;
			}
			long key = 0;
			for (int length = 1; length <= LONGEST && i + length <= n; length++) {
				int last = i + length - 1;
				if (length > 1 && (word[last] < 0 || tokens.itemStart(last) || tokens.sentence(last) != tokens.sentence(i))) {
					break;
				}
				key = key << BITS | (word[last] + 1L);
				int[] count = counts.computeIfAbsent(key, k -> new int[2]);
				if (count[0] == 0 || count[1] <= i) {
					count[0]++;
					count[1] = last + 1;
				}
			}
		}
		Map<Long, List<int[]>> places = new LinkedHashMap<>();
		Map<Long, Boolean> named = new HashMap<>();
		for (int i = 0; i < n; i++) {
			if (word[i] < 0) {
				continue;
			}
			long key = 0;
			for (int length = 1; length <= LONGEST && i + length <= n; length++) {
				int last = i + length - 1;
				if (length > 1 && (word[last] < 0 || tokens.itemStart(last) || tokens.sentence(last) != tokens.sentence(i))) {
					break;
				}
				key = key << BITS | (word[last] + 1L);
				if (counts.get(key)[0] < 2) {
					continue;
				}
				List<int[]> at = places.computeIfAbsent(key, x -> new ArrayList<>(2));
				if (at.isEmpty() || at.get(at.size() - 1)[1] <= i) {
					at.add(new int[] { i, last + 1 });
				}
				if (length == 1 && looksLikeAName(tokens, i)) {
					named.put(key, Boolean.TRUE);
				}
			}
		}
		List<Phrase> kept = new ArrayList<>();
		for (Map.Entry<Long, List<int[]>> entry : places.entrySet()) {
			List<int[]> at = entry.getValue();
			int words = at.get(0)[1] - at.get(0)[0];
			if (words == 1 && !named.containsKey(entry.getKey())) {
				continue;
			}
			StringBuilder text = new StringBuilder();
			for (int k = at.get(0)[0]; k < at.get(0)[1]; k++) {
				text.append(k > at.get(0)[0] ? " " : "").append(tokens.norm(k));
			}
			String key = text.toString();
			if (allCommon(key)) {
				continue;
			}
			kept.add(new Phrase(key, words, at));
		}
		// A phrase inside a longer kept one that occurs as often is left out: each longer phrase marks
		// the shorter phrases inside it (at most five for three words), so this is linear.
		Map<String, Integer> coveredUpTo = new HashMap<>();
		for (Phrase phrase : kept) {
			if (phrase.words() < 2) {
				continue;
			}
			String[] words = phrase.key().split(" ");
			for (int from = 0; from < words.length; from++) {
				for (int to = from + 1; to <= words.length; to++) {
					if (to - from < words.length) {
						coveredUpTo.merge(String.join(" ", List.of(words).subList(from, to)), phrase.places().size(), Math::max);
					}
				}
			}
		}
		List<Phrase> maximal = new ArrayList<>();
		for (Phrase phrase : kept) {
			Integer longer = coveredUpTo.get(phrase.key());
			if (longer == null || longer < phrase.places().size()) {
				maximal.add(phrase);
			}
		}
		maximal.sort(Comparator.comparingInt((Phrase p) -> p.places().size()).reversed()
				.thenComparing(Comparator.comparingInt(Phrase::words).reversed())
				.thenComparingInt(p -> p.places().get(0)[0]));
		return List.copyOf(maximal.subList(0, Math.min(LIMIT, maximal.size())));
	}

	private static boolean candidate(Tokens tokens, boolean[] covered, int token) {
		if (covered[token]) {
			return false;
		}
		String norm = tokens.norm(token);
		if (norm.length() < 2 && !tokens.capitalised(token)) {
			return false;
		}
		if (Stopwords.isStopword(norm)) {
			return false;
		}
		boolean letter = false;
		for (int i = 0; i < norm.length(); i++) {
			if (Character.isLetter(norm.charAt(i))) {
				letter = true;
				break;
			}
		}
		return letter;
	}

	private static boolean looksLikeAName(Tokens tokens, int token) {
		String surface = tokens.surface(token);
		int capitals = 0;
		for (int i = 0; i < surface.length(); i++) {
			char c = surface.charAt(i);
			if (Character.isDigit(c) || c == '+' || c == '#') {
				return true;
			}
			if (Character.isUpperCase(c)) {
				capitals++;
			}
		}
		return capitals > 1 || (capitals == 1 && !tokens.sentenceStart(token) && !tokens.itemStart(token));
	}

	private static boolean allCommon(String key) {
		for (String word : key.split(" ")) {
			if (!Stopwords.isCommon(word)) {
				return false;
			}
		}
		return true;
	}
}
