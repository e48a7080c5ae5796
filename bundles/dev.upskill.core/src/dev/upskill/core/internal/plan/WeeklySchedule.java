/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import dev.upskill.core.internal.plan.PlanProblem.Resource;

/**
 * Puts chosen resources into weeks.
 * <p>
 * A step runs at an even pace over its weeks: its load is {@code hours / weeks} in each of them,
 * the same reading the timeline and the plan checks use. So the weekly load, the sum of the paces
 * of the steps running that week, never exceeds the weekly hours.
 * <ul>
 * <li>Recurring steps (meetups, mentoring) run alongside from the first week their prerequisites
 * allow, at a few hours a month, and do not count towards the steps in parallel.</li>
 * <li>Other steps start, in order of how much depends on them, as soon as their prerequisites were
 * finished in an earlier week, at most {@code maxParallel} at a time, each at the pace the free
 * hours of its start week allow (held over its weeks); a step waits rather than start at less
 * than its share of the week ({@code weeklyHours / maxParallel}, or all it needs).</li>
 * <li>Steps kept from an earlier plan keep their weeks; their load is reserved first.</li>
 * </ul>
 */
public final class WeeklySchedule {

	private static final int MAX_WEEKS = 5200;

	private final PlanProblem problem;
	private final double weeklyHours;
	private final int maxParallel;
	private final double recurringWeeklyHours;
	private final double[] load = new double[MAX_WEEKS + 2];
	private final int[] start;
	private final int[] end;
	private int deadlineWeek = Integer.MAX_VALUE;

	public WeeklySchedule(PlanProblem problem, double weeklyHours, int maxParallel, double recurringWeeklyHours) {
		this.problem = problem;
		this.weeklyHours = weeklyHours;
		this.maxParallel = Math.max(1, maxParallel);
		// Recurring steps never take more than a quarter of the week, so the other steps can run.
		this.recurringWeeklyHours = Math.max(0.05, Math.min(recurringWeeklyHours, weeklyHours / 4));
		this.start = new int[problem.resources().size()];
		this.end = new int[problem.resources().size()];
	}

	/**
	 * Asks recurring steps (mentoring, meetups) to end by this week when their usual pace would run past it: their pace
	 * rises to what the weeks left need, up to half the week.
	 */
	public void finishBy(int week) {
		this.deadlineWeek = week;
	}

	/** Reserves the weeks of a step kept from an earlier plan, whose load is {@code hours} spread evenly. */
	public void keep(int resource, int startWeek, int endWeek, double hours) {
		start[resource] = startWeek;
		end[resource] = endWeek;
		reserve(startWeek, endWeek, hours);
	}

	/**
	 * Schedules the chosen resources that are not kept, from {@code firstWeek} on.
	 *
	 * @return false when some cannot be scheduled (a cycle of prerequisites, or more than a hundred years)
	 */
	public boolean schedule(boolean[] chosen, int firstWeek) {
		int n = problem.resources().size();
		int[] depth = depths(chosen);
		List<Integer> picked = new ArrayList<>();
		List<Integer> waiting = new ArrayList<>();
		for (int r = 0; r < n; r++) {
			if (chosen[r]) {
				picked.add(r);
				if (start[r] == 0) {
					waiting.add(r);
				}
			}
		}
		// Recurring steps first, so that they get their few hours a week before the others take the rest.
		waiting.sort(Comparator.comparing((Integer r) -> !problem.resources().get(r).recurring()).thenComparingInt(r -> -depth[r])
				.thenComparing(r -> -problem.resources().get(r).hours()).thenComparing(r -> r));
		// Levels reached and steps done before the current week, kept up to date as the weeks pass.
		double[] levels = new double[problem.skillCount()];
		for (int s = 0; s < levels.length; s++) {
			levels[s] = problem.current(s);
		}
		boolean[] done = new boolean[n];
		for (int week = firstWeek; !waiting.isEmpty(); week++) {
			if (week > MAX_WEEKS) {
				return false;
			}
			int running = 0;
			int latestEnd = 0;
			for (int r : picked) {
				if (start[r] > 0 && !done[r] && end[r] < week) {
					done[r] = true;
					Resource resource = problem.resources().get(r);
					for (int g = 0; g < resource.gainSkill().length; g++) {
						levels[resource.gainSkill()[g]] = Math.max(levels[resource.gainSkill()[g]], resource.gainLevel()[g]);
					}
				}
				if (start[r] > 0) {
					latestEnd = Math.max(latestEnd, end[r]);
					if (start[r] <= week && end[r] >= week && !problem.resources().get(r).recurring()) {
						running++;
					}
				}
			}
			for (var it = waiting.iterator(); it.hasNext();) {
				int r = it.next();
				Resource resource = problem.resources().get(r);
				if (!problem.ready(r, levels, done)) {
					continue;
				}
				double free = weeklyHours - load[week];
				if (resource.recurring()) {
					double pace = recurringWeeklyHours;
					if (week <= deadlineWeek && deadlineWeek <= MAX_WEEKS) {
						pace = Math.max(pace, Math.min(weeklyHours / 2, resource.hours() / (deadlineWeek - week + 1)));
					}
					pace = Math.min(pace, free);
					if ((pace >= 0.05 || resource.hours() <= 0) && place(r, week, pace, Math.min(0.05, pace))) {
						it.remove();
						latestEnd = Math.max(latestEnd, end[r]);
					}
				} else if (running < maxParallel) {
					// A step starts only at a pace worth the name: its share of the week, or all it needs.
					double least = Math.min(resource.hours(), weeklyHours / maxParallel) * 0.999;
					if (free >= least && place(r, week, free, least)) {
						it.remove();
						running++;
						latestEnd = Math.max(latestEnd, end[r]);
					}
				}
			}
			// Nothing scheduled ends at or after this week: nothing new can become ready.
			if (!waiting.isEmpty() && latestEnd < week) {
				return false;
			}
		}
		return true;
	}

	/** Places r from the week at the given pace, lowered to what its weeks leave free; false when that is below {@code least}. */
	private boolean place(int r, int week, double pace, double least) {
		double hours = problem.resources().get(r).hours();
		if (hours <= 0) {
			start[r] = week;
			end[r] = week;
			return true;
		}
		// The pace is held over the step's weeks: lower it to the least free capacity of those weeks.
		int weeks = (int) Math.ceil(hours / pace - 1e-9);
		for (int i = 0; i < 50; i++) {
			double lowest = pace;
			for (int w = week; w < week + weeks && w <= MAX_WEEKS; w++) {
				lowest = Math.min(lowest, weeklyHours - load[w]);
			}
			if (lowest >= hours / weeks - 1e-9) {
				break;
			}
			pace = lowest;
			if (pace < least || pace <= 0) {
				return false;
			}
			weeks = (int) Math.ceil(hours / pace - 1e-9);
		}
		start[r] = week;
		end[r] = Math.min(MAX_WEEKS, week + weeks - 1);
		reserve(start[r], end[r], hours);
		return true;
	}

	private void reserve(int from, int to, double hours) {
		double pace = hours / (to - from + 1);
		for (int w = Math.max(1, from); w <= to && w <= MAX_WEEKS; w++) {
			load[w] += pace;
		}
	}

	/** For each resource, the length of the longest chain of chosen resources that wait for it. */
	private int[] depths(boolean[] chosen) {
		int n = problem.resources().size();
		int[] depth = new int[n];
		List<Integer> picked = new ArrayList<>();
		for (int r = 0; r < n; r++) {
			if (chosen[r]) {
				picked.add(r);
			}
		}
		for (int round = 0; round < picked.size(); round++) {
			boolean changed = false;
			for (int r : picked) {
				Resource resource = problem.resources().get(r);
				for (int q : picked) {
					if (q != r && provides(q, resource) && depth[q] < depth[r] + 1) {
						depth[q] = depth[r] + 1;
						changed = true;
					}
				}
			}
			if (!changed) {
				break;
			}
		}
		return depth;
	}

	private boolean provides(int q, Resource resource) {
		if (Arrays.stream(resource.requiredResources()).anyMatch(x -> x == q)) {
			return true;
		}
		for (int p = 0; p < resource.prereqSkill().length; p++) {
			if (PlanProblem.meets(problem.resources().get(q).gain(resource.prereqSkill()[p]), resource.prereqLevel()[p])) {
				return true;
			}
		}
		return false;
	}

	public int start(int resource) {
		return start[resource];
	}

	public int end(int resource) {
		return end[resource];
	}

	/** The last week of any chosen step, 0 when none. */
	public int finishWeek(boolean[] chosen) {
		int finish = 0;
		for (int r = 0; r < end.length; r++) {
			if (chosen[r]) {
				finish = Math.max(finish, end[r]);
			}
		}
		return finish;
	}
}
