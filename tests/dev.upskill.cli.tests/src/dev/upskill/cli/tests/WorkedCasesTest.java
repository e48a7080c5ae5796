/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;


/**
 * The worked cases of the sample workspace, one per kind of career change the product is for: the built-in framework
 * closes every gap of each person's first target role within the hours a week, the budget and the months their profile
 * describes. A resource removed or mis-estimated so that the advice no longer holds fails here.
 */
class WorkedCasesTest {

	private static final LocalDate START = LocalDate.of(2026, 12, 7);

	@ParameterizedTest(name = "{0} reaches {1} within {2} months")
	@CsvSource({ "dana.profile, ai-upskilling#role.data-analyst-ai, 12", "sam.profile, ai-upskilling#role.swe-to-mlops, 9",
			"maria.profile, ai-upskilling#role.marketing-manager-genai, 9", "tomas.profile, ai-upskilling#role.process-engineer-ts, 12" })
	void theBuiltInFrameworkClosesEveryGapInTime(String profile, String role, int months) {
		LocalDate deadline = START.plusMonths(months);
		CliRun cli = new CliRun();
		int exit = cli.run("plan", "--profile", PlanCommandTest.repository("bundles/dev.upskill.app/samples/getting-started/" + profile)
				.toString(), "--role", role, "--start", START.toString(), "--deadline", deadline.toString(), "--format", "json");
		String text = cli.out();
		assertEquals(0, exit, text + cli.err());
		JsonObject plan = JsonParser.parseString(text).getAsJsonObject();
		assertTrue(List.of("optimal", "feasible").contains(plan.get("status").getAsString()), text);
		assertEquals(0, plan.getAsJsonArray("open").size(), text);
		assertFalse(LocalDate.parse(plan.get("finishDate").getAsString()).isAfter(deadline), text);
		assertEquals(100.0, plan.get("fitAfter").getAsDouble(), 1e-9, text);
	}
}
