/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.upskill.cli.internal.CommandLine;
import dev.upskill.core.gap.GapAnalysis;

/** {@code upskill version} and {@code upskill validate}: output and exit codes. */
class CommandLineTest {

	@TempDir
	Path folder;

	private final CliRun cli = CliRun.accumulating();

	/** The sample model files (profiles, plans, frameworks) the workbench puts in a new workspace; not the job posting beside them. */
	static List<Path> samples() throws IOException {
		Path folder = Path.of(System.getProperty("upskill.repository", "../.."), "bundles/dev.upskill.app/samples/getting-started");
		try (Stream<Path> files = Files.walk(folder)) { // the sample team is in a folder of its own
			return files.filter(p -> p.toString().endsWith(".profile") || p.toString().endsWith(".plan")
					|| p.toString().endsWith(".framework") || p.toString().endsWith(".team")).sorted().toList();
		}
	}

	@Test
	void versionNamesTheProductAndRuntime() {
		assertEquals(CommandLine.OK, cli.run("version"));
		assertTrue(cli.out().startsWith("Upskill Workbench 0.1.0"), cli.out());
		assertTrue(cli.out().contains("Java " + Runtime.version().feature()), cli.out());
		assertFalse(cli.out().contains("dev.upskill.core"), cli.out());
	}

	@Test
	void versionListsTheProductsBundlesWithTheirVersions() {
		assertEquals(CommandLine.OK, cli.run("version", "--bundles"));
		Bundle core = FrameworkUtil.getBundle(GapAnalysis.class);
		assertTrue(cli.out().lines().anyMatch(line -> line.startsWith("dev.upskill.core " + core.getVersion() + " ")), cli.out());
		assertTrue(cli.out().lines().anyMatch(line -> line.startsWith("dev.upskill.cli ")), cli.out());
		assertTrue(cli.out().lines().noneMatch(line -> line.startsWith("org.eclipse.")), cli.out());
		assertEquals(CommandLine.BAD_INPUT, cli.run("version", "--all"));
	}

	@Test
	void sampleFilesAreValid() throws IOException {
		List<String> arguments = new ArrayList<>(List.of("validate"));
		samples().forEach(p -> arguments.add(p.toString()));
		assertEquals(CommandLine.OK, cli.run(arguments.toArray(String[]::new)), cli.out());
		assertEquals(samples().size() + " files checked: 0 errors, 0 warnings", cli.out().strip(), "the samples refer to the built-in framework,"
				+ " which the registry provides");
	}

	@Test
	void brokenFileIsReportedPreciselyWithExitOne() throws IOException {
		Path builtIn = Path.of(System.getProperty("upskill.repository", "../.."),
				"bundles/dev.upskill.frameworks.ai/frameworks/ai-upskilling.framework");
		List<String> lines = new ArrayList<>(Files.readAllLines(builtIn));
		int index = indexOf(lines, "<requirements skill=\"#skill.sql\" level=\"4\"");
		assertTrue(index > indexOf(lines, "<roles id=\"role.data-analyst\""), "the first role with SQL at 4 is the data analyst");
		lines.set(index, lines.get(index).replace("level=\"4\"", "level=\"7\""));
		Path broken = folder.resolve("broken.framework");
		Files.write(broken, lines);

		assertEquals(CommandLine.PROBLEMS, cli.run("validate", broken.toString()), cli.out());
		assertTrue(cli.out().contains(broken + ":" + (index + 1) + ": error: Role 'role.data-analyst' > skill requirement 1"
				+ " (skill.sql): level 7 is not a level of the scale 'scale.0-5' (0-5)"), cli.out());
		assertTrue(cli.out().strip().endsWith("1 file checked: 1 error, 0 warnings"), cli.out());
	}

	@Test
	void unreadableInputExitsTwo() throws IOException {
		Path truncated = folder.resolve("cut.profile");
		Files.writeString(truncated, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<upskill:Profile xmlns:upskill=\"");
		Path missing = folder.resolve("missing.plan");
		Path text = folder.resolve("notes.txt");
		Files.writeString(text, "hello");

		assertEquals(CommandLine.BAD_INPUT, cli.run("validate", truncated.toString(), missing.toString(), text.toString()));
		assertTrue(cli.out().contains(truncated + ":2:"), cli.out());
		assertTrue(cli.out().contains(missing + ": error: the file does not exist"), cli.out());
		assertTrue(cli.out().contains(text + ": error: the file is not an Upskill file"), cli.out());
	}

	@Test
	void wrongUsageExitsTwo() {
		assertEquals(CommandLine.BAD_INPUT, cli.run("validate"));
		assertTrue(cli.err().contains("name at least one"));
		assertEquals(CommandLine.BAD_INPUT, cli.run("frobnicate"));
		assertTrue(cli.err().contains("unknown command 'frobnicate'"));
		assertEquals(CommandLine.OK, cli.run("help"));
		assertTrue(cli.out().contains("validate FILE..."), cli.out());
	}

	@Test
	void gapOfTheSampleProfileAsJson() throws IOException {
		String profile = samples().stream().filter(p -> p.toString().endsWith(".profile")).findFirst().orElseThrow().toString();
		assertEquals(CommandLine.OK, cli.run("gap", "--profile", profile, "--role", "ai-upskilling#role.data-analyst-ai", "--format",
				"json"), cli.err());
		JsonObject gap = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals("ai-upskilling#role.data-analyst-ai", gap.get("role").getAsString());
		double score = gap.get("score").getAsDouble();
		assertTrue(score > 0 && score < 100, "a partial fit: " + score);
		assertEquals(18, gap.getAsJsonArray("lines").size(), "one line per requirement of the role");
		JsonObject sql = gap.getAsJsonArray("lines").get(0).getAsJsonObject();
		assertEquals("ai-upskilling#skill.sql", sql.get("skill").getAsString());
		assertEquals(4, sql.get("requiredLevel").getAsInt());
		assertEquals(4, sql.get("currentLevel").getAsInt(), "the manager's 4 outranks the older self-assessment of 3");
		assertEquals("manager", sql.get("source").getAsString());
		assertEquals(0, sql.get("gapLevels").getAsInt());
	}

	@Test
	void rankOfTheSampleProfileIsBestFirst() throws IOException {
		String profile = samples().stream().filter(p -> p.toString().endsWith(".profile")).findFirst().orElseThrow().toString();
		assertEquals(CommandLine.OK, cli.run("rank", "--profile", profile, "--top", "5", "--format", "csv"));
		List<String> rows = cli.out().lines().toList();
		assertEquals("rank,score,essential_score,role,name", rows.get(0));
		assertEquals(6, rows.size(), cli.out());
		double previous = 101;
		for (String row : rows.subList(1, rows.size())) {
			double score = Double.parseDouble(row.split(",")[1]);
			assertTrue(score <= previous, "best first: " + cli.out());
			previous = score;
		}
		assertTrue(rows.get(1).contains("ai-upskilling#role.data-analyst,"), "the current role fits best: " + rows.get(1));
	}

	@Test
	void gapAndRankRefuseBadInputWithExitTwo() throws IOException {
		String profile = samples().stream().filter(p -> p.toString().endsWith(".profile")).findFirst().orElseThrow().toString();
		assertEquals(CommandLine.BAD_INPUT, cli.run("gap", "--profile", profile, "--role", "role.astronaut"));
		assertTrue(cli.err().contains("unknown role 'role.astronaut'"));
		assertEquals(CommandLine.BAD_INPUT, cli.run("rank", "--profile", folder.resolve("nobody.profile").toString()));
		assertTrue(cli.err().contains("nobody.profile: error: the file does not exist"));
		assertEquals(CommandLine.BAD_INPUT, cli.run("rank", "--profile", profile, "--top", "zero"));
		// Without --role, gap takes the profile's first target role (the sample's is data-analyst-ai).
		cli.resetOut();
		assertEquals(CommandLine.OK, cli.run("gap", "--profile", profile, "--format", "json"));
		assertTrue(cli.out().contains("ai-upskilling#role.data-analyst-ai"), cli.out());
	}

	private static int indexOf(List<String> lines, String text) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		throw new AssertionError("no line with " + text);
	}
}
