/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.posting;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into word tokens, with what matching needs to know about each: where it is, its
 * normalised form ({@link #normalize}), what joins it to the token before, and which sentence and
 * line it is in.
 * <p>
 * A token is a run of letters, digits and combining marks, with a {@code ++} or {@code #} written
 * right after it ({@code C++}, {@code C#}). Everything else separates tokens, so {@code CI/CD},
 * {@code CI-CD} and {@code CI CD} are the same two tokens, and {@code scikit-learn} matches
 * {@code scikit learn}; what stood between two tokens is kept ({@link #joiner}), for the rules
 * that must tell {@code R&D} from {@code R, D}. Works on any string: lone surrogates, controls and
 * unassigned characters only separate tokens.
 */
public final class Tokens {

	/** No character between the two tokens: they are separated by space or a line break, or nothing. */
	public static final char SPACED = ' ';
	private static final int LONGEST_WORD = 64;

	private final String text;
	private int size;
	private int[] start = new int[64];
	private int[] end = new int[64];
	private String[] norm = new String[64];
	/** The single character joining a token to the one before without any space, or {@link #SPACED}. */
	private char[] joiner = new char[64];
	/** Whether an item separator (comma, slash, bullet, line break, ...) stands before the token. */
	private boolean[] itemStart = new boolean[64];
	private int[] sentence = new int[64];
	private int[] line = new int[64];
	private boolean[] sentenceStart = new boolean[64];

	private Tokens(String text) {
		this.text = text;
	}

	/** Cuts the text into tokens. */
	public static Tokens of(String text) {
		Tokens tokens = new Tokens(text);
		tokens.scan();
		return tokens;
	}

	private void scan() {
		int n = text.length();
		int i = 0;
		int sentenceId = 0;
		int lineId = 0;
		boolean newSentence = true;
		boolean newItem = true;
		int previousEnd = -1;
		while (i < n) {
			int cp = text.codePointAt(i);
			if (!isWordChar(cp)) {
				if (cp == '\n' || cp == '\r' || cp == '\u2028' || cp == '\u2029') {
					if (cp == '\n' || cp != '\r' || i + 1 >= n || text.charAt(i + 1) != '\n') {
						lineId++;
					}
					newSentence = true;
					newItem = true;
				} else if (cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == ':') {
					// A full stop between two letters or digits (node.js, 3.5) ends no sentence.
					boolean inside = cp == '.' && i > 0 && i + 1 < n && isWordChar(text.codePointBefore(i))
							&& isWordChar(text.codePointAt(i + 1));
					if (!inside) {
						newSentence = true;
						newItem = true;
					}
				} else if (cp == ',' || cp == '/' || cp == '(' || cp == ')' || cp == '[' || cp == ']' || cp == '|'
						|| cp == '\u2022' || cp == '\u00b7' || cp == '\u2013' || cp == '\u2014' || cp == '*' || cp == '"'
						|| cp == '\u201c' || cp == '\u201d') {
					newItem = true;
				} else if (cp == '-' && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1)))) {
					newItem = true; // a bullet or a dash between words, not a hyphen
				}
				i += Character.charCount(cp);
				continue;
			}
			int from = i;
			while (i < n) {
				int c = text.codePointAt(i);
				if (!isWordChar(c)) {
					break;
				}
				i += Character.charCount(c);
			}
			if (i + 1 < n && text.charAt(i) == '+' && text.charAt(i + 1) == '+' && (i + 2 >= n || !isWordChar(text.codePointAt(i + 2)))) {
				i += 2;
			} else if (i < n && text.charAt(i) == '#' && (i + 1 >= n || !isWordChar(text.codePointAt(i + 1))) && i - from <= 2) {
				i += 1;
			}
			char join = SPACED;
			if (previousEnd >= 0 && from - previousEnd == 1) {
				join = text.charAt(previousEnd);
				if (Character.isWhitespace(join)) {
					join = SPACED;
				}
			}
			add(from, i, join, newItem, newSentence, sentenceId, lineId);
			if (newSentence) {
				sentenceId++;
			}
			newSentence = false;
			newItem = false;
			previousEnd = i;
		}
	}

	private void add(int from, int to, char join, boolean item, boolean sentenceBegins, int sentenceId, int lineId) {
		if (size == start.length) {
			int capacity = size * 2;
			start = Arrays.copyOf(start, capacity);
			end = Arrays.copyOf(end, capacity);
			norm = Arrays.copyOf(norm, capacity);
			joiner = Arrays.copyOf(joiner, capacity);
			itemStart = Arrays.copyOf(itemStart, capacity);
			sentence = Arrays.copyOf(sentence, capacity);
			line = Arrays.copyOf(line, capacity);
			sentenceStart = Arrays.copyOf(sentenceStart, capacity);
		}
		start[size] = from;
		end[size] = to;
		norm[size] = normalize(text, from, to);
		joiner[size] = join;
		itemStart[size] = item;
		sentenceStart[size] = sentenceBegins;
		// Sentence ids count up from 1 at each sentence's first token.
		sentence[size] = sentenceBegins ? sentenceId + 1 : sentenceId;
		line[size] = lineId;
		size++;
	}

	static boolean isWordChar(int cp) {
		if (Character.isLetterOrDigit(cp)) {
			return true;
		}
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
	}

	public int size() {
		return size;
	}

	public String text() {
		return text;
	}

	public int start(int token) {
		return start[token];
	}

	public int end(int token) {
		return end[token];
	}

	/** The token as written. */
	public String surface(int token) {
		return text.substring(start[token], end[token]);
	}

	/** The normalised token ({@link #normalize}). */
	public String norm(int token) {
		return norm[token];
	}

	/** The one character joining the token to the one before it with no space ({@code &} in R&D), or {@link #SPACED}. */
	public char joiner(int token) {
		return joiner[token];
	}

	/** Whether an item of a list starts at the token: after a comma, slash, bracket, bullet, line break or sentence end. */
	public boolean itemStart(int token) {
		return itemStart[token];
	}

	/** Whether the token is the first of its sentence (or of its line). */
	public boolean sentenceStart(int token) {
		return sentenceStart[token];
	}

	public int sentence(int token) {
		return sentence[token];
	}

	public int line(int token) {
		return line[token];
	}

	/** Whether the token starts with a capital letter. */
	public boolean capitalised(int token) {
		return Character.isUpperCase(text.codePointAt(start[token]));
	}

	/** The normalised form of a term, token by token, as the text's tokens are normalised. */
	public static String[] normalizeTerm(String term) {
		Tokens tokens = of(term);
		String[] result = new String[tokens.size];
		for (int i = 0; i < tokens.size; i++) {
			result[i] = tokens.norm[i];
		}
		return result;
	}

	/** The tokens of a term as written. */
	public static String[] surfaces(String term) {
		Tokens tokens = of(term);
		String[] result = new String[tokens.size];
		for (int i = 0; i < tokens.size; i++) {
			result[i] = tokens.surface(i);
		}
		return result;
	}

	/**
	 * A token's normalised form: case-folded (Locale.ROOT), compatibility forms folded (NFKC:
	 * full-width letters, ligatures), British {@code -isation} and {@code -ise} spelt as
	 * {@code -ization} and {@code -ize}, and the simple English endings taken off, the same way
	 * for posting and framework, so that plural and inflected forms meet: {@code pipelines} and
	 * {@code pipeline}, {@code modelling}, {@code modeling} and {@code model}, {@code tests} and
	 * {@code testing}. It is a light stemmer on purpose: it only has to make the two sides agree,
	 * not find linguistic roots.
	 */
	static String normalize(String text, int from, int to) {
		if (to - from > LONGEST_WORD) {
			return "\u0000"; // no term has such a word; not worth folding
		}
		boolean ascii = true;
		for (int i = from; i < to; i++) {
			if (text.charAt(i) >= 0x80) {
				ascii = false;
				break;
			}
		}
		String word;
		if (to - from >= 3 && text.charAt(to - 1) == 's' && allUpper(text, from, to - 1)) {
			to--; // APIs, KPIs, LLMs: an acronym's plural
		}
		if (ascii) {
			word = text.substring(from, to).toLowerCase(Locale.ROOT);
		} else {
			word = Normalizer.normalize(text.substring(from, to), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		}
		return stem(word);
	}

	static String stem(String word) {
		int n = word.length();
		if (n < 4 || !lettersOnly(word)) {
			return word;
		}
		String w = word;
		if (w.endsWith("isation") || w.endsWith("isations")) {
			w = w.substring(0, w.lastIndexOf("isation")) + "ization" + (w.endsWith("s") ? "s" : "");
		}
		// plurals
		if (w.endsWith("ies") && w.length() > 4) {
			w = w.substring(0, w.length() - 3) + "y";
		} else if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
			w = w.substring(0, w.length() - 2);
		} else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
			w = w.substring(0, w.length() - 1);
		}
		// -ing and -ed, keeping at least four letters
		boolean inflected = false;
		if (w.endsWith("ing") && w.length() >= 7) {
			w = w.substring(0, w.length() - 3);
			inflected = true;
		} else if (w.endsWith("ed") && w.length() >= 6 && !w.endsWith("eed")) {
			w = w.substring(0, w.length() - 2);
			inflected = true;
		}
		if (inflected && w.endsWith("ll") && w.length() >= 6) {
			w = w.substring(0, w.length() - 1); // modelling, labelled: the British double l
		}
		if (w.endsWith("ise") && w.length() >= 6) {
			w = w.substring(0, w.length() - 3) + "ize";
		} else if (inflected && w.endsWith("is") && w.length() >= 6) {
			w = w.substring(0, w.length() - 2) + "iz"; // optimised, optimising: as optimized, optimizing
		}
		if (w.endsWith("e") && w.length() >= 5) {
			w = w.substring(0, w.length() - 1);
		}
		return w;
	}

	private static boolean allUpper(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (!(c >= 'A' && c <= 'Z')) {
				return false;
			}
		}
		return true;
	}

	private static boolean lettersOnly(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}
}
