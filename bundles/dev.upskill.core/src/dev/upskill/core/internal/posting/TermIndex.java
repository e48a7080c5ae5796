/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.posting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every term of a set of skills (names, aliases, the words that need context) in one trie over
 * normalised tokens ({@link Tokens#normalize}), built once: matching a text is one walk from each
 * token, however many terms there are. A term may belong to several skills (the same alias in two
 * frameworks); each is an {@link Entry}.
 */
public final class TermIndex {

	/**
	 * One term of one skill.
	 *
	 * @param skill the skill's index in the list the index was built from
	 * @param term the term as the framework writes it
	 * @param surfaces the term's tokens as written, for the case rule
	 * @param needsContext whether the term is one of the skill's {@code requiresContext} words
	 * @param caseSensitive whether the posting must write it as the framework does (the word has a capital)
	 * @param gerund a single word in -ing ({@code Budgeting}, {@code Forecasting}): it matches only
	 *        words in -ing, so that "a learning budget" is not budgeting
	 */
	public record Entry(int skill, String term, String[] surfaces, boolean needsContext, boolean caseSensitive, boolean gerund) {
	}

	private final Map<String, Integer> vocabulary = new HashMap<>();
	private final Map<Long, Integer> children = new HashMap<>();
	private final List<Entry[]> entries = new ArrayList<>();
	private int nodes = 1;
	private int terms;

	/** Adds a term of a skill; a term without any word ({@code "++"}, blank) is left out. */
	public void add(int skill, String term, boolean needsContext) {
		String[] tokens = Tokens.normalizeTerm(term);
		if (tokens.length == 0) {
			return;
		}
		int node = 0;
		for (String token : tokens) {
			int id = vocabulary.computeIfAbsent(token, t -> vocabulary.size());
			long key = key(node, id);
			Integer child = children.get(key);
			if (child == null) {
				child = nodes++;
				children.put(key, child);
			}
			node = child;
		}
		while (entries.size() <= node) {
			entries.add(null);
		}
		Entry[] at = entries.get(node);
		boolean caseSensitive = needsContext && !term.equals(term.toLowerCase(Locale.ROOT));
		String[] surfaces = Tokens.surfaces(term);
		boolean gerund = surfaces.length == 1 && surfaces[0].toLowerCase(Locale.ROOT).endsWith("ing");
		Entry entry = new Entry(skill, term, surfaces, needsContext, caseSensitive, gerund);
		if (at == null) {
			entries.set(node, new Entry[] { entry });
		} else {
			for (int i = 0; i < at.length; i++) {
				if (at[i].skill() == skill) {
					// The same words twice for one skill (its name and an alias): the one that needs context rules.
					if (needsContext && !at[i].needsContext()) {
						at[i] = entry;
					}
					return;
				}
			}
			Entry[] grown = Arrays.copyOf(at, at.length + 1);
			grown[at.length] = entry;
			entries.set(node, grown);
		}
		terms++;
	}

	/** The number of (term, skill) entries. */
	public int size() {
		return terms;
	}

	/** The vocabulary id of each token of the text, or -1 for a word no term has. */
	public int[] ids(Tokens tokens) {
		int[] ids = new int[tokens.size()];
		for (int i = 0; i < ids.length; i++) {
			Integer id = vocabulary.get(tokens.norm(i));
			ids[i] = id == null ? -1 : id;
		}
		return ids;
	}

	/** The node after following a token from a node, or -1. */
	public int child(int node, int token) {
		if (token < 0) {
			return -1;
		}
		Integer child = children.get(key(node, token));
		return child == null ? -1 : child;
	}

	/** The terms that end at a node, or null. */
	public Entry[] entries(int node) {
		return node < entries.size() ? entries.get(node) : null;
	}

	private static long key(int node, int token) {
		return ((long) node << 32) | (token & 0xffffffffL);
	}
}
