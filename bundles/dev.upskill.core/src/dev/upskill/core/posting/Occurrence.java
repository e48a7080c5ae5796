/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.posting;

/**
 * One place of a posting where a skill (or an unknown phrase) was found: the characters
 * {@code [start, end)} of the text that was matched, for highlighting.
 *
 * @param start the first character, an offset into the matched text
 * @param end the character after the last
 * @param term the framework's term that matched (its name, an alias or a word that needs
 *        context), or for an unknown phrase the words as written
 * @param demand how the posting asks for it at this place
 * @since 0.1.0
 */
public record Occurrence(int start, int end, String term, Demand demand) {

	public Occurrence {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("an occurrence runs from " + start + " to " + end);
		}
	}

	/** The characters of the text it covers. */
	public String in(String text) {
		return text.substring(start, end);
	}
}
