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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.upskill.cli.internal.CommandLine;

/** {@code upskill reach}, and {@code --framework} on the commands that read a profile. */
class ReachCommandTest {

	@TempDir
	Path folder;

	private final CliRun cli = new CliRun();

	/** Three roles on skills the built-in resources teach, so that they are within reach. */
	private Path teamFramework() throws IOException {
		Path framework = folder.resolve("team.framework");
		Files.writeString(framework, """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:Framework xmlns:upskill="https://upskill.dev/model/1.0" id="team" name="Our team">
				  <roles id="role.git" name="Git user">
				    <requirements skill="upskill:/framework/ai-upskilling#skill.git" level="3"/>
				  </roles>
				  <roles id="role.docker" name="Docker user">
				    <requirements skill="upskill:/framework/ai-upskilling#skill.docker" level="2"/>
				    <requirements skill="upskill:/framework/ai-upskilling#skill.sql-features" level="3"/>
				  </roles>
				  <roles id="role.deep" name="Deep learning user">
				    <requirements skill="upskill:/framework/ai-upskilling#skill.pytorch" level="3"/>
				    <requirements skill="upskill:/framework/ai-upskilling#skill.docker" level="3"/>
				    <requirements skill="upskill:/framework/ai-upskilling#skill.model-serving" level="3"/>
				  </roles>
				</upskill:Framework>
				""");
		return framework;
	}

	@Test
	void rolesAreSortedByWeeksWithTheLeadersPlannedExactly() throws IOException {
		String team = teamFramework().toString();
		assertEquals(CommandLine.OK, cli.run("reach", "--profile", PlanCommandTest.profile(), "--framework", team, "--top", "8",
				"--format", "json"), cli.err());
		JsonObject reach = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals(7.0, reach.get("weeklyHours").getAsDouble(), "the profile's hours");
		JsonArray roles = reach.getAsJsonArray("roles");
		assertEquals(8, roles.size(), "--top limits the rows");
		int previous = -1;
		double previousHours = -1;
		for (int i = 0; i < roles.size(); i++) {
			JsonObject role = roles.get(i).getAsJsonObject();
			assertEquals(i + 1, role.get("rank").getAsInt());
			if (!role.get("reachable").getAsBoolean()) {
				// Roles out of reach (the built-in ones that no resource fully teaches) come after all the others.
				assertTrue(roles.asList().subList(i, roles.size()).stream().noneMatch(r -> r.getAsJsonObject().get("reachable").getAsBoolean()),
						"the roles out of reach come last: " + roles);
				break;
			}
			int weeks = role.get("weeks").getAsInt();
			assertTrue(weeks >= previous, "sorted by weeks: " + roles);
			assertTrue(weeks > previous || role.get("hours").getAsDouble() >= previousHours, "then by hours: " + roles);
			previous = weeks;
			previousHours = role.get("hours").getAsDouble();
			assertTrue(role.get("exact").getAsBoolean(), "the leaders are planned exactly: " + role);
			assertTrue(weeks * 7 >= role.get("hours").getAsDouble() - 1e-6, "7 h a week: " + role);
		}
		assertEquals("ai-upskilling#role.data-analyst", roles.get(0).getAsJsonObject().get("role").getAsString(),
				"her current role: ready now");
		assertEquals(0, roles.get(0).getAsJsonObject().get("weeks").getAsInt());
		assertEquals("team#role.git", roles.get(1).getAsJsonObject().get("role").getAsString());
		// Other installed frameworks (the Acme example is in this runtime) may have roles in between;
		// among the team's, the one with the most to learn comes last.
		List<String> teamRoles = new ArrayList<>();
		roles.forEach(r -> {
			String id = r.getAsJsonObject().get("role").getAsString();
			if (id.startsWith("team#")) {
				teamRoles.add(id);
			}
		});
		assertEquals(List.of("team#role.git", "team#role.docker", "team#role.deep"), teamRoles, "the most to learn last: " + roles);

		assertEquals(CommandLine.OK, cli.run("reach", "--profile", PlanCommandTest.profile(), "--framework", team, "--format", "json"),
				cli.err());
		JsonArray all = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("roles");
		assertEquals(10, all.size(), "the default top is 10");
		boolean reachableSeen = true;
		for (JsonElement element : all) {
			JsonObject role = element.getAsJsonObject();
			boolean reachable = role.get("reachable").getAsBoolean();
			assertTrue(reachableSeen || !reachable, "the roles out of reach come last: " + all);
			reachableSeen = reachable;
			assertTrue(reachable || !role.get("note").getAsString().isBlank(), "a role out of reach says why: " + role);
		}

		assertEquals(CommandLine.OK, cli.run("reach", "--profile", PlanCommandTest.profile(), "--top", "3"), cli.err());
		assertTrue(cli.out().contains("RANK  ROLE"), cli.out());
		assertEquals(3, cli.out().lines().filter(l -> l.matches("\\s+[0-9]+  .*")).count(), cli.out());
	}

	@Test
	void aBudgetOfNothingLeavesOnlyFreeRoutes() throws IOException {
		assertEquals(CommandLine.OK, cli.run("reach", "--profile", PlanCommandTest.profile(), "--budget", "0", "--format", "json"),
				cli.err());
		for (JsonElement element : JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("roles")) {
			JsonObject role = element.getAsJsonObject();
			if (role.get("reachable").getAsBoolean() && role.get("exact").getAsBoolean()) {
				assertEquals(0.0, role.get("cost").getAsDouble(), 1e-9, role.toString());
			}
		}
	}

	@Test
	void frameworkFilesAddTheirRolesToGapRankAndReach() throws IOException {
		Path framework = folder.resolve("team.framework");
		Files.writeString(framework, """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:Framework xmlns:upskill="https://upskill.dev/model/1.0" id="team" name="Our team">
				  <roles id="role.sql-docker" name="SQL and Docker person">
				    <requirements skill="upskill:/framework/ai-upskilling#skill.sql" level="3"/>
				    <requirements skill="upskill:/framework/ai-upskilling#skill.docker" level="2"/>
				  </roles>
				</upskill:Framework>
				""");
		String profile = PlanCommandTest.profile();
		assertEquals(CommandLine.OK, cli.run("gap", "--profile", profile, "--framework", framework.toString(), "--role",
				"team#role.sql-docker", "--format", "json"), cli.err());
		JsonObject gap = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals(2, gap.getAsJsonArray("lines").size());
		assertTrue(gap.get("planHours").getAsDouble() > 0, "the built-in resources teach Docker: " + gap);

		assertEquals(CommandLine.OK, cli.run("rank", "--profile", profile, "--framework", framework.toString(), "--top", "50",
				"--format", "csv"), cli.err());
		assertTrue(cli.out().contains("team#role.sql-docker"), cli.out());

		assertEquals(CommandLine.OK, cli.run("reach", "--profile", profile, "--framework", framework.toString(), "--format", "csv",
				"--top", "50"), cli.err());
		assertTrue(cli.out().lines().anyMatch(l -> l.contains(",team#role.sql-docker,") && l.endsWith(",true,")), cli.out());

		assertEquals(CommandLine.BAD_INPUT, cli.run("reach", "--profile", profile, "--framework", profile));
		assertTrue(cli.err().contains("the file is not a framework"), cli.err());
		assertEquals(CommandLine.BAD_INPUT, cli.run("gap", "--profile", profile, "--framework", folder.resolve("none.framework")
				.toString(), "--role", "ai-upskilling#role.ml-engineer"));
		assertTrue(cli.err().contains("none.framework: error: the file does not exist"), cli.err());
		assertFalse(cli.err().contains("Exception"), cli.err());
	}
}
