/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.OpenGap;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.StepStatus;

/** What the Re-plan confirmation says: the planner's result in words, and what it would change. */
final class ReplanSummary {

	private ReplanSummary() {
	}

	static String describe(String file, LearningPlan plan, PlanResult result, LocalDate today) {
		StringBuilder text = new StringBuilder();
		int week = plan.getStartDate() == null ? 1 : Math.max(1, LearningPlanner.weekOf(plan.getStartDate(), today));
		text.append("The planner planned ").append(file).append(" again from week ").append(week).append(" (").append(today).append(").\n\n");
		text.append("Result: ").append(status(result)).append('\n');
		text.append("Hours: ").append(PlanFixes.hours(result.totalHours())).append(" h still to learn; new steps cost ")
				.append(Replan.money(result.totalCost(), result.currency())).append('\n');
		text.append("Finish: ").append(result.finishDate() == null ? "nothing left to do" : result.finishDate() + " (week " + result.finishWeek() + ")")
				.append(plan.getEndDate() == null ? "" : "; the plan ends " + plan.getEndDate()).append('\n');
		text.append(String.format(Locale.ROOT, "Fit to the role: %.0f now, %.0f when done%n%n", result.fitBefore(), result.fitAfter()));
		text.append(changes(plan, result)).append('\n');
		if (plan.getStartDate() != null && plan.getEndDate() != null) {
			int last = PlanFixes.lastWeek(plan);
			long late = result.steps().stream().filter(s -> !s.kept() && s.endWeek() > last).count();
			if (late > 0) {
				text.append(late).append(late == 1 ? " new step ends" : " new steps end").append(" after the plan's end date ")
						.append(plan.getEndDate()).append(" (week ").append(last).append("): move the end date or shorten them.\n");
			}
		}
		long kept = plan.getSteps().stream().filter(s -> s.getStatus() != StepStatus.PLANNED).count();
		if (kept > 0) {
			text.append(kept).append(kept == 1 ? " step that is" : " steps that are").append(" done, in progress or dropped stay as they are.\n");
		}
		if (!result.open().isEmpty()) {
			text.append("\nLeft open:\n");
			for (OpenGap gap : result.open()) {
				text.append(" - ").append(gap.skillName()).append(" (level ").append(gap.requiredLevel()).append("): ").append(gap.reason())
						.append('\n');
			}
		}
		if (!result.reasons().isEmpty()) {
			text.append("\nWhy: ").append(String.join("; ", result.reasons())).append('\n');
		}
		return text.toString().stripTrailing();
	}

	private static String status(PlanResult result) {
		return switch (result.status()) {
			case OPTIMAL -> "every gap closed, and no plan within the limits does better";
			case FEASIBLE -> String.format(Locale.ROOT, "every gap closed; the search stopped at its time limit, at most %.0f%% from the best plan",
					result.gap() * 100);
			case PARTIAL -> "not every gap can be closed within the limits; this plan gets as close as they allow";
			case INFEASIBLE -> "nothing can be planned";
		};
	}

	/** How the planned steps change: which stay, move, go and come. */
	static String changes(LearningPlan plan, PlanResult result) {
		List<PlanStep> before = new ArrayList<>(plan.getSteps().stream().filter(s -> s.getStatus() == StepStatus.PLANNED).toList());
		List<PlannedStep> after = result.steps().stream().filter(s -> !s.kept()).toList();
		int same = 0;
		int moved = 0;
		List<PlannedStep> added = new ArrayList<>();
		for (PlannedStep step : after) {
			PlanStep match = find(before, step.resource(), step.startWeek(), step.endWeek());
			if (match == null) {
				match = find(before, step.resource(), -1, -1);
				if (match == null) {
					added.add(step);
					continue;
				}
				moved++;
			} else {
				same++;
			}
			before.remove(match);
		}
		int changing = moved + added.size() + before.size();
		if (changing == 0) {
			return "The planned steps stay as they are (" + same + ").";
		}
		return changing + (changing == 1 ? " planned step changes: " : " planned steps change: ") + moved + " moved, " + before.size() + " removed, "
				+ added.size() + " added" + (same > 0 ? "; " + same + " stay as they are." : ".");
	}

	private static PlanStep find(List<PlanStep> steps, LearningResource resource, int start, int end) {
		for (PlanStep step : steps) {
			if (step.getResource() == resource && (start < 0 || step.getStartWeek() == start && step.getEndWeek() == end)) {
				return step;
			}
		}
		return null;
	}
}
