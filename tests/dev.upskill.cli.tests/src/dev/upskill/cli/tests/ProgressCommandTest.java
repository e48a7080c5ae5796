/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.upskill.cli.internal.CommandLine;
import dev.upskill.core.table.ProgressTables;

/**
 * {@code upskill progress} on the sample profile and plan (dated 2026-11-29 with {@code --as-of},
 * so the figures do not move with the clock), and its refusals.
 */
class ProgressCommandTest {

	private final CliRun cli = new CliRun();

	private JsonObject json() {
		assertEquals(CommandLine.OK, cli.run("progress", "--profile", ReportCommandTest.sample("dana.profile"), "--plan",
				ReportCommandTest.sample("dana-ai-analyst.plan"), "--as-of", "2026-11-29", "--format", "json"), cli.err());
		return JsonParser.parseString(cli.out()).getAsJsonObject();
	}

	/**
	 * The sample plan starts 2026-07-06; 2026-11-29 is day 146, week 21.
	 * <pre>
	 * logged: book 42 + feature engineering 6 + ML specialization 31 + meetup 6 = 85 h
	 * planned (resource hours, none dropped): 40 + 5 + 90 + 24 + 40 + 30 + 12 + 60 = 301 h
	 * left: ML 90-31 = 59, meetup 24-6 = 18, then 40 + 30 + 12 + 60 untouched = 219 h
	 * pace, weeks 17-20: 3 (10-31) + 2.5 (11-07) + 2.5 (11-14) + 2 (11-21) = 10 / 4 = 2.5 h a week
	 * forecast: 219 / 2.5 = 87.6 weeks = 613.2 days -> 614 days after 2026-11-29 = 2028-08-04, late
	 * week 2 (07-13 to 07-19): book 6 (07-18) + meetup 1.5 (07-16) = 7.5 h
	 * </pre>
	 */
	@Test
	void theSamplePlansBurnUpAndForecast() {
		JsonObject plan = json().getAsJsonObject("plan");
		assertEquals("dana-ai-analyst", plan.get("id").getAsString());
		assertEquals(21, plan.get("currentWeek").getAsInt());
		assertEquals(85.0, plan.get("loggedHours").getAsDouble(), 1e-9);
		assertEquals(301.0, plan.get("plannedHours").getAsDouble(), 1e-9);
		assertEquals(219.0, plan.get("remainingHours").getAsDouble(), 1e-9);
		assertEquals(2, plan.get("stepsDone").getAsInt());
		assertEquals(8, plan.get("steps").getAsInt());
		assertEquals(2.5, plan.get("pace").getAsDouble(), 1e-9);
		assertEquals("2028-08-04", plan.get("forecast").getAsString());
		assertTrue(plan.get("late").getAsBoolean());
		JsonArray weeks = plan.getAsJsonArray("weeks");
		assertEquals(51, weeks.size(), "weeks 1 to the meetup's last, 51");
		assertEquals(7.5, weeks.get(1).getAsJsonObject().get("logged").getAsDouble(), 1e-9);
		assertEquals(85.0, weeks.get(20).getAsJsonObject().get("loggedToDate").getAsDouble(), 1e-9);
	}

	/**
	 * Dana's SQL: self 3 on 2025-09-15, then the manager's 4 on 2026-03-02. Fit is computed at each
	 * of the profile's 5 assessment dates for both target roles.
	 */
	@Test
	void historyAndFitOverTime() {
		JsonObject root = json();
		JsonArray history = root.getAsJsonArray("history");
		List<JsonObject> sql = history.asList().stream().map(e -> e.getAsJsonObject())
				.filter(p -> p.get("skill").getAsString().equals("ai-upskilling#skill.sql")).toList();
		assertEquals(List.of("2025-09-15", "2026-03-02"), sql.stream().map(p -> p.get("date").getAsString()).toList());
		assertEquals(List.of(3, 4), sql.stream().map(p -> p.get("level").getAsInt()).toList());
		assertEquals(List.of("self", "manager"), sql.stream().map(p -> p.get("source").getAsString()).toList());

		JsonArray fit = root.getAsJsonArray("fit");
		// 2025-09-15, 2025-11-20, 2026-03-02, 2026-06-10, 2026-09-30; two target roles each
		assertEquals(10, fit.size());
		double first = fit.get(0).getAsJsonObject().get("score").getAsDouble();
		double last = fit.get(8).getAsJsonObject().get("score").getAsDouble();
		assertEquals("ai-upskilling#role.data-analyst-ai", fit.get(8).getAsJsonObject().get("role").getAsString());
		assertTrue(last > first, "Dana's fit to her first target grew: " + first + " -> " + last);

		// The last point is the fit upskill gap computes today.
		assertEquals(CommandLine.OK, cli.run("gap", "--profile", ReportCommandTest.sample("dana.profile"), "--role",
				"ai-upskilling#role.data-analyst-ai", "--format", "json"), cli.err());
		assertEquals(JsonParser.parseString(cli.out()).getAsJsonObject().get("score").getAsDouble(), last, 0.05);
	}

	@Test
	void csvWritesTheTableNamedAndThePlanBesideTheProfileIsFound() throws IOException {
		// No --plan: the one plan beside the profile that is for it.
		assertEquals(CommandLine.OK, cli.run("progress", "--profile", ReportCommandTest.sample("dana.profile"), "--as-of", "2026-11-29",
				"--format", "csv", "--table", "burnup"), cli.err());
		List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(cli.out())).getRecords();
		assertEquals(ProgressTables.BURN_UP.csvNames(), records.get(0).getParser().getHeaderNames());
		assertEquals(51, records.size());
		assertEquals("2026-07-13", records.get(1).get("start"));
		assertEquals("7.5", records.get(1).get("logged"));

		assertEquals(CommandLine.OK, cli.run("progress", "--profile", ReportCommandTest.sample("dana.profile"), "--as-of", "2026-11-29"),
				cli.err());
		assertTrue(cli.out().contains("Forecast: 2.5 h a week over the last 4 weeks: 219 h left, finishes on 2028-08-04, after the plan's end date 2027-06-28"),
				cli.out());
	}

	@Test
	void ofSeveralPlansBesideTheProfileTheOneChangedLastIsTaken(@TempDir Path folder) throws IOException {
		Path dana = folder.resolve("dana.profile");
		Files.copy(Path.of(ReportCommandTest.sample("dana.profile")), dana);
		Path older = Files.copy(Path.of(ReportCommandTest.sample("dana-ai-analyst.plan")), folder.resolve("dana-ai-analyst.plan"));
		Path newer = folder.resolve("dana-second.plan");
		Files.writeString(newer, Files.readString(older).replace("name=\"Dana: towards data analyst using AI\"", "name=\"Dana: second try\""));
		Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
		Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-02-01T00:00:00Z")));
		assertEquals(CommandLine.OK, cli.run("progress", "--profile", dana.toString(), "--as-of", "2026-11-29"), cli.err());
		assertTrue(cli.out().contains("Burn-up of Dana: second try"), cli.out());
		Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-03-01T00:00:00Z")));
		assertEquals(CommandLine.OK, cli.run("progress", "--profile", dana.toString(), "--as-of", "2026-11-29"), cli.err());
		assertTrue(cli.out().contains("Burn-up of Dana: towards data analyst using AI"), cli.out());
	}

	@Test
	void badInputIsRefusedWithExitTwo() {
		String dana = ReportCommandTest.sample("dana.profile");
		assertEquals(CommandLine.BAD_INPUT, cli.run("progress", "--profile", dana, "--format", "csv"));
		assertTrue(cli.err().contains("--table"), cli.err());
		assertEquals(CommandLine.BAD_INPUT, cli.run("progress", "--profile", dana, "--as-of", "29/11/2026"));
		assertTrue(cli.err().contains("--as-of must be a date written YYYY-MM-DD, not '29/11/2026'"), cli.err());
		assertEquals(CommandLine.BAD_INPUT, cli.run("progress", "--profile", ReportCommandTest.sample("maria.profile"), "--plan",
				ReportCommandTest.sample("dana-ai-analyst.plan")));
		assertTrue(cli.err().contains("dana-ai-analyst.plan: the plan is for the profile 'dana', not for 'maria'"), cli.err());
		assertEquals(CommandLine.BAD_INPUT, cli.run("progress", "--profile", dana, "--table", "fit"));
		assertTrue(cli.err().contains("--table only applies with --format csv"), cli.err());
	}
}
