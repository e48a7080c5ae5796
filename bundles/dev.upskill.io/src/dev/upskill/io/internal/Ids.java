/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ids the model can hold (letters, digits, {@code _ . -}; never a colon, which makes EMF drop every
 * reference to the element on reload), derived from what the source names things by, and unique
 * within one framework.
 */
public final class Ids {

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
	private static final Pattern OTHER = Pattern.compile("[^A-Za-z0-9_.\\-]+");
	private static final int MAX_SLUG = 60;

	private final Set<String> used = new HashSet<>();

	/** Whether the model accepts the id as it is. */
	public static boolean valid(String id) {
		return id != null && VALID.matcher(id).matches();
	}

	/**
	 * An id from a URI: its path after {@code base}, with {@code /} as {@code .} and any other
	 * character the model refuses as {@code -}
	 * ({@code http://data.europa.eu/esco/skill/0a1b...} with base {@code http://data.europa.eu/esco/}
	 * gives {@code skill.0a1b...}). Null when nothing is left.
	 */
	public static String fromUri(String uri, String base) {
		if (uri == null) {
			return null;
		}
		String rest = base != null && uri.startsWith(base) ? uri.substring(base.length()) : uri.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*/?", "");
		return clean(rest.replace('/', '.'));
	}

	/** A readable id from a name: {@code Microsoft Excel} gives {@code microsoft-excel}. Null when nothing is left. */
	public static String slug(String name) {
		if (name == null) {
			return null;
		}
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = OTHER.matcher(ascii.toLowerCase(Locale.ROOT).replace('.', '-')).replaceAll("-").replaceAll("-{2,}", "-");
		slug = slug.replaceAll("^[-.]+|[-.]+$", "");
		if (slug.length() > MAX_SLUG) {
			slug = slug.substring(0, MAX_SLUG).replaceAll("[-.]+$", "");
		}
		return slug.isEmpty() ? null : slug;
	}

	/** The text with every character the model refuses replaced; null when nothing is left. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = OTHER.matcher(text).replaceAll("-").replaceAll("^[-.]+|[-.]+$", "");
		if (cleaned.isEmpty()) {
			return null;
		}
		return valid(cleaned) ? cleaned : "x" + cleaned;
	}

	/**
	 * The id itself when no element of the framework has it yet, otherwise the id with the first
	 * free suffix ({@code -2}, {@code -3}, ...). {@code fallback} stands in for a null id.
	 */
	public String unique(String id, String fallback) {
		String base = id == null ? fallback : id;
		if (used.add(base)) {
			return base;
		}
		for (int i = 2;; i++) {
			String candidate = base + "-" + i;
			if (used.add(candidate)) {
				return candidate;
			}
		}
	}

	/** Marks an id as taken (for example the framework's own). */
	public void reserve(String id) {
		used.add(id);
	}
}
