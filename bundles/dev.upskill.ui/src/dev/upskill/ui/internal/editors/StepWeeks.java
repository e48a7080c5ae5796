/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.time.temporal.ChronoUnit;

import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ResourceKind;

/** The weeks a step added by hand starts with: after the plan's last step, as long as its hours take. */
final class StepWeeks {

	private StepWeeks() {
	}

	/**
	 * The week after the plan's last step; 1 for a plan without steps. Meetups and mentoring run
	 * alongside the other steps (as the planner schedules them), so they do not count.
	 */
	static int firstFree(LearningPlan plan) {
		int last = 0;
		for (PlanStep step : plan.getSteps()) {
			if (step.getResource() == null || !alongside(step.getResource())) {
				last = Math.max(last, step.getEndWeek());
			}
		}
		return last + 1;
	}

	/**
	 * The last week a step may end in: the last whose end is on or before the plan's end date (the
	 * rule of the model's validator), or {@code otherwise} for a plan without both dates.
	 */
	static int lastWeek(LearningPlan plan, int otherwise) {
		if (plan.getStartDate() == null || plan.getEndDate() == null || plan.getEndDate().isBefore(plan.getStartDate())) {
			return otherwise;
		}
		long days = ChronoUnit.DAYS.between(plan.getStartDate(), plan.getEndDate()) + 1;
		return (int) Math.max(1, Math.min(otherwise, days / 7));
	}

	/** The weeks a resource takes at the plan's hours a week: at least one. */
	static int weeks(LearningPlan plan, LearningResource resource) {
		double weekly = plan.getWeeklyHours() > 0 ? plan.getWeeklyHours() : 5;
		return resource == null || resource.eIsProxy() ? 1 : Math.max(1, (int) Math.ceil(resource.getHours() / weekly));
	}

	private static boolean alongside(LearningResource resource) {
		return resource.getKind() == ResourceKind.MEETUP || resource.getKind() == ResourceKind.MENTORING;
	}
}
