/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The values of the model's enumerations in words, as the UI shows them: {@code inProgress} is
 * "In progress". The generated edit bundle names them by their literal, and its labels are
 * rewritten whenever the model code is generated, so the words are made here.
 */
public final class EnumWords {

	private EnumWords() {
	}

	/** A literal or an enumerator in words, capitalized: "In progress", "Self"; "" for null. */
	public static String of(Object value) {
		String words = phrase(value);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** In words within a sentence: "in progress", "self"; "" for null. */
	public static String phrase(Object value) {
		String literal = value instanceof Enumerator enumerator ? enumerator.getLiteral() : value == null ? "" : value.toString();
		// camelCase and snake_case literals become words
		return literal.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
	}
}
