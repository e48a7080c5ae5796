/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.upskill.model.resource.AtomicFileWriter;
import dev.upskill.ui.internal.gap.GapRows.Row;

/**
 * Writes the gap grid as shown (filtered, sorted, grouped) to CSV or to an XLSX workbook. The
 * workbook is the smallest valid Office Open XML spreadsheet (one sheet, inline strings, a bold
 * header): a few lines instead of Apache POI and its dozen jars for one table. Files are written
 * atomically, so an export never leaves half a file behind.
 */
final class GapExport {

	private GapExport() {
	}

	static void csv(List<Row> rows, Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(GapRows.COLUMNS).get())) {
			for (Row row : rows) {
				Object[] values = new Object[GapRows.COLUMNS.length];
				for (int c = 0; c < values.length; c++) {
					values[c] = GapRows.value(row, c);
				}
				csv.printRecord(values);
			}
		}
		AtomicFileWriter.write(file, bytes.toByteArray());
	}

	static void xlsx(List<Row> rows, String sheetName, Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
					</Relationships>""");
			entry(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
					<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(sheet(sheetName))));
			entry(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
					<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
					</Relationships>""");
			entry(zip, "xl/styles.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
					<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
					<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
					<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>\
					<cellXfs count="2"><xf fontId="0"/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>""");
			StringBuilder sheet = new StringBuilder("""
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
			row(sheet, 1, List.of(GapRows.COLUMNS), true);
			for (int r = 0; r < rows.size(); r++) {
				Object[] values = new Object[GapRows.COLUMNS.length];
				for (int c = 0; c < values.length; c++) {
					values[c] = GapRows.value(rows.get(r), c);
				}
				row(sheet, r + 2, List.of(values), rows.get(r) instanceof GapRows.CategoryRow);
			}
			sheet.append("</sheetData></worksheet>");
			entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
		}
		AtomicFileWriter.write(file, bytes.toByteArray());
	}

	private static void row(StringBuilder sheet, int number, List<Object> values, boolean bold) {
		sheet.append("<row r=\"").append(number).append("\">");
		for (int c = 0; c < values.size(); c++) {
			String ref = (char) ('A' + c) + Integer.toString(number);
			Object value = values.get(c);
			String style = bold ? " s=\"1\"" : "";
			if (value instanceof Number n) {
				sheet.append("<c r=\"").append(ref).append('"').append(style).append("><v>").append(n).append("</v></c>");
			} else {
				sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"").append(style).append("><is><t>")
						.append(escape(String.valueOf(value))).append("</t></is></c>");
			}
		}
		sheet.append("</row>");
	}

	private static String sheet(String name) {
		String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
		return cleaned.isEmpty() ? "Gaps" : cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char ch : text.toCharArray()) {
			switch (ch) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> {
					if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
						out.append(ch);
					}
				}
			}
		}
		return out.toString();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
