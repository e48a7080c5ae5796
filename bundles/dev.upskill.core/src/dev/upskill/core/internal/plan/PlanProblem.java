/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.upskill.core.gap.FitFormula;

/**
 * A planning problem in numbers only, with no model objects: skills with current levels, the
 * requirements to meet, and candidate resources with their hours, cost, gains and prerequisites.
 * Levels are normalised (0 to 1, as {@code Normalized}), money is in the plan's currency.
 * <p>
 * A resource's prerequisites here are only those the person does not meet today: a skill level
 * that some earlier step must give, and other resources that must be done first.
 */
public final class PlanProblem {

	/** A requirement of a target role on one skill. */
	public record Requirement(int skill, double level, double weight, boolean essential, int role) {
	}

	/** A candidate learning resource. */
	public record Resource(String key, double hours, double cost, boolean recurring, boolean preferred, boolean fixed,
			int[] gainSkill, double[] gainLevel, int[] prereqSkill, double[] prereqLevel, int[] requiredResources) {

		/** The level this resource gives the skill, or -1 when it does not teach it. */
		public double gain(int skill) {
			double best = -1;
			for (int i = 0; i < gainSkill.length; i++) {
				if (gainSkill[i] == skill && gainLevel[i] > best) {
					best = gainLevel[i];
				}
			}
			return best;
		}
	}

	final double[] current;
	final List<Requirement> requirements;
	final List<Resource> resources;
	final int roles;
	/** Per role: the fit score's essential share before any learning, 0 to 1. */
	final double[] essentialShareBefore;
	/** Per skill, the resources that teach it. */
	private final int[][] teachers;

	public PlanProblem(double[] current, List<Requirement> requirements, List<Resource> resources, int roles) {
		this.current = current.clone();
		this.requirements = List.copyOf(requirements);
		this.resources = List.copyOf(resources);
		this.roles = Math.max(1, roles);
		this.essentialShareBefore = new double[this.roles];
		double[] weight = new double[this.roles];
		for (Requirement r : requirements) {
			if (r.essential()) {
				essentialShareBefore[r.role()] += r.weight() * coverage(r.level(), current[r.skill()]);
				weight[r.role()] += r.weight();
			}
		}
		for (int i = 0; i < this.roles; i++) {
			essentialShareBefore[i] = weight[i] > 0 ? essentialShareBefore[i] / weight[i] : 1;
		}
		List<List<Integer>> bySkill = new ArrayList<>();
		for (int i = 0; i < current.length; i++) {
			bySkill.add(new ArrayList<>());
		}
		for (int r = 0; r < this.resources.size(); r++) {
			for (int skill : this.resources.get(r).gainSkill()) {
				List<Integer> list = bySkill.get(skill);
				if (list.isEmpty() || list.get(list.size() - 1) != r) {
					list.add(r);
				}
			}
		}
		teachers = new int[current.length][];
		for (int i = 0; i < current.length; i++) {
			teachers[i] = bySkill.get(i).stream().mapToInt(Integer::intValue).toArray();
		}
	}

	/** The resources that teach the skill to at least the level. */
	public int[] teachers(int skill, double level) {
		return Arrays.stream(teachers[skill]).filter(r -> meets(resources.get(r).gain(skill), level)).toArray();
	}

	public int skillCount() {
		return current.length;
	}

	public double current(int skill) {
		return current[skill];
	}

	public List<Requirement> requirements() {
		return requirements;
	}

	public List<Resource> resources() {
		return resources;
	}

	public int roles() {
		return roles;
	}

	static double coverage(double required, double current) {
		return FitFormula.coverage(required, current);
	}

	/** Whether the level meets the required one (with a tolerance for rounding of normalised levels). */
	public static boolean meets(double level, double required) {
		return level + 1e-9 >= required;
	}

	/**
	 * For each skill, the highest level a requirement asks that the person does not have today; -1
	 * where nothing is missing.
	 */
	public double[] missing(boolean optionalToo) {
		double[] missing = new double[current.length];
		Arrays.fill(missing, -1);
		for (Requirement r : requirements) {
			if ((r.essential() || optionalToo) && !meets(current[r.skill()], r.level())) {
				missing[r.skill()] = Math.max(missing[r.skill()], r.level());
			}
		}
		return missing;
	}

	/** Levels after the given resources are done: the highest of today's level and each gain. */
	public double[] levelsAfter(boolean[] chosen) {
		double[] levels = current.clone();
		for (int r = 0; r < resources.size(); r++) {
			if (chosen[r]) {
				Resource resource = resources.get(r);
				for (int g = 0; g < resource.gainSkill().length; g++) {
					levels[resource.gainSkill()[g]] = Math.max(levels[resource.gainSkill()[g]], resource.gainLevel()[g]);
				}
			}
		}
		return levels;
	}

	/**
	 * An order in which the chosen resources can be done so that each one's prerequisites are met by
	 * today's levels or by resources earlier in the order; null when there is none (a cycle).
	 */
	public List<Integer> order(boolean[] chosen) {
		List<Integer> order = new ArrayList<>();
		boolean[] done = closure(chosen, order);
		for (int r = 0; r < resources.size(); r++) {
			if (chosen[r] && !done[r]) {
				return null;
			}
		}
		return order;
	}

	/**
	 * The chosen resources that can never start because their prerequisites wait on each other (a
	 * cycle), after everything else chosen is done; empty when the selection can be ordered.
	 */
	public boolean[] stuck(boolean[] chosen) {
		boolean[] done = closure(chosen, new ArrayList<>());
		boolean[] stuck = new boolean[resources.size()];
		for (int r = 0; r < stuck.length; r++) {
			stuck[r] = chosen[r] && !done[r];
		}
		return stuck;
	}

	/** Does the chosen resources in every order their prerequisites allow; returns which were done, adding them to {@code order}. */
	private boolean[] closure(boolean[] chosen, List<Integer> order) {
		double[] levels = current.clone();
		boolean[] done = new boolean[resources.size()];
		boolean progress = true;
		while (progress) {
			progress = false;
			for (int r = 0; r < resources.size(); r++) {
				if (chosen[r] && !done[r] && ready(r, levels, done)) {
					done[r] = true;
					order.add(r);
					Resource resource = resources.get(r);
					for (int g = 0; g < resource.gainSkill().length; g++) {
						levels[resource.gainSkill()[g]] = Math.max(levels[resource.gainSkill()[g]], resource.gainLevel()[g]);
					}
					progress = true;
				}
			}
		}
		return done;
	}

	/** Whether resource r can start given the levels reached and the resources done. */
	public boolean ready(int r, double[] levels, boolean[] done) {
		Resource resource = resources.get(r);
		for (int p = 0; p < resource.prereqSkill().length; p++) {
			if (!meets(levels[resource.prereqSkill()[p]], resource.prereqLevel()[p])) {
				return false;
			}
		}
		for (int q : resource.requiredResources()) {
			if (!done[q]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The mean over target roles of the fit score ({@code FitFormula}) for the given levels, 0 to 100.
	 */
	public double fit(double[] levels) {
		double sum = 0;
		for (int role = 0; role < roles; role++) {
			int at = role;
			sum += fit(requirements.stream().filter(r -> r.role() == at).toList(), levels);
		}
		return sum / roles;
	}

	/** The fit score ({@code FitFormula}) of one role's requirements for the given levels, 0 to 100. */
	public static double fit(List<Requirement> requirements, double[] levels) {
		int n = requirements.size();
		double[] required = new double[n];
		double[] weight = new double[n];
		boolean[] essential = new boolean[n];
		int[] skill = new int[n];
		for (int i = 0; i < n; i++) {
			required[i] = requirements.get(i).level();
			weight[i] = requirements.get(i).weight();
			essential[i] = requirements.get(i).essential();
			skill[i] = requirements.get(i).skill();
		}
		double[] result = new double[2];
		FitFormula.score(required, weight, essential, skill, levels, 0, n, result);
		return result[0];
	}

}
