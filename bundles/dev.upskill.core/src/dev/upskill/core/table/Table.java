/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.google.gson.JsonArray;

import dev.upskill.core.internal.table.CsvWriter;
import dev.upskill.core.internal.table.HtmlWriter;
import dev.upskill.core.internal.table.JsonWriter;
import dev.upskill.core.internal.table.XlsxWriter;

/**
 * The description of a result table: its columns in order, and which rows are headings (set in
 * bold). The same description fills the workbench's grids, their exports and the command line's
 * CSV and JSON, so every one of them has the same columns with the same values.
 *
 * @param <R> the rows
 * @since 0.3.0
 */
public final class Table<R> {

	private final String name;
	private final List<Column<R>> columns;
	private final Predicate<? super R> heading;

	/**
	 * @param name what the table is, as a sheet's name ({@code Gaps})
	 * @param columns the columns, in order; their keys are unique
	 * @param heading which rows are headings (bold in XLSX and grids), or null for none
	 */
	public Table(String name, List<Column<R>> columns, Predicate<? super R> heading) {
		this.name = name;
		this.columns = List.copyOf(columns);
		this.heading = heading == null ? r -> false : heading;
		if (this.columns.stream().map(Column::key).distinct().count() != this.columns.size()) {
			throw new IllegalArgumentException("two columns of the table '" + name + "' have the same key");
		}
	}

	public String name() {
		return name;
	}

	public List<Column<R>> columns() {
		return columns;
	}

	public Column<R> column(int index) {
		return columns.get(index);
	}

	/** The index of the column with this key, or -1. */
	public int indexOf(String key) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}

	/** The column titles, in order. */
	public List<String> titles() {
		return columns.stream().map(Column::title).toList();
	}

	/** The CSV headers, in order. */
	public List<String> csvNames() {
		return columns.stream().map(Column::csvName).toList();
	}

	public boolean isHeading(R row) {
		return heading.test(row);
	}

	/** The typed value of a cell. */
	public Object value(R row, int column) {
		return columns.get(column).valueOf(row);
	}

	/** The typed values of a row, in column order. */
	public List<Object> values(R row) {
		List<Object> values = new ArrayList<>(columns.size());
		for (Column<R> column : columns) {
			values.add(column.valueOf(row));
		}
		return values;
	}

	/** Writes the rows as CSV (RFC 4180, a header line of {@link #csvNames()}). */
	public void writeCsv(List<? extends R> rows, Appendable out) throws IOException {
		CsvWriter.write(this, rows, out);
	}

	/** The rows as a JSON array of objects, one key per column, null where a cell has no value. */
	public JsonArray toJson(List<? extends R> rows) {
		return JsonWriter.rows(this, rows);
	}

	/**
	 * Writes the rows as an XLSX workbook of one sheet: a bold header of the titles, numbers,
	 * amounts and dates as typed cells, headings in bold. Does not close {@code out}.
	 *
	 * @param sheet the sheet's name (characters Excel refuses are replaced, cut to 31)
	 */
	public void writeXlsx(List<? extends R> rows, String sheet, OutputStream out) throws IOException {
		XlsxWriter.write(this, rows, sheet, null, out);
	}

	/**
	 * Writes the rows as {@link #writeXlsx(List, String, OutputStream)} does, under a title: a
	 * bold first row that says what the table is about (whose gaps, which role), an empty row,
	 * then the header and the rows. Does not close {@code out}.
	 *
	 * @param title the title row's text, or null for none
	 * @since 0.4.0
	 */
	public void writeXlsx(List<? extends R> rows, String sheet, String title, OutputStream out) throws IOException {
		XlsxWriter.write(this, rows, sheet, title, out);
	}

	/**
	 * Writes the rows as an HTML {@code <table>} in XHTML syntax (well-formed XML, read alike by
	 * HTML parsers): a header of the titles, then each cell as a grid shows it (the column's blank
	 * text where it has no value), each cell of class {@code c-KEY} (its column's key), numbers,
	 * amounts and dates also of class {@code num}, headings in rows of class {@code heading}. Every
	 * text is escaped by the writer.
	 *
	 * @param columnCount how many columns, from the first (as {@link GapTable#READ_COLUMNS})
	 * @since 0.5.0
	 */
	public void writeHtml(List<? extends R> rows, int columnCount, XMLStreamWriter out) throws XMLStreamException {
		HtmlWriter.write(this, rows, columnCount, out);
	}
}
