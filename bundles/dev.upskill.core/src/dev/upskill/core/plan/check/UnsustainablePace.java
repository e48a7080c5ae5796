/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import java.util.Comparator;
import java.util.List;

import dev.upskill.model.PlanStep;
import dev.upskill.model.Profile;

/**
 * Unsustainable pace: the plan's hours a week, or the load its steps put on a week, exceed what the
 * profile says the person can give, by more than {@link PlanCheckSettings#paceTolerancePercent()}.
 * A step's load is the hours it still asks for ({@link PlanCheckContext#remainingHours}) spread
 * evenly over its weeks.
 */
final class UnsustainablePace implements PlanCheck {

	static final String CODE = "plan.unsustainable-pace";

	@Override
	public void check(PlanCheckContext context, Findings findings) {
		Profile profile = context.profile();
		if (profile == null || profile.getWeeklyHours() <= 0) {
			return;
		}
		double sustainable = profile.getWeeklyHours();
		double limit = sustainable * (1 + context.settings().paceTolerancePercent() / 100);
		String who = profile.getPerson() != null && !profile.getPerson().isBlank() ? profile.getPerson() : "the person";
		double planned = context.plan().getWeeklyHours();
		if (planned > limit + 1e-9) {
			findings.add(context.plan(), "Plan " + context.planLabel() + " counts on " + PlanCheckContext.hours(planned)
					+ " h a week, but " + who + " can give " + PlanCheckContext.hours(sustainable)
					+ " (profile); a pace that cannot be kept ends in a dropped plan",
					"lower the plan's hours a week to " + PlanCheckContext.hours(sustainable)
							+ " and let it run longer, or update the profile if more time is really free");
			return;
		}
		int last = context.steps().stream().mapToInt(PlanStep::getEndWeek).max().orElse(0);
		int peakWeek = 0;
		double peak = 0;
		for (int week = 1; week <= last; week++) {
			double load = load(context, week);
			if (load > peak + 1e-9) {
				peak = load;
				peakWeek = week;
			}
		}
		if (peak <= limit + 1e-9) {
			return;
		}
		int week = peakWeek;
		List<PlanStep> busy = context.steps().stream().filter(s -> s.getStartWeek() <= week && week <= s.getEndWeek()).toList();
		PlanStep heaviest = busy.stream().max(Comparator.comparingDouble(s -> share(context, s))).orElseThrow();
		findings.add(heaviest, "Plan " + context.planLabel() + " asks " + PlanCheckContext.hours(peak) + " h in week " + week
				+ ", more than the " + PlanCheckContext.hours(sustainable) + " h a week " + who
				+ " can give (profile); a pace that cannot be kept ends in a dropped plan",
				"spread " + PlanCheckContext.describe(heaviest.getResource()) + " over more weeks, or start it after the steps it"
						+ " runs alongside");
	}

	private static double load(PlanCheckContext context, int week) {
		return context.steps().stream().filter(s -> s.getStartWeek() <= week && week <= s.getEndWeek())
				.mapToDouble(s -> share(context, s)).sum();
	}

	private static double share(PlanCheckContext context, PlanStep step) {
		int weeks = Math.max(1, step.getEndWeek() - step.getStartWeek() + 1);
		return context.remainingHours(step) / weeks;
	}
}
