/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.table;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import dev.upskill.core.table.Column;
import dev.upskill.core.table.Table;

/**
 * A table as an XLSX workbook of one sheet, with fastexcel: the titles in bold, numbers, amounts
 * (two decimals) and dates (ISO) as typed cells, heading rows in bold.
 */
public final class XlsxWriter {

	private XlsxWriter() {
	}

	// finish() completes the workbook; closing it would only finish it again.
	@SuppressWarnings("resource")
	public static <R> void write(Table<R> table, List<? extends R> rows, String sheetName, String title, OutputStream out)
			throws IOException {
		Workbook workbook = new Workbook(new NonClosing(out), "Upskill Workbench", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName(sheetName == null ? table.name() : sheetName));
		List<Column<R>> columns = table.columns();
		// A title, then an empty row: the header and the rows below form a block a spreadsheet's
		// filter and "format as table" take at once.
		int header = 0;
		if (title != null && !title.isBlank()) {
			sheet.value(0, 0, title);
			sheet.style(0, 0).bold().fontSize(12).set();
			header = 2;
		}
		for (int c = 0; c < columns.size(); c++) {
			sheet.value(header, c, columns.get(c).title());
		}
		sheet.range(header, 0, header, Math.max(0, columns.size() - 1)).style().bold().set();
		for (int r = 0; r < rows.size(); r++) {
			R row = rows.get(r);
			int line = header + r + 1;
			for (int c = 0; c < columns.size(); c++) {
				Column<R> column = columns.get(c);
				Object value = column.valueOf(row);
				switch (value) {
					case null -> {
						// an empty cell
					}
					case BigDecimal money -> {
						sheet.value(line, c, money);
						sheet.style(line, c).format("0.00").set();
					}
					case Number number -> sheet.value(line, c, number);
					case Boolean bool -> sheet.value(line, c, bool);
					case LocalDate date -> {
						sheet.value(line, c, date);
						sheet.style(line, c).format("yyyy-mm-dd").set();
					}
					default -> sheet.value(line, c, column.text(value));
				}
			}
			if (table.isHeading(row) && !columns.isEmpty()) {
				sheet.range(line, 0, line, columns.size() - 1).style().bold().set();
			}
		}
		workbook.finish();
		out.flush();
	}

	/** A sheet name Excel accepts: without {@code \ / ? * [ ] :}, at most 31 characters. */
	static String sheetName(String name) {
		String cleaned = name == null ? "" : name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
		if (cleaned.isEmpty()) {
			return "Sheet1";
		}
		return cleaned.length() > 31 ? cleaned.substring(0, 31).strip() : cleaned;
	}

	/** fastexcel closes its stream when it finishes; the caller owns it. */
	private static final class NonClosing extends FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			out.flush();
		}
	}
}
