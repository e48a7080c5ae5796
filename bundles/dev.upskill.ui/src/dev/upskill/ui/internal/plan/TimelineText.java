/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.upskill.core.plan.timeline.TimelineLayout;
import dev.upskill.core.plan.timeline.WeeklyLoad;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.StepStatus;

/** The words of the timeline: tooltips of bars and weeks, hours and statuses as people read them. */
public final class TimelineText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private TimelineText() {
	}

	/** A step's name, weeks (and their dates), hours and status. */
	public static String tooltip(LearningPlan plan, PlanStep step) {
		StringBuilder text = new StringBuilder(TimelineLayout.label(step));
		int start = step.getStartWeek();
		int end = WeeklyLoad.lastWeek(step);
		int count = end - start + 1;
		text.append("\n").append(start == end ? "Week " + start : "Weeks " + start + "-" + end + " (" + count + " weeks)");
		LocalDate first = plan.getStartDate();
		if (first != null) {
			text.append(", ").append(DAY.format(first.plusWeeks(start - 1L))).append(" to ")
					.append(DAY.format(first.plusWeeks(end).minusDays(1)));
		}
		LearningResource resource = step.getResource();
		if (resource != null && !resource.eIsProxy()) {
			text.append("\n").append(hours(resource.getHours()));
			if (step.getStatus() != StepStatus.DROPPED) {
				text.append(", ").append(hours(WeeklyLoad.hoursPerWeek(step))).append(" a week");
			}
			text.append("; ").append(hours(step.getHoursLogged())).append(" logged");
			if (TimelineLayout.recurring(step)) {
				text.append("\nRecurring (").append(resource.getKind().getLiteral()).append("): runs alongside the other steps");
			}
		}
		text.append("\nStatus: ").append(status(step.getStatus()));
		return text.toString();
	}

	/** A week's load against the plan's weekly hours, and the steps it comes from. */
	public static String tooltip(LearningPlan plan, WeeklyLoad load, int week) {
		StringBuilder text = new StringBuilder("Week ").append(week);
		if (plan.getStartDate() != null) {
			text.append(" (from ").append(DAY.format(plan.getStartDate().plusWeeks(week - 1L))).append(")");
		}
		text.append("\n").append(hours(load.hours(week))).append(" planned of ").append(hours(load.capacity())).append(" a week");
		if (load.over(week)) {
			text.append(": ").append(hours(load.hours(week) - load.capacity())).append(" over");
		}
		for (PlanStep step : plan.getSteps()) {
			double perWeek = WeeklyLoad.hoursPerWeek(step);
			if (perWeek > 0 && step.getStartWeek() <= week && week <= WeeklyLoad.lastWeek(step)) {
				text.append("\n  ").append(hours(perWeek)).append("  ").append(TimelineLayout.label(step));
			}
		}
		return text.toString();
	}

	/** Hours with at most one decimal: "7 h", "6.9 h". */
	public static String hours(double hours) {
		double rounded = Math.round(hours * 10) / 10.0;
		return (rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded)) + " h";
	}

	public static String status(StepStatus status) {
		return switch (status) {
			case PLANNED -> "planned";
			case IN_PROGRESS -> "in progress";
			case DONE -> "done";
			case DROPPED -> "dropped";
		};
	}
}
