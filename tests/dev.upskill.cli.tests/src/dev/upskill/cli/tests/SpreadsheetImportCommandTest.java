/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.cli.internal.CommandLine;

/** {@code upskill import csv}: guessed and saved mappings, next quarter's export in one step, and bad input. */
class SpreadsheetImportCommandTest {

	static final String Q1 = """
			Skill,Skill group,Job title,Required level,Importance,Owner
			Python,Programming,Data analyst,3,essential,Ann
			SQL,Data,Data analyst,4,essential,Ann
			Kubernetes,Platforms,ML engineer,2,optional,Bob
			Python,Programming,ML engineer,4,essential,Bob
			""";

	/** Next quarter's export: other headers (the tool was upgraded), Kubernetes gone, Docker new. */
	static final String Q2 = """
			Competence;Cluster;Position;Target proficiency;Must have;Reviewer
			Python;Programming;Data analyst;3;yes;Ann
			SQL;Data;Data analyst;4;yes;Ann
			Docker;Platforms;ML engineer;2;no;Bob
			Python;Programming;ML engineer;4;yes;Bob
			""";

	@TempDir
	Path folder;

	private final CliRun cli = new CliRun();

	@Test
	void guessedMappingIsPrintedSavedAndNextQuartersExportImportsInOneStep() throws IOException {
		Path q1 = Files.writeString(folder.resolve("matrix-q1.csv"), Q1);
		Path output = folder.resolve("skills.framework");
		Path mapping = folder.resolve("matrix.mapping");
		assertEquals(CommandLine.OK, cli.run("import", "csv", q1.toString(), "-o", output.toString(), "--id", "skills", "--save-mapping",
				mapping.toString()), cli.out() + cli.err());
		String text = cli.out();
		assertTrue(text.startsWith("Columns of " + q1 + ", guessed from their names (give others with --mapping FILE):\n"), text);
		assertTrue(text.contains("  Skill                    <- Skill\n  Category                 <- Skill group\n"
				+ "  Role                     <- Job title\n  Required level           <- Required level\n"
				+ "  Importance               <- Importance\nNot mapped: Owner\n"), text);
		assertTrue(text.contains("Mapping saved to " + mapping), text);
		assertTrue(text.contains("Spreadsheet (CSV or XLSX): 3 skills, 3 categories, 2 roles, 4 requirements, 1 scale"), text);
		assertTrue(text.contains("Written to " + output), text);
		assertEquals(CommandLine.OK, cli.run("validate", output.toString()), cli.out());

		// The saved mapping, edited for next quarter's headers, imports it in one step.
		String saved = Files.readString(mapping);
		assertTrue(saved.contains("skill = Skill\n") && saved.contains("role = Job title\n"), saved);
		Files.writeString(mapping, saved.replace("= Skill\n", "= Competence\n").replace("= Skill group\n", "= Cluster\n")
				.replace("= Job title\n", "= Position\n").replace("= Required level\n", "= Target proficiency\n")
				.replace("= Importance\n", "= Must have\n"));
		Path q2 = Files.writeString(folder.resolve("matrix-q2.csv"), Q2);
		assertEquals(CommandLine.OK, cli.run("import", "csv", q2.toString(), "-o", output.toString(), "--id", "skills", "--mapping",
				mapping.toString(), "--force"), cli.out() + cli.err());
		assertFalse(cli.out().contains("guessed"), "a given mapping is not guessed: " + cli.out());
		assertTrue(cli.out().contains("Compared with the previous skills.framework: 1 added, 1 changed, 1 removed\n"
				+ "  added: skill.docker\n  changed: role.ml-engineer\n  removed: skill.kubernetes\n"), cli.out());
		String written = Files.readString(output);
		assertTrue(written.contains("id=\"skill.python\"") && written.contains("id=\"role.data-analyst\""), "ids are kept");
	}

	@Test
	void xlsxImports() throws IOException {
		Path workbook = folder.resolve("matrix.xlsx");
		try (OutputStream stream = Files.newOutputStream(workbook); Workbook book = new Workbook(stream, "Upskill tests", "1.0")) {
			Worksheet sheet = book.newWorksheet("Matrix");
			List<String> lines = Q1.lines().toList();
			for (int r = 0; r < lines.size(); r++) {
				String[] cells = lines.get(r).split(",", -1);
				for (int c = 0; c < cells.length; c++) {
					if (cells[c].matches("\\d+")) {
						sheet.value(r, c, Integer.parseInt(cells[c]));
					} else {
						sheet.value(r, c, cells[c]);
					}
				}
			}
			book.finish();
		}
		Path output = folder.resolve("matrix.framework");
		assertEquals(CommandLine.OK, cli.run("import", "csv", workbook.toString(), "-o", output.toString()), cli.out() + cli.err());
		assertTrue(cli.out().contains("Spreadsheet (CSV or XLSX): 3 skills, 3 categories, 2 roles, 4 requirements, 1 scale"), cli.out());
		assertTrue(Files.readString(output).contains("id=\"role.ml-engineer\""));
	}

	@Test
	void aMissingSkillColumnStopsNamingTheFileAndColumn() throws IOException {
		Path file = Files.writeString(folder.resolve("export.csv"), "Kompetenz,Stelle,Stufe\nPython,Analyst,3\n");
		Path output = folder.resolve("out.framework");
		assertEquals(CommandLine.BAD_INPUT, cli.run("import", "csv", file.toString(), "-o", output.toString()), cli.out());
		assertTrue(cli.out().contains("  no column holds the skill (a header such as Skill, Skill name or Competency)\nNot mapped: Kompetenz, Stelle, Stufe"),
				cli.out());
		assertTrue(cli.out().contains("export.csv:1: error: no column holds the skill"), cli.out());
		assertTrue(cli.out().contains("Nothing imported; " + output + " is not written."), cli.out());
		assertFalse(Files.exists(output));

		Path mapping = Files.writeString(folder.resolve("m.properties"), "skill = Skill name\nrole = Stelle\n");
		assertEquals(CommandLine.BAD_INPUT, cli.run("import", "csv", file.toString(), "-o", output.toString(), "--mapping", mapping.toString()),
				cli.out());
		assertTrue(cli.out().contains("export.csv:1: error: the header lacks the column Skill name (it has: Kompetenz, Stelle, Stufe)"), cli.out());
		assertFalse(Files.exists(output));
	}

	@Test
	void badLevelsAreNotWrittenUnlessPartial() throws IOException {
		Path file = Files.writeString(folder.resolve("levels.csv"), "Skill,Role,Level\nPython,Analyst,3\nSQL,Analyst,7\n");
		Path output = folder.resolve("levels.framework");
		assertEquals(CommandLine.BAD_INPUT, cli.run("import", "csv", file.toString(), "-o", output.toString()), cli.out());
		assertTrue(cli.out().contains("levels.csv:3: error: the level '7' is not a level of the scale 'Proficiency 0-5'"), cli.out());
		assertTrue(cli.out().contains("Not written: part of the input could not be read"), cli.out());
		assertFalse(Files.exists(output));
		assertEquals(CommandLine.PROBLEMS, cli.run("import", "csv", file.toString(), "-o", output.toString(), "--partial"), cli.out());
		assertTrue(Files.readString(output).contains("Partial import: 1 errors"));
	}

	@Test
	void mappingUsageErrors() throws IOException {
		Path file = Files.writeString(folder.resolve("skills.csv"), "Skill\nPython\n");
		Path output = folder.resolve("out.framework");
		assertEquals(CommandLine.BAD_INPUT, cli.run("import", "onet", file.toString(), "-o", output.toString(), "--mapping", "m.properties"));
		assertTrue(cli.err().contains("--mapping and --save-mapping are for spreadsheets (the format csv), not onet"), cli.err());
		Path mapping = Files.writeString(folder.resolve("bad.properties"), "skil = Skill\n");
		assertEquals(CommandLine.BAD_INPUT, cli.run("import", "csv", file.toString(), "-o", output.toString(), "--mapping", mapping.toString()));
		assertTrue(cli.err().contains(mapping + ": skil is not a field of a spreadsheet mapping"), cli.err());
		assertEquals(CommandLine.OK, cli.run("help"));
		assertTrue(cli.out().contains("csv (a CSV or XLSX spreadsheet)") && cli.out().contains("csv: [--mapping FILE] [--save-mapping FILE]"), cli.out());
	}
}
