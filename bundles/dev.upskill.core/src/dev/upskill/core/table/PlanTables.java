/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.table;

import java.util.List;

import dev.upskill.core.plan.OpenGap;
import dev.upskill.core.plan.PlannedStep;

/**
 * The tables of a plan ({@code upskill plan --format json}): its steps week by week, and the gaps
 * it leaves open with the reason.
 *
 * @since 0.3.0
 */
public final class PlanTables {

	/** The steps: the resource ({@code framework#id}), its weeks, hours, cost and the gaps it closes. */
	public static final Table<PlannedStep> STEPS = new Table<>("Steps", List.of(
			Column.<PlannedStep>text("resource", "Resource ID", PlannedStep::key),
			Column.<PlannedStep>integer("startWeek", "From week", PlannedStep::startWeek),
			Column.<PlannedStep>integer("endWeek", "To week", PlannedStep::endWeek),
			Column.<PlannedStep>decimal("hours", "Hours", 3, PlannedStep::hours),
			Column.<PlannedStep>money("cost", "Cost", PlannedStep::cost),
			Column.<PlannedStep>list("closes", "Closes", PlannedStep::closes)), null);

	/** The gaps left open: the skill ({@code framework#id}) and why. */
	public static final Table<OpenGap> OPEN = new Table<>("Open gaps", List.of(
			Column.<OpenGap>text("skill", "Skill ID", OpenGap::skill),
			Column.<OpenGap>text("reason", "Why it stays open", OpenGap::reason)), null);

	private PlanTables() {
	}
}
