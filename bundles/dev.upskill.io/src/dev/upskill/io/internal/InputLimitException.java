/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal;

import java.io.IOException;

/** The input broke a limit that keeps an import's memory bounded (a record or line far too long). */
public final class InputLimitException extends IOException {

	private static final long serialVersionUID = 1L;

	private final long line;

	public InputLimitException(long line, String message) {
		super(message);
		this.line = line;
	}

	/** The line where the offending record or line starts. */
	public long line() {
		return line;
	}
}
