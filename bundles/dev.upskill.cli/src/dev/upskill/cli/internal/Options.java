/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --name value} options and {@code --name} switches of a command; anything else is a usage
 * error. An option may be given more than once ({@link #all}); {@code -o} stands for
 * {@code --output}.
 */
final class Options {

	/** A usage error, reported with exit code 2. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final Map<String, List<String>> values = new HashMap<>();

	Options(List<String> arguments, Set<String> known) throws UsageException {
		this(arguments, known, Set.of());
	}

	/**
	 * @param known the options that take a value
	 * @param switches the options that take none (for example {@code force})
	 */
	Options(List<String> arguments, Set<String> known, Set<String> switches) throws UsageException {
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			String name = argument.equals("-o") && known.contains("output") ? "output"
					: argument.startsWith("--") ? argument.substring(2) : null;
			if (name != null && switches.contains(name)) {
				values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
				continue;
			}
			if (name == null || !known.contains(name)) {
				Set<String> all = new TreeSet<>(known);
				all.addAll(switches);
				throw new UsageException("unknown option '" + argument + "' (options: --" + String.join(", --", all) + ")");
			}
			if (i + 1 >= arguments.size()) {
				throw new UsageException(argument + " needs a value");
			}
			values.computeIfAbsent(name, k -> new ArrayList<>()).add(arguments.get(++i));
		}
	}

	String required(String name) throws UsageException {
		String value = get(name, null);
		if (value == null) {
			throw new UsageException("--" + name + " is required");
		}
		return value;
	}

	/** The value of the option (the last one when given more than once), or {@code fallback}. */
	String get(String name, String fallback) {
		List<String> given = values.get(name);
		return given == null ? fallback : given.get(given.size() - 1);
	}

	/** Every value of an option given more than once, in order; empty when not given. */
	List<String> all(String name) {
		return List.copyOf(values.getOrDefault(name, List.of()));
	}

	/** Whether the option or switch was given. */
	boolean has(String name) {
		return values.containsKey(name);
	}

	int positiveInt(String name, int fallback) throws UsageException {
		String value = get(name, null);
		if (value == null) {
			return fallback;
		}
		try {
			int parsed = Integer.parseInt(value);
			if (parsed > 0) {
				return parsed;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--" + name + " must be a whole number above 0, not '" + value + "'");
	}

	/** A number above 0, or null when the option is not given. */
	Double positiveNumber(String name) throws UsageException {
		String value = get(name, null);
		if (value == null) {
			return null;
		}
		try {
			double parsed = Double.parseDouble(value);
			if (parsed > 0 && Double.isFinite(parsed)) {
				return parsed;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--" + name + " must be a number above 0, not '" + value + "'");
	}

	/** An amount of money, 0 or more, or null when the option is not given. */
	BigDecimal money(String name) throws UsageException {
		String value = get(name, null);
		if (value == null) {
			return null;
		}
		try {
			BigDecimal parsed = new BigDecimal(value.trim());
			if (parsed.signum() >= 0) {
				return parsed;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--" + name + " must be an amount of 0 or more (for example 1500 or 99.50), not '" + value + "'");
	}

	/** A date written as {@code 2026-09-01}, or null when the option is not given. */
	LocalDate date(String name) throws UsageException {
		String value = get(name, null);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		} catch (DateTimeParseException e) {
			throw new UsageException("--" + name + " must be a date written as YYYY-MM-DD (for example 2026-09-01), not '" + value
					+ "'");
		}
	}

	/** One of the allowed words (the first is the default). */
	String choice(String name, String... allowed) throws UsageException {
		String value = get(name, allowed[0]);
		if (!List.of(allowed).contains(value)) {
			throw new UsageException("--" + name + " must be " + words(allowed) + ", not '" + value + "'");
		}
		return value;
	}

	/** The output format: text (default), csv or json. */
	String format() throws UsageException {
		return choice("format", "text", "csv", "json");
	}

	/** {@code a, b or c}. */
	static String words(String... words) {
		if (words.length == 1) {
			return words[0];
		}
		return String.join(", ", List.of(words).subList(0, words.length - 1)) + " or " + words[words.length - 1];
	}
}
