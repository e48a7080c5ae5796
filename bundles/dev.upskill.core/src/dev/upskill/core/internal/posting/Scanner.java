/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.posting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import dev.upskill.core.internal.posting.TermIndex.Entry;

/**
 * Finds the terms of a {@link TermIndex} in a text, longest first, and applies the context rules
 * to the words that need context ({@code requiresContext}).
 * <p>
 * <b>Longest match.</b> From each token the trie is walked as far as the text goes; the longest
 * term that ends there and is accepted wins, and matching goes on after it ("machine learning
 * engineering" before "machine learning"). When the longest is a word that needs context and the
 * context is missing, a shorter term from the same token may still match.
 * <p>
 * <b>Context rules</b> (the same for every skill; which words they apply to is the framework's
 * data). A word that needs context counts only when all of these hold:
 * <ol>
 * <li>written as the framework writes it, when the framework writes it with a capital ({@code Go}
 * is not {@code go}, nor {@code Goes});</li>
 * <li>not joined to a neighbouring word by {@code & - ' . _ @ + = ° % $ € £} without a space
 * ({@code R&D}, {@code C-level}, {@code Go-to-market}, {@code 80 °C});</li>
 * <li>not right after a capitalised word of the same phrase that is not a known skill, unless that
 * word starts the sentence ({@code Plan C}, {@code Vitamin C});</li>
 * <li>and one of these gives context: it is an item of its own in a list (between commas, slashes,
 * brackets, line breaks or {@code and}/{@code or}) next to an item that is a known skill, another
 * such word, or a word written like a technology (a capital, a digit, {@code ++}) that is an item
 * of its own too, as in {@code Rust, Go and Scala}; or it is not the first word of its sentence
 * and a skill that needs no context is found within {@value #WINDOW} words of it in the same
 * sentence ({@code services in Go on Kubernetes}); or it follows {@code in}, {@code with},
 * {@code using}, {@code use} or {@code of} and ends its item ({@code written in Go.},
 * {@code experience with R or Stan}); or a word such as {@code skills}, {@code experience},
 * {@code developers} follows it ({@code Excel skills}); or it opens a bullet as an item of its own
 * ({@code - Rust, for the hot path}).</li>
 * </ol>
 * A single word in -ing ({@code Budgeting}) only matches words in -ing, whether or not it needs
 * context: "a learning budget" is not budgeting.
 * <p>
 * Skills that need no context are found first, so that they can give context.
 */
public final class Scanner {

	/** How many words around a word that needs context are searched for a known skill. */
	public static final int WINDOW = 8;

	private static final String HARD_JOINERS = "&-'\u2019._@+=\u2010\u2011\u00b0%$\u20ac\u00a3";
	/** Words after which a technology is named: "written in Go", "experience with R". */
	private static final Set<String> LEADS = Set.of("in", "with", "using", "use", "of");
	/** Words that, right after a word, make it a skill: "Excel skills", "React experience". */
	private static final Set<String> SKILL_NOUNS = Set.of("skill", "skills", "experience", "knowledge", "proficiency", "expertise",
			"programming", "developer", "developers", "engineer", "engineers", "code", "codebase", "libraries", "packages",
			"scripts", "scripting", "ecosystem", "stack");
	private static final Set<String> CONNECTIVES = Set.of("and", "or", "nor", "und", "plus");
	private static final int CHECK_EVERY = 2048;

	/**
	 * A term found at tokens {@code [from, to)} for the skills of {@code entries}.
	 */
	public record Hit(int from, int to, List<Entry> entries) {
	}

	private final TermIndex index;
	private final Tokens tokens;
	private final int[] ids;
	private final boolean[] anchored;
	private final boolean[] candidate;
	private final IProgressMonitor monitor;
	private int steps;

	public Scanner(TermIndex index, Tokens tokens, IProgressMonitor monitor) {
		this.index = index;
		this.tokens = tokens;
		this.ids = index.ids(tokens);
		this.anchored = new boolean[tokens.size()];
		this.candidate = new boolean[tokens.size()];
		this.monitor = monitor;
	}

	/** The hits, in text order, not overlapping. */
	public List<Hit> scan() {
		int n = tokens.size();
		// Pass 1: the terms that need no context, to give context to those that do; and the words
		// that need context written as the framework writes them, which support each other in a list.
		for (int k = 0; k < n; k++) {
			int node = index.child(0, ids[k]);
			Entry[] entries = node < 0 ? null : index.entries(node);
			if (entries != null) {
				for (Entry entry : entries) {
					if (entry.needsContext() && (!entry.caseSensitive() || tokens.surface(k).equals(entry.surfaces()[0]))) {
						candidate[k] = true;
					}
				}
			}
		}
		for (int i = 0; i < n;) {
			checkCanceled(i);
			int end = longestPlain(i);
			if (end > i) {
				for (int k = i; k < end; k++) {
					anchored[k] = true;
				}
				i = end;
			} else {
				i++;
			}
		}
		// Pass 2: every term, longest first, the context rules applied.
		List<Hit> hits = new ArrayList<>();
		int[] endTokens = new int[16];
		int[] endNodes = new int[16];
		for (int i = 0; i < n;) {
			checkCanceled(i);
			int found = 0;
			int node = 0;
			for (int k = i; k < n; k++) {
				if (k > i && breaks(k)) {
					break;
				}
				node = index.child(node, ids[k]);
				if (node < 0) {
					break;
				}
				if (index.entries(node) != null) {
					if (found == endTokens.length) {
						endTokens = Arrays.copyOf(endTokens, found * 2);
						endNodes = Arrays.copyOf(endNodes, found * 2);
					}
					endTokens[found] = k + 1;
					endNodes[found] = node;
					found++;
				}
			}
			Hit hit = null;
			for (int f = found - 1; f >= 0 && hit == null; f--) {
				List<Entry> accepted = new ArrayList<>(2);
				for (Entry entry : index.entries(endNodes[f])) {
					if (entry.gerund() && !gerund(i)) {
						continue;
					}
					if (!entry.needsContext() || inContext(entry, i, endTokens[f])) {
						accepted.add(entry);
					}
				}
				if (!accepted.isEmpty()) {
					hit = new Hit(i, endTokens[f], List.copyOf(accepted));
				}
			}
			if (hit != null) {
				hits.add(hit);
				i = hit.to();
			} else {
				i++;
			}
		}
		return hits;
	}

	/** The end of the longest term from the token that has a skill needing no context, or {@code from}. */
	private int longestPlain(int from) {
		int node = 0;
		int best = from;
		for (int k = from; k < tokens.size(); k++) {
			if (k > from && breaks(k)) {
				break;
			}
			node = index.child(node, ids[k]);
			if (node < 0) {
				break;
			}
			Entry[] entries = index.entries(node);
			if (entries != null) {
				for (Entry entry : entries) {
					if (!entry.needsContext() && (!entry.gerund() || gerund(from))) {
						best = k + 1;
						break;
					}
				}
			}
		}
		return best;
	}

	/** The context rules for a word that needs context, found at tokens {@code [from, to)}. */
	boolean inContext(Entry entry, int from, int to) {
		int n = tokens.size();
		if (entry.caseSensitive()) {
			String[] surfaces = entry.surfaces();
			if (surfaces.length != to - from) {
				return false;
			}
			for (int k = 0; k < surfaces.length; k++) {
				if (!tokens.surface(from + k).equals(surfaces[k])) {
					return false;
				}
			}
		}
		if (HARD_JOINERS.indexOf(tokens.joiner(from)) >= 0 || (to < n && HARD_JOINERS.indexOf(tokens.joiner(to)) >= 0)) {
			return false;
		}
		if (from > 0 && !tokens.itemStart(from) && !connective(from - 1) && tokens.capitalised(from - 1) && !anchored[from - 1]
				&& !tokens.sentenceStart(from - 1)) {
			return false;
		}
		return listItem(from, to) || nearKnownSkill(from, to) || afterLead(from, to) || beforeSkillNoun(to) || bulletLead(from, to);
	}

	/** "written in Go.", "experience with R or Stan": a leading word, and the item ends after the term. */
	private boolean afterLead(int from, int to) {
		return from > 0 && !tokens.itemStart(from) && LEADS.contains(tokens.norm(from - 1)) && endsItem(to);
	}

	/** "Excel skills", "React experience". */
	private boolean beforeSkillNoun(int to) {
		return to < tokens.size() && tokens.joiner(to) == Tokens.SPACED && tokens.sentence(to) == tokens.sentence(to - 1)
				&& SKILL_NOUNS.contains(tokens.surface(to).toLowerCase(Locale.ROOT));
	}

	/** A bullet that starts with the term as an item of its own: "- Rust, for the hot path". */
	private boolean bulletLead(int from, int to) {
		if (!endsItem(to)) {
			return false;
		}
		String text = tokens.text();
		int i = tokens.start(from) - 1;
		while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i--;
		}
		if (i < 0 || "-*\u2022\u00b7".indexOf(text.charAt(i)) < 0) {
			return false;
		}
		i--;
		while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i--;
		}
		return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
	}

	private boolean endsItem(int to) {
		return to == tokens.size() || tokens.itemStart(to) || connective(to);
	}

	/**
	 * Whether a term cannot go on from the token before to this one: a comma, bracket, line break or
	 * sentence end with space stands between them ("AWS (SageMaker" is not "AWS SageMaker"); a
	 * slash or hyphen without space does not ({@code CI/CD}, {@code scikit-learn}).
	 */
	private boolean breaks(int token) {
		return tokens.sentenceStart(token) || (tokens.itemStart(token) && tokens.joiner(token) == Tokens.SPACED);
	}

	/** Whether the token is, as written, one of the words that need context (whether or not it found context). */
	public boolean knownWord(int token) {
		return candidate[token];
	}

	/** Whether the token is written as a word in -ing. */
	private boolean gerund(int token) {
		String surface = tokens.surface(token).toLowerCase(Locale.ROOT);
		return surface.endsWith("ing") || surface.endsWith("ings");
	}

	private boolean listItem(int from, int to) {
		int n = tokens.size();
		boolean startsItem = from == 0 || tokens.itemStart(from) || connective(from - 1);
		boolean endsItem = to == n || tokens.itemStart(to) || connective(to);
		if (!startsItem || !endsItem) {
			return false;
		}
		int before = from - 1;
		if (before >= 0 && !tokens.itemStart(from) && connective(before)) {
			before--;
		}
		int after = to < n && connective(to) && !tokens.itemStart(to) ? to + 1 : to;
		return (before >= 0 && Math.abs(tokens.line(before) - tokens.line(from)) <= 1 && technology(before)
				&& (anchored[before] || candidate[before] || before == 0 || tokens.itemStart(before) || connective(before - 1)))
				|| (after < n && Math.abs(tokens.line(after) - tokens.line(from)) <= 1 && technology(after)
						&& (anchored[after] || candidate[after] || endsItem(after + 1)));
	}

	private boolean nearKnownSkill(int from, int to) {
		if (tokens.sentenceStart(from)) {
			return false;
		}
		int sentence = tokens.sentence(from);
		for (int k = Math.max(0, from - WINDOW); k < Math.min(tokens.size(), to + WINDOW); k++) {
			if (anchored[k] && (k < from || k >= to) && tokens.sentence(k) == sentence) {
				return true;
			}
		}
		return false;
	}

	/** A known skill, or a word written like a technology: a capital, a digit, {@code ++} or {@code #}. */
	private boolean technology(int token) {
		if (anchored[token]) {
			return true;
		}
		String surface = tokens.surface(token);
		if (Stopwords.isStopword(tokens.norm(token))) {
			return false;
		}
		for (int i = 0; i < surface.length(); i++) {
			char c = surface.charAt(i);
			if (Character.isDigit(c) || c == '+' || c == '#') {
				return true;
			}
		}
		return Character.isUpperCase(surface.codePointAt(0));
	}

	private boolean connective(int token) {
		return CONNECTIVES.contains(tokens.norm(token));
	}

	private void checkCanceled(int token) {
		if (monitor != null && ++steps % CHECK_EVERY == 0 && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
