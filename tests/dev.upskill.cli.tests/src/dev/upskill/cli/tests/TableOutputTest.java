/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.upskill.cli.internal.CommandLine;
import dev.upskill.core.table.Column;
import dev.upskill.core.table.ColumnType;
import dev.upskill.core.table.GapTable;
import dev.upskill.core.table.RankTable;
import dev.upskill.core.table.Table;

/**
 * {@code gap} and {@code rank} in csv and json: the columns of the core table descriptions, in
 * their order, with the same values in both formats, row by row.
 */
class TableOutputTest {

	private static final String ROLE = "ai-upskilling#role.data-analyst-ai";

	private final CliRun cli = CliRun.accumulating();

	private String run(String... arguments) {
		cli.resetOut();
		assertEquals(CommandLine.OK, cli.run(arguments), cli.err());
		return cli.out();
	}

	@Test
	void gapCsvAndJsonHaveTheTablesColumnsAndTheSameValues() throws IOException {
		String profile = PlanCommandTest.profile();
		List<CSVRecord> csv = csv(run("gap", "--profile", profile, "--role", ROLE, "--format", "csv"));
		JsonArray json = JsonParser.parseString(run("gap", "--profile", profile, "--role", ROLE, "--format", "json"))
				.getAsJsonObject().getAsJsonArray("lines");
		assertSame(GapTable.TABLE, csv, json);
		assertEquals(18, json.size(), "one row per requirement of the role");
		JsonObject sql = json.get(0).getAsJsonObject();
		assertEquals("SQL", sql.get("skillName").getAsString());
		assertEquals("ai-upskilling#skill.sql", sql.get("skill").getAsString());
		assertEquals("manager", sql.get("source").getAsString());
		assertTrue(sql.get("resource").isJsonNull(), "a met requirement has no step: " + sql);
		boolean closed = false;
		for (JsonElement element : json) {
			JsonObject line = element.getAsJsonObject();
			if (!line.get("resource").isJsonNull()) {
				closed = true;
				assertTrue(line.get("gapLevels").getAsInt() > 0, "only gaps get a step: " + line);
				assertTrue(line.get("resourceHours").getAsDouble() > 0, line.toString());
				assertTrue(!line.get("learnWith").getAsString().isBlank(), "the resource's name: " + line);
			}
		}
		assertTrue(closed, "the plan closes some of Dana's gaps");

		String text = run("gap", "--profile", profile, "--role", ROLE);
		assertTrue(text.contains("SKILL") && text.contains("LEARN WITH"), "the text output's header: " + text);
		assertTrue(text.lines().anyMatch(l -> l.startsWith("SQL ") && l.contains("manager")), text);
	}

	@Test
	void rankCsvAndJsonHaveTheTablesColumnsAndTheSameValues() throws IOException {
		String profile = PlanCommandTest.profile();
		List<CSVRecord> csv = csv(run("rank", "--profile", profile, "--top", "6", "--format", "csv"));
		JsonArray json = JsonParser.parseString(run("rank", "--profile", profile, "--top", "6", "--format", "json"))
				.getAsJsonObject().getAsJsonArray("roles");
		assertSame(RankTable.TABLE, csv, json);
		assertEquals(6, json.size());
		for (int i = 0; i < json.size(); i++) {
			assertEquals(i + 1, json.get(i).getAsJsonObject().get("rank").getAsInt());
		}
	}

	private static List<CSVRecord> csv(String text) throws IOException {
		List<String> lines = text.lines().toList();
		assertTrue(!lines.isEmpty(), "a header at least");
		return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
	}

	/** The CSV's header is the table's, and each cell equals the JSON's value of that row and key. */
	private static <R> void assertSame(Table<R> table, List<CSVRecord> csv, JsonArray json) {
		assertEquals(table.csvNames(), csv.get(0).toList(), "the CSV header is the table's");
		assertEquals(json.size(), csv.size() - 1, "as many rows in both");
		for (int r = 0; r < json.size(); r++) {
			JsonObject row = json.get(r).getAsJsonObject();
			assertEquals(table.columns().stream().map(Column::key).toList(), List.copyOf(row.keySet()), "every key, in order");
			for (int c = 0; c < table.columns().size(); c++) {
				Column<R> column = table.column(c);
				String cell = csv.get(r + 1).get(c);
				JsonElement value = row.get(column.key());
				if (value.isJsonNull()) {
					assertEquals("", cell, column.key() + " of row " + r);
				} else if (column.type() == ColumnType.TEXT || column.type() == ColumnType.DATE) {
					assertEquals(value.getAsString(), cell, column.key() + " of row " + r);
				} else if (column.type() == ColumnType.BOOLEAN) {
					assertEquals(Boolean.toString(value.getAsBoolean()), cell, column.key() + " of row " + r);
				} else {
					assertEquals(value.getAsDouble(), Double.parseDouble(cell), 1e-9, column.key() + " of row " + r);
				}
			}
		}
	}
}
