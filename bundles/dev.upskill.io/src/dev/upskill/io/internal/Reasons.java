/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Pattern;

/** Why reading failed, in words: never an exception's class name. */
public final class Reasons {

	private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z0-9_$]+)+\\.[A-Z][\\w$]*(:\\s*)?");

	private Reasons() {
	}

	/** The exception (or what it wraps) in words. */
	public static String of(Throwable failure) {
		Throwable cause = failure;
		while (cause instanceof UncheckedIOException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return switch (cause) {
			case InputLimitException limit -> limit.getMessage();
			case NoSuchFileException e -> "it does not exist";
			case AccessDeniedException e -> "permission denied";
			case CharacterCodingException e -> "the text is not UTF-8";
			case FileSystemException e -> e.getReason() == null ? "the system refused to read it" : e.getReason();
			case IOException e -> words(e.getMessage(), "it could not be read");
			default -> words(cause.getMessage(), "an unexpected error");
		};
	}

	/** A message without Java class names; the fallback when nothing is left. */
	public static String words(String message, String fallback) {
		if (message == null) {
			return fallback;
		}
		String cleaned = CLASS_NAME.matcher(message).replaceAll("").strip();
		return cleaned.isEmpty() ? fallback : cleaned;
	}
}
