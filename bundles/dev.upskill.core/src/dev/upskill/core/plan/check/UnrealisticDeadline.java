/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.upskill.model.LearningPlan;

/**
 * Expecting instant results: at its hours a week, the plan's steps take longer than the time
 * between its start and end dates. A done step counts the hours logged, any other the larger of
 * its resource's hours and the hours logged.
 */
final class UnrealisticDeadline implements PlanCheck {

	static final String CODE = "plan.unrealistic-deadline";

	@Override
	public void check(PlanCheckContext context, Findings findings) {
		LearningPlan plan = context.plan();
		LocalDate start = plan.getStartDate();
		LocalDate end = plan.getEndDate();
		double hours = context.steps().stream().mapToDouble(context::totalHours).sum();
		if (start == null || end == null || end.isBefore(start) || hours <= 0) {
			return;
		}
		double available = (ChronoUnit.DAYS.between(start, end) + 1) / 7.0;
		if (plan.getWeeklyHours() <= 0) {
			findings.add(plan, "Plan " + context.planLabel() + " has " + PlanCheckContext.hours(hours)
					+ " h of learning but no hours a week to do it in", "set the hours a week the plan can count on");
			return;
		}
		double needed = hours / plan.getWeeklyHours();
		if (needed <= available + 1e-9) {
			return;
		}
		long weeks = (long) Math.ceil(needed - 1e-9);
		LocalDate earliest = start.plusWeeks(weeks).minusDays(1);
		findings.add(plan, "Plan " + context.planLabel() + " needs about " + PlanCheckContext.hours(hours) + " h of learning: at "
				+ PlanCheckContext.hours(plan.getWeeklyHours()) + " h a week that is " + weeks + " weeks, but its end date " + end
				+ " leaves " + (long) Math.floor(available) + " weeks; skills take the hours they take",
				"move the end date to " + earliest + " or later, or drop the steps that matter least for " + context.roleLabel());
	}
}
