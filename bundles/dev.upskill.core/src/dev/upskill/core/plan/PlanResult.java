/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.upskill.model.PlanObjective;

/**
 * What the planner proposes, with the figures that judge it.
 *
 * @param status optimal, feasible (with {@code gap}), partial or infeasible
 * @param objective what was minimised
 * @param gap the proven relative gap to the optimum: 0 when optimal; for a feasible plan the
 *        optimum is at most this fraction lower; NaN for partial and infeasible plans
 * @param totalHours the hours of the new and kept steps (for kept steps, what is left)
 * @param totalCost what the new steps cost, in {@code currency}
 * @param currency the plan's currency
 * @param start the first day of week 1
 * @param finishWeek the last week of any step (0 when there is none)
 * @param finishDate the last day of the finish week, or null when there are no steps
 * @param fitBefore the mean fit score to the target roles today, 0 to 100
 * @param fitAfter the mean fit score once the plan is done
 * @param steps the steps in order of their start
 * @param open the gaps left open and why
 * @param reasons why not everything could be closed, in words (empty when it could)
 * @param rates the exchange rates used (one unit of the key currency in {@code currency})
 * @param weeklyHours the weekly hours the schedule keeps to
 * @param candidates how many resources the solver chose from after presolve
 * @since 0.2.0
 */
public record PlanResult(PlanStatus status, PlanObjective objective, double gap, double totalHours, BigDecimal totalCost,
		String currency, LocalDate start, int finishWeek, LocalDate finishDate, double fitBefore, double fitAfter,
		List<PlannedStep> steps, List<OpenGap> open, List<String> reasons, Map<String, BigDecimal> rates, double weeklyHours,
		int candidates) {

	/** The step that closes the gap of the skill ({@code frameworkId#skillId}), if the plan closes it. */
	public Optional<PlannedStep> closer(String skillKey) {
		return steps.stream().filter(s -> s.closes().contains(skillKey)).findFirst();
	}

	/** The weekly load of the steps (each step's hours spread evenly over its weeks), week 1 at index 0. */
	public double[] weeklyLoad() {
		double[] load = new double[Math.max(0, finishWeek)];
		for (PlannedStep step : steps) {
			int weeks = step.endWeek() - step.startWeek() + 1;
			for (int w = step.startWeek(); w <= step.endWeek(); w++) {
				if (w >= 1 && w <= load.length) {
					load[w - 1] += step.hours() / weeks;
				}
			}
		}
		return load;
	}
}
