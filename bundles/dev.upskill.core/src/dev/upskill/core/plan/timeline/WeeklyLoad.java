/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.timeline;

import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.StepStatus;

/**
 * The hours a plan asks for in each of its weeks: every step's hours (those of its learning
 * resource) spread evenly over its weeks, {@code hours / (endWeek - startWeek + 1)}, summed per
 * week, against the plan's weekly hours. A dropped step asks for nothing; a step whose resource is
 * missing counts as zero hours.
 */
public final class WeeklyLoad {

	private static final double EPSILON = 1e-9;

	private final double[] hours;
	private final double capacity;

	private WeeklyLoad(double[] hours, double capacity) {
		this.hours = hours;
		this.capacity = capacity;
	}

	/** The load of weeks 1 to {@code weeks}; steps outside them count only where they overlap. */
	public static WeeklyLoad of(LearningPlan plan, int weeks) {
		double[] hours = new double[Math.max(0, weeks)];
		for (PlanStep step : plan.getSteps()) {
			double perWeek = hoursPerWeek(step);
			if (perWeek == 0) {
				continue;
			}
			for (int week = Math.max(1, step.getStartWeek()); week <= Math.min(lastWeek(step), weeks); week++) {
				hours[week - 1] += perWeek;
			}
		}
		return new WeeklyLoad(hours, plan.getWeeklyHours());
	}

	/** The hours a step asks for in each of its weeks (zero for a dropped step or a missing resource). */
	public static double hoursPerWeek(PlanStep step) {
		LearningResource resource = step.getResource();
		if (step.getStatus() == StepStatus.DROPPED || resource == null || resource.eIsProxy()) {
			return 0;
		}
		return resource.getHours() / (lastWeek(step) - step.getStartWeek() + 1);
	}

	/** The last week of a step; a step that ends before it starts is read as lasting its first week. */
	public static int lastWeek(PlanStep step) {
		return Math.max(step.getStartWeek(), step.getEndWeek());
	}

	public int weeks() {
		return hours.length;
	}

	/** The hours asked for in a week (1-based); zero outside the plan. */
	public double hours(int week) {
		return week < 1 || week > hours.length ? 0 : hours[week - 1];
	}

	/** The plan's weekly hours. */
	public double capacity() {
		return capacity;
	}

	/** Whether a week asks for more than the plan's weekly hours. */
	public boolean over(int week) {
		return hours(week) > capacity + EPSILON;
	}

	/** How many weeks ask for more than the plan's weekly hours. */
	public int weeksOver() {
		int count = 0;
		for (int week = 1; week <= hours.length; week++) {
			if (over(week)) {
				count++;
			}
		}
		return count;
	}

	/** The largest load of any week (zero for a plan without weeks). */
	public double max() {
		double max = 0;
		for (double h : hours) {
			max = Math.max(max, h);
		}
		return max;
	}
}
