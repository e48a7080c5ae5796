/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import java.util.Locale;
import java.util.Objects;

/**
 * Something an import met that the user should know: the file, where in it (a line, or a record
 * such as {@code CFItems[12]}), and the reason in words.
 *
 * @param severity how much it matters
 * @param file the file's name (or the input as given), never null
 * @param line the line in the file, or 0 when not known or not a line-based format
 * @param record the record (a JSON path, a row's key), or null
 * @param message the reason, in words
 * @since 0.1.0
 */
public record ImportProblem(Severity severity, String file, long line, String record, String message) {

	/** How much a problem matters. */
	public enum Severity {
		/** Worth knowing; nothing of the input was lost (a file the importer does not read, say). */
		INFO,
		/**
		 * The input was read, but something of it could not be kept (a reference to an element the
		 * input does not hold) or an expected file was missing.
		 */
		WARNING,
		/** Some of the input could not be read: the framework is partial. */
		ERROR;

		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public ImportProblem {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(message, "message");
	}

	/** {@code file:line: severity: record: message}, like a compiler. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(file);
		if (line > 0) {
			text.append(':').append(line);
		}
		text.append(": ").append(severity).append(": ");
		if (record != null) {
			text.append(record).append(": ");
		}
		return text.append(message).toString();
	}
}
