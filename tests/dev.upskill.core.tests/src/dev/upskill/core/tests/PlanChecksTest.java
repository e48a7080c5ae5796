/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.plan.check.PlanCheckContext;
import dev.upskill.core.plan.check.PlanCheckSettings;
import dev.upskill.core.plan.check.PlanChecks;
import dev.upskill.core.plan.check.PlanFinding;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanStep;
import dev.upskill.model.Profile;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.StepStatus;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.validation.Problem.Severity;

/**
 * Each built-in plan check on plans made in code against the built-in AI-upskilling framework: it
 * fires on a plan made to trigger it and stays silent on a good plan. Findings are matched on their
 * codes, never on their messages.
 */
class PlanChecksTest {

	private static final String AI = "ai-upskilling";
	private static final UpskillFactory FACTORY = UpskillFactory.eINSTANCE;
	private static final LocalDate START = LocalDate.of(2026, 7, 6);

	private FrameworkRegistry registry;
	private ServiceTracker<FrameworkRegistry, FrameworkRegistry> tracker;

	@BeforeEach
	void registry() throws InterruptedException {
		tracker = new ServiceTracker<>(FrameworkUtil.getBundle(getClass()).getBundleContext(), FrameworkRegistry.class, null);
		tracker.open();
		registry = tracker.waitForService(10_000);
		assertNotNull(registry, "the FrameworkRegistry service is registered");
	}

	@AfterEach
	void close() {
		tracker.close();
	}

	/** Dana, a senior data analyst: strong SQL, cleaning and communication, some Python, little ML. */
	private Profile analyst() {
		Profile profile = FACTORY.createProfile();
		profile.setId("dana");
		profile.setPerson("Dana");
		profile.setWeeklyHours(7);
		assess(profile, "skill.sql", 4);
		assess(profile, "skill.data-cleaning", 4);
		assess(profile, "skill.eda", 3);
		assess(profile, "skill.statistics", 3);
		assess(profile, "skill.python", 2);
		assess(profile, "skill.pandas", 2);
		assess(profile, "skill.sql-features", 2);
		assess(profile, "skill.ml-fundamentals", 2);
		assess(profile, "skill.model-evaluation", 1);
		assess(profile, "skill.data-storytelling", 3);
		assess(profile, "skill.stakeholder-communication", 3);
		return profile;
	}

	private void assess(Profile profile, String skill, int level) {
		SkillAssessment assessment = FACTORY.createSkillAssessment();
		assessment.setSkill(registry.findSkill(AI, skill).orElseThrow());
		assessment.setLevel(level);
		assessment.setDate(LocalDate.of(2026, 3, 2));
		assessment.setSource(AssessmentSource.MANAGER);
		profile.getAssessments().add(assessment);
	}

	private LearningPlan plan(Profile profile, String role, int weeks) {
		LearningPlan plan = FACTORY.createLearningPlan();
		plan.setId("plan");
		plan.setName("Test plan");
		plan.setProfile(profile);
		plan.setTargetRole(registry.findRole(AI, role).orElseThrow());
		plan.setStartDate(START);
		plan.setEndDate(START.plusWeeks(weeks).minusDays(1));
		plan.setWeeklyHours(profile.getWeeklyHours());
		return plan;
	}

	private PlanStep step(LearningPlan plan, String resource, int from, int to) {
		PlanStep step = FACTORY.createPlanStep();
		step.setResource(registry.findResource(AI, resource).orElseThrow());
		step.setStartWeek(from);
		step.setEndWeek(to);
		plan.getSteps().add(step);
		return step;
	}

	/** Dana's plan towards "Data analyst using AI", as in the sample project: nothing to find. */
	private LearningPlan goodAnalystPlan() {
		LearningPlan plan = plan(analyst(), "role.data-analyst-ai", 51);
		step(plan, "res.python-for-data-analysis", 1, 6);
		step(plan, "res.kaggle-learn-feature-engineering", 7, 8);
		step(plan, "res.coursera-ml-specialization", 9, 21);
		step(plan, "res.meetup-pydata", 1, 51);
		step(plan, "res.project-sql-feature-pipeline", 22, 27);
		step(plan, "res.kaggle-playground", 28, 32);
		step(plan, "res.storytelling-with-data", 33, 35);
		step(plan, "res.project-deployed-model", 36, 44);
		return plan;
	}

	private List<PlanFinding> check(LearningPlan plan, PlanCheckSettings settings) {
		PlanChecks.Result result = PlanChecks.builtIn().run(PlanCheckContext.of(plan, registry, settings));
		assertEquals(List.of(), result.failures());
		return result.findings();
	}

	private List<PlanFinding> check(LearningPlan plan) {
		return check(plan, PlanCheckSettings.defaults());
	}

	private static List<String> codes(List<PlanFinding> findings) {
		return findings.stream().map(PlanFinding::code).toList();
	}

	@Test
	void goodPlanIsClean() {
		assertEquals(List.of(), check(goodAnalystPlan()));
	}

	@Test
	void everyBuiltInCheckHasAStableCodeAndIsAWarning() {
		List<PlanChecks.Entry> checks = PlanChecks.builtIn().checks();
		assertEquals(List.of("plan.too-many-tools", "plan.only-algorithms", "plan.no-communication", "plan.no-portfolio",
				"plan.learning-in-isolation", "plan.no-mlops", "plan.unrealistic-deadline", "plan.unsustainable-pace"),
				checks.stream().map(PlanChecks.Entry::code).toList());
		assertTrue(checks.stream().allMatch(c -> c.severity() == Severity.WARNING && c.contributor().equals(PlanChecks.BUILT_IN)));
	}

	@Test
	void tooManyToolsAtOnceFiresAboveTheThreshold() {
		LearningPlan plan = goodAnalystPlan();
		step(plan, "res.docker-deep-dive", 10, 13); // Docker, on top of scikit-learn from the ML course
		step(plan, "res.airflow-101", 10, 13); // Airflow
		PlanStep last = step(plan, "res.aws-cloud-practitioner", 11, 14); // AWS: four new tools in weeks 11-13
		plan.setEndDate(START.plusWeeks(80));
		plan.setWeeklyHours(30);
		plan.getProfile().setWeeklyHours(30);

		List<PlanFinding> findings = check(plan);
		assertEquals(List.of("plan.too-many-tools"), codes(findings));
		assertSame(last, findings.get(0).element(), "the step to move: the last one started in the busiest week");
		assertEquals(Severity.WARNING, findings.get(0).severity());
		assertTrue(findings.get(0).fix() != null && !findings.get(0).fix().isBlank());

		assertEquals(List.of(), check(plan, PlanCheckSettings.defaults().with(PlanCheckSettings.MAX_TOOLS_PER_WEEK, "4")),
				"four tools at a time are allowed when the threshold says so");
		assertEquals(List.of("plan.too-many-tools"), codes(check(goodAnalystPlan(),
				PlanCheckSettings.defaults().with(PlanCheckSettings.MAX_TOOLS_PER_WEEK, "1"))),
				"the good plan learns Python and pandas together: too many for a threshold of 1");
	}

	@Test
	void toolsThePersonAlreadyMastersDoNotCount() {
		LearningPlan plan = goodAnalystPlan();
		plan.setEndDate(START.plusWeeks(80));
		plan.setWeeklyHours(20);
		plan.getProfile().setWeeklyHours(20);
		step(plan, "res.kaggle-learn-sql", 1, 6); // SQL 3: Dana is at 4 already
		assertEquals(List.of(), check(plan, PlanCheckSettings.defaults().with(PlanCheckSettings.MAX_TOOLS_PER_WEEK, "2")));
	}

	@Test
	void onlyAlgorithmsFiresWhenModellingIsPlannedAndDataAndInfrastructureAreNot() {
		Profile newcomer = FACTORY.createProfile();
		newcomer.setWeeklyHours(10);
		LearningPlan plan = plan(newcomer, "role.ml-engineer", 80);
		step(plan, "res.coursera-ml-specialization", 1, 9);
		step(plan, "res.fastai-practical-dl", 10, 16);
		step(plan, "res.hands-on-ml", 17, 26);
		step(plan, "res.kaggle-learn-feature-engineering", 27, 27);
		step(plan, "res.meetup-mlops-community", 1, 40);
		step(plan, "res.kaggle-playground", 28, 31);

		assertTrue(codes(check(plan)).contains("plan.only-algorithms"), check(plan).toString());

		step(plan, "res.kaggle-learn-sql", 32, 32); // SQL 3
		step(plan, "res.project-deployed-model", 33, 40); // Docker 3 and model serving 3
		assertFalse(codes(check(plan)).contains("plan.only-algorithms"),
				"most data and infrastructure gaps are closed now: " + check(plan));
	}

	@Test
	void noCommunicationFiresWhenTheRoleNeedsItAndNoStepTeachesIt() {
		LearningPlan plan = goodAnalystPlan();
		plan.getSteps().removeIf(s -> List.of("res.storytelling-with-data", "res.meetup-pydata", "res.project-deployed-model")
				.contains(s.getResource().getId()));
		step(plan, "res.mentoring-mlops", 1, 40); // company, but no communication skill

		List<PlanFinding> findings = check(plan);
		assertEquals(List.of("plan.no-communication"), codes(findings));
		assertSame(plan, findings.get(0).element());
	}

	@Test
	void noPortfolioFiresWithoutProjectOrCompetition() {
		LearningPlan plan = goodAnalystPlan();
		plan.getSteps().removeIf(s -> List.of("res.project-sql-feature-pipeline", "res.kaggle-playground", "res.project-deployed-model")
				.contains(s.getResource().getId()));
		assertTrue(codes(check(plan)).contains("plan.no-portfolio"), check(plan).toString());
		assertFalse(codes(check(goodAnalystPlan())).contains("plan.no-portfolio"));
	}

	@Test
	void learningInIsolationFiresWithoutMeetupOrMentoring() {
		LearningPlan plan = goodAnalystPlan();
		plan.getSteps().removeIf(s -> s.getResource().getId().equals("res.meetup-pydata"));
		assertEquals(List.of("plan.learning-in-isolation"), codes(check(plan)));

		PlanStep mentoring = step(plan, "res.mentoring-internal", 1, 40);
		assertEquals(List.of(), check(plan), "mentoring is company too");
		mentoring.setStatus(StepStatus.DROPPED);
		assertEquals(List.of("plan.learning-in-isolation"), codes(check(plan)), "a dropped step does not count");
	}

	@Test
	void noMlopsFiresForARoleThatDeploysModels() {
		Profile profile = analyst();
		profile.setWeeklyHours(10);
		LearningPlan plan = plan(profile, "role.ml-engineer", 80);
		step(plan, "res.coursera-ml-specialization", 1, 9);
		step(plan, "res.docker-deep-dive", 10, 12);
		step(plan, "res.kaggle-playground", 13, 16);
		step(plan, "res.meetup-pydata", 1, 40);
		assertTrue(codes(check(plan)).contains("plan.no-mlops"), check(plan).toString());

		step(plan, "res.mlops-zoomcamp", 17, 30);
		assertFalse(codes(check(plan)).contains("plan.no-mlops"));

		LearningPlan analystPlan = goodAnalystPlan();
		analystPlan.getSteps().removeIf(s -> s.getResource().getId().equals("res.project-deployed-model"));
		assertFalse(codes(check(analystPlan)).contains("plan.no-mlops"), "a data analyst does not deploy models");
	}

	@Test
	void unrealisticDeadlineFiresWhenTheHoursDoNotFitBeforeTheEndDate() {
		LearningPlan plan = goodAnalystPlan(); // 301 h at 7 h a week: 43 weeks
		plan.setEndDate(START.plusWeeks(44).minusDays(1));
		assertEquals(List.of(), check(plan));
		plan.setEndDate(START.plusWeeks(42).minusDays(1));
		assertTrue(codes(check(plan)).contains("plan.unrealistic-deadline"), check(plan).toString());
	}

	@Test
	void unsustainablePaceFiresOnThePlansHoursAndOnABusyWeek() {
		LearningPlan plan = goodAnalystPlan();
		plan.setWeeklyHours(12);
		List<PlanFinding> findings = check(plan);
		assertEquals(List.of("plan.unsustainable-pace"), codes(findings));
		assertSame(plan, findings.get(0).element());

		LearningPlan busy = goodAnalystPlan();
		PlanStep crammed = step(busy, "res.hands-on-ml", 45, 48); // 100 h in four weeks
		busy.setEndDate(START.plusWeeks(120));
		findings = check(busy);
		assertEquals(List.of("plan.unsustainable-pace"), codes(findings));
		assertSame(crammed, findings.get(0).element());

		crammed.setStatus(StepStatus.DONE);
		assertEquals(List.of(), check(busy), "a done step asks for no more hours");
	}

	@Test
	void paceToleranceComesFromTheSettings() {
		LearningPlan plan = goodAnalystPlan();
		plan.setWeeklyHours(7.5); // 7 % above Dana's 7 h
		assertEquals(List.of(), check(plan), "within the default tolerance of 10 %");
		assertEquals(List.of("plan.unsustainable-pace"),
				codes(check(plan, PlanCheckSettings.defaults().with(PlanCheckSettings.PACE_TOLERANCE, "0"))));
	}

	@Test
	void severitiesComeFromTheSettings() {
		LearningPlan plan = goodAnalystPlan();
		plan.getSteps().removeIf(s -> s.getResource().getId().equals("res.meetup-pydata"));
		PlanCheckSettings asError = PlanCheckSettings.defaults().withSeverity("plan.learning-in-isolation", Severity.ERROR);
		assertEquals(Severity.ERROR, check(plan, asError).get(0).severity());
		PlanCheckSettings ignored = PlanCheckSettings.defaults().with("planChecks.severity.plan.learning-in-isolation", "IGNORE");
		assertEquals(List.of(), check(plan, ignored));
	}

	@Test
	void preferencesOverrideTheDefaultsAndFallBackToThem() throws Exception {
		assertEquals("3", DefaultScope.INSTANCE.getNode(PlanCheckSettings.QUALIFIER)
				.get(PlanCheckSettings.MAX_TOOLS_PER_WEEK, null), "the initializer puts the default into the default scope");
		assertEquals(3, PlanCheckSettings.fromPreferences().maxToolsPerWeek());
		var instance = InstanceScope.INSTANCE.getNode(PlanCheckSettings.QUALIFIER);
		try {
			instance.put(PlanCheckSettings.MAX_TOOLS_PER_WEEK, "5");
			assertEquals(5, PlanCheckSettings.fromPreferences().maxToolsPerWeek());
		} finally {
			instance.remove(PlanCheckSettings.MAX_TOOLS_PER_WEEK);
		}
		assertEquals(3, PlanCheckSettings.fromPreferences().maxToolsPerWeek());
	}

	@Test
	void rulesKnowSkillsByFacetsOnlyInAnyLocale() {
		Locale saved = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("tr-TR")); // "I".toLowerCase() is a dotless ı here
			var framework = FACTORY.createFramework();
			framework.setId("tiny");
			var scale = FACTORY.createProficiencyScale();
			scale.setId("s");
			for (int value : new int[] { 0, 5 }) {
				var level = FACTORY.createProficiencyLevel();
				level.setValue(value);
				scale.getLevels().add(level);
			}
			framework.getScales().add(scale);
			var category = FACTORY.createSkillCategory();
			category.setId("c");
			category.getFacets().add(" COMMUNICATION ");
			framework.getCategories().add(category);
			var pitching = FACTORY.createSkill();
			pitching.setId("x1");
			pitching.setCategory(category);
			framework.getSkills().add(pitching);
			var role = FACTORY.createRole();
			role.setId("r");
			var requirement = FACTORY.createSkillRequirement();
			requirement.setSkill(pitching);
			requirement.setLevel(5);
			role.getRequirements().add(requirement);
			framework.getRoles().add(role);
			var course = FACTORY.createLearningResource();
			course.setId("k");
			course.setHours(1);
			framework.getResources().add(course);

			LearningPlan plan = FACTORY.createLearningPlan();
			plan.setName("Tiny");
			plan.setTargetRole(role);
			PlanStep step = FACTORY.createPlanStep();
			step.setResource(course);
			plan.getSteps().add(step);
			PlanCheckContext context = PlanCheckContext.of(plan, framework.getResources(), PlanCheckSettings.defaults());
			assertTrue(codes(PlanChecks.builtIn().run(context).findings()).contains("plan.no-communication"),
					"the category's facet, in upper case, makes the skill a communication skill");

			category.getFacets().clear();
			context = PlanCheckContext.of(plan, framework.getResources(), PlanCheckSettings.defaults());
			assertFalse(codes(PlanChecks.builtIn().run(context).findings()).contains("plan.no-communication"),
					"without the facet, nothing says the skill is about communication");
		} finally {
			Locale.setDefault(saved);
		}
	}
}
