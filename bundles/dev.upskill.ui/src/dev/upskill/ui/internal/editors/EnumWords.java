/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The values of the model's enumerations in words, as the UI shows them: {@code inProgress} is
 * "In progress". The generated edit bundle names them by their literal, and its labels are
 * rewritten whenever the model code is generated, so the words are made here.
 */
public final class EnumWords {

	private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
	/** The phrases of the literals met so far: the model's enumerations have a few dozen. */
	private static final Map<String, String> PHRASES = new ConcurrentHashMap<>();

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
		// camelCase and snake_case literals become words; a grid asks for every row it paints or filters
		return PHRASES.computeIfAbsent(literal,
				l -> CAMEL.matcher(l).replaceAll("$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT));
	}
}
