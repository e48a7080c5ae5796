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
		int n = tokens.size();
		Map<String, List<int[]>> places = new LinkedHashMap<>();
		Map<String, Boolean> named = new HashMap<>();
		for (int i = 0; i < n; i++) {
			if (!candidate(tokens, covered, i)) {
				continue;
			}
			StringBuilder key = new StringBuilder();
			for (int length = 1; length <= LONGEST && i + length <= n; length++) {
				int last = i + length - 1;
				if (length > 1 && (!candidate(tokens, covered, last) || tokens.itemStart(last)
						|| tokens.sentence(last) != tokens.sentence(i))) {
					break;
				}
				if (length > 1) {
					key.append(' ');
				}
				key.append(tokens.norm(last));
				String k = key.toString();
				List<int[]> at = places.computeIfAbsent(k, x -> new ArrayList<>(2));
				if (at.isEmpty() || at.get(at.size() - 1)[1] <= i) {
					at.add(new int[] { i, last + 1 });
				}
				if (length == 1 && looksLikeAName(tokens, i)) {
					named.put(k, Boolean.TRUE);
				}
			}
		}
		List<Phrase> kept = new ArrayList<>();
		for (Map.Entry<String, List<int[]>> entry : places.entrySet()) {
			List<int[]> at = entry.getValue();
			if (at.size() < 2) {
				continue;
			}
			String key = entry.getKey();
			int words = at.get(0)[1] - at.get(0)[0];
			if (words == 1 && !named.containsKey(key)) {
				continue;
			}
			if (allCommon(key)) {
				continue;
			}
			kept.add(new Phrase(key, words, at));
		}
		// Longer phrases first, so that a shorter one inside them that occurs as often can be left out.
		kept.sort(Comparator.comparingInt(Phrase::words).reversed());
		List<Phrase> maximal = new ArrayList<>();
		for (Phrase phrase : kept) {
			boolean inside = false;
			for (Phrase longer : maximal) {
				if (longer.words() > phrase.words() && longer.places().size() >= phrase.places().size()
						&& (" " + longer.key() + " ").contains(" " + phrase.key() + " ")) {
					inside = true;
					break;
				}
			}
			if (!inside) {
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
