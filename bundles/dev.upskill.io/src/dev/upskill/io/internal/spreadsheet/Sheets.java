/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.eclipse.core.runtime.OperationCanceledException;

import dev.upskill.io.internal.GuardedReader;
import dev.upskill.io.internal.ImportSession;
import dev.upskill.io.internal.InputLimitException;
import dev.upskill.io.internal.Reasons;
import dev.upskill.io.internal.TableFile;

/**
 * Spreadsheets as rows of values by column: CSV files separated by commas, semicolons or tabs
 * (detected from the header line) read with Commons CSV through {@link TableFile}, and the first
 * sheet of XLSX workbooks read as a stream with fastexcel-reader. The kind is told by the file's
 * first bytes, not its name.
 */
public final class Sheets {

	/** One row: its values by column (stripped, empty when missing) and its line (CSV) or row number (XLSX). */
	public record SheetRow(long line, UnaryOperator<String> values) {
		public String get(String column) {
			return column == null ? "" : values.apply(column);
		}
	}

	/** What a file is, by its first bytes. */
	public enum Kind {
		CSV, XLSX, LEGACY_EXCEL
	}

	/** How far the delimiter detection looks into the header line. */
	private static final int SNIFF = 64 * 1024;
	/** XML around a cell's value in a worksheet, roughly, for progress. */
	private static final int CELL_MARKUP = 30;

	private Sheets() {
	}

	/** The kind of a file by its first bytes: a zip archive is XLSX, an OLE2 file a legacy Excel workbook, anything else text. */
	public static Kind kind(Path file) throws IOException {
		byte[] head = new byte[8];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return Kind.XLSX;
		}
		if (n == 8 && ReadableWorkbook.isOLE2Header(head)) {
			return Kind.LEGACY_EXCEL;
		}
		return Kind.CSV;
	}

	/** Whether the name says a workbook ({@code .xlsx}, {@code .xlsm}). */
	public static boolean namedXlsx(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") || name.endsWith(".xlsm");
	}

	/**
	 * The delimiter of a CSV file: the one of comma, semicolon and tab that its first line holds most
	 * often outside double quotes (a comma when it holds none).
	 */
	public static char delimiter(Path file) throws IOException {
		int[] counts = new int[3];
		char[] candidates = { ',', ';', '\t' };
		try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
						.onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
			boolean quoted = false;
			boolean content = false;
			for (int i = 0, c; i < SNIFF && (c = reader.read()) >= 0; i++) {
				if (c == '"') {
					quoted = !quoted;
				} else if ((c == '\n' || c == '\r') && !quoted) {
					if (content) {
						break;
					}
				} else if (!quoted) {
					for (int k = 0; k < candidates.length; k++) {
						if (c == candidates[k]) {
							counts[k]++;
						}
					}
				}
				content |= c != '\n' && c != '\r' && c != '\uFEFF';
			}
		}
		int best = 0;
		for (int k = 1; k < candidates.length; k++) {
			if (counts[k] > counts[best]) {
				best = k;
			}
		}
		return candidates[best];
	}

	/**
	 * The header row: the first line of a CSV file, the first row with a value of an XLSX
	 * workbook's first sheet.
	 *
	 * @throws IOException naming the file and the reason when it cannot be read or has no header
	 */
	public static List<String> headers(Path file) throws IOException {
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		try {
			return switch (kind(file)) {
				case XLSX -> xlsxHeaders(file, name);
				case LEGACY_EXCEL -> throw new IOException(name + ": " + legacy());
				case CSV -> {
					if (namedXlsx(file)) {
						throw new IOException(name + ": " + notAWorkbook());
					}
					yield csvHeaders(file, name);
				}
			};
		} catch (IOException e) {
			if (e.getMessage() != null && e.getMessage().startsWith(name + ": ")) {
				throw e;
			}
			throw new IOException(name + ": " + Reasons.of(e), e);
		}
	}

	private static List<String> csvHeaders(Path file, String name) throws IOException {
		char delimiter = delimiter(file);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		// Text that is not UTF-8 is replaced here (this reads ahead of the header); reading the rows reports it with its line.
		try (Reader raw = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
				CSVParser parser = format.parse(new GuardedReader(raw, TableFile.MAX_RECORD, true, n -> {
				}))) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new IOException(name + ": the file is empty: it has no header line");
			}
			List<String> headers = new ArrayList<>();
			records.next().forEach(value -> headers.add(value.strip()));
			return headers;
		} catch (UncheckedIOException e) {
			throw new IOException(name + ": the header line cannot be read (" + Reasons.of(e) + ")", e);
		} catch (IllegalStateException | IllegalArgumentException e) {
			throw new IOException(name + ": the header line cannot be read (" + Reasons.words(e.getMessage(), "broken quotes") + ")", e);
		}
	}

	private static List<String> xlsxHeaders(Path file, String name) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
				Stream<Row> rows = firstSheet(workbook).openStream()) {
			Iterator<Row> it = rows.iterator();
			while (it.hasNext()) {
				List<String> values = values(it.next());
				if (values.stream().anyMatch(v -> !v.isEmpty())) {
					return values;
				}
			}
			throw new IOException(name + ": the first sheet is empty: it has no header row");
		} catch (IOException e) {
			if (e.getMessage() != null && e.getMessage().startsWith(name + ": ")) {
				throw e;
			}
			throw new IOException(name + ": " + unreadableWorkbook(e), e);
		} catch (RuntimeException e) {
			throw new IOException(name + ": " + unreadableWorkbook(e), e);
		}
	}

	private static Sheet firstSheet(ReadableWorkbook workbook) throws IOException {
		Sheet sheet = workbook.getFirstSheet();
		if (sheet == null) {
			throw new IOException("the workbook has no sheet");
		}
		return sheet;
	}

	/** The row's values by column index, stripped, empty where there is no cell. */
	private static List<String> values(Row row) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < row.getCellCount(); i++) {
			Optional<Cell> cell = row.getOptionalCell(i);
			String text = cell.map(Cell::getText).orElse(null);
			values.add(text == null ? "" : text.strip());
		}
		return values;
	}

	/**
	 * Reads every row of a spreadsheet after its header (a CSV file with the detected delimiter, or
	 * the first sheet of a workbook). Problems go to the session with the file, the line or row and
	 * the reason.
	 *
	 * @param required the columns the file must have; when one is missing nothing is read
	 * @return whether the file was read to its end without a row being skipped
	 */
	public static boolean read(ImportSession session, Path file, List<String> required, Consumer<SheetRow> handler) {
		String name = file.getFileName().toString();
		Kind kind;
		try {
			kind = kind(file);
		} catch (IOException e) {
			session.error(name, 0, "the file cannot be read (" + Reasons.of(e) + ")");
			return false;
		}
		switch (kind) {
			case LEGACY_EXCEL -> {
				session.error(name, 0, legacy());
				return false;
			}
			case XLSX -> {
				return readXlsx(session, file, name, required, handler);
			}
			default -> {
				if (namedXlsx(file)) {
					session.error(name, 0, notAWorkbook());
					return false;
				}
				char delimiter;
				try {
					delimiter = delimiter(file);
				} catch (IOException e) {
					session.error(name, 0, "the file cannot be read (" + Reasons.of(e) + ")");
					return false;
				}
				return TableFile.delimited(session, file, delimiter).read(required, row -> handler.accept(new SheetRow(row.line(), row::get)));
			}
		}
	}

	private static boolean readXlsx(ImportSession session, Path file, String name, List<String> required, Consumer<SheetRow> handler) {
		session.subTask("Reading " + name);
		long rowNumber = 0;
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
				Stream<Row> rows = firstSheet(workbook).openStream()) {
			Iterator<Row> it = rows.iterator();
			Map<String, Integer> columns = null;
			List<String> header = null;
			boolean skipped = false;
			while (true) {
				Row row;
				try {
					if (!it.hasNext()) {
						break;
					}
					row = it.next();
				} catch (UncheckedIOException | IllegalStateException e) {
					session.error(name, rowNumber + 1, "the sheet cannot be read past row " + rowNumber + " (" + unreadableWorkbook(e) + ")");
					return false;
				}
				rowNumber = row.getRowNum();
				List<String> values = values(row);
				long length = values.stream().mapToLong(String::length).sum();
				session.read(length + (long) CELL_MARKUP * row.getPhysicalCellCount() + CELL_MARKUP);
				if (length > TableFile.MAX_RECORD) {
					session.error(name, rowNumber, "row " + rowNumber + " holds more than " + String.format(Locale.ROOT, "%,d", TableFile.MAX_RECORD)
							+ " characters; the row is skipped");
					skipped = true;
					continue;
				}
				if (values.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (columns == null) {
					header = values;
					columns = new LinkedHashMap<>();
					for (int i = 0; i < values.size(); i++) {
						if (!values.get(i).isEmpty()) {
							columns.putIfAbsent(values.get(i).toLowerCase(Locale.ROOT), i);
						}
					}
					List<String> missing = new ArrayList<>();
					for (String column : required) {
						if (!columns.containsKey(column.toLowerCase(Locale.ROOT))) {
							missing.add(column);
						}
					}
					if (!missing.isEmpty()) {
						session.error(name, rowNumber, "the header row lacks the column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
								+ " (it has: " + String.join(", ", header.stream().filter(h -> !h.isEmpty()).limit(12).toList())
								+ (header.size() > 12 ? ", ..." : "") + ")");
						return false;
					}
					continue;
				}
				Map<String, Integer> index = columns;
				handler.accept(new SheetRow(rowNumber, column -> {
					Integer at = index.get(column.toLowerCase(Locale.ROOT));
					return at == null || at >= values.size() ? "" : values.get(at);
				}));
			}
			if (columns == null) {
				session.error(name, 0, "the first sheet is empty: it has no header row");
				return false;
			}
			return !skipped;
		} catch (OperationCanceledException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			session.error(name, rowNumber == 0 ? 0 : rowNumber + 1, (rowNumber == 0 ? "" : "the sheet cannot be read past row " + rowNumber + ": ")
					+ unreadableWorkbook(e));
			return false;
		}
	}

	/**
	 * The work a workbook's reading takes for progress: the unpacked size of its sheets and shared
	 * strings (the file's size when that cannot be told).
	 */
	public static long xlsxSize(Path file) {
		long size = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml")) {
					size += Math.max(0, entry.getSize());
				}
			}
		} catch (IOException | RuntimeException e) {
			// measured by its size then; reading it says what is wrong
		}
		if (size == 0) {
			try {
				size = Files.size(file);
			} catch (IOException e) {
				// counted as nothing; reading it says why
			}
		}
		return size;
	}

	private static String legacy() {
		return "is an Excel 97-2003 workbook (.xls), which this importer does not read; save it as .xlsx or CSV";
	}

	private static String notAWorkbook() {
		return "is named as an XLSX workbook but is not one (not a zip archive); save it again as .xlsx, or as CSV";
	}

	/** Why a workbook could not be read, in words: the library's message when it has words, never a class name. */
	static String unreadableWorkbook(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof UncheckedIOException || cause instanceof ExcelReaderException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof InputLimitException) {
			return cause.getMessage();
		}
		String message = cause.getMessage();
		String detail = message == null || message.contains("Exception") || message.contains("\n") || message.length() > 200 ? null
				: Reasons.words(message, null);
		String lower = String.valueOf(message).toLowerCase(Locale.ROOT);
		String what;
		if (lower.contains("zip") || lower.contains("central directory") || lower.contains("archive") || lower.contains("crc")
				|| lower.contains("truncated") || lower.contains("end of")) {
			what = "the workbook is damaged: it is not a whole zip archive";
		} else if (lower.contains("not found") || lower.contains("missing")) {
			what = "the file is a zip archive but not a whole XLSX workbook: a part of it is missing";
		} else if (cause.getClass().getSimpleName().startsWith("XMLStream") || lower.contains("xml") || lower.contains("unexpected")) {
			what = "the workbook is damaged: its sheet is not well-formed XML";
		} else {
			what = "the file is not an XLSX workbook this importer can read";
		}
		return detail == null || detail.isBlank() ? what : what + " (" + detail + ")";
	}
}
