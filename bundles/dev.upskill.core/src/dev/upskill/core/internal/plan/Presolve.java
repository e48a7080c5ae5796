/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.plan;

import java.util.Arrays;

import dev.upskill.core.internal.plan.PlanProblem.Resource;

/**
 * Shrinks a planning problem before the solver sees it, without changing its optimum: resources
 * whose prerequisites no candidate can meet go (to a fixpoint); then resources that teach nothing
 * needed (gaps and the prerequisites of useful resources, to a fixpoint); then dominated
 * resources: r goes when another resource q teaches every needed skill of r at least as far,
 * costs no more, takes no longer, asks no more, and is no less preferred (ties keep the first).
 */
final class Presolve {

	private final PlanProblem problem;
	private final int n;

	Presolve(PlanProblem problem) {
		this.problem = problem;
		this.n = problem.resources().size();
	}

	/** Resources whose prerequisites some other usable resource can meet, to a fixpoint. */
	boolean[] usable() {
		boolean[] usable = new boolean[n];
		Arrays.fill(usable, true);
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int r = 0; r < n; r++) {
				if (usable[r] && !prerequisitesPossible(r, usable)) {
					usable[r] = false;
					changed = true;
				}
			}
		}
		return usable;
	}

	private boolean prerequisitesPossible(int r, boolean[] usable) {
		Resource resource = problem.resources().get(r);
		for (int q : resource.requiredResources()) {
			if (!usable[q]) {
				return false;
			}
		}
		for (int p = 0; p < resource.prereqSkill().length; p++) {
			boolean met = false;
			for (int q : problem.teachers(resource.prereqSkill()[p], resource.prereqLevel()[p])) {
				met |= q != r && usable[q];
			}
			if (!met) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The candidates: usable, useful (for the cover, a gain reaching a needed level; for the best
	 * fit, any raise of a requirement's skill) and not dominated.
	 */
	boolean[] candidates(double[] missing, boolean anyRaise) {
		boolean[] usable = usable();
		// Per skill, the lowest level something needs (a gap or a useful resource's prerequisite):
		// a resource reaching it is useful.
		double[] lowest = new double[missing.length];
		for (int s = 0; s < missing.length; s++) {
			lowest[s] = missing[s] >= 0 ? missing[s] : Double.POSITIVE_INFINITY;
		}
		boolean[] useful = new boolean[n];
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int r = 0; r < n; r++) {
				if (!usable[r] || useful[r]) {
					continue;
				}
				Resource resource = problem.resources().get(r);
				boolean use = resource.fixed();
				for (int g = 0; g < resource.gainSkill().length && !use; g++) {
					int s = resource.gainSkill()[g];
					double level = resource.gainLevel()[g];
					use = PlanProblem.meets(level, lowest[s]) || anyRaise && missing[s] >= 0 && level > problem.current(s) + 1e-9;
				}
				if (use) {
					changed = true;
					markUseful(r, useful, lowest);
				}
			}
		}
		double[] needed = new double[missing.length];
		for (int s = 0; s < missing.length; s++) {
			needed[s] = Double.isInfinite(lowest[s]) ? -1 : lowest[s];
		}
		// Dominance compares gains on every skill that something needs.
		boolean[] neededSkill = new boolean[missing.length];
		for (int s = 0; s < missing.length; s++) {
			neededSkill[s] = needed[s] >= 0;
		}
		boolean[] requiredByOthers = new boolean[n];
		for (int r = 0; r < n; r++) {
			if (useful[r]) {
				for (int q : problem.resources().get(r).requiredResources()) {
					requiredByOthers[q] = true;
				}
			}
		}
		boolean[] candidate = useful.clone();
		for (int r = 0; r < n; r++) {
			if (!candidate[r] || requiredByOthers[r] || problem.resources().get(r).fixed()) {
				continue;
			}
			Resource resource = problem.resources().get(r);
			int first = -1;
			for (int g = 0; g < resource.gainSkill().length && first < 0; g++) {
				first = neededSkill[resource.gainSkill()[g]] ? g : -1;
			}
			if (first < 0) {
				continue;
			}
			for (int q : problem.teachers(resource.gainSkill()[first], resource.gainLevel()[first])) {
				if (q != r && candidate[q] && dominates(q, r, neededSkill)) {
					candidate[r] = false;
					break;
				}
			}
		}
		return candidate;
	}

	/** Marks r useful, with what it needs: its prerequisite levels and, recursively, its required resources. */
	private void markUseful(int r, boolean[] useful, double[] lowest) {
		if (useful[r]) {
			return;
		}
		useful[r] = true;
		Resource resource = problem.resources().get(r);
		for (int p = 0; p < resource.prereqSkill().length; p++) {
			int s = resource.prereqSkill()[p];
			lowest[s] = Math.min(lowest[s], resource.prereqLevel()[p]);
		}
		for (int q : resource.requiredResources()) {
			markUseful(q, useful, lowest);
		}
	}

	/** Whether q is at least as good as r in every respect (and, when equal, comes first). */
	private boolean dominates(int q, int r, boolean[] neededSkill) {
		Resource a = problem.resources().get(q);
		Resource b = problem.resources().get(r);
		if (a.cost() > b.cost() || a.hours() > b.hours() || a.recurring() != b.recurring() || b.preferred() && !a.preferred()) {
			return false;
		}
		boolean strictly = a.cost() < b.cost() || a.hours() < b.hours() || a.preferred() && !b.preferred();
		for (int g = 0; g < b.gainSkill().length; g++) {
			int s = b.gainSkill()[g];
			if (neededSkill[s]) {
				double other = a.gain(s);
				if (other + 1e-12 < b.gainLevel()[g]) {
					return false;
				}
				strictly |= other > b.gainLevel()[g] + 1e-12;
			}
		}
		for (int g = 0; g < a.gainSkill().length; g++) {
			strictly |= neededSkill[a.gainSkill()[g]] && b.gain(a.gainSkill()[g]) < a.gainLevel()[g] - 1e-12;
		}
		for (int p = 0; p < a.prereqSkill().length; p++) {
			boolean implied = false;
			for (int o = 0; o < b.prereqSkill().length && !implied; o++) {
				implied = b.prereqSkill()[o] == a.prereqSkill()[p] && b.prereqLevel()[o] + 1e-12 >= a.prereqLevel()[p];
			}
			if (!implied) {
				return false;
			}
		}
		for (int required : a.requiredResources()) {
			if (Arrays.stream(b.requiredResources()).noneMatch(o -> o == required)) {
				return false;
			}
		}
		strictly |= a.prereqSkill().length < b.prereqSkill().length || a.requiredResources().length < b.requiredResources().length;
		return strictly || q < r;
	}
}
