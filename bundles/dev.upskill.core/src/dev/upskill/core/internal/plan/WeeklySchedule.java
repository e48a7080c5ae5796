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
 * hours of its start week allow (held over its weeks), once at least a fair share of the week
 * ({@code weeklyHours / maxParallel}, or the step's hours if fewer) is free.</li>
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

	public WeeklySchedule(PlanProblem problem, double weeklyHours, int maxParallel, double recurringWeeklyHours) {
		this.problem = problem;
		this.weeklyHours = weeklyHours;
		this.maxParallel = Math.max(1, maxParallel);
		this.recurringWeeklyHours = Math.max(0.1, Math.min(recurringWeeklyHours, weeklyHours));
		this.start = new int[problem.resources().size()];
		this.end = new int[problem.resources().size()];
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
		List<Integer> waiting = new ArrayList<>();
		for (int r = 0; r < n; r++) {
			if (chosen[r] && start[r] == 0) {
				waiting.add(r);
			}
		}
		// Recurring steps first: they take a few hours a week alongside, not what the others leave.
		waiting.sort(Comparator.comparing((Integer r) -> !problem.resources().get(r).recurring()).thenComparingInt(r -> -depth[r])
				.thenComparing(r -> -problem.resources().get(r).hours()).thenComparing(r -> r));
		// A step starts only when a fair share of the week is free: started on the few hours another
		// step leaves, it would hold that pace over its weeks (40 h at 0.3 h a week: 120 weeks).
		double fairShare = weeklyHours / maxParallel;
		for (int week = firstWeek; !waiting.isEmpty(); week++) {
			if (week > MAX_WEEKS) {
				return false;
			}
			double[] levels = levelsBefore(week, chosen);
			boolean[] done = doneBefore(week, chosen);
			for (var it = waiting.iterator(); it.hasNext();) {
				int r = it.next();
				Resource resource = problem.resources().get(r);
				if (!problem.ready(r, levels, done)) {
					continue;
				}
				double free = weeklyHours - load[week];
				if (resource.recurring()) {
					double pace = Math.min(recurringWeeklyHours, free);
					if (pace < 0.05 && resource.hours() > 0) {
						continue;
					}
					place(r, week, pace);
					it.remove();
				} else if (running(week, chosen) < maxParallel && (free > 0.05 && free >= Math.min(resource.hours(), fairShare) - 1e-9
						|| resource.hours() <= 0)) {
					place(r, week, free);
					it.remove();
				}
			}
			if (!waiting.isEmpty() && nothingAfter(week, chosen)) {
				return false;
			}
		}
		return true;
	}

	/** Whether no scheduled step ends at or after the week, so nothing new can become ready. */
	private boolean nothingAfter(int week, boolean[] chosen) {
		for (int r = 0; r < start.length; r++) {
			if (chosen[r] && start[r] > 0 && end[r] >= week) {
				return false;
			}
		}
		return true;
	}

	private void place(int r, int week, double pace) {
		double hours = problem.resources().get(r).hours();
		if (hours <= 0) {
			start[r] = week;
			end[r] = week;
			return;
		}
		// The pace is held over the step's weeks: lower it to the least free capacity of those weeks.
		int weeks = (int) Math.ceil(hours / pace - 1e-9);
		for (int i = 0; i < 50; i++) {
			double least = pace;
			for (int w = week; w < week + weeks && w <= MAX_WEEKS; w++) {
				least = Math.min(least, weeklyHours - load[w]);
			}
			if (least >= hours / weeks - 1e-9) {
				break;
			}
			pace = Math.max(least, 0.05);
			weeks = (int) Math.ceil(hours / pace - 1e-9);
		}
		start[r] = week;
		end[r] = Math.min(MAX_WEEKS, week + weeks - 1);
		reserve(start[r], end[r], hours);
	}

	private void reserve(int from, int to, double hours) {
		double pace = hours / (to - from + 1);
		for (int w = Math.max(1, from); w <= to && w <= MAX_WEEKS; w++) {
			load[w] += pace;
		}
	}

	private int running(int week, boolean[] chosen) {
		int running = 0;
		for (int r = 0; r < start.length; r++) {
			if (chosen[r] && start[r] > 0 && start[r] <= week && end[r] >= week && !problem.resources().get(r).recurring()) {
				running++;
			}
		}
		return running;
	}

	private double[] levelsBefore(int week, boolean[] chosen) {
		boolean[] done = doneBefore(week, chosen);
		return problem.levelsAfter(done);
	}

	private boolean[] doneBefore(int week, boolean[] chosen) {
		boolean[] done = new boolean[start.length];
		for (int r = 0; r < start.length; r++) {
			done[r] = chosen[r] && start[r] > 0 && end[r] < week;
		}
		return done;
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

	/** The load of a week: the sum of the paces of the steps running then. */
	public double load(int week) {
		return week < 1 || week > MAX_WEEKS ? 0 : load[week];
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
