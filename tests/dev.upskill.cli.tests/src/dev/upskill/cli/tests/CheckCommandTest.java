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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.upskill.cli.internal.CommandLine;

/**
 * {@code upskill check}: the sample plan passes, plans with classic mistakes are reported with file,
 * line and code, thresholds given as options change the outcome, the Acme plug-in's check runs,
 * and unreadable input exits 2.
 */
class CheckCommandTest {

	private static final Pattern FINDING = Pattern.compile("^(.+):(\\d+): warning: \\[([a-z0-9.-]+)\\] (.+) \\(fix: (.+)\\)$");

	@TempDir
	Path folder;

	private final CliRun cli = new CliRun();

	private static Path sample(String extension) throws IOException {
		return CommandLineTest.samples().stream().filter(p -> p.toString().endsWith(extension)).findFirst().orElseThrow();
	}

	/** The codes of the findings printed, each line checked against {@code file:line: warning: [code] message (fix: ...)}. */
	private List<String> codes(String file) {
		List<String> codes = new ArrayList<>();
		for (String line : cli.out().lines().toList()) {
			if (line.startsWith(file)) {
				Matcher matcher = FINDING.matcher(line);
				assertTrue(matcher.matches(), "a finding as file:line: warning: [code] message (fix: ...): " + line);
				codes.add(matcher.group(3));
			}
		}
		return codes;
	}

	/** A plan next to a copy of the sample profile, with the given steps (resource id, first and last week). */
	private Path plan(String name, String role, String... steps) throws IOException {
		Files.copy(sample(".profile"), folder.resolve("dana.profile"), StandardCopyOption.REPLACE_EXISTING);
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<upskill:LearningPlan xmlns:upskill=\"https://upskill.dev/model/1.0\" id=\"" + name + "\" name=\"" + name
				+ "\" profile=\"dana.profile#dana\"\n    targetRole=\"" + role + "\" startDate=\"2026-07-06\" endDate=\"2027-06-28\""
				+ " weeklyHours=\"7.0\">\n");
		for (String step : steps) {
			String[] parts = step.split(" ");
			xml.append("  <steps resource=\"").append(parts[0]).append("\" startWeek=\"").append(parts[1]).append("\" endWeek=\"")
					.append(parts[2]).append("\"/>\n");
		}
		xml.append("</upskill:LearningPlan>\n");
		Path file = folder.resolve(name + ".plan");
		Files.writeString(file, xml);
		return file;
	}

	@Test
	void samplePlanPasses() throws IOException {
		String plan = sample(".plan").toString();
		assertEquals(CommandLine.OK, cli.run("check", plan), cli.out() + cli.err());
		assertEquals("1 plan checked: 0 findings", cli.out().strip());
	}

	@Test
	void thresholdOptionChangesTheOutcome() throws IOException {
		Path plan = sample(".plan");
		assertEquals(CommandLine.PROBLEMS, cli.run("check", plan.toString(), "--max-tools-per-week", "1"), cli.err());
		assertEquals(List.of("plan.too-many-tools"), codes(plan.toString()), cli.out());
		List<String> lines = Files.readAllLines(plan);
		int step = 0;
		while (!lines.get(step).contains("res.python-for-data-analysis")) {
			step++;
		}
		String printed = cli.out().lines().filter(l -> l.startsWith(plan.toString())).findFirst().orElseThrow();
		int line = Integer.parseInt(printed.substring(plan.toString().length() + 1, printed.indexOf(": warning")));
		assertTrue(line == step + 1 || line == step + 2, "the line of the step that learns Python and pandas together: " + printed);
		assertTrue(cli.out().strip().endsWith("1 plan checked: 1 finding"), cli.out());

		// The sample keeps within 7 h a week; with the SQL project squeezed into six weeks, the project
		// and what is left of the meetup come to 40/6 + 18/51 = 7.02 h: over 7 h, within 10 % of it.
		Files.copy(sample(".profile"), folder.resolve("dana.profile"));
		Path squeezed = folder.resolve("squeezed.plan");
		Files.writeString(squeezed, Files.readString(plan).replace(
				"project-sql-feature-pipeline\" startWeek=\"24\" endWeek=\"30\"", "project-sql-feature-pipeline\" startWeek=\"24\" endWeek=\"29\""));
		assertEquals(CommandLine.OK, cli.run("check", plan.toString(), "--pace-tolerance", "0"), cli.out());
		assertEquals(CommandLine.OK, cli.run("check", squeezed.toString(), "--pace-tolerance", "10"), cli.out());
		assertEquals(CommandLine.PROBLEMS, cli.run("check", squeezed.toString(), "--pace-tolerance", "0"), cli.out());
		assertEquals(List.of("plan.unsustainable-pace"), codes(squeezed.toString()));
	}

	@Test
	void planWithClassicMistakesIsReportedWithExitOne() throws IOException {
		Path plan = plan("models-only", "upskill:/framework/ai-upskilling#role.ml-engineer",
				"upskill:/framework/ai-upskilling#res.coursera-ml-specialization 1 13",
				"upskill:/framework/ai-upskilling#res.fastai-practical-dl 14 23");
		assertEquals(CommandLine.PROBLEMS, cli.run("check", plan.toString()), cli.out() + cli.err());
		List<String> codes = codes(plan.toString());
		assertTrue(codes.containsAll(List.of("plan.only-algorithms", "plan.no-portfolio", "plan.learning-in-isolation",
				"plan.no-mlops")), codes.toString());
		assertFalse(codes.contains("plan.unrealistic-deadline"), "160 h fit in a year at 7 h a week");
		assertTrue(cli.out().contains("'models-only'"), "messages name the plan: " + cli.out());
		assertFalse(cli.out().contains("PlanStep") || cli.out().contains("LearningPlan"), "no class names: " + cli.out());

		assertEquals(CommandLine.PROBLEMS, cli.run("check", plan.toString(), "--format", "json"));
		JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals(1, json.get("plansChecked").getAsInt());
		JsonArray findings = json.getAsJsonArray("findings");
		List<String> jsonCodes = new ArrayList<>();
		for (JsonElement element : findings) {
			JsonObject finding = element.getAsJsonObject();
			jsonCodes.add(finding.get("code").getAsString());
			assertEquals("warning", finding.get("severity").getAsString());
			assertTrue(finding.get("line").getAsInt() > 0);
			assertFalse(finding.get("fix").getAsString().isBlank());
		}
		assertEquals(codes, jsonCodes);
	}

	@Test
	void organizationsCheckFromTheAcmePlugIn() throws IOException {
		String role = "upskill:/framework/acme-data-literacy#acme.role.people-manager";
		Path without = plan("manager-without-academy", role, "upskill:/framework/ai-upskilling#res.storytelling-with-data 1 3");
		assertEquals(CommandLine.PROBLEMS, cli.run("check", without.toString()), cli.out() + cli.err());
		assertTrue(codes(without.toString()).contains("acme.academy-step"), cli.out());
		assertTrue(cli.out().contains("Acme Academy: data basics"), "the fix suggests an Academy course: " + cli.out());

		Path with = plan("manager-with-academy", role, "upskill:/framework/ai-upskilling#res.storytelling-with-data 1 3",
				"upskill:/framework/acme-data-literacy#acme.res.data-basics 4 4");
		cli.run("check", with.toString());
		assertFalse(codes(with.toString()).contains("acme.academy-step"), cli.out());

		assertEquals(CommandLine.OK, cli.run("check", "--help"));
		assertTrue(cli.out().contains("acme.academy-step") && cli.out().contains("(dev.upskill.examples.acme)"), cli.out());
	}

	@Test
	void unreadableOrInvalidInputExitsTwo() throws IOException {
		Path missing = folder.resolve("missing.plan");
		assertEquals(CommandLine.BAD_INPUT, cli.run("check", missing.toString()));
		assertTrue(cli.err().contains(missing + ": error: the file does not exist"), cli.err());
		assertEquals("0 plans checked (1 could not be): 0 findings", cli.out().strip());

		String profile = sample(".profile").toString();
		assertEquals(CommandLine.BAD_INPUT, cli.run("check", profile));
		assertTrue(cli.err().contains(profile + ": error: the file is not a learning plan"), cli.err());

		Path unknown = plan("unknown-step", "upskill:/framework/ai-upskilling#role.data-analyst-ai",
				"upskill:/framework/ai-upskilling#res.no-such-course 1 2");
		assertEquals(CommandLine.BAD_INPUT, cli.run("check", unknown.toString()));
		assertTrue(cli.err().contains("res.no-such-course") && cli.err().contains("is not checked"), cli.err());
	}

	@Test
	void wrongUsageExitsTwo() throws IOException {
		String plan = sample(".plan").toString();
		assertEquals(CommandLine.BAD_INPUT, cli.run("check"));
		assertTrue(cli.err().contains("name at least one .plan file"), cli.err());
		assertEquals(CommandLine.BAD_INPUT, cli.run("check", plan, "--max-tools-per-week", "zero"));
		assertTrue(cli.err().contains("--max-tools-per-week must be a whole number above 0"), cli.err());
		assertEquals(CommandLine.BAD_INPUT, cli.run("check", plan, "--pace-tolerance", "-5"));
		assertEquals(CommandLine.BAD_INPUT, cli.run("check", plan, "--format", "csv"));
		assertEquals(CommandLine.BAD_INPUT, cli.run("check", plan, "--strict", "yes"));
		assertTrue(cli.err().contains("unknown option '--strict'"), cli.err());
	}
}
