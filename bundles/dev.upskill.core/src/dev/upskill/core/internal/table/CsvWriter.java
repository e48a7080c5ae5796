/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.table;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.upskill.core.table.Column;
import dev.upskill.core.table.Table;

/** A table as CSV with Commons CSV: the header of CSV names, then each cell's text. */
public final class CsvWriter {

	private CsvWriter() {
	}

	// The printer is flushed, not closed: the caller owns the output and closes it.
	@SuppressWarnings("resource")
	public static <R> void write(Table<R> table, List<? extends R> rows, Appendable out) throws IOException {
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(table.csvNames().toArray(String[]::new)).get());
		List<Column<R>> columns = table.columns();
		String[] cells = new String[columns.size()];
		for (R row : rows) {
			for (int c = 0; c < cells.length; c++) {
				Column<R> column = columns.get(c);
				cells[c] = column.text(column.valueOf(row));
			}
			csv.printRecord((Object[]) cells);
		}
		csv.flush();
	}
}
