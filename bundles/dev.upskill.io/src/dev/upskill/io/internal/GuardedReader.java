/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Reads text while keeping an import's memory bounded and its progress known: it counts lines,
 * reports the characters read, and refuses a record longer than a limit. With {@code quotes},
 * line breaks inside double-quoted values do not end a record (CSV), so a quote that is never
 * closed stops the import at the limit instead of reading the rest of the file into one value.
 */
public final class GuardedReader extends FilterReader {

	private final long maxRecord;
	private final boolean quotes;
	private final LongConsumer progress;
	private long line = 1;
	private long recordStart = 1;
	private long recordChars;
	private boolean inQuotes;
	private boolean first = true;

	/**
	 * @param maxRecord the most characters a record may have
	 * @param quotes whether double quotes enclose values that may span lines
	 * @param progress told the number of characters read, after each read
	 */
	public GuardedReader(Reader in, long maxRecord, boolean quotes, LongConsumer progress) {
		super(in);
		this.maxRecord = maxRecord;
		this.quotes = quotes;
		this.progress = progress;
	}

	/** The line being read (1 for the first). */
	public long line() {
		return line;
	}

	@Override
	public int read() throws IOException {
		char[] one = new char[1];
		int n = read(one, 0, 1);
		return n < 0 ? -1 : one[0];
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = in.read(buffer, offset, length);
		if (n <= 0) {
			return n;
		}
		int start = offset;
		if (first) {
			first = false;
			if (buffer[offset] == '\uFEFF') {
				// A byte order mark is not part of the first header.
				System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
				n--;
				if (n == 0) {
					return read(buffer, offset, length);
				}
			}
		}
		for (int i = start; i < offset + n; i++) {
			char c = buffer[i];
			if (quotes && c == '"') {
				inQuotes = !inQuotes;
			}
			if (c == '\n') {
				line++;
				if (!inQuotes) {
					recordChars = 0;
					recordStart = line;
					continue;
				}
			}
			if (++recordChars > maxRecord) {
				throw new InputLimitException(recordStart, (quotes ? "the record that starts on line " : "line ") + recordStart
						+ " is longer than " + String.format(Locale.ROOT, "%,d", maxRecord) + " characters"
						+ (quotes && inQuotes ? " (a quoted value that is never closed?)" : "")
						+ "; the file is read no further");
			}
		}
		progress.accept(n);
		return n;
	}
}
