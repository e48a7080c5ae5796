/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import dev.upskill.cli.internal.CommandLine;
import dev.upskill.model.Framework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.SkillGain;
import dev.upskill.model.resource.UpskillResourceFactory;

/** {@code upskill plan}, and the planner's figures in {@code upskill gap}. */
class PlanCommandTest {

	private static final String ANALYST = "ai-upskilling#role.data-analyst-ai";
	private static final Set<String> PLAN_FIELDS = Set.of("status", "objective", "totalHours", "totalCost", "currency",
			"finishDate", "fitBefore", "fitAfter", "steps", "open");
	private static final Set<String> STEP_FIELDS = Set.of("resource", "startWeek", "endWeek", "hours", "cost", "closes");

	@TempDir
	Path folder;

	private final CliRun cli = new CliRun();

	static String profile() throws IOException {
		return CommandLineTest.samples().stream().filter(p -> p.toString().endsWith(".profile")).findFirst().orElseThrow().toString();
	}

	static Path repository(String path) {
		return Path.of(System.getProperty("upskill.repository", "../.."), path);
	}

	private JsonObject planJson(String... options) throws IOException {
		String[] arguments = new String[options.length + 5];
		System.arraycopy(new String[] { "plan", "--profile", profile(), "--format", "json" }, 0, arguments, 0, 5);
		System.arraycopy(options, 0, arguments, 5, options.length);
		int exit = cli.run(arguments);
		assertTrue(exit == CommandLine.OK || exit == CommandLine.PROBLEMS, "exit " + exit + ": " + cli.err());
		return JsonParser.parseString(cli.out()).getAsJsonObject();
	}

	@Test
	void planAsJsonHasExactlyTheFieldsAndStepsInAConsistentOrder() throws IOException {
		JsonObject plan = planJson("--start", "2026-07-06");
		assertEquals(PLAN_FIELDS, plan.keySet());
		assertEquals("hours", plan.get("objective").getAsString());
		assertEquals("USD", plan.get("currency").getAsString(), "the profile's currency");
		// The machine learning engineer, one of Dana's target roles, asks for machine learning fundamentals at level 4,
		// which only bootcamps teach, far beyond her budget: the plan is partial and says, per open gap, why.
		assertEquals("partial", plan.get("status").getAsString(), plan.toString());
		JsonArray open = plan.getAsJsonArray("open");
		assertFalse(open.isEmpty(), plan.toString());
		for (JsonElement gap : open) {
			assertEquals(Set.of("skill", "reason"), gap.getAsJsonObject().keySet());
			assertTrue(gap.getAsJsonObject().get("skill").getAsString().startsWith("ai-upskilling#skill."), gap.toString());
			assertFalse(gap.getAsJsonObject().get("reason").getAsString().isBlank(), gap.toString());
		}
		assertTrue(open.asList().stream().anyMatch(g -> g.getAsJsonObject().get("reason").getAsString()
				.startsWith("the budget is short by ")), open.toString());
		assertTrue(plan.get("fitAfter").getAsDouble() > plan.get("fitBefore").getAsDouble(), plan.toString());

		JsonArray steps = plan.getAsJsonArray("steps");
		assertFalse(steps.isEmpty());
		Map<String, LearningResource> resources = builtInResources();
		Map<String, JsonObject> byResource = new HashMap<>();
		double hours = 0;
		double cost = 0;
		int finish = 0;
		for (JsonElement element : steps) {
			JsonObject step = element.getAsJsonObject();
			assertEquals(STEP_FIELDS, step.keySet());
			assertTrue(step.get("resource").getAsString().startsWith("ai-upskilling#res."), step.toString());
			assertTrue(step.get("startWeek").getAsInt() >= 1, step.toString());
			assertTrue(step.get("startWeek").getAsInt() <= step.get("endWeek").getAsInt(), step.toString());
			byResource.put(step.get("resource").getAsString(), step);
			hours += step.get("hours").getAsDouble();
			cost += step.get("cost").getAsDouble();
			finish = Math.max(finish, step.get("endWeek").getAsInt());
		}
		assertEquals(hours, plan.get("totalHours").getAsDouble(), 1e-6, "total hours = the sum of the steps' hours");
		assertEquals(cost, plan.get("totalCost").getAsDouble(), 0.005);
		assertTrue(cost <= 1500, "within Dana's budget: " + cost);
		// Steps run one after another in whole weeks: each can leave at most part of its last week unused.
		assertTrue(finish <= Math.ceil(hours / 7) + steps.size(), "at 7 h a week " + hours + " h take about " + Math.ceil(hours / 7)
				+ " weeks and " + steps.size() + " steps, not " + finish);
		assertEquals(LocalDate.parse("2026-07-06").plusWeeks(finish).minusDays(1).toString(),
				plan.get("finishDate").getAsString(), "the last day of the last step's week");

		// The highest level any assessment gives a skill (an upper bound of the level the planner uses).
		Map<String, Integer> assessed = new HashMap<>();
		Matcher assessment = Pattern.compile("skill=\"[^\"]*#([^\"]+)\" level=\"([0-9]+)\"")
				.matcher(Files.readString(Path.of(profile())));
		while (assessment.find()) {
			assessed.merge(assessment.group(1), Integer.parseInt(assessment.group(2)), Math::max);
		}
		assertTrue(assessed.get("skill.python") >= 2, assessed.toString());
		for (JsonObject step : byResource.values()) {
			LearningResource resource = resources.get(step.get("resource").getAsString());
			assertNotNull(resource, step.toString());
			int start = step.get("startWeek").getAsInt();
			for (LearningResource required : resource.getRequiredResources()) {
				JsonObject before = byResource.get("ai-upskilling#" + required.getId());
				if (before != null) {
					assertTrue(before.get("endWeek").getAsInt() < start, "required " + before + " before " + step);
				}
			}
			for (SkillGain prerequisite : resource.getPrerequisites()) {
				boolean taughtBefore = byResource.values().stream().anyMatch(other -> other.get("endWeek").getAsInt() < start
						&& teaches(resources.get(other.get("resource").getAsString()), prerequisite));
				boolean taughtInPlan = byResource.values().stream()
						.anyMatch(other -> other != step && teaches(resources.get(other.get("resource").getAsString()), prerequisite));
				assertTrue(taughtBefore || !taughtInPlan || assessed.getOrDefault(prerequisite.getSkill().getId(), -1) >= prerequisite
						.getLevel(), "Dana has " + prerequisite.getSkill().getId() + " at level " + prerequisite.getLevel()
								+ ", or a step that teaches it ends before " + step);
			}
		}

		Set<String> gapSkills = new HashSet<>();
		for (String role : List.of(ANALYST, "ai-upskilling#role.ml-engineer")) {
			assertEquals(CommandLine.OK, cli.run("gap", "--profile", profile(), "--role", role, "--format", "json"), cli.err());
			for (JsonElement line : JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("lines")) {
				if (line.getAsJsonObject().get("gapLevels").getAsInt() > 0) {
					gapSkills.add(line.getAsJsonObject().get("skill").getAsString());
				}
			}
		}
		for (JsonObject step : byResource.values()) {
			for (JsonElement closes : step.getAsJsonArray("closes")) {
				assertTrue(gapSkills.contains(closes.getAsString()), closes + " is a skill with a gap to a target role");
			}
		}
	}

	private static boolean teaches(LearningResource resource, SkillGain prerequisite) {
		return resource != null && resource.getGains().stream()
				.anyMatch(g -> g.getSkill().getId().equals(prerequisite.getSkill().getId()) && g.getLevel() >= prerequisite.getLevel());
	}

	/** The resources of the built-in framework, read from its file, by {@code frameworkId#resourceId}. */
	private static Map<String, LearningResource> builtInResources() {
		Resource resource = UpskillResourceFactory.createResourceSet().getResource(URI.createFileURI(
				repository("bundles/dev.upskill.frameworks.ai/frameworks/ai-upskilling.framework").toAbsolutePath().toString()), true);
		Map<String, LearningResource> resources = new HashMap<>();
		((Framework) resource.getContents().get(0)).getResources().forEach(r -> resources.put("ai-upskilling#" + r.getId(), r));
		return resources;
	}

	@Test
	void writesAPlanThatValidatesAndRefusesToOverwriteIt() throws IOException {
		Path plan = folder.resolve("dana-next.plan");
		assertEquals(CommandLine.OK, cli.run("plan", "--profile", profile(), "--role", ANALYST, "--start", "2026-07-06", "-o",
				plan.toString()), "every gap closed: exit 0 " + cli.err());
		assertTrue(cli.out().contains("Written to " + plan), cli.out());
		String xml = Files.readString(plan);
		assertTrue(xml.contains("targetRole=\"upskill:/framework/ai-upskilling#role.data-analyst-ai\""), xml);
		assertTrue(xml.contains("resource=\"upskill:/framework/ai-upskilling#res."), "installed frameworks by address: " + xml);
		assertFalse(xml.contains("platform:/") || xml.contains("file:/"), xml);
		Path relative = plan.getParent().toAbsolutePath().relativize(Path.of(profile()).toAbsolutePath().normalize());
		assertTrue(xml.contains("profile=\"" + relative.toString().replace('\\', '/') + "#dana\""), "the profile by a relative path: "
				+ xml);
		assertTrue(xml.contains("startDate=\"2026-07-06\""), xml);

		assertEquals(CommandLine.OK, cli.run("validate", plan.toString()), cli.out());
		assertEquals("1 file checked: 0 errors, 0 warnings", cli.out().strip());

		byte[] before = Files.readAllBytes(plan);
		assertEquals(CommandLine.BAD_INPUT, cli.run("plan", "--profile", profile(), "--role", ANALYST, "-o", plan.toString()));
		assertTrue(cli.err().contains(plan + " already exists; add --force to replace it"), cli.err());
		assertTrue(Arrays.equals(before, Files.readAllBytes(plan)), "left as it was");

		assertEquals(CommandLine.OK, cli.run("plan", "--profile", profile(), "--role", ANALYST, "--start", "2026-08-03", "-o",
				plan.toString(), "--force"), cli.err());
		assertTrue(Files.readString(plan).contains("startDate=\"2026-08-03\""));
		assertTrue(Files.exists(folder.resolve(".dana-next.plan.bak")), "the replaced version is kept");
	}

	/** With a deadline a schedule can run late (a monthly mentoring runs for months): such a plan is not written. */
	@Test
	void writesOnlyAPlanThatValidates() throws IOException {
		for (String deadline : List.of("2026-09-30", "2026-12-31", "2027-06-30")) {
			Path plan = folder.resolve("by-" + deadline + ".plan");
			int exit = cli.run("plan", "--profile", profile(), "--start", "2026-07-06", "--deadline", deadline, "-o", plan.toString());
			if (Files.exists(plan)) {
				assertTrue(cli.out().contains("Written to " + plan), cli.out());
				assertEquals(CommandLine.OK, cli.run("validate", plan.toString()), cli.out());
				assertTrue(Files.readString(plan).contains("endDate=\"" + deadline + "\""));
			} else {
				assertEquals(CommandLine.PROBLEMS, exit, cli.err());
				assertTrue(cli.err().startsWith("upskill plan: not written to " + plan + ": the plan would not pass 'upskill validate':"),
						cli.err());
				assertTrue(cli.err().contains("after the plan's end date " + deadline), cli.err());
			}
		}
	}

	@Test
	void aSmallBudgetGivesAPartialPlanThatSaysWhy() throws IOException {
		JsonObject plan = planJson("--role", "ai-upskilling#role.ml-engineer", "--budget", "20");
		assertEquals(CommandLine.PROBLEMS, cli.run("plan", "--profile", profile(), "--role", "ai-upskilling#role.ml-engineer",
				"--budget", "20"), "a partial plan: exit 1");
		assertEquals("partial", plan.get("status").getAsString(), plan.toString());
		assertTrue(plan.get("totalCost").getAsDouble() <= 20, plan.toString());
		JsonArray open = plan.getAsJsonArray("open");
		assertFalse(open.isEmpty());
		assertTrue(open.asList().stream().anyMatch(g -> g.getAsJsonObject().get("reason").getAsString()
				.startsWith("the budget is short by ")), open.toString());
		assertTrue(cli.out().contains("partial: not every gap can be closed"), cli.out());
		assertTrue(cli.out().contains("the budget is short by"), cli.out());
	}

	@Test
	void badInputExitsTwoWithOneLineInWords() throws IOException {
		String profile = profile();
		String[][] cases = { { "--role", "role.astronaut" }, { "--rate", "EUR=abc" }, { "--rate", "euro" }, { "--start", "next monday" },
				{ "--hours", "-3" }, { "--budget", "lots" }, { "--objective", "fun" }, { "--currency", "dollars" },
				{ "--prefer", "telepathy" }, { "--deadline", "2020-01-01", "--start", "2026-07-06" } };
		String[] expected = { "unknown role 'role.astronaut'", "--rate EUR=abc: 'abc' is not a number", "--rate euro: 'euro' is not a rate",
				"--start must be a date", "--hours must be a number above 0, not '-3'", "--budget must be an amount",
				"--objective must be hours, cost or finish, not 'fun'", "--currency must be a three-letter currency code",
				"--prefer 'telepathy' is neither a kind of resource", "the deadline 2020-01-01 is before the start 2026-07-06" };
		for (int i = 0; i < cases.length; i++) {
			String[] arguments = new String[cases[i].length + 3];
			System.arraycopy(new String[] { "plan", "--profile", profile }, 0, arguments, 0, 3);
			System.arraycopy(cases[i], 0, arguments, 3, cases[i].length);
			assertEquals(CommandLine.BAD_INPUT, cli.run(arguments), String.join(" ", cases[i]));
			assertOneLine("upskill plan: ", expected[i]);
		}
		assertEquals(CommandLine.BAD_INPUT, cli.run("plan", "--profile", folder.resolve("nobody.profile").toString()));
		assertOneLine("", "nobody.profile: error: the file does not exist");
	}

	/** A currency of the resources without an exchange rate: the planner says which, and the option that helps. */
	@Test
	void aMissingExchangeRateExitsTwoAndARateFixesIt() throws IOException {
		Path framework = folder.resolve("euro.framework");
		Files.writeString(framework, """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:Framework xmlns:upskill="https://upskill.dev/model/1.0" id="euro" name="Euro courses">
				  <roles id="role.docker-user" name="Docker user">
				    <requirements skill="upskill:/framework/ai-upskilling#skill.docker" level="2"/>
				  </roles>
				  <resources id="res.docker-course" name="Docker in a week" cost="100" currency="EUR" hours="10.0">
				    <gains skill="upskill:/framework/ai-upskilling#skill.docker" level="2"/>
				  </resources>
				</upskill:Framework>
				""");
		assertEquals(CommandLine.BAD_INPUT, cli.run("plan", "--profile", profile(), "--framework", framework.toString(), "--role",
				"euro#role.docker-user", "--exclude", "Nigel Poulton", "--budget", "none"));
		assertOneLine("upskill plan: ", "there is no exchange rate from EUR to USD");
		assertTrue(cli.err().contains("--rate EUR="), cli.err());

		JsonObject plan = planJson("--framework", framework.toString(), "--role", "euro#role.docker-user", "--rate", "EUR=1.5",
				"--budget", "none", "--exclude", "Nigel Poulton");
		assertEquals(PLAN_FIELDS, plan.keySet());
		assertEquals("optimal", plan.get("status").getAsString(), plan.toString());
		assertTrue(plan.get("fitAfter").getAsDouble() > plan.get("fitBefore").getAsDouble(), plan.toString());
		assertTrue(plan.getAsJsonArray("steps").asList().stream().map(s -> s.getAsJsonObject().get("closes").getAsJsonArray())
				.anyMatch(c -> c.contains(new JsonPrimitive("ai-upskilling#skill.docker"))), plan.toString());
	}

	@Test
	void aFreeResourceInAnotherCurrencyNeedsNoRate() throws IOException {
		String acme = repository("examples/dev.upskill.examples.acme/frameworks/acme-ai-roles.framework").toString();
		JsonObject plan = planJson("--framework", acme, "--role", "acme-ai-additions#acme.role.ai-operations-analyst", "--budget",
				"none");
		assertTrue(plan.getAsJsonArray("steps").asList().stream().anyMatch(s -> s.getAsJsonObject().get("resource").getAsString()
				.equals("acme-ai-additions#acme.res.forecasting-academy")), "the free course in EUR is planned: " + plan);
		assertEquals(CommandLine.OK, cli.run("gap", "--profile", profile(), "--framework", acme, "--role",
				"acme.role.ai-operations-analyst", "--format", "json"), cli.err());
		assertEquals(plan.get("totalHours").getAsDouble(), JsonParser.parseString(cli.out()).getAsJsonObject().get("planHours")
				.getAsDouble(), 1e-6);
	}

	private void assertOneLine(String prefix, String expected) {
		String message = cli.err().strip();
		assertTrue(message.startsWith(prefix) && message.contains(expected), "expected '" + expected + "' in: " + message);
		assertEquals(1, message.lines().count(), message);
		assertFalse(message.contains("Exception") || message.contains("\tat "), message);
	}

	@Test
	void gapShowsThePlannersHoursForTheRole() throws IOException {
		for (String role : List.of(ANALYST, "ai-upskilling#role.ml-engineer")) {
			assertEquals(CommandLine.OK, cli.run("gap", "--profile", profile(), "--role", role, "--format", "json"), cli.err());
			JsonObject gap = JsonParser.parseString(cli.out()).getAsJsonObject();
			assertFalse(gap.has("hoursToClose"));
			JsonObject plan = planJson("--role", role, "--budget", "none");
			assertEquals(plan.get("totalHours").getAsDouble(), gap.get("planHours").getAsDouble(), 1e-6, role);
			assertEquals(plan.get("totalCost").getAsDouble(), gap.get("planCost").getAsDouble(), 0.005, role);
			assertEquals("USD", gap.get("currency").getAsString());
			Set<String> planned = new HashSet<>();
			plan.getAsJsonArray("steps").forEach(s -> planned.add(s.getAsJsonObject().get("resource").getAsString()));
			for (JsonElement line : gap.getAsJsonArray("lines")) {
				if (!line.getAsJsonObject().get("resource").isJsonNull()) {
					assertTrue(planned.contains(line.getAsJsonObject().get("resource").getAsString()), "a step of the plan: " + line);
				}
			}

			assertEquals(CommandLine.OK, cli.run("gap", "--profile", profile(), "--role", role));
			String hours = plan.get("totalHours").getAsDouble() == Math.rint(plan.get("totalHours").getAsDouble())
					? Long.toString((long) plan.get("totalHours").getAsDouble()) : String.valueOf(plan.get("totalHours").getAsDouble());
			String says = plan.get("status").getAsString().equals("partial") ? "the plan takes " + hours + " h and "
					: "the plan closes the essential gaps with " + hours + " h and ";
			assertTrue(cli.out().contains(says), plan.get("status") + ", so it says '" + says + "': " + cli.out());
		}
	}
}
