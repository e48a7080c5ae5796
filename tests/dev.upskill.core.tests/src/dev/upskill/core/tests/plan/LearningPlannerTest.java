/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.core.internal.plan.GreedyPlanner;
import dev.upskill.core.internal.plan.PlanProblem;
import dev.upskill.core.internal.plan.PlanSolver;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.OpenGap;
import dev.upskill.core.plan.PlanDocument;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlanStatus;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanObjective;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Profile;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.StepStatus;
import dev.upskill.model.UpskillFactory;

/** The planner on small cases worked out by hand. Levels are on a 0-5 scale. */
class LearningPlannerTest {

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;
	private static final LocalDate START = LocalDate.of(2027, 1, 4);
	private Framework framework;
	private Profile profile;

	@BeforeEach
	void model() {
		framework = F.createFramework();
		framework.setId("fw");
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId("scale");
		for (int value = 0; value <= 5; value++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(value);
			level.setName(List.of("None", "Awareness", "Beginner", "Practitioner", "Advanced", "Expert").get(value));
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		profile = F.createProfile();
		profile.setId("p");
		profile.setWeeklyHours(5);
		profile.setCurrency("USD");
	}

	@Test
	void prerequisitesComeFirstAndTheWeeklyLoadIsKept() {
		Skill a = skill("a");
		Skill b = skill("b");
		resource("basics", 10, 0, gain(a, 3));
		LearningResource advanced = resource("advanced", 20, 0, gain(b, 3));
		advanced.getPrerequisites().add(gain(a, 2));
		Role role = role("r", req(a, 3, true), req(b, 3, true));
		PlanResult result = plan(request(role).weeklyHours(5));
		// basics: 10 h at 5 h/week = weeks 1-2; advanced waits for it: 20 h = weeks 3-6.
		assertEquals(PlanStatus.OPTIMAL, result.status());
		assertEquals(30, result.totalHours(), 1e-9);
		assertStep(result, "fw#basics", 1, 2);
		assertStep(result, "fw#advanced", 3, 6);
		assertEquals(6, result.finishWeek());
		assertEquals(START.plusDays(41), result.finishDate());
		for (double load : result.weeklyLoad()) {
			assertTrue(load <= 5 + 1e-9, "weekly load " + load);
		}
		assertEquals(List.of("fw#a"), step(result, "fw#basics").closes());
		assertEquals(0, result.fitBefore(), 1e-9);
		assertEquals(100, result.fitAfter(), 1e-9);
	}

	@Test
	void costsInOtherCurrenciesAreConvertedAndTheRatesRecorded() {
		Skill a = skill("a");
		LearningResource euro = resource("euro", 5, 100, gain(a, 3));
		euro.setCurrency("EUR");
		resource("dollar", 5, 100, gain(a, 3));
		Role role = role("r", req(a, 3, true));
		// 100 EUR at 1.2 is 120 USD: the dollar course is cheaper.
		PlanResult dear = plan(request(role).objective(PlanObjective.COST).rate("EUR", new BigDecimal("1.2")));
		assertEquals(List.of("fw#dollar"), keys(dear));
		assertEquals(0, new BigDecimal("100").compareTo(dear.totalCost()));
		// At 0.5 the euro course costs 50 USD and wins; the plan says which rate it used.
		PlanResult cheap = plan(request(role).objective(PlanObjective.COST).rate("EUR", new BigDecimal("0.5")));
		assertEquals(List.of("fw#euro"), keys(cheap));
		assertEquals(0, new BigDecimal("50").compareTo(cheap.totalCost()));
		assertEquals(Map.of("EUR", new BigDecimal("0.5")), cheap.rates());
		LearningPlan document = PlanDocument.create(cheap, request(role), "plan", "Plan");
		assertEquals("EUR", document.getRates().get(0).getCurrency());
		// With the budget: 100 USD is not enough for the dollar course at 120... it is for the euro one at 50.
		PlanResult budgeted = plan(request(role).budget(new BigDecimal("60")).rate("EUR", new BigDecimal("0.5")));
		assertEquals(List.of("fw#euro"), keys(budgeted));
		// No rate: a clear error naming the currency and how to give a rate.
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> plan(request(role)));
		assertTrue(error.getMessage().contains("EUR") && error.getMessage().contains("--rate"), error.getMessage());
	}

	@Test
	void greedyIsNotOptimalHereAndThePlannerIs() {
		Skill a = skill("a");
		Skill b = skill("b");
		Skill c = skill("c");
		Skill d = skill("d");
		resource("abc", 12, 0, gain(a, 3), gain(b, 3), gain(c, 3));
		resource("ad", 9, 0, gain(a, 3), gain(d, 3));
		resource("bc", 9, 0, gain(b, 3), gain(c, 3));
		resource("d", 7, 0, gain(d, 3));
		Role role = role("r", req(a, 3, true), req(b, 3, true), req(c, 3, true), req(d, 3, true));
		// Greedy takes abc first (4 h per gap, the best ratio), then d: 19 h. The optimum is ad + bc: 18 h.
		PlanResult result = plan(request(role));
		assertEquals(PlanStatus.OPTIMAL, result.status());
		assertEquals(18, result.totalHours(), 1e-9);
		assertEquals(List.of("fw#ad", "fw#bc"), keys(result).stream().sorted().toList());
		PlanProblem problem = problem(a, b, c, d);
		boolean[] greedy = new GreedyPlanner(problem, PlanSolver.Goal.HOURS).plan(false);
		assertEquals(19, new PlanSolver(problem, false, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1000).total(greedy,
				PlanSolver.Goal.HOURS), 1e-9);
	}

	@Test
	void aSkillNoResourceTeachesIsNamedAndTheRestIsPlanned() {
		Skill a = skill("a");
		Skill b = skill("b");
		resource("a-course", 10, 0, gain(a, 3));
		resource("b-intro", 10, 0, gain(b, 2));
		Role role = role("r", req(a, 3, true), req(b, 4, true));
		PlanResult result = plan(request(role));
		assertEquals(PlanStatus.PARTIAL, result.status());
		OpenGap open = result.open().get(0);
		assertEquals("fw#b", open.skill());
		assertEquals("no resource teaches b to level 4 (Advanced)", open.reason());
		// The partial plan still closes a, and raises b half-way: E = (1 * 1 + 1 * 0.5) / 2.
		assertTrue(keys(result).contains("fw#a-course"));
		assertEquals(75, result.fitAfter(), 1e-9);
	}

	@Test
	void aShortBudgetSaysByHowMuch() {
		Skill a = skill("a");
		resource("dear", 10, 300, gain(a, 3));
		Role role = role("r", req(a, 3, true));
		PlanResult result = plan(request(role).budget(new BigDecimal("100")));
		assertEquals(PlanStatus.INFEASIBLE, result.status());
		assertTrue(result.reasons().get(0).startsWith("the budget is short by 200 USD"), result.reasons().toString());
		assertTrue(result.open().get(0).reason().contains("the budget is short by 200 USD"));
	}

	@Test
	void aDeadlineTooEarlySaysHowLongItTakes() {
		Skill a = skill("a");
		resource("long", 60, 0, gain(a, 3));
		Role role = role("r", req(a, 3, true));
		// 60 h at 5 h/week is 12 weeks; the deadline leaves 4.
		PlanResult result = plan(request(role).deadline(START.plusDays(27)));
		assertTrue(result.reasons().stream().anyMatch(r -> r.equals(
				"at 5 h/week the plan finishes after the deadline " + START.plusDays(27) + ": it needs 60 h, about 12 weeks, and 4 weeks are left")),
				result.reasons().toString());
	}

	@Test
	void thePartialPlanReachesTheHighestFitWithinTheBudget() {
		Skill a = skill("a");
		Skill b = skill("b");
		resource("for-a", 10, 100, gain(a, 3));
		resource("for-b", 5, 100, gain(b, 3));
		Role role = role("r", req(a, 3, true, 3), req(b, 3, true, 1));
		// Only one fits in 100 USD: a weighs 3, b 1, so a gives E = 3/4 and b only 1/4.
		PlanResult result = plan(request(role).budget(new BigDecimal("100")));
		assertEquals(PlanStatus.PARTIAL, result.status());
		assertEquals(List.of("fw#for-a"), keys(result));
		assertEquals(75, result.fitAfter(), 1e-9);
		assertEquals("fw#b", result.open().get(0).skill());
		assertTrue(result.open().get(0).reason().startsWith("the budget is short by 100 USD"), result.open().get(0).reason());
	}

	@Test
	void aReplanKeepsWhatIsDoneOrInProgressAndLeavesDroppedResourcesOut() {
		Skill a = skill("a");
		Skill b = skill("b");
		Skill c = skill("c");
		LearningResource done = resource("done", 10, 0, gain(a, 3));
		LearningResource going = resource("going", 20, 0, gain(b, 3));
		LearningResource dropped = resource("dropped", 5, 0, gain(c, 3));
		resource("other", 15, 0, gain(c, 3));
		Role role = role("r", req(a, 3, true), req(b, 3, true), req(c, 3, true));
		LearningPlan plan = F.createLearningPlan();
		plan.setId("plan");
		plan.setProfile(profile);
		plan.setTargetRole(role);
		plan.setStartDate(START);
		plan.setWeeklyHours(5);
		plan.setCurrency("USD");
		PlanStep doneStep = step(done, 1, 2, StepStatus.DONE, 10);
		PlanStep goingStep = step(going, 3, 6, StepStatus.IN_PROGRESS, 5);
		PlanStep droppedStep = step(dropped, 7, 7, StepStatus.DROPPED, 0);
		plan.getSteps().addAll(List.of(doneStep, goingStep, droppedStep, step(resource("stale", 50, 0, gain(c, 3)), 8, 18, StepStatus.PLANNED, 0)));
		// Re-planned in week 4: "done" counts as learnt, "going" keeps its weeks with 15 h left, c comes from "other".
		PlanResult result = new LearningPlanner().plan(PlanRequest.replan(plan, framework.getResources(), START.plusDays(21)), null);
		assertEquals(PlanStatus.OPTIMAL, result.status());
		assertStep(result, "fw#done", 1, 2);
		assertStep(result, "fw#going", 3, 6);
		assertTrue(step(result, "fw#going").kept());
		assertEquals(15, step(result, "fw#going").hours(), 1e-9);
		assertFalse(keys(result).contains("fw#dropped"));
		assertFalse(keys(result).contains("fw#stale"));
		assertTrue(step(result, "fw#other").startWeek() >= 4, "new steps start in the week of the re-plan");
		PlanDocument.apply(result, plan);
		assertSame(doneStep, plan.getSteps().get(0));
		assertTrue(plan.getSteps().contains(goingStep) && plan.getSteps().contains(droppedStep));
		assertEquals(3, goingStep.getStartWeek());
		assertEquals(6, goingStep.getEndWeek());
		assertEquals(StepStatus.IN_PROGRESS, goingStep.getStatus());
		assertEquals(4, plan.getSteps().size(), "done, in progress, dropped and the new step");
	}

	@Test
	void aPlanForSeveralRolesIsReplannedForAllOfThem() {
		Skill a = skill("a");
		Skill b = skill("b");
		resource("for-a", 10, 0, gain(a, 3));
		resource("for-b", 20, 0, gain(b, 3));
		Role first = role("first", req(a, 3, true));
		Role second = role("second", req(b, 3, true));
		PlanRequest request = request(first).targets(List.of(first, second));
		LearningPlan plan = PlanDocument.create(plan(request), request, "plan", "Plan");
		assertEquals(first, plan.getTargetRole());
		assertEquals(List.of(second), plan.getOtherTargetRoles());
		// A re-plan still works towards both roles: the step for the second one stays.
		PlanResult again = new LearningPlanner().plan(PlanRequest.replan(plan, framework.getResources(), START), null);
		assertEquals(List.of("fw#for-a", "fw#for-b"), keys(again).stream().sorted().toList());
		PlanDocument.apply(again, plan);
		assertEquals(2, plan.getSteps().size());
		assertTrue(plan.getSteps().stream().anyMatch(s -> "Closes b.".equals(s.getNote())), "notes name the skills closed");
	}

	@Test
	void noTargetRoleIsACleanError() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> new LearningPlanner().plan(new PlanRequest(profile, List.of()), null));
		assertTrue(error.getMessage().contains("no target role"), error.getMessage());
	}

	// ---- helpers ----

	@Test
	void aRecurringStepIsPacedToEndByTheDeadline() {
		Skill a = skill("a");
		LearningResource mentoring = resource("mentoring", 35, 0, gain(a, 3));
		mentoring.setKind(ResourceKind.MENTORING);
		Role role = role("r", req(a, 3, true));
		// Without a deadline a mentoring runs at 4 h a month (about 0.92 h a week): 35 h take 38 weeks.
		PlanResult open = plan(request(role).weeklyHours(5));
		assertStep(open, "fw#mentoring", 1, 38);
		// With 20 weeks left it runs at 35/20 = 1.75 h a week (at most half of the 5 h week) and ends in week 20.
		PlanResult due = plan(request(role).weeklyHours(5).deadline(START.plusWeeks(20).minusDays(1)));
		assertEquals(PlanStatus.OPTIMAL, due.status());
		assertStep(due, "fw#mentoring", 1, 20);
		assertEquals(List.of(), due.open());
		// 10 weeks would need 3.5 h a week, more than half the week: it runs at 2.5 h a week, ends in week 14, and the
		// plan says the gap is closed after the deadline instead of calling itself optimal.
		PlanResult late = plan(request(role).weeklyHours(5).deadline(START.plusWeeks(10).minusDays(1)));
		assertStep(late, "fw#mentoring", 1, 14);
		assertEquals(PlanStatus.PARTIAL, late.status());
		assertEquals(List.of("fw#a"), late.open().stream().map(OpenGap::skill).toList());
	}

	private PlanRequest request(Role role) {
		return new PlanRequest(profile, framework.getResources()).targets(List.of(role)).budget(null).start(START);
	}

	private static PlanResult plan(PlanRequest request) {
		return new LearningPlanner().plan(request, null);
	}

	/** The same problem the planner compiles, for the greedy baseline: every skill at 0, requirements at level 3. */
	private PlanProblem problem(Skill... skills) {
		List<Skill> order = List.of(skills);
		List<PlanProblem.Requirement> requirements = order.stream().map(s -> new PlanProblem.Requirement(order.indexOf(s), 0.6, 1, true, 0))
				.toList();
		List<PlanProblem.Resource> resources = framework.getResources().stream().map(r -> new PlanProblem.Resource(r.getId(), r.getHours(), 0,
				false, false, false, r.getGains().stream().mapToInt(g -> order.indexOf(g.getSkill())).toArray(),
				r.getGains().stream().mapToDouble(g -> g.getLevel() / 5.0).toArray(), new int[0], new double[0], new int[0])).toList();
		return new PlanProblem(new double[skills.length], requirements, resources, 1);
	}

	private static List<String> keys(PlanResult result) {
		return result.steps().stream().map(PlannedStep::key).toList();
	}

	private static PlannedStep step(PlanResult result, String key) {
		return result.steps().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + " not in " + keys(result)));
	}

	private static void assertStep(PlanResult result, String key, int start, int end) {
		PlannedStep step = step(result, key);
		assertEquals(start, step.startWeek(), key + " start");
		assertEquals(end, step.endWeek(), key + " end");
	}

	private static PlanStep step(LearningResource resource, int start, int end, StepStatus status, double logged) {
		PlanStep step = F.createPlanStep();
		step.setResource(resource);
		step.setStartWeek(start);
		step.setEndWeek(end);
		step.setStatus(status);
		step.setHoursLogged(logged);
		return step;
	}

	private Skill skill(String id) {
		Skill skill = F.createSkill();
		skill.setId(id);
		skill.setName(id);
		framework.getSkills().add(skill);
		return skill;
	}

	private LearningResource resource(String id, double hours, int cost, SkillGain... gains) {
		LearningResource resource = F.createLearningResource();
		resource.setId(id);
		resource.setName(id);
		resource.setKind(ResourceKind.COURSE);
		resource.setHours(hours);
		resource.setCost(BigDecimal.valueOf(cost));
		resource.setCurrency("USD");
		resource.getGains().addAll(List.of(gains));
		framework.getResources().add(resource);
		return resource;
	}

	private static SkillGain gain(Skill skill, int level) {
		SkillGain gain = F.createSkillGain();
		gain.setSkill(skill);
		gain.setLevel(level);
		return gain;
	}

	private Role role(String id, SkillRequirement... requirements) {
		Role role = F.createRole();
		role.setId(id);
		role.setName(id);
		role.getRequirements().addAll(List.of(requirements));
		framework.getRoles().add(role);
		return role;
	}

	private static SkillRequirement req(Skill skill, int level, boolean essential) {
		return req(skill, level, essential, 1);
	}

	private static SkillRequirement req(Skill skill, int level, boolean essential, double weight) {
		SkillRequirement requirement = F.createSkillRequirement();
		requirement.setSkill(skill);
		requirement.setLevel(level);
		requirement.setImportance(essential ? Importance.ESSENTIAL : Importance.OPTIONAL);
		requirement.setWeight(weight);
		return requirement;
	}
}
