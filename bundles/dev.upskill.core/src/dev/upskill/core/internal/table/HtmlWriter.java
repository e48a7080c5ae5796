/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.table;

import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.upskill.core.table.Column;
import dev.upskill.core.table.ColumnType;
import dev.upskill.core.table.Table;

/**
 * A table as an HTML {@code <table>} in XHTML syntax (well-formed XML that HTML parsers read the
 * same way): a header of the titles, each cell the text a grid shows ({@link Column#shown}),
 * every cell of class {@code c-KEY} (its column's key), numbers, amounts and dates also of class
 * {@code num} (right-aligned), heading rows with
 * {@code class="heading"}. The stream writer escapes every text and attribute.
 */
public final class HtmlWriter {

	private HtmlWriter() {
	}

	public static <R> void write(Table<R> table, List<? extends R> rows, int columnCount, XMLStreamWriter out)
			throws XMLStreamException {
		List<Column<R>> columns = table.columns().subList(0, Math.min(columnCount, table.columns().size()));
		out.writeStartElement("table");
		out.writeAttribute("class", "data");
		out.writeStartElement("thead");
		out.writeStartElement("tr");
		for (Column<R> column : columns) {
			out.writeStartElement("th");
			out.writeAttribute("scope", "col");
			out.writeAttribute("class", cssClass(column));
			out.writeCharacters(column.title());
			out.writeEndElement();
		}
		out.writeEndElement();
		out.writeEndElement();
		out.writeStartElement("tbody");
		for (R row : rows) {
			out.writeStartElement("tr");
			if (table.isHeading(row)) {
				out.writeAttribute("class", "heading");
			}
			for (Column<R> column : columns) {
				out.writeStartElement("td");
				out.writeAttribute("class", cssClass(column));
				out.writeCharacters(column.shown(column.valueOf(row)));
				out.writeEndElement();
			}
			out.writeEndElement();
		}
		out.writeEndElement();
		out.writeEndElement();
	}

	/** {@code c-KEY}, and {@code num} for numbers: a style sheet sizes and aligns columns by them. */
	private static String cssClass(Column<?> column) {
		String key = "c-" + column.key().replaceAll("[^A-Za-z0-9_-]", "-");
		return numeric(column) ? key + " num" : key;
	}

	private static boolean numeric(Column<?> column) {
		ColumnType type = column.type();
		return type == ColumnType.INTEGER || type == ColumnType.DECIMAL || type == ColumnType.MONEY || type == ColumnType.DATE;
	}
}
