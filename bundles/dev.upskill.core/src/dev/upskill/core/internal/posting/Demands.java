/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.posting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.upskill.core.posting.Demand;

/**
 * Whether each place of a posting asks for a skill as required or as nice to have, or only
 * mentions it (about the company, the benefits): from the section it is in and the cue words of
 * its clause.
 * <p>
 * <b>Sections.</b> A heading is a line that starts with {@code #}, is bold ({@code **...**}), is in
 * capitals, ends with a colon, or is short and made of heading words; HTML headings arrive as
 * {@code #} lines. A heading with {@link #NICE_HEADINGS} words starts a nice-to-have section, one
 * with {@link #MENTION_HEADINGS} words a section that only mentions skills, any other heading a
 * required one; before the first heading, skills are required. A line that starts with such
 * words and a colon ({@code Nice to have: Kafka}) is a section of its own.
 * <p>
 * <b>Clauses.</b> Cue words in the clause (up to {@code . ; ! ?} or the line's end) override the
 * section: {@link #NICE_CUES} make it nice to have ("Kafka is a plus"), else {@link #REQUIRED_CUES}
 * make it required ("must have shipped models with PyTorch").
 */
public final class Demands {

	static final List<String> NICE_HEADINGS = List.of("nice to have", "nice-to-have", "bonus", "preferred", "desirable",
			"plus", "good to have", "optional", "would be great", "extra credit", "pluses", "not required");
	static final List<String> MENTION_HEADINGS = List.of("about us", "about the company", "about the team", "who we are",
			"benefit", "what we offer", "perks", "why join", "why you'll love", "compensation", "salary", "how to apply",
			"equal opportunit", "our values", "our story", "about ");
	static final List<String> REQUIRED_HEADINGS = List.of("requirement", "qualification", "must", "required", "what you bring",
			"what you need", "what we're looking for", "what we are looking for", "you have", "skills", "experience",
			"responsibilit", "what you'll do", "what you will do", "the role", "essential", "you will", "your profile");
	static final List<String> NICE_CUES = List.of("nice to have", "nice-to-have", " a plus", " big plus", " plus.",
			" bonus", "preferred", "preferably", "desirable", "ideally", "good to have", "an advantage", "advantageous",
			"not required", "optional", "would be great", "is helpful", "are helpful", "welcome", "not a must",
			"is a plus", "are a plus", "nice if");
	static final List<String> REQUIRED_CUES = List.of("must", "required", "requires", "essential", "mandatory", "you need",
			"need to", "strong ", "proficien", "expert", "minimum", "solid ", "at least", "years of", "deep ");

	private final String text;
	/** The demand at each character's clause, computed line by line. */
	private Demand[] byClauseStart = new Demand[64];
	private int[] clauseStarts = new int[64];
	/** The end of each clause whose cue words are still to be read, or -1 (a heading, or read already). */
	private int[] clauseEnds = new int[64];
	private int clauses;

	private Demands(String text) {
		this.text = text;
	}

	/** The demands of a text's places. */
	public static Demands of(String text) {
		Demands demands = new Demands(text);
		demands.scan();
		return demands;
	}

	private void scan() {
		Demand section = Demand.REQUIRED;
		int n = text.length();
		int lineStart = 0;
		while (lineStart <= n) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = n;
			}
			String line = text.substring(lineStart, lineEnd);
			if (!hasLetter(line)) {
				addClause(lineStart, section);
				if (lineEnd == n) {
					break;
				}
				lineStart = lineEnd + 1;
				continue;
			}
			Demand heading = heading(line);
			if (heading != null) {
				section = heading;
				addClause(lineStart, section);
			} else {
				Demand lineDemand = section;
				String stripped = line.stripLeading();
				int colon = stripped.indexOf(':');
				if (colon > 0 && colon <= 40) {
					Demand inline = headingWords(stripped.substring(0, colon).toLowerCase(Locale.ROOT), true);
					if (inline != null) {
						lineDemand = inline;
					}
				}
				clauses(line, lineStart, lineDemand);
			}
			if (lineEnd == n) {
				break;
			}
			lineStart = lineEnd + 1;
		}
	}

	private void clauses(String line, int offset, Demand lineDemand) {
		int from = 0;
		int n = line.length();
		for (int i = 0; i <= n; i++) {
			boolean end = i == n;
			if (!end) {
				char c = line.charAt(i);
				end = (c == '.' || c == ';' || c == '!' || c == '?') && (i + 1 >= n || Character.isWhitespace(line.charAt(i + 1)));
			}
			if (end) {
				// The clause's cue words are read when a place in it is asked for (most clauses name no skill).
				addClause(offset + from, lineDemand);
				clauseEnds[clauses - 1] = offset + Math.min(n, i + 1);
				from = i + 1;
			}
		}
	}

	private static Demand cue(String clause) {
		for (String nice : NICE_CUES) {
			if (clause.contains(nice)) {
				return Demand.NICE_TO_HAVE;
			}
		}
		if (clause.strip().endsWith(" plus")) {
			return Demand.NICE_TO_HAVE;
		}
		for (String required : REQUIRED_CUES) {
			if (clause.contains(required)) {
				return Demand.REQUIRED;
			}
		}
		return null;
	}

	private void addClause(int start, Demand demand) {
		if (clauses > 0 && clauseStarts[clauses - 1] >= start) {
			byClauseStart[clauses - 1] = demand;
			clauseEnds[clauses - 1] = -1;
			return;
		}
		if (clauses == clauseStarts.length) {
			clauseStarts = Arrays.copyOf(clauseStarts, clauses * 2);
			byClauseStart = Arrays.copyOf(byClauseStart, clauses * 2);
			clauseEnds = Arrays.copyOf(clauseEnds, clauses * 2);
		}
		clauseStarts[clauses] = start;
		byClauseStart[clauses] = demand;
		clauseEnds[clauses] = -1;
		clauses++;
	}

	/** What a line says when it is a heading, or null when it is not one. */
	static Demand heading(String line) {
		String stripped = line.strip();
		if (stripped.isEmpty() || stripped.length() > 80) {
			return null;
		}
		String lower = stripped.toLowerCase(Locale.ROOT);
		int words = words(stripped);
		if (words > 10) {
			return null;
		}
		boolean bullet = stripped.startsWith("- ") || stripped.startsWith("* ") || stripped.startsWith("\u2022");
		String key = unmarked(lower);
		Demand words0 = headingWords(key, false);
		boolean marked = stripped.startsWith("#") || (stripped.startsWith("**") && stripped.endsWith("**") && stripped.length() > 4)
				|| (stripped.startsWith("__") && stripped.endsWith("__") && stripped.length() > 4)
				|| (stripped.endsWith(":") && !bullet) || (capitals(stripped) && words0 != null);
		if (marked) {
			return words0 != null ? words0 : Demand.REQUIRED;
		}
		boolean sentence = stripped.endsWith(".") || stripped.endsWith(",");
		if (!sentence && words <= 5 && words0 != null && !stripped.startsWith("-") && !stripped.startsWith("*")) {
			return words0;
		}
		return null;
	}

	/** What heading words say, or null when they say nothing (a heading of another kind, or not a heading). */
	private static Demand headingWords(String key, boolean inline) {
		for (String nice : NICE_HEADINGS) {
			if (key.contains(nice)) {
				return Demand.NICE_TO_HAVE;
			}
		}
		String spaced = key + " ";
		for (String mention : MENTION_HEADINGS) {
			if (inline && mention.equals("about ")) {
				continue;
			}
			if (spaced.startsWith(mention) || (!mention.equals("about ") && key.contains(mention))) {
				return Demand.MENTIONED;
			}
		}
		for (String required : REQUIRED_HEADINGS) {
			if (key.contains(required)) {
				return Demand.REQUIRED;
			}
		}
		return null;
	}

	private static int words(String line) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < line.length(); i++) {
			boolean space = Character.isWhitespace(line.charAt(i));
			if (!space && !inWord) {
				words++;
			}
			inWord = !space;
		}
		return words;
	}

	/** The line without the markup around a heading: leading {@code # * _ -}, trailing {@code # * _ :}, spaces. */
	private static String unmarked(String line) {
		int from = 0;
		int to = line.length();
		while (from < to && "#*_- \t".indexOf(line.charAt(from)) >= 0) {
			from++;
		}
		while (to > from && "#*_: \t".indexOf(line.charAt(to - 1)) >= 0) {
			to--;
		}
		return line.substring(from, to);
	}

	private static boolean hasLetter(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (Character.isLetter(line.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean capitals(String line) {
		int letters = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (Character.isLetter(c)) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				letters++;
			}
		}
		return letters >= 4;
	}

	/** The demand at a character offset. */
	public Demand at(int offset) {
		int low = 0;
		int high = clauses - 1;
		int found = 0;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			if (clauseStarts[mid] <= offset) {
				found = mid;
				low = mid + 1;
			} else {
				high = mid - 1;
			}
		}
		if (clauses == 0) {
			return Demand.REQUIRED;
		}
		if (clauseEnds[found] >= 0) {
			Demand cue = cue(" " + text.substring(clauseStarts[found], clauseEnds[found]).toLowerCase(Locale.ROOT) + " ");
			if (cue != null) {
				byClauseStart[found] = cue;
			}
			clauseEnds[found] = -1;
		}
		return byClauseStart[found];
	}
}
