/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.upskill.io.ImportProblem.Severity;

/**
 * A delimited text file with a header line (ESCO's CSV, O*NET's tab-separated text), read record
 * by record with Commons CSV. Values are found by column name, in any order and any case. What
 * cannot be read becomes a problem that names the file, the line and the reason; the reading
 * stops at the first spot the parser cannot get past (broken quotes, text that is not UTF-8, a
 * record over the limit).
 */
public final class TableFile {

	/** A record longer than this stops the reading (a quote never closed, or not a table at all). */
	public static final long MAX_RECORD = 1_000_000;

	/** How Commons CSV says that the file ended inside quotes. */
	private static final String NEVER_CLOSED = "EOF reached before encapsulated token finished";

	/** One record: its values by column and the line it starts on. */
	public static final class Row {
		private final CSVRecord record;
		private final Map<String, Integer> columns;
		private final long line;

		Row(CSVRecord record, Map<String, Integer> columns, long line) {
			this.record = record;
			this.columns = columns;
			this.line = line;
		}

		/** The value of the column, stripped; empty when the column or value is missing. */
		public String get(String column) {
			Integer index = columns.get(column.toLowerCase(Locale.ROOT));
			if (index == null || index >= record.size()) {
				return "";
			}
			return record.get(index).strip();
		}

		public long line() {
			return line;
		}
	}

	/** Handles one record. */
	@FunctionalInterface
	public interface RowHandler {
		void handle(Row row);
	}

	private final ImportSession session;
	private final Path path;
	private final String name;
	private final char delimiter;
	private final boolean quotes;

	private TableFile(ImportSession session, Path path, char delimiter, boolean quotes) {
		this.session = session;
		this.path = path;
		this.name = path.getFileName().toString();
		this.delimiter = delimiter;
		this.quotes = quotes;
	}

	/** A comma-separated file with double quotes (RFC 4180, as ESCO writes them). */
	public static TableFile csv(ImportSession session, Path path) {
		return new TableFile(session, path, ',', true);
	}

	/** A tab-separated file without quoting (as O*NET writes them). */
	public static TableFile tsv(ImportSession session, Path path) {
		return new TableFile(session, path, '\t', false);
	}

	/**
	 * A file separated by the delimiter (a comma, a semicolon or a tab, as spreadsheets save them)
	 * with double quotes.
	 */
	public static TableFile delimited(ImportSession session, Path path, char delimiter) {
		return new TableFile(session, path, delimiter, true);
	}

	public String name() {
		return name;
	}

	/**
	 * Reads every record. Records with more values than the header are reported and skipped; missing
	 * values at the end of a record are empty.
	 *
	 * @param required the columns the file must have; when one is missing nothing is read
	 * @return whether the file was read to its end (false: it is missing columns, or reading
	 *         stopped at an error)
	 */
	public boolean read(List<String> required, RowHandler handler) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote(quotes ? Character.valueOf('"') : null)
				.setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false).get();
		session.subTask("Reading " + name);
		GuardedReader guarded = null;
		long recordLine = 1;
		try (Reader raw = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024)) {
			guarded = new GuardedReader(raw, MAX_RECORD, quotes, session::read);
			CSVParser parser = format.parse(guarded);
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				session.error(name, 0, "the file is empty: it has no header line");
				return false;
			}
			CSVRecord header = records.next();
			Map<String, Integer> columns = columns(header);
			List<String> missing = new ArrayList<>();
			for (String column : required) {
				if (!columns.containsKey(column.toLowerCase(Locale.ROOT))) {
					missing.add(column);
				}
			}
			if (!missing.isEmpty()) {
				session.error(name, 1, missingColumns(header, missing));
				return false;
			}
			int skipped = 0;
			while (true) {
				recordLine = parser.getCurrentLineNumber() + 1;
				if (!records.hasNext()) {
					break;
				}
				CSVRecord record = records.next();
				if (record.size() == 1 && header.size() > 2 && otherDelimiter(record.get(0)) != 0) {
					skipped++;
					char found = otherDelimiter(record.get(0));
					session.error(name, recordLine, "reads as one value: it seems separated by " + (found == '\t' ? "tabs" : "'" + found + "'")
							+ ", and this file separates values by " + delimiterName() + "s; the line is skipped");
					continue;
				}
				// Fewer values than the header is usual (ESCO leaves trailing empty values out): they are empty.
				if (record.size() > header.size()) {
					skipped++;
					session.error(name, recordLine, "has " + record.size() + " values where the header has " + header.size() + " (a "
							+ delimiterName() + " inside a value that is not quoted?); the line is skipped");
					continue;
				}
				handler.handle(new Row(record, columns, recordLine));
			}
			return skipped == 0;
		} catch (UncheckedIOException | IOException e) {
			IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
			long line = cause instanceof InputLimitException limit ? limit.line() : guarded == null ? 0 : guarded.line();
			if (String.valueOf(cause.getMessage()).contains(NEVER_CLOSED)) {
				line = recordLine;
			}
			session.problem(Severity.ERROR, name, line, null, unreadable(cause));
			return false;
		} catch (IllegalStateException | IllegalArgumentException e) {
			// Commons CSV reports some malformed input this way.
			session.problem(Severity.ERROR, name, recordLine, null,
					"the file cannot be read past this line (" + Reasons.words(e.getMessage(), "malformed text") + ")");
			return false;
		}
	}

	/** The delimiter of another format that the text holds (';', or a tab in CSV, a comma in TSV), or 0. */
	private char otherDelimiter(String text) {
		for (char other : delimiter == ';' ? new char[] { ',', '\t' } : new char[] { ';', delimiter == ',' ? '\t' : ',' }) {
			if (text.indexOf(other) >= 0) {
				return other;
			}
		}
		return 0;
	}

	private String delimiterName() {
		return switch (delimiter) {
			case ',' -> "comma";
			case ';' -> "semicolon";
			case '\t' -> "tab";
			default -> "'" + delimiter + "'";
		};
	}

	/** Column names (stripped, any case) to their index; the first of a repeated name wins. */
	private static Map<String, Integer> columns(CSVRecord header) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		return columns;
	}

	private String missingColumns(CSVRecord header, List<String> missing) {
		StringBuilder text = new StringBuilder("the header lacks the column").append(missing.size() == 1 ? " " : "s ")
				.append(String.join(", ", missing));
		String only = header.size() == 1 ? header.get(0) : null;
		char other = only == null ? 0 : otherDelimiter(only);
		if (other != 0) {
			text.append(" (it reads as one column: the values seem separated by ").append(other == '\t' ? "tabs" : "'" + other + "'")
					.append(", and this format separates them by ").append(delimiterName()).append("s)");
		} else {
			List<String> found = new ArrayList<>();
			for (int i = 0; i < Math.min(header.size(), 12); i++) {
				found.add(header.get(i).strip());
			}
			text.append(" (it has: ").append(String.join(", ", found)).append(header.size() > 12 ? ", ..." : "").append(')');
		}
		return text.toString();
	}

	private static String unreadable(IOException cause) {
		if (cause instanceof InputLimitException) {
			return cause.getMessage();
		}
		String message = cause.getMessage() == null ? "" : cause.getMessage();
		if (message.contains(NEVER_CLOSED)) {
			return "a quoted value in the record that starts on this line is never closed (broken quotes)";
		}
		if (message.toLowerCase(Locale.ROOT).contains("between encapsulated token and delimiter")) {
			return "a closing quote is followed by other characters before the next delimiter (broken quotes); the file is read no further";
		}
		if (cause instanceof CharacterCodingException) {
			return "the text is not UTF-8 here; the file is read no further";
		}
		return "the file cannot be read further: " + Reasons.of(cause);
	}
}
