/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem of a model file, as users and tools see it: which file, where in it (line and
 * column when known, and the element), and why.
 *
 * @param code what kind of problem it is: markers, quick fixes and tests match on it, never on the message
 * @param severity how bad it is
 * @param file the file's path or URI as the user gave it
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param element the element concerned ({@link Labels}), or null for the file as a whole
 * @param message the reason, in a sentence
 */
public record Problem(ProblemCode code, Severity severity, String file, int line, int column, String element, String message) {

	public Problem {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(severity, "severity");
	}

	/** The same problem, said of another element or in other words. */
	Problem with(String otherElement, String otherMessage) {
		return new Problem(code, severity, file, line, column, otherElement, otherMessage);
	}

	/** How bad a problem is. */
	public enum Severity {
		/** The model is wrong or could not be read. */
		ERROR,
		/** Suspicious, but the model is usable. */
		WARNING;

		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** {@code file:line:column: severity: element: message}, like a compiler. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(file);
		if (line > 0) {
			text.append(':').append(line);
			if (column > 0) {
				text.append(':').append(column);
			}
		}
		text.append(": ").append(severity).append(": ");
		if (element != null) {
			text.append(element).append(": ");
		}
		return text.append(message).toString();
	}
}
