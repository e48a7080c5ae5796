/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.progress;

import java.time.LocalDate;

/**
 * One week of a plan's burn-up.
 *
 * @param week the week, 1 from the plan's start date
 * @param start the week's first day
 * @param planned the hours the plan asks for in the week
 * @param plannedToDate the planned hours of weeks 1 to this one
 * @param logged the hours logged in the week
 * @param loggedToDate the hours logged in weeks 1 to this one
 * @param stepsDone the steps done by the end of the week
 * @since 0.1.0
 */
public record BurnUpWeek(int week, LocalDate start, double planned, double plannedToDate, double logged, double loggedToDate,
		int stepsDone) {
}
