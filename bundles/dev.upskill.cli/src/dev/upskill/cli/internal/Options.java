/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of a command; anything else is a usage error. */
final class Options {

	/** A usage error, reported with exit code 2. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final Map<String, String> values = new HashMap<>();

	Options(List<String> arguments, Set<String> known) throws UsageException {
		for (int i = 0; i < arguments.size(); i++) {
			String name = arguments.get(i);
			if (!name.startsWith("--") || !known.contains(name.substring(2))) {
				throw new UsageException("unknown option '" + name + "' (options: --" + String.join(", --", known) + ")");
			}
			if (i + 1 >= arguments.size()) {
				throw new UsageException(name + " needs a value");
			}
			values.put(name.substring(2), arguments.get(++i));
		}
	}

	String required(String name) throws UsageException {
		String value = values.get(name);
		if (value == null) {
			throw new UsageException("--" + name + " is required");
		}
		return value;
	}

	String get(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	int positiveInt(String name, int fallback) throws UsageException {
		String value = values.get(name);
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
		throw new UsageException("--" + name + " must be a positive number, not '" + value + "'");
	}

	/** The output format: text (default), csv or json. */
	String format() throws UsageException {
		String format = get("format", "text");
		if (!Set.of("text", "csv", "json").contains(format)) {
			throw new UsageException("--format must be text, csv or json, not '" + format + "'");
		}
		return format;
	}
}
