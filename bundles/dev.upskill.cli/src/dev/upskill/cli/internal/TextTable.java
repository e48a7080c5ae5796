/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.upskill.core.table.Column;
import dev.upskill.core.table.ColumnType;
import dev.upskill.core.table.Table;

/**
 * The text output of a result table: some of its columns, in fixed widths, with the titles in
 * capitals and each cell as a grid shows it (numbers right-aligned, long text cut with an
 * ellipsis). The values come from the table's description, as csv and json do.
 */
final class TextTable<R> {

	private record Shown(int column, int width) {
	}

	private final Table<R> table;
	private final List<Shown> shown = new ArrayList<>();

	TextTable(Table<R> table) {
		this.table = table;
	}

	/** Shows a column in this width (the last column shown is never padded; 0 there: never cut). */
	TextTable<R> column(int column, int width) {
		shown.add(new Shown(column, width));
		return this;
	}

	void print(List<? extends R> rows, PrintStream out) {
		List<String> header = new ArrayList<>();
		for (Shown s : shown) {
			header.add(table.column(s.column()).title().toUpperCase(Locale.ROOT));
		}
		out.println(line(header));
		for (R row : rows) {
			List<String> cells = new ArrayList<>();
			for (Shown s : shown) {
				Column<R> column = table.column(s.column());
				cells.add(column.shown(column.valueOf(row)));
			}
			out.println(line(cells));
		}
	}

	private String line(List<String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < shown.size(); i++) {
			Shown s = shown.get(i);
			String cell = s.width() > 0 ? Figures.cut(cells.get(i), s.width()) : cells.get(i);
			boolean last = i == shown.size() - 1;
			if (i > 0) {
				line.append(' ');
			}
			if (numeric(table.column(s.column()).type())) {
				line.append(" ".repeat(Math.max(0, s.width() - cell.length()))).append(cell);
			} else {
				line.append(cell);
				if (!last) {
					line.append(" ".repeat(Math.max(0, s.width() - cell.length())));
				}
			}
		}
		return line.toString().stripTrailing();
	}

	private static boolean numeric(ColumnType type) {
		return type == ColumnType.INTEGER || type == ColumnType.DECIMAL || type == ColumnType.MONEY;
	}
}
