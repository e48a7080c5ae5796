/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.plan.check.PlanCheckContext;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ResourceKind;

/**
 * The obvious fixes of plan-check findings: which learning resource to add, and in which weeks.
 * Costs are compared as the frameworks write them (like the checks' own suggestions): a
 * suggestion the user accepts or not, not a budget.
 */
public final class PlanFixes {

	/** The code of the check a community step fixes. */
	public static final String LEARNING_IN_ISOLATION = "plan.learning-in-isolation";
	/** The code of the check a project or competition fixes. */
	public static final String NO_PORTFOLIO = "plan.no-portfolio";

	private static final Comparator<LearningResource> CHEAPEST = Comparator
			.comparing((LearningResource r) -> r.getCost() == null ? BigDecimal.ZERO : r.getCost())
			.thenComparingDouble(LearningResource::getHours)
			.thenComparing(r -> r.getId() == null ? "" : r.getId());

	private PlanFixes() {
	}

	/** The resource that fixes a finding with this code, if there is an obvious one. */
	public static Optional<LearningResource> resourceFor(String code, PlanCheckContext context) {
		return switch (code) {
			case LEARNING_IN_ISOLATION -> cheapestCommunity(context);
			case NO_PORTFOLIO -> cheapestPortfolio(context);
			default -> Optional.empty();
		};
	}

	/** The cheapest meetup or mentoring resource the plan can use; ties: the fewest hours. */
	public static Optional<LearningResource> cheapestCommunity(PlanCheckContext context) {
		return context.resources().stream()
				.filter(r -> r.getKind() == ResourceKind.MEETUP || r.getKind() == ResourceKind.MENTORING).min(CHEAPEST);
	}

	/**
	 * The cheapest project or competition that teaches a skill the target role requires, and that
	 * the plan does not have yet; ties: the fewest hours. Empty without a target role.
	 */
	public static Optional<LearningResource> cheapestPortfolio(PlanCheckContext context) {
		if (context.role() == null) {
			return Optional.empty();
		}
		Set<String> required = context.role().getRequirements().stream().filter(q -> q.getSkill() != null && !q.getSkill().eIsProxy())
				.map(q -> SkillKeys.of(q.getSkill())).collect(Collectors.toSet());
		Set<String> inPlan = context.plan().getSteps().stream().filter(s -> s.getResource() != null && !s.getResource().eIsProxy())
				.map(s -> SkillKeys.of(s.getResource())).collect(Collectors.toSet());
		return context.resources().stream()
				.filter(r -> r.getKind() == ResourceKind.PROJECT || r.getKind() == ResourceKind.COMPETITION)
				.filter(r -> !inPlan.contains(SkillKeys.of(r)))
				.filter(r -> r.getGains().stream().anyMatch(g -> g.getSkill() != null && !g.getSkill().eIsProxy()
						&& required.contains(SkillKeys.of(g.getSkill()))))
				.min(CHEAPEST);
	}

	/** What the quick fix says: {@code Add the cheapest community step (PyData meetup, free)}. */
	public static String label(String code, LearningResource resource) {
		String what = LEARNING_IN_ISOLATION.equals(code) ? "community step" : "portfolio step";
		return "Add the cheapest " + what + " (" + (resource.getName() != null ? resource.getName() : resource.getId()) + ", "
				+ cost(resource) + ")";
	}

	/** A resource's cost as the fix names it: {@code free} or {@code 30 USD}. */
	public static String cost(LearningResource resource) {
		BigDecimal cost = resource.getCost() == null ? BigDecimal.ZERO : resource.getCost();
		return cost.signum() == 0 ? "free"
				: (cost.stripTrailingZeros().toPlainString() + " " + (resource.getCurrency() == null ? "" : resource.getCurrency())).strip();
	}

	/**
	 * The plan's last week: the last week that ends by its end date (a step may not end later), else
	 * the last week of any step; at least 1.
	 */
	public static int lastWeek(LearningPlan plan) {
		if (plan.getStartDate() != null && plan.getEndDate() != null) {
			return Math.max(1, (int) ((ChronoUnit.DAYS.between(plan.getStartDate(), plan.getEndDate()) + 1) / 7));
		}
		return Math.max(1, plan.getSteps().stream().mapToInt(PlanStep::getEndWeek).max().orElse(1));
	}

	/**
	 * Sets the weeks of a step that fixes a finding: a community step recurs from this week (or week
	 * 1, for a plan not yet started) to the plan's last week; a project or competition takes the weeks its hours need at the plan's
	 * weekly hours and ends in the last week, when the skills it shows off have been learned.
	 */
	public static void schedule(String code, PlanStep step, LearningPlan plan) {
		int last = lastWeek(plan);
		if (LEARNING_IN_ISOLATION.equals(code)) {
			// From this week on (the weeks before are history), to the plan's last week.
			int now = plan.getStartDate() == null ? 1
					: (int) Math.floorDiv(ChronoUnit.DAYS.between(plan.getStartDate(), LocalDate.now()), 7) + 1;
			step.setStartWeek(Math.max(1, Math.min(now, last)));
			step.setEndWeek(last);
			step.setNote("Recurring, alongside the other steps.");
			return;
		}
		double weekly = plan.getWeeklyHours() > 0 ? plan.getWeeklyHours() : 5;
		int weeks = Math.max(1, (int) Math.ceil(step.getResource().getHours() / weekly));
		step.setStartWeek(Math.max(1, last - weeks + 1));
		step.setEndWeek(last);
		step.setNote("Shows the skills of the plan at its end.");
	}

	/** The hours as messages write them. */
	static String hours(double hours) {
		return PlanCheckContext.hours(hours);
	}
}
