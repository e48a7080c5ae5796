/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan;

import java.math.BigDecimal;
import java.util.List;

import dev.upskill.model.LearningResource;
import dev.upskill.model.StepStatus;

/**
 * One resource of a plan in its weeks.
 *
 * @param resource the learning resource
 * @param key the resource as {@code frameworkId#resourceId}
 * @param startWeek the first week (week 1 starts on the plan's start date)
 * @param endWeek the last week, inclusive
 * @param hours the hours the step still takes (for a kept step in progress: what is left)
 * @param cost what it costs, in the plan's currency (0 for a kept step: already paid)
 * @param closes the gaps it closes, as {@code frameworkId#skillId}; empty for a step that only
 *        meets another step's prerequisite or raises a level short of the requirement
 * @param recurring whether it runs alongside the others (meetups, mentoring)
 * @param status planned for a new step; the earlier plan's status for a kept one
 * @param kept whether the step comes unchanged from the earlier plan (done or in progress)
 * @since 0.2.0
 */
public record PlannedStep(LearningResource resource, String key, int startWeek, int endWeek, double hours, BigDecimal cost,
		List<String> closes, boolean recurring, StepStatus status, boolean kept) {
}
