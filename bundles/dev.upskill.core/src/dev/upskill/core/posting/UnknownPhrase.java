/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.posting;

import java.util.List;

/**
 * A phrase a posting repeats that no framework of the matcher knows: a candidate for a new alias
 * or skill. One to three words, at least twice, not a function word nor a word every posting uses.
 *
 * @param phrase the phrase as first written
 * @param occurrences every place, in text order
 * @since 0.1.0
 */
public record UnknownPhrase(String phrase, List<Occurrence> occurrences) {

	public UnknownPhrase {
		occurrences = List.copyOf(occurrences);
	}

	public int count() {
		return occurrences.size();
	}
}
