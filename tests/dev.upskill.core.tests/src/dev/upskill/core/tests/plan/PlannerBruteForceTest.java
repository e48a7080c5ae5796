/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.upskill.core.internal.plan.PlanProblem;
import dev.upskill.core.internal.plan.PlanProblem.Requirement;
import dev.upskill.core.internal.plan.PlanProblem.Resource;
import dev.upskill.core.internal.plan.PlanSolver;
import dev.upskill.core.internal.plan.PlanSolver.Goal;
import dev.upskill.core.internal.plan.PlanSolver.Outcome;
import dev.upskill.core.internal.plan.PlanSolver.Solution;
import dev.upskill.core.internal.plan.WeeklySchedule;

/**
 * The exact planner against brute force: generated instances with at most 16 candidate resources,
 * every subset enumerated and checked by rules written here from the problem's definition (close
 * every missing level, prerequisites met by today's levels or by resources done before, within the
 * budget and the hours). Wherever the planner says optimal, its objective must equal the optimum.
 * {@code -Dupskill.bruteforce.count=N} runs more instances.
 */
class PlannerBruteForceTest {

	private static final int COUNT = Integer.getInteger("upskill.bruteforce.count", 500);

	@Test
	void coverIsOptimalWheneverItSaysSo() {
		Random random = new Random(20261129L);
		int optimal = 0;
		int infeasible = 0;
		int feasibleOnly = 0;
		double largestDeviation = 0;
		for (int instance = 0; instance < COUNT; instance++) {
			PlanProblem problem = generate(random, true);
			boolean optionalToo = random.nextInt(4) == 0;
			double budget = random.nextInt(3) == 0 ? 100 + random.nextInt(400) : Double.POSITIVE_INFINITY;
			double capacity = random.nextInt(3) == 0 ? 20 + random.nextInt(100) : Double.POSITIVE_INFINITY;
			Goal goal = random.nextBoolean() ? Goal.HOURS : Goal.COST;
			Solution solution = new PlanSolver(problem, optionalToo, budget, capacity, 10_000).cover(goal);
			double best = bruteForceCover(problem, optionalToo, budget, capacity, goal);
			String where = "instance " + instance;
			switch (solution.outcome()) {
				case OPTIMAL -> {
					optimal++;
					assertTrue(feasible(problem, solution.chosen(), optionalToo, budget, capacity), where + ": the plan breaks a rule");
					largestDeviation = Math.max(largestDeviation, Math.abs(solution.objective() - best));
					assertEquals(best, solution.objective(), 1e-6, where);
				}
				case INFEASIBLE -> {
					infeasible++;
					assertEquals(Double.POSITIVE_INFINITY, best, where + ": brute force found a plan the solver missed");
				}
				case FEASIBLE -> {
					feasibleOnly++;
					assertTrue(feasible(problem, solution.chosen(), optionalToo, budget, capacity), where);
					assertTrue(solution.objective() >= best - 1e-6, where);
				}
				case UNKNOWN -> throw new AssertionError(where + ": no answer within 10 s on 16 resources");
			}
		}
		System.out.printf("brute force, cover: %d instances, %d optimal, %d infeasible, %d feasible; largest deviation %.3g%n", COUNT,
				optimal, infeasible, feasibleOnly, largestDeviation);
		assertTrue(optimal > COUNT / 3, "too few solvable instances to mean anything: " + optimal);
		assertTrue(infeasible > 0, "no infeasible instance generated");
	}

	@Test
	void partialPlansReachTheHighestFit() {
		Random random = new Random(7L);
		int compared = 0;
		double largestDeviation = 0;
		for (int instance = 0; instance < COUNT; instance++) {
			PlanProblem problem = generate(random, false);
			double budget = 50 + random.nextInt(300);
			double capacity = random.nextBoolean() ? 10 + random.nextInt(60) : Double.POSITIVE_INFINITY;
			Solution solution = new PlanSolver(problem, false, budget, capacity, 10_000).bestFit(Goal.HOURS);
			double best = bruteForceFit(problem, budget, capacity);
			String where = "instance " + instance;
			assertEquals(Outcome.OPTIMAL, solution.outcome(), where);
			assertTrue(feasibleWithin(problem, solution.chosen(), budget, capacity), where + ": the partial plan breaks a limit");
			largestDeviation = Math.max(largestDeviation, Math.abs(solution.objective() - best));
			assertEquals(best, solution.objective(), 1e-6, where);
			compared++;
		}
		System.out.printf("brute force, best fit: %d instances; largest deviation %.3g fit points%n", compared, largestDeviation);
	}

	@Test
	void schedulesKeepPrerequisiteOrderWeeklyHoursAndParallelLimit() {
		Random random = new Random(99L);
		int scheduled = 0;
		for (int instance = 0; instance < COUNT; instance++) {
			PlanProblem problem = generate(random, true);
			Solution solution = new PlanSolver(problem, false, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 10_000).cover(Goal.HOURS);
			if (solution.outcome() != Outcome.OPTIMAL) {
				continue;
			}
			double weekly = 3 + random.nextInt(8);
			int parallel = 1 + random.nextInt(3);
			WeeklySchedule schedule = new WeeklySchedule(problem, weekly, parallel, 1);
			assertTrue(schedule.schedule(solution.chosen(), 1), "instance " + instance);
			boolean[] chosen = solution.chosen();
			int finish = schedule.finishWeek(chosen);
			for (int week = 1; week <= finish; week++) {
				double load = 0;
				int running = 0;
				for (int r = 0; r < chosen.length; r++) {
					if (chosen[r] && schedule.start(r) <= week && week <= schedule.end(r)) {
						Resource resource = problem.resources().get(r);
						load += resource.hours() / (schedule.end(r) - schedule.start(r) + 1);
						running += resource.recurring() ? 0 : 1;
					}
				}
				assertTrue(load <= weekly + 1e-6, "instance " + instance + " week " + week + ": load " + load + " > " + weekly);
				assertTrue(running <= parallel, "instance " + instance + " week " + week + ": " + running + " steps at once");
			}
			// Each step starts after what it needs: its prerequisites are met by steps ended in earlier weeks.
			for (int r = 0; r < chosen.length; r++) {
				if (!chosen[r]) {
					continue;
				}
				boolean[] before = new boolean[chosen.length];
				for (int q = 0; q < chosen.length; q++) {
					before[q] = chosen[q] && schedule.end(q) < schedule.start(r);
				}
				assertTrue(problem.ready(r, problem.levelsAfter(before), before), "instance " + instance + ": step " + r + " starts too early");
			}
			scheduled++;
		}
		assertTrue(scheduled > COUNT / 3);
	}

	@Test
	void prerequisiteCyclesAreCutOffNotScheduled() {
		// r0 teaches A and needs B; r1 teaches B and needs A; r2 teaches A from scratch at a higher price.
		double[] current = { 0, 0 };
		List<Requirement> requirements = List.of(new Requirement(0, 0.6, 1, true, 0), new Requirement(1, 0.6, 1, true, 0));
		List<Resource> resources = List.of(
				resource("r0", 5, 0, new int[] { 0 }, new double[] { 0.6 }, new int[] { 1 }, new double[] { 0.6 }),
				resource("r1", 5, 0, new int[] { 1 }, new double[] { 0.6 }, new int[] { 0 }, new double[] { 0.6 }),
				resource("r2", 30, 0, new int[] { 0 }, new double[] { 0.6 }, new int[0], new double[0]));
		PlanProblem problem = new PlanProblem(current, requirements, resources, 1);
		Solution solution = new PlanSolver(problem, false, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 10_000).cover(Goal.HOURS);
		// {r0, r1} would cost 10 h but neither can start; the optimum is r2 then r1: 35 h.
		assertEquals(Outcome.OPTIMAL, solution.outcome());
		assertEquals(35, solution.objective(), 1e-9);
		assertFalse(solution.chosen()[0]);
		assertNotNull(problem.order(solution.chosen()));
		assertNotEquals(Double.POSITIVE_INFINITY, bruteForceCover(problem, false, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Goal.HOURS));
	}

	// ---- generation and the brute force, written from the definition ----

	private static PlanProblem generate(Random random, boolean withOptional) {
		int skills = 3 + random.nextInt(4);
		double[] current = new double[skills];
		for (int s = 0; s < skills; s++) {
			current[s] = random.nextInt(3) == 0 ? 0.2 * random.nextInt(3) : 0;
		}
		List<Requirement> requirements = new ArrayList<>();
		int roles = 1 + random.nextInt(2);
		for (int role = 0; role < roles; role++) {
			for (int s = 0; s < skills; s++) {
				if (random.nextInt(3) != 0) {
					boolean essential = !withOptional || random.nextInt(4) != 0;
					requirements.add(new Requirement(s, 0.2 * (1 + random.nextInt(5)), 1 + random.nextInt(3), essential, role));
				}
			}
		}
		int count = 4 + random.nextInt(13);
		List<Resource> resources = new ArrayList<>();
		for (int r = 0; r < count; r++) {
			int gains = 1 + random.nextInt(3);
			int[] gainSkill = new int[gains];
			double[] gainLevel = new double[gains];
			for (int g = 0; g < gains; g++) {
				gainSkill[g] = random.nextInt(skills);
				gainLevel[g] = 0.2 * (1 + random.nextInt(5));
			}
			int prerequisites = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
			int[] prereqSkill = new int[prerequisites];
			double[] prereqLevel = new double[prerequisites];
			for (int p = 0; p < prerequisites; p++) {
				prereqSkill[p] = random.nextInt(skills);
				prereqLevel[p] = 0.2 * (1 + random.nextInt(3));
			}
			int[] required = r > 0 && random.nextInt(8) == 0 ? new int[] { random.nextInt(r) } : new int[0];
			// Costs and hours with ties now and then, so tie-breaking is exercised.
			double hours = 5 * (1 + random.nextInt(12));
			double cost = random.nextInt(3) == 0 ? 0 : 25 * random.nextInt(12);
			resources.add(new Resource("r" + r, hours, cost, random.nextInt(10) == 0, random.nextInt(10) == 0, false, gainSkill, gainLevel,
					prereqSkill, prereqLevel, required));
		}
		// Prerequisites already met today are not prerequisites (the compiler drops them the same way).
		List<Resource> unmet = new ArrayList<>();
		for (Resource resource : resources) {
			List<Integer> skill = new ArrayList<>();
			List<Double> level = new ArrayList<>();
			for (int p = 0; p < resource.prereqSkill().length; p++) {
				if (current[resource.prereqSkill()[p]] + 1e-9 < resource.prereqLevel()[p]) {
					skill.add(resource.prereqSkill()[p]);
					level.add(resource.prereqLevel()[p]);
				}
			}
			unmet.add(new Resource(resource.key(), resource.hours(), resource.cost(), resource.recurring(), resource.preferred(), false,
					resource.gainSkill(), resource.gainLevel(), skill.stream().mapToInt(Integer::intValue).toArray(),
					level.stream().mapToDouble(Double::doubleValue).toArray(), resource.requiredResources()));
		}
		return new PlanProblem(current, requirements, unmet, roles);
	}

	private static Resource resource(String key, double hours, double cost, int[] gainSkill, double[] gainLevel, int[] prereqSkill,
			double[] prereqLevel) {
		return new Resource(key, hours, cost, false, false, false, gainSkill, gainLevel, prereqSkill, prereqLevel, new int[0]);
	}

	/** The least objective over every subset that is a valid plan; infinity when there is none. */
	private static double bruteForceCover(PlanProblem problem, boolean optionalToo, double budget, double capacity, Goal goal) {
		int n = problem.resources().size();
		double best = Double.POSITIVE_INFINITY;
		for (int mask = 0; mask < 1 << n; mask++) {
			boolean[] chosen = chosen(mask, n);
			if (feasible(problem, chosen, optionalToo, budget, capacity)) {
				best = Math.min(best, total(problem, chosen, goal));
			}
		}
		return best;
	}

	/** The highest mean fit over every subset within the budget and the hours that can be ordered. */
	private static double bruteForceFit(PlanProblem problem, double budget, double capacity) {
		int n = problem.resources().size();
		double best = Double.NEGATIVE_INFINITY;
		for (int mask = 0; mask < 1 << n; mask++) {
			boolean[] chosen = chosen(mask, n);
			if (feasibleWithin(problem, chosen, budget, capacity)) {
				best = Math.max(best, fit(problem, chosen));
			}
		}
		return best;
	}

	private static boolean feasible(PlanProblem problem, boolean[] chosen, boolean optionalToo, double budget, double capacity) {
		return feasibleWithin(problem, chosen, budget, capacity) && closesAll(problem, chosen, optionalToo);
	}

	private static boolean feasibleWithin(PlanProblem problem, boolean[] chosen, double budget, double capacity) {
		return total(problem, chosen, Goal.COST) <= budget + 1e-6 && total(problem, chosen, Goal.HOURS) <= capacity + 1e-6
				&& orderable(problem, chosen);
	}

	/** Whether the chosen resources can be done one after another, each when its prerequisites are met. */
	private static boolean orderable(PlanProblem problem, boolean[] chosen) {
		int n = chosen.length;
		double[] levels = new double[problem.skillCount()];
		for (int s = 0; s < levels.length; s++) {
			levels[s] = problem.current(s);
		}
		boolean[] done = new boolean[n];
		int remaining = 0;
		for (boolean c : chosen) {
			remaining += c ? 1 : 0;
		}
		boolean progress = true;
		while (remaining > 0 && progress) {
			progress = false;
			for (int r = 0; r < n; r++) {
				if (!chosen[r] || done[r]) {
					continue;
				}
				Resource resource = problem.resources().get(r);
				boolean ready = true;
				for (int p = 0; p < resource.prereqSkill().length; p++) {
					ready &= levels[resource.prereqSkill()[p]] + 1e-9 >= resource.prereqLevel()[p];
				}
				for (int q : resource.requiredResources()) {
					ready &= done[q];
				}
				if (ready) {
					done[r] = true;
					remaining--;
					progress = true;
					for (int g = 0; g < resource.gainSkill().length; g++) {
						levels[resource.gainSkill()[g]] = Math.max(levels[resource.gainSkill()[g]], resource.gainLevel()[g]);
					}
				}
			}
		}
		return remaining == 0;
	}

	private static boolean closesAll(PlanProblem problem, boolean[] chosen, boolean optionalToo) {
		double[] levels = levels(problem, chosen);
		for (Requirement requirement : problem.requirements()) {
			if ((requirement.essential() || optionalToo) && levels[requirement.skill()] + 1e-9 < requirement.level()) {
				return false;
			}
		}
		return true;
	}

	private static double[] levels(PlanProblem problem, boolean[] chosen) {
		double[] levels = new double[problem.skillCount()];
		for (int s = 0; s < levels.length; s++) {
			levels[s] = problem.current(s);
		}
		for (int r = 0; r < chosen.length; r++) {
			if (chosen[r]) {
				Resource resource = problem.resources().get(r);
				for (int g = 0; g < resource.gainSkill().length; g++) {
					levels[resource.gainSkill()[g]] = Math.max(levels[resource.gainSkill()[g]], resource.gainLevel()[g]);
				}
			}
		}
		return levels;
	}

	/** The mean over roles of the documented fit formula, written out again here. */
	private static double fit(PlanProblem problem, boolean[] chosen) {
		double[] levels = levels(problem, chosen);
		double sum = 0;
		for (int role = 0; role < problem.roles(); role++) {
			double ec = 0, ew = 0, oc = 0, ow = 0;
			for (Requirement requirement : problem.requirements()) {
				if (requirement.role() != role) {
					continue;
				}
				double coverage = requirement.level() <= 0 ? 1 : Math.min(1, levels[requirement.skill()] / requirement.level());
				if (requirement.essential()) {
					ec += requirement.weight() * coverage;
					ew += requirement.weight();
				} else {
					oc += requirement.weight() * coverage;
					ow += requirement.weight();
				}
			}
			double optional = ow > 0 ? oc / ow : 0;
			sum += ew <= 0 ? (ow > 0 ? 100 * optional : 100) : 100 * (ec / ew + (1 - ec / ew) * 0.25 * optional);
		}
		return sum / problem.roles();
	}

	private static double total(PlanProblem problem, boolean[] chosen, Goal goal) {
		double total = 0;
		for (int r = 0; r < chosen.length; r++) {
			if (chosen[r]) {
				total += goal == Goal.HOURS ? problem.resources().get(r).hours() : problem.resources().get(r).cost();
			}
		}
		return total;
	}

	private static boolean[] chosen(int mask, int n) {
		boolean[] chosen = new boolean[n];
		for (int r = 0; r < n; r++) {
			chosen[r] = (mask & 1 << r) != 0;
		}
		return chosen;
	}
}
