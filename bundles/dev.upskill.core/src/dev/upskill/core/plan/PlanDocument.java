/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.ExchangeRate;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanStep;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillGain;
import dev.upskill.model.StepStatus;
import dev.upskill.model.UpskillFactory;

/**
 * Writes a {@link PlanResult} into the model: a new {@code .plan} root, or the steps of an
 * existing plan after a re-plan (done, in-progress and dropped steps stay exactly as they were).
 *
 * @since 0.2.0
 */
public final class PlanDocument {

	private PlanDocument() {
	}

	/** A new plan for the result, not yet in a resource. */
	public static LearningPlan create(PlanResult result, PlanRequest request, String id, String name) {
		LearningPlan plan = UpskillFactory.eINSTANCE.createLearningPlan();
		plan.setId(id);
		plan.setName(name);
		plan.setProfile(request.profile());
		if (!request.targets().isEmpty()) {
			plan.setTargetRole(request.targets().get(0));
			plan.getOtherTargetRoles().addAll(request.targets().subList(1, request.targets().size()));
		}
		plan.setStartDate(result.start());
		plan.setEndDate(request.deadline());
		plan.setWeeklyHours(request.weeklyHours());
		plan.setBudget(request.budget() == null ? null : request.budget());
		plan.setCurrency(result.currency());
		plan.setObjective(request.objective());
		plan.setMaxParallel(request.maxParallel());
		plan.setIncludeOptional(request.includeOptional());
		plan.setDescription(summary(result));
		apply(result, plan);
		return plan;
	}

	/**
	 * Replaces the plan's planned steps by the result's new ones and records the rates used. Steps
	 * that are done, in progress or dropped are not touched.
	 */
	public static void apply(PlanResult result, LearningPlan plan) {
		plan.getSteps().removeIf(step -> step.getStatus() == StepStatus.PLANNED);
		for (PlannedStep planned : result.steps()) {
			if (planned.kept()) {
				continue;
			}
			PlanStep step = UpskillFactory.eINSTANCE.createPlanStep();
			step.setResource(planned.resource());
			step.setStartWeek(planned.startWeek());
			step.setEndWeek(planned.endWeek());
			step.setStatus(StepStatus.PLANNED);
			if (!planned.closes().isEmpty()) {
				step.setNote("Closes " + String.join(", ", planned.closes().stream().map(key -> skillName(planned, key)).toList()) + ".");
			}
			plan.getSteps().add(step);
		}
		plan.getRates().clear();
		for (Map.Entry<String, BigDecimal> rate : result.rates().entrySet()) {
			ExchangeRate exchangeRate = UpskillFactory.eINSTANCE.createExchangeRate();
			exchangeRate.setCurrency(rate.getKey());
			exchangeRate.setRate(rate.getValue());
			plan.getRates().add(exchangeRate);
		}
		List<PlanStep> ordered = plan.getSteps().stream()
				.sorted(Comparator.comparingInt(PlanStep::getStartWeek).thenComparingInt(PlanStep::getEndWeek)).toList();
		ECollections.sort(plan.getSteps(), (a, b) -> Integer.compare(ordered.indexOf(a), ordered.indexOf(b)));
	}

	/** The name of a skill the step closes, from its resource's gains; the key when none matches. */
	private static String skillName(PlannedStep step, String key) {
		return step.resource().getGains().stream().map(SkillGain::getSkill)
				.filter(skill -> skill != null && !skill.eIsProxy() && SkillKeys.of(skill).equals(key)).map(Skill::getName).findFirst()
				.orElse(key.substring(key.indexOf('#') + 1));
	}

	/** One sentence for the plan's description: hours, cost, finish and fit. */
	public static String summary(PlanResult result) {
		return String.format(Locale.ROOT, "%s plan: %s h and %s %s of learning, finishing %s; fit %.1f -> %.1f.",
				capitalized(result.status().label()), LearningPlanner.hours(result.totalHours()), PlanCompiler.money(result.totalCost()),
				result.currency(), result.finishDate() == null ? "at once" : "on " + result.finishDate(), result.fitBefore(),
				result.fitAfter());
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
