/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.progress.BurnUp;
import dev.upskill.core.progress.BurnUpWeek;
import dev.upskill.core.progress.FitHistory;
import dev.upskill.core.progress.FitPoint;
import dev.upskill.core.progress.LevelHistory;
import dev.upskill.core.progress.LevelPoint;
import dev.upskill.core.progress.Progress;
import dev.upskill.core.progress.SkillHistory;
import dev.upskill.core.table.ProgressTables;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.LogEntry;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.StepStatus;
import dev.upskill.model.UpskillFactory;

/**
 * Level history, fit over time and a plan's burn-up on small cases computed by hand (the figures
 * in the comments).
 */
class ProgressTest {

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;
	private Framework framework;
	private Skill a;
	private Skill b;
	private Role role;
	private Profile profile;

	@BeforeEach
	void model() {
		framework = F.createFramework();
		framework.setId("fw");
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId("scale.0-5");
		for (int v = 0; v <= 5; v++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(v);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		a = skill("a");
		b = skill("b");
		role = F.createRole();
		role.setId("r");
		role.setName("R");
		role.getRequirements().addAll(List.of(req(a, 4), req(b, 2)));
		framework.getRoles().add(role);
		profile = F.createProfile();
		profile.setId("p");
		assess(a, 1, "2026-01-05", AssessmentSource.SELF);
		assess(b, 1, "2026-01-05", AssessmentSource.SELF);
		assess(a, 3, "2026-02-02", AssessmentSource.MANAGER);
		// A newer self-assessment does not replace the manager's: the level stays 3.
		assess(a, 4, "2026-03-02", AssessmentSource.SELF);
		assess(b, 2, "2026-03-02", AssessmentSource.TEST);
		// Undated: cannot be placed in time, left out of the history and of the fit over time.
		assess(b, 5, null, AssessmentSource.SELF);
	}

	@Test
	void levelHistoryKeepsTheTrustRuleAtEveryDate() {
		List<SkillHistory> history = LevelHistory.of(profile, TrustOrder.DEFAULT);
		assertEquals(List.of("fw#a", "fw#b"), history.stream().map(SkillHistory::key).toList());

		// a: 01-05 self 1 -> 1; 02-02 manager 3 -> 3; 03-02 self 4 -> still 3 (from the manager).
		List<LevelPoint> pointsA = history.get(0).points();
		assertEquals(List.of(1, 3, 4), pointsA.stream().map(LevelPoint::assessedLevel).toList());
		assertEquals(List.of(1, 3, 3), pointsA.stream().map(LevelPoint::level).toList());
		assertEquals(List.of(AssessmentSource.SELF, AssessmentSource.MANAGER, AssessmentSource.SELF),
				pointsA.stream().map(LevelPoint::source).toList());
		assertEquals(AssessmentSource.MANAGER, pointsA.get(2).decidingSource());
		assertEquals(List.of(true, true, false), pointsA.stream().map(LevelPoint::decides).toList());

		// b: 01-05 self 1 -> 1; 03-02 test 2 -> 2; the undated self 5 is not in the history.
		List<LevelPoint> pointsB = history.get(1).points();
		assertEquals(List.of(LocalDate.parse("2026-01-05"), LocalDate.parse("2026-03-02")),
				pointsB.stream().map(LevelPoint::date).toList());
		assertEquals(List.of(1, 2), pointsB.stream().map(LevelPoint::level).toList());
		assertEquals(2, history.get(1).lastLevel());

		// When the self-assessment is trusted most, the manager's 3 never counts: 1, 1, then the newer self 4.
		TrustOrder selfFirst = TrustOrder.parse("self > manager > peer > evidence=test");
		assertEquals(List.of(1, 1, 4), LevelHistory.of(profile, selfFirst).get(0).points().stream().map(LevelPoint::level).toList());
	}

	@Test
	void fitOverTimeIsTheFitFormulaAtEachAssessmentDate() {
		List<FitPoint> fit = FitHistory.of(profile, List.of(role), TrustOrder.DEFAULT);
		assertEquals(List.of("2026-01-05", "2026-02-02", "2026-03-02"), fit.stream().map(p -> p.date().toString()).toList());
		// Both requirements essential, weight 1, levels normalised on 0-5:
		// 01-05: a 1/4 = 0.25, b 1/2 = 0.5  -> E = 0.375 -> 37.5
		// 02-02: a 3/4 = 0.75, b 0.5        -> E = 0.625 -> 62.5
		// 03-02: a 0.75 (manager's 3), b 1   -> E = 0.875 -> 87.5
		assertEquals(37.5, fit.get(0).score(), 1e-9);
		assertEquals(62.5, fit.get(1).score(), 1e-9);
		assertEquals(87.5, fit.get(2).score(), 1e-9);
		assertEquals(87.5, fit.get(2).essentialScore(), 1e-9);
		// The last point is the current fit (the undated self 5 of b loses to the test's 2 anyway).
		assertEquals(new GapAnalysis().analyze(profile, role).score(), fit.get(2).score(), 1e-9);
	}

	/**
	 * A plan starting Monday 2026-01-05, on Wednesday 2026-02-04 (day 30: week 5).
	 * <pre>
	 * step  resource  weeks  status      logged  entries
	 * S1    10 h      1-2    done        11      01-06 5 h (w1), 01-13 6 h (w2)
	 * S2     6 h      3      inProgress   4      01-20 1 h (w3); 3 h undated -> its start week 3
	 * S3     8 h      2-5    dropped      1      none; 1 h undated -> week 2
	 * S4    12 h      4-6    planned      0
	 * planned per week: S1 5+5 (w1-2), S2 6 (w3), S3 nothing (dropped), S4 4+4+4 (w4-6)
	 *   = 5, 5, 6, 4, 4, 4; to date 5, 10, 16, 20, 24, 28
	 * logged per week: 5, 6+1=7, 1+3=4, 0, 0, 0; to date 5, 12, 16, 16, 16, 16
	 * planned 10+6+12 = 28 h; logged 11+4+1 = 16 h; remaining S2 6-4=2 + S4 12 = 14 h
	 * pace: weeks 1-4 before week 5: (5+7+4+0)/4 = 4 h a week
	 * forecast: 14/4 = 3.5 weeks = 24.5 days -> 25 days after 02-04 = 2026-03-01
	 * </pre>
	 */
	@Test
	void burnUpWeeksPaceAndForecast() {
		LearningPlan plan = plan();
		BurnUp burnUp = BurnUp.of(plan, LocalDate.parse("2026-02-04"));

		assertEquals(5, burnUp.currentWeek());
		assertEquals(6, burnUp.weeks().size());
		assertEquals(List.of(5.0, 5.0, 6.0, 4.0, 4.0, 4.0), burnUp.weeks().stream().map(BurnUpWeek::planned).toList());
		assertEquals(List.of(5.0, 10.0, 16.0, 20.0, 24.0, 28.0), burnUp.weeks().stream().map(BurnUpWeek::plannedToDate).toList());
		assertEquals(List.of(5.0, 7.0, 4.0, 0.0, 0.0, 0.0), burnUp.weeks().stream().map(BurnUpWeek::logged).toList());
		assertEquals(List.of(5.0, 12.0, 16.0, 16.0, 16.0, 16.0), burnUp.weeks().stream().map(BurnUpWeek::loggedToDate).toList());
		// S1 is done from the week of its last entry (01-13, week 2).
		assertEquals(List.of(0, 1, 1, 1, 1, 1), burnUp.weeks().stream().map(BurnUpWeek::stepsDone).toList());
		assertEquals(LocalDate.parse("2026-02-02"), burnUp.weeks().get(4).start());

		assertEquals(28.0, burnUp.plannedHours(), 1e-9);
		assertEquals(16.0, burnUp.loggedHours(), 1e-9);
		assertEquals(14.0, burnUp.remainingHours(), 1e-9);
		assertEquals(3, burnUp.steps());
		assertEquals(1, burnUp.stepsDone());
		assertEquals(4, burnUp.paceWeeks());
		assertEquals(4.0, burnUp.pace(), 1e-9);
		assertEquals(LocalDate.parse("2026-03-01"), burnUp.forecast());
		assertFalse(burnUp.late()); // the plan ends 2026-03-29
		assertEquals("4 h a week over the last 4 weeks: 14 h left, finishes on 2026-03-01", burnUp.forecastText());
	}

	@Test
	void loggingMoreMovesTheForecastEarlier() {
		LearningPlan plan = plan();
		// 8 more hours on S4 in week 4 (2026-01-27): remaining 14-8 = 6, pace (5+7+4+8)/4 = 6,
		// 6/6 = 1 week = 7 days after 02-04 = 2026-02-11.
		PlanStep s4 = plan.getSteps().get(3);
		s4.getLog().add(entry("2026-01-27", 8));
		s4.setHoursLogged(8);
		BurnUp burnUp = BurnUp.of(plan, LocalDate.parse("2026-02-04"));
		assertEquals(6.0, burnUp.remainingHours(), 1e-9);
		assertEquals(6.0, burnUp.pace(), 1e-9);
		assertEquals(LocalDate.parse("2026-02-11"), burnUp.forecast());
	}

	@Test
	void noPaceInTheFirstWeekAndNoForecastWithoutHours() {
		LearningPlan plan = plan();
		BurnUp first = BurnUp.of(plan, LocalDate.parse("2026-01-07"));
		assertEquals(1, first.currentWeek());
		assertEquals(0, first.paceWeeks());
		assertTrue(Double.isNaN(first.pace()));
		assertNull(first.forecast());

		// Weeks 6 to 9 logged nothing: pace 0, no finish date. Before the start: week 1.
		BurnUp idle = BurnUp.of(plan, LocalDate.parse("2026-03-09"));
		assertEquals(10, idle.currentWeek());
		assertEquals(0.0, idle.pace(), 1e-9);
		assertNull(idle.forecast());
		assertEquals(1, BurnUp.weekOf(plan.getStartDate(), LocalDate.parse("2025-12-31")));
	}

	@Test
	void theTablesWriteTheSameFigures() throws IOException {
		Progress progress = Progress.of(profile, List.of(role), plan(), TrustOrder.DEFAULT, LocalDate.parse("2026-02-04"));
		StringBuilder csv = new StringBuilder();
		ProgressTables.BURN_UP.writeCsv(progress.burnUp().weeks(), csv);
		List<String> lines = csv.toString().lines().toList();
		assertEquals("week,start,planned,planned_to_date,logged,logged_to_date,steps_done", lines.get(0));
		assertEquals("2,2026-01-12,5,10,7,12,1", lines.get(2));

		JsonObject json = ProgressTables.document(progress, "p.profile", "p.plan");
		assertEquals("2026-03-01", json.getAsJsonObject("plan").get("forecast").getAsString());
		assertEquals(14.0, json.getAsJsonObject("plan").get("remainingHours").getAsDouble(), 1e-9);
		assertEquals(5, json.getAsJsonArray("history").size());
		assertEquals(87.5, json.getAsJsonArray("fit").get(2).getAsJsonObject().get("score").getAsDouble(), 1e-9);
		assertEquals("manager", json.getAsJsonArray("history").get(1).getAsJsonObject().get("source").getAsString());
	}

	private LearningPlan plan() {
		LearningPlan plan = F.createLearningPlan();
		plan.setId("plan");
		plan.setStartDate(LocalDate.parse("2026-01-05"));
		plan.setEndDate(LocalDate.parse("2026-03-29"));
		step(plan, resource("r1", 10), 1, 2, StepStatus.DONE, 11, entry("2026-01-06", 5), entry("2026-01-13", 6));
		step(plan, resource("r2", 6), 3, 3, StepStatus.IN_PROGRESS, 4, entry("2026-01-20", 1));
		step(plan, resource("r3", 8), 2, 5, StepStatus.DROPPED, 1);
		step(plan, resource("r4", 12), 4, 6, StepStatus.PLANNED, 0);
		return plan;
	}

	private static void step(LearningPlan plan, LearningResource resource, int from, int to, StepStatus status, double logged,
			LogEntry... entries) {
		PlanStep step = F.createPlanStep();
		step.setResource(resource);
		step.setStartWeek(from);
		step.setEndWeek(to);
		step.setStatus(status);
		step.setHoursLogged(logged);
		step.getLog().addAll(List.of(entries));
		plan.getSteps().add(step);
	}

	private static LogEntry entry(String date, double hours) {
		LogEntry entry = F.createLogEntry();
		entry.setDate(LocalDate.parse(date));
		entry.setHours(hours);
		return entry;
	}

	private LearningResource resource(String id, double hours) {
		LearningResource resource = F.createLearningResource();
		resource.setId(id);
		resource.setHours(hours);
		framework.getResources().add(resource);
		return resource;
	}

	private Skill skill(String id) {
		Skill skill = F.createSkill();
		skill.setId(id);
		skill.setName(id.toUpperCase());
		framework.getSkills().add(skill);
		return skill;
	}

	private static SkillRequirement req(Skill skill, int level) {
		SkillRequirement requirement = F.createSkillRequirement();
		requirement.setSkill(skill);
		requirement.setLevel(level);
		requirement.setImportance(Importance.ESSENTIAL);
		requirement.setWeight(1);
		return requirement;
	}

	private SkillAssessment assess(Skill skill, int level, String date, AssessmentSource source) {
		SkillAssessment assessment = F.createSkillAssessment();
		assessment.setSkill(skill);
		assessment.setLevel(level);
		assessment.setDate(date == null ? null : LocalDate.parse(date));
		assessment.setSource(source);
		profile.getAssessments().add(assessment);
		return assessment;
	}
}
