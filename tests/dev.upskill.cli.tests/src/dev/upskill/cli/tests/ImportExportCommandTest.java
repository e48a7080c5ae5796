/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.cli.internal.CommandLine;
import dev.upskill.io.FrameworkTable;

/** {@code upskill import} and {@code upskill export}: summaries, exit codes, what is written and what is not. */
class ImportExportCommandTest {

	@TempDir
	Path folder;

	private final CliRun cli = new CliRun();

	static final String OCCUPATIONS = """
			O*NET-SOC Code\tTitle\tDescription
			15-2051.00\tData Scientists\tDevelop and implement a set of techniques or analytics applications.
			43-9021.00\tData Entry Keyers\tOperate data entry device.
			15-1252.00\tSoftware Developers\tResearch, design, and develop computer and network software.
			""";
	static final String ZONES = """
			O*NET-SOC Code\tJob Zone\tDate\tDomain Source
			15-2051.00\t5\t08/2023\tAnalyst
			43-9021.00\t2\t08/2023\tAnalyst
			15-1252.00\t4\t08/2023\tAnalyst
			""";
	static final String TECHNOLOGY = """
			O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand
			15-2051.00\tPython\t43232403\tDevelopment environment software\tY\tY
			15-2051.00\tMicrosoft Excel\t43232110\tSpreadsheet software\tY\tN
			15-2051.00\tTableau\t43232314\tBusiness intelligence and data analysis software\tY\tY
			43-9021.00\tMicrosoft Excel\t43232110\tSpreadsheet software\tY\tY
			43-9021.00\tMicrosoft Word\t43232104\tWord processing software\tY\tN
			15-1252.00\tPython\t43232403\tDevelopment environment software\tY\tY
			15-1252.00\tGit\t43232402\tDevelopment environment software\tY\tY
			15-1252.00\tJava\t43232403\tDevelopment environment software\tY\tY
			""";

	Path onet() throws IOException {
		Path data = Files.createDirectories(folder.resolve("onet"));
		Files.writeString(data.resolve("Occupation Data.txt"), OCCUPATIONS);
		Files.writeString(data.resolve("Job Zones.txt"), ZONES);
		Files.writeString(data.resolve("Technology Skills.txt"), TECHNOLOGY);
		return data;
	}

	@Test
	void cleanImportExitsZeroAndRanksAProfileOfTechnologies() throws IOException {
		Path output = folder.resolve("onet.framework");
		assertEquals(CommandLine.OK, cli.run("import", "onet", onet().toString(), "-o", output.toString()), cli.out() + cli.err());
		assertTrue(cli.out().startsWith("O*NET database (text files): 6 skills, 6 categories, 3 roles, 8 requirements, 2 scales"), cli.out());
		assertTrue(cli.out().contains("Written to " + output), cli.out());
		assertEquals(CommandLine.OK, cli.run("validate", output.toString()), cli.out());

		// A profile whose skills are O*NET technologies, ranked against the imported roles.
		Path profile = Files.writeString(folder.resolve("sam.profile"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="sam" name="Sam" weeklyHours="5.0">
				  <assessments skill="onet.framework#tech.python" level="1" date="2026-03-02"/>
				  <assessments skill="onet.framework#tech.tableau" level="1" date="2026-03-02"/>
				  <assessments skill="onet.framework#tech.microsoft-excel" level="1" date="2026-03-02"/>
				</upskill:Profile>
				""");
		assertEquals(CommandLine.OK, cli.run("rank", "--profile", profile.toString(), "--framework", output.toString(), "--format", "csv"),
				cli.out() + cli.err());
		List<String> lines = cli.out().lines().toList();
		assertTrue(lines.get(1).startsWith("1,100") && lines.get(1).contains("onet#15-2051.00,Data Scientists"), cli.out());
	}

	@Test
	void importWithWarningsExitsOne() throws IOException {
		Path data = onet();
		Files.delete(data.resolve("Job Zones.txt"));
		Files.writeString(data.resolve("Related Occupations.txt"), "O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex\n"
				+ "15-2051.00\t99-0000.00\tPrimary-Short\t1\n");
		Path output = folder.resolve("onet.framework");
		assertEquals(CommandLine.PROBLEMS, cli.run("import", "onet", data.toString(), "-o", output.toString()), cli.out());
		assertTrue(cli.out().contains("Warnings (1):\n  Related Occupations.txt: warning: 1 line names an occupation"), cli.out());
		assertTrue(cli.out().contains("Notes (1):\n  O*NET: info: Job Zones.txt was not given"), cli.out());
		assertTrue(Files.exists(output));
	}

	@Test
	void reimportKeepsIdsAndSaysWhatChanged() throws IOException {
		Path data = onet();
		Path output = folder.resolve("onet.framework");
		assertEquals(CommandLine.OK, cli.run("import", "onet", data.toString(), "-o", output.toString()));
		String before = Files.readString(output);
		Files.writeString(data.resolve("Technology Skills.txt"), TECHNOLOGY.replace(
				"43-9021.00\tMicrosoft Word\t43232104\tWord processing software\tY\tN\n", "")
				+ "15-2051.00\tR\t43232403\tDevelopment environment software\tN\tN\n");
		assertEquals(CommandLine.OK, cli.run("import", "onet", data.toString(), "-o", output.toString(), "--force"), cli.out());
		assertTrue(cli.out().contains("Compared with the previous onet.framework: 1 added, 3 changed, 2 removed\n"
				+ "  added: tech.r\n  changed: technology, 15-2051.00, 43-9021.00\n  removed: commodity.43232104, tech.microsoft-word\n"),
				cli.out());
		assertTrue(before.contains("id=\"tech.python\"") && Files.readString(output).contains("id=\"tech.python\""), "ids are kept");
		assertTrue(Files.exists(folder.resolve(".onet.framework.bak")), "the previous version is kept");
	}

	@Test
	void nothingImportableExitsTwoAndWritesNothing() throws IOException {
		Path notes = Files.writeString(folder.resolve("notes.txt"), "hello\n");
		Path output = folder.resolve("out.framework");
		assertEquals(CommandLine.BAD_INPUT, cli.run("import", "onet", notes.toString(), "-o", output.toString()), cli.out());
		assertTrue(cli.out().contains("Nothing imported; " + output + " is not written."), cli.out());
		assertFalse(Files.exists(output));
	}

	@Test
	void partialImportIsWrittenOnlyWhenAskedAndSaysSo() throws IOException {
		Path data = onet();
		Files.writeString(data.resolve("Technology Skills.txt"), TECHNOLOGY + "15-1252.00\tRust\t43232403\tDev\tY\tY\textra\n");
		Path output = folder.resolve("onet.framework");
		assertEquals(CommandLine.BAD_INPUT, cli.run("import", "onet", data.toString(), "-o", output.toString()), cli.out());
		assertTrue(cli.out().contains("Technology Skills.txt:10: error: has 7 values where the header has 6"), cli.out());
		assertTrue(cli.out().contains("Not written: part of the input could not be read"), cli.out());
		assertFalse(Files.exists(output));

		assertEquals(CommandLine.PROBLEMS, cli.run("import", "onet", data.toString(), "-o", output.toString(), "--partial"), cli.out());
		assertTrue(Files.readString(output).contains("Partial import: 1 errors"), "the file says it is partial");
	}

	@Test
	void usageErrorsExitTwo() throws IOException {
		Path output = Files.writeString(folder.resolve("exists.framework"), "x");
		assertEquals(CommandLine.BAD_INPUT, cli.run("import", "onet", onet().toString(), "-o", output.toString()));
		assertTrue(cli.err().contains("already exists; add --force"), cli.err());
		assertEquals(CommandLine.BAD_INPUT, cli.run("import", "sfia", "x", "-o", "y.framework"));
		assertTrue(cli.err().contains("unknown format 'sfia' (formats: case, csv, esco, onet)"), cli.err());
		assertEquals(CommandLine.BAD_INPUT, cli.run("import", "onet", "x", "-o", "y.xml"));
		assertTrue(cli.err().contains("-o must name a .framework file"), cli.err());
	}

	@Test
	void realEscoImportsWithWarnings() throws IOException {
		Path esco = Path.of(System.getProperty("upskill.repository", "../..")).toAbsolutePath().normalize().resolveSibling("shared")
				.resolve("data/esco");
		assumeTrue(Files.isDirectory(esco), "skipped: the public ESCO data set is not at " + esco);
		Path output = folder.resolve("esco.framework");
		assertEquals(CommandLine.PROBLEMS, cli.run("import", "esco", esco.toString(), "-o", output.toString(), "--version", "1.2"), cli.out());
		assertTrue(cli.out().startsWith("ESCO CSV export: 1,372 skills, 640 categories, 3,039 roles, 442 related-skill links, 1 scale"), cli.out());
		assertTrue(cli.out().contains("occupationSkillRelations_en.csv was not given"), cli.out());
		assertEquals(CommandLine.OK, cli.run("validate", output.toString()), cli.out());
	}

	@Test
	void exportWritesTheFrameworkTableAsCsvAndXlsx() throws IOException {
		Path framework = folder.resolve("onet.framework");
		assertEquals(CommandLine.OK, cli.run("import", "onet", onet().toString(), "-o", framework.toString()));
		Path csv = folder.resolve("onet.csv");
		assertEquals(CommandLine.OK, cli.run("export", framework.toString(), "--format", "csv", "-o", csv.toString()), cli.err());
		List<CSVRecord> records;
		try (Reader reader = Files.newBufferedReader(csv); CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
			records = parser.getRecords();
		}
		assertEquals(FrameworkTable.TABLE.csvNames(), records.get(0).toList());
		assertEquals(1 + 6 + 6 + 3 + 8, records.size(), "the header, categories, skills, roles, requirements");
		assertTrue(records.stream().anyMatch(r -> r.get(0).equals("requirement") && r.get(3).equals("15-2051.00")
				&& r.get(5).equals("tech.python") && r.get(7).equals("essential") && r.get(8).equals("2.5")), "the requirement's flags");

		Path xlsx = folder.resolve("onet.xlsx");
		assertEquals(CommandLine.OK, cli.run("export", framework.toString(), "--format", "xlsx", "-o", xlsx.toString()), cli.err());
		byte[] head = new byte[2];
		System.arraycopy(Files.readAllBytes(xlsx), 0, head, 0, 2);
		assertArrayEquals(new byte[] { 'P', 'K' }, head, "an XLSX is a zip archive");

		Path installed = folder.resolve("ai.csv");
		assertEquals(CommandLine.OK, cli.run("export", "ai-upskilling", "--format", "csv", "-o", installed.toString()), cli.err());
		assertTrue(Files.readString(installed).contains("skill,skill.python,"), "an installed framework by its id");
		List<CSVRecord> builtIn;
		try (Reader reader = Files.newBufferedReader(installed); CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
			builtIn = parser.getRecords();
		}
		CSVRecord spark = builtIn.stream().filter(r -> r.get("id").equals("skill.spark")).findFirst().orElseThrow();
		assertEquals("Spark", spark.get("requires_context"), "the words a posting matches only in a technical context");

		assertEquals(CommandLine.BAD_INPUT, cli.run("export", "nowhere.framework", "--format", "csv", "-o", folder.resolve("x.csv").toString()));
		assertTrue(cli.err().contains("nowhere.framework is neither a file nor the id of an installed framework"), cli.err());
	}
}
