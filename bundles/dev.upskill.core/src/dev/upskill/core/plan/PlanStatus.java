/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan;

import java.util.Locale;

/**
 * How a plan came out of the planner.
 *
 * @since 0.2.0
 */
public enum PlanStatus {
	/** Every gap is closed, and no plan within the limits is better by the objective: proven. */
	OPTIMAL,
	/** Every gap is closed; the solver stopped at its time limit, at most {@link PlanResult#gap()} from the optimum. */
	FEASIBLE,
	/** Not every gap can be closed within the limits: the plan reaches the highest fit score that can. */
	PARTIAL,
	/** Nothing can be planned (for example no target role, or no resource teaches anything that is missing). */
	INFEASIBLE;

	/** The lower-case name used in files and on the command line ({@code optimal}, ...). */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
