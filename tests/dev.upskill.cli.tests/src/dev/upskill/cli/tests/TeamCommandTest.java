/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.upskill.cli.internal.CommandLine;

/** {@code upskill team} on the sample team. */
class TeamCommandTest {

	private static final String ROLE = "ai-upskilling#role.data-analyst-ai";

	@TempDir
	Path folder;

	private final CliRun cli = new CliRun();

	static Path sampleTeam() {
		return PlanCommandTest.repository("bundles/dev.upskill.app/samples/getting-started/team");
	}

	@Test
	void jsonFiguresAgreeWithEachOther() {
		assertEquals(CommandLine.OK, cli.run("team", sampleTeam().resolve("analytics.team").toString(), "--role", ROLE, "--format", "json",
				"--start", "2026-07-06"), cli.err());
		JsonObject root = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals("Retail analytics", root.get("team").getAsString());
		assertEquals(12, root.get("people").getAsInt());
		JsonArray heatmap = root.getAsJsonArray("heatmap");
		JsonArray skills = root.getAsJsonArray("skills");
		assertEquals(12, heatmap.size());
		// every skill's coverage: the people whose level in the heatmap reaches the required level
		for (JsonElement element : skills) {
			JsonObject skill = element.getAsJsonObject();
			String column = skill.get("skill").getAsString().substring("ai-upskilling#".length());
			int required = skill.get("requiredLevel").getAsInt();
			int reached = 0;
			for (JsonElement person : heatmap) {
				JsonElement level = person.getAsJsonObject().get(column);
				if (!level.isJsonNull() && level.getAsInt() >= required) {
					reached++;
				}
			}
			assertEquals(reached, skill.get("reached").getAsInt(), column);
			assertEquals(reached == 1, skill.get("busFactor").getAsBoolean(), column);
			assertEquals(reached, skill.getAsJsonArray("holders").size(), column);
		}
		// the histogram counts each person once, in the bin of their fit
		int[] bins = new int[10];
		for (JsonElement person : heatmap) {
			bins[Math.min(9, (int) Math.floor(person.getAsJsonObject().get("fit").getAsDouble() / 10))]++;
		}
		JsonArray distribution = root.getAsJsonArray("fitDistribution");
		for (int b = 0; b < 10; b++) {
			assertEquals(bins[b], distribution.get(b).getAsJsonObject().get("people").getAsInt(), "bin " + b);
		}
		// the totals are the sums of the people's plans
		double hours = 0;
		for (JsonElement person : root.getAsJsonArray("readiness")) {
			hours += person.getAsJsonObject().get("hours").getAsDouble();
		}
		assertEquals(hours, root.get("totalHours").getAsDouble(), 0.5);
		assertTrue(root.get("totalHours").getAsDouble() > 0, "the sample team has gaps to close");
		assertTrue(root.getAsJsonArray("closestByRole").size() >= 11, "every role of the installed frameworks");
		assertEquals(0, root.getAsJsonArray("problems").size());
	}

	@Test
	void csvHasThePersonColumnsThenOneColumnPerSkill() throws IOException {
		assertEquals(CommandLine.OK, cli.run("team", sampleTeam().toString(), "--role", ROLE, "--format", "csv", "--no-plan"), cli.err());
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(cli.out())).getRecords();
		assertEquals(13, records.size(), "a header and the 12 people of the folder");
		List<String> header = records.get(0).toList();
		assertEquals(List.of("person", "groups", "fit", "met", "file"), header.subList(0, 5));
		assertEquals("skill.sql", header.get(5), "the role's first requirement");
		assertEquals(18 + 5, header.size(), "the role's 18 requirements");
	}

	@Test
	void textSaysTheTotalsTheBusFactorAndTheFitDistribution() {
		assertEquals(CommandLine.OK, cli.run("team", sampleTeam().resolve("analytics.team").toString(), "--role", "role.data-analyst-ai"), cli.err());
		String text = cli.out();
		assertTrue(text.startsWith("Retail analytics ("), text);
		assertTrue(text.contains("12 people against Data analyst using AI"), text);
		assertTrue(text.contains("To bring everyone to the role:"), text);
		assertTrue(text.contains("Fit distribution:"), text);
		assertTrue(text.contains("Closest people to each role:"), text);
	}

	@Test
	void profilesThatCannotBeReadAreNamedAndTheOthersAnalysed() throws IOException {
		Path team = Files.createDirectories(folder.resolve("team"));
		try (var files = Files.list(sampleTeam())) {
			for (Path file : files.filter(p -> p.toString().endsWith(".profile")).limit(3).toList()) {
				Files.copy(file, team.resolve(file.getFileName()));
			}
		}
		Files.writeString(team.resolve("truncated.profile"), "<?xml version=\"1.0\"?>\n<upskill:Profile xmlns:upskill=\"https://upskill.dev/model/1.0\"");
		assertEquals(CommandLine.PROBLEMS, cli.run("team", team.toString(), "--role", ROLE, "--format", "json", "--no-plan"), cli.err());
		JsonObject root = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals(3, root.get("people").getAsInt());
		JsonArray problems = root.getAsJsonArray("problems");
		assertEquals(1, problems.size());
		assertTrue(problems.get(0).getAsJsonObject().get("file").getAsString().endsWith("truncated.profile"));
		assertTrue(cli.err().contains("truncated.profile"), cli.err());
		assertFalse(cli.err().contains("Exception"), cli.err());
	}

	@Test
	void badInputIsOneLineAndExitTwo() {
		assertEquals(CommandLine.BAD_INPUT, cli.run("team", sampleTeam().toString(), "--role", "role.nobody"));
		assertTrue(cli.err().contains("unknown role 'role.nobody'"), cli.err());
		assertEquals(CommandLine.BAD_INPUT, cli.run("team", folder.resolve("nowhere").toString(), "--role", ROLE));
		assertTrue(cli.err().contains("nowhere") && cli.err().contains("does not exist"), cli.err());
		assertEquals(CommandLine.BAD_INPUT, cli.run("team", sampleTeam().toString()));
		assertTrue(cli.err().contains("--role"), cli.err());
		assertEquals(CommandLine.BAD_INPUT, cli.run("team", sampleTeam().toString(), "--role", ROLE, "--table", "nonsense"));
		assertEquals(CommandLine.BAD_INPUT, cli.run("team", folder.toString(), "--role", ROLE));
		assertTrue(cli.err().contains("no profile"), cli.err());
	}
	@Test
	void textWritesEachFitAsTheFitColumnDoes() throws IOException {
		// The sample team's profiles, and someone who never assessed a skill: a fit of 0, a whole number
		Path team = Files.createDirectories(folder.resolve("team"));
		try (var files = Files.list(sampleTeam())) {
			for (Path file : files.filter(p -> p.toString().endsWith(".profile")).toList()) {
				Files.copy(file, team.resolve(file.getFileName()));
			}
		}
		Files.writeString(team.resolve("new-hire.profile"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="new-hire" name="New Hire" person="New Hire"
				    targetRoles="upskill:/framework/ai-upskilling#role.data-analyst-ai" weeklyHours="5.0" currency="USD"/>
				""");
		assertEquals(CommandLine.OK, cli.run("team", team.toString(), "--role", ROLE, "--format", "csv", "--no-plan"), cli.err());
		Map<String, String> fits = new HashMap<>();
		for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(cli.out()))) {
			fits.put(record.get("person"), record.get("fit"));
		}
		assertEquals("0", fits.get("New Hire"), "the Fit column writes a whole fit without decimals");

		assertEquals(CommandLine.OK, cli.run("team", team.toString(), "--role", ROLE, "--no-plan"), cli.err());
		String text = cli.out();
		// the lowest fit, as the column writes it
		assertTrue(text.contains("Fit from " + fits.get("New Hire") + " to "), text);
		String closest = text.lines().filter(l -> l.startsWith("Closest: ")).findFirst().orElseThrow();
		for (String entry : closest.substring("Closest: ".length()).split(", ")) {
			String name = entry.substring(0, entry.lastIndexOf(' '));
			assertEquals(fits.get(name), entry.substring(entry.lastIndexOf(' ') + 1), "the fit of " + name + " as the Fit column writes it");
		}
	}
}
