/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.upskill.core.internal.plan.PlanProblem.Resource;
import dev.upskill.core.internal.plan.PlanSolver.Goal;

/**
 * The baseline that the exact planner is measured against, and its fallback when the solver finds
 * nothing within the time limit: repeatedly take the resource, with the cheapest chain of
 * prerequisites it needs, that closes the most missing levels per hour (or per unit of money).
 * It ignores the budget and the deadline; the caller checks them.
 */
public final class GreedyPlanner {

	private final PlanProblem problem;
	private final Goal goal;

	public GreedyPlanner(PlanProblem problem, Goal goal) {
		this.problem = problem;
		this.goal = goal;
	}

	/** A selection that closes every missing level, or null when the greedy finds none. */
	public boolean[] plan(boolean optionalToo) {
		int n = problem.resources().size();
		boolean[] chosen = new boolean[n];
		for (int r = 0; r < n; r++) {
			chosen[r] = problem.resources().get(r).fixed();
		}
		double[] missing = problem.missing(optionalToo);
		while (true) {
			double[] levels = problem.levelsAfter(chosen);
			boolean open = false;
			for (int s = 0; s < missing.length; s++) {
				open |= missing[s] >= 0 && !PlanProblem.meets(levels[s], missing[s]);
			}
			if (!open) {
				return chosen;
			}
			List<Integer> best = null;
			double bestRatio = Double.POSITIVE_INFINITY;
			BitSet closers = new BitSet(n);
			for (int s = 0; s < missing.length; s++) {
				if (missing[s] >= 0 && !PlanProblem.meets(levels[s], missing[s])) {
					for (int r : problem.teachers(s, missing[s])) {
						closers.set(r);
					}
				}
			}
			for (int r = closers.nextSetBit(0); r >= 0; r = closers.nextSetBit(r + 1)) {
				if (chosen[r]) {
					continue;
				}
				int closes = 0;
				Resource resource = problem.resources().get(r);
				for (int g = 0; g < resource.gainSkill().length; g++) {
					int s = resource.gainSkill()[g];
					if (missing[s] >= 0 && !PlanProblem.meets(levels[s], missing[s]) && PlanProblem.meets(resource.gainLevel()[g], missing[s])) {
						closes++;
					}
				}
				if (closes == 0) {
					continue;
				}
				List<Integer> chain = new ArrayList<>();
				if (!chain(r, chosen.clone(), levels.clone(), chain, 0)) {
					continue;
				}
				double price = 0;
				for (int q : chain) {
					price += weight(q);
				}
				double ratio = price / closes;
				if (ratio < bestRatio) {
					bestRatio = ratio;
					best = chain;
				}
			}
			if (best == null) {
				return null;
			}
			for (int q : best) {
				chosen[q] = true;
			}
		}
	}

	private double weight(int r) {
		Resource resource = problem.resources().get(r);
		return goal == Goal.HOURS ? resource.hours() + 1e-6 * resource.cost() : resource.cost() + 1e-6 * resource.hours();
	}

	/** Adds r and, first, the cheapest resources that meet its unmet prerequisites; false when none can. */
	private boolean chain(int r, boolean[] chosen, double[] levels, List<Integer> chain, int depth) {
		if (depth > 12) {
			return false;
		}
		Resource resource = problem.resources().get(r);
		chosen[r] = true;
		for (int q : resource.requiredResources()) {
			if (!chosen[q] && !chain(q, chosen, levels, chain, depth + 1)) {
				return false;
			}
		}
		for (int p = 0; p < resource.prereqSkill().length; p++) {
			int s = resource.prereqSkill()[p];
			double level = resource.prereqLevel()[p];
			if (PlanProblem.meets(levels[s], level)) {
				continue;
			}
			int provider = -1;
			for (int q : problem.teachers(s, level)) {
				if (!chosen[q] && (provider < 0 || weight(q) < weight(provider))) {
					provider = q;
				}
			}
			if (provider < 0 || !chain(provider, chosen, levels, chain, depth + 1)) {
				return false;
			}
		}
		chain.add(r);
		for (int g = 0; g < resource.gainSkill().length; g++) {
			levels[resource.gainSkill()[g]] = Math.max(levels[resource.gainSkill()[g]], resource.gainLevel()[g]);
		}
		return true;
	}
}
