/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.upskill.core.plan.timeline.WeeklyLoad;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LogEntry;
import dev.upskill.model.PlanStep;
import dev.upskill.model.StepStatus;

/**
 * A plan's burn-up on a day: hours planned against hours logged week by week, the steps done, and
 * a forecast finish date from the recent pace.
 * <p>
 * <b>The rules.</b>
 * <ul>
 * <li>Week 1 starts on the plan's start date; a date falls in week
 * {@code floor(days since the start / 7) + 1} (dates before the start count in week 1).</li>
 * <li>Planned hours per week are those of the timeline ({@link WeeklyLoad}): each step's resource
 * hours spread evenly over its weeks; a dropped step plans nothing.</li>
 * <li>Logged hours: each log entry in the week of its date. A step's {@code hoursLogged} is its
 * total; the part no entry covers (files written before entries existed) counts in the step's
 * start week.</li>
 * <li>A done step counts as done from the week of its last log entry, or, without entries, from
 * its last planned week (but no later than the current week).</li>
 * <li>Remaining hours: for each step planned or in progress, its resource hours less the hours
 * logged on it, at least 0; done and dropped steps have none left.</li>
 * <li>Pace: the mean of the hours logged in the last {@value #PACE_WEEKS} complete weeks before the
 * current week (fewer at the start of the plan; none in week 1).</li>
 * <li>Forecast finish: the day plus {@code remaining / pace} weeks, rounded up to a whole day; the
 * day itself when nothing remains; none when the pace is 0 (or not known yet).</li>
 * </ul>
 *
 * @param plan the plan
 * @param asOf the day of the burn-up (today)
 * @param currentWeek the week of {@code asOf}
 * @param weeks weeks 1 to the last of the plan, the current week or the last logged, whichever is latest
 * @param plannedHours the hours of every step not dropped
 * @param loggedHours the hours logged on every step
 * @param remainingHours the hours left on the steps planned or in progress
 * @param steps how many steps are not dropped
 * @param stepsDone how many steps are done
 * @param pace the recent pace in hours a week, or NaN when not known (week 1)
 * @param paceWeeks how many weeks the pace is the mean of
 * @param forecast the forecast finish date, or null (pace 0 or not known)
 * @since 0.1.0
 */
public record BurnUp(LearningPlan plan, LocalDate asOf, int currentWeek, List<BurnUpWeek> weeks, double plannedHours,
		double loggedHours, double remainingHours, int steps, int stepsDone, double pace, int paceWeeks, LocalDate forecast) {

	/** How many complete weeks the pace is the mean of. */
	public static final int PACE_WEEKS = 4;

	/**
	 * The burn-up of a plan on a day.
	 *
	 * @throws IllegalArgumentException when the plan has no start date
	 */
	public static BurnUp of(LearningPlan plan, LocalDate asOf) {
		LocalDate start = plan.getStartDate();
		if (start == null) {
			throw new IllegalArgumentException("the plan has no start date, so its weeks cannot be placed in time");
		}
		int currentWeek = weekOf(start, asOf);
		int lastWeek = currentWeek;
		for (PlanStep step : plan.getSteps()) {
			lastWeek = Math.max(lastWeek, WeeklyLoad.lastWeek(step));
			for (LogEntry entry : step.getLog()) {
				if (entry.getDate() != null) {
					lastWeek = Math.max(lastWeek, weekOf(start, entry.getDate()));
				}
			}
		}
		WeeklyLoad load = WeeklyLoad.of(plan, lastWeek);
		double[] logged = new double[lastWeek + 1];
		int[] doneIn = new int[lastWeek + 1];
		double plannedHours = 0;
		double loggedHours = 0;
		double remaining = 0;
		int steps = 0;
		int done = 0;
		for (PlanStep step : plan.getSteps()) {
			double dated = 0;
			LocalDate last = null;
			for (LogEntry entry : step.getLog()) {
				if (entry.getDate() == null || !(entry.getHours() >= 0)) {
					continue; // the validator reports both
				}
				logged[weekOf(start, entry.getDate())] += entry.getHours();
				dated += entry.getHours();
				last = last == null || entry.getDate().isAfter(last) ? entry.getDate() : last;
			}
			double total = Math.max(0, step.getHoursLogged());
			if (total > dated) {
				logged[Math.min(lastWeek, Math.max(1, step.getStartWeek()))] += total - dated;
			}
			loggedHours += Math.max(total, dated);
			double resourceHours = step.getResource() == null || step.getResource().eIsProxy() ? 0 : step.getResource().getHours();
			StepStatus status = step.getStatus();
			if (status != StepStatus.DROPPED) {
				steps++;
				plannedHours += resourceHours;
			}
			if (status == StepStatus.PLANNED || status == StepStatus.IN_PROGRESS) {
				remaining += Math.max(0, resourceHours - Math.max(total, dated));
			}
			if (status == StepStatus.DONE) {
				done++;
				int week = last != null ? weekOf(start, last) : Math.min(currentWeek, WeeklyLoad.lastWeek(step));
				doneIn[Math.max(1, week)]++;
			}
		}
		List<BurnUpWeek> weeks = new ArrayList<>(lastWeek);
		double plannedToDate = 0;
		double loggedToDate = 0;
		int doneToDate = 0;
		for (int week = 1; week <= lastWeek; week++) {
			plannedToDate += load.hours(week);
			loggedToDate += logged[week];
			doneToDate += doneIn[week];
			weeks.add(new BurnUpWeek(week, start.plusWeeks(week - 1L), load.hours(week), plannedToDate, logged[week], loggedToDate,
					doneToDate));
		}
		int paceWeeks = Math.min(PACE_WEEKS, currentWeek - 1);
		double pace = Double.NaN;
		if (paceWeeks > 0) {
			double sum = 0;
			for (int week = currentWeek - paceWeeks; week < currentWeek; week++) {
				sum += logged[week];
			}
			pace = sum / paceWeeks;
		}
		LocalDate forecast = null;
		if (remaining <= 0) {
			forecast = asOf;
		} else if (pace > 0) {
			forecast = asOf.plusDays((long) Math.ceil(remaining / pace * 7 - 1e-9));
		}
		return new BurnUp(plan, asOf, currentWeek, List.copyOf(weeks), plannedHours, loggedHours, remaining, steps, done, pace,
				paceWeeks, forecast);
	}

	/** The week of a date in a plan that starts on {@code start}; dates before the start are in week 1. */
	public static int weekOf(LocalDate start, LocalDate date) {
		long days = ChronoUnit.DAYS.between(start, date);
		return days < 0 ? 1 : (int) (days / 7) + 1;
	}

	/** Whether the forecast finish is after the plan's end date (false when either is unknown). */
	public boolean late() {
		return forecast != null && plan.getEndDate() != null && forecast.isAfter(plan.getEndDate());
	}

	/** The pace and forecast in words: {@code 5.5 h a week over the last 4 weeks: finishes on 2027-03-01}. */
	public String forecastText() {
		if (remainingHours <= 0) {
			return "nothing left to do";
		}
		if (Double.isNaN(pace)) {
			return "no pace yet (the first week is not over)";
		}
		String over = "over the last " + (paceWeeks == 1 ? "week" : paceWeeks + " weeks");
		if (pace <= 0) {
			return "no hours logged " + over + ": no finish date";
		}
		return hours(pace) + " h a week " + over + ": " + hours(remainingHours) + " h left, finishes on " + forecast
				+ (late() ? ", after the plan's end date " + plan.getEndDate() : "");
	}

	/** {@code 6}, {@code 2.5}: hours to one decimal, no trailing zero. */
	static String hours(double hours) {
		double rounded = Math.round(hours * 10) / 10.0;
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
	}
}
