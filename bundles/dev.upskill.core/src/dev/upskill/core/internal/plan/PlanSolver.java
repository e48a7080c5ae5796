/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

import org.ojalgo.netio.BasicLogger;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.convex.ConvexSolver;

import dev.upskill.core.internal.plan.PlanProblem.Requirement;
import dev.upskill.core.internal.plan.PlanProblem.Resource;

/**
 * Picks the resources of a plan exactly: a set cover with precedence and knapsack constraints,
 * solved as a mixed-integer programme with ojAlgo after a presolve.
 * <p>
 * <b>Model.</b> One binary {@code x[r]} per candidate resource.
 * <ul>
 * <li>Cover: for each skill with a missing level, {@code sum x[r] >= 1} over the resources that
 * give at least that level.</li>
 * <li>Prerequisites: for each unmet prerequisite (skill, level) of r, {@code x[r] <= sum x[q]} over
 * the other resources q that give the level; for each required resource q, {@code x[r] <= x[q]}.
 * A chosen set must also have an order (no cycle of prerequisites): when the solver's set has
 * none, that exact set is cut off ({@code sum over chosen (1 - x) + sum over others x >= 1}) and
 * the programme is solved again, so the answer stays exact.</li>
 * <li>Money: {@code sum cost[r] x[r] <= budget}; time: {@code sum hours[r] x[r] <= capacity}, the
 * hours available before the deadline.</li>
 * </ul>
 * The objective is the hours (or the cost), with the other as a tie-breaker a million times
 * smaller, and preferred resources winning exact ties.
 * <p>
 * <b>Partial plans.</b> When not every gap can be closed, {@link #bestFit} maximises the mean fit
 * score instead: continuous {@code y[t][r] <= x[r]} with {@code sum_r y[t][r] <= 1} choose which
 * resource raises each requirement, and the essential part of {@code FitFormula} is linear in
 * them. Optional requirements, when planned, enter with the weight they have at today's essential
 * share (exact when essentials are fully met or no optional requirement is planned).
 * <p>
 * Before the programme, {@link Presolve} drops resources that cannot be taken, teach nothing
 * needed, or are dominated; none of these removals can make the optimum worse.
 */
public final class PlanSolver {

	/** What the programme minimises. */
	public enum Goal {
		HOURS, COST
	}

	/** How the solve ended. */
	public enum Outcome {
		/** Proven optimal. */
		OPTIMAL,
		/** Stopped at the time limit with a solution; {@link Solution#gap()} says how far from optimal at most. */
		FEASIBLE,
		/** No selection satisfies the constraints. */
		INFEASIBLE,
		/** Stopped at the time limit with no solution. */
		UNKNOWN
	}

	/**
	 * @param chosen which resources of the problem are picked
	 * @param outcome how the solve ended
	 * @param objective the objective value of the solution (hours, cost, or the mean fit score)
	 * @param gap the proven relative gap: the optimum is at most this fraction better (0 when optimal)
	 * @param candidates the resources left after presolve
	 */
	public record Solution(boolean[] chosen, Outcome outcome, double objective, double gap, int candidates) {
	}

	private static final double TIE = 1e-6;

	/**
	 * A cut for a selection whose {@code stuck} resources wait on each other: in any valid plan
	 * that takes all of them, the first of them to start has a prerequisite that only a resource
	 * outside the selection can give ({@code helpers}). So either one of the stuck resources goes,
	 * or a helper comes: {@code sum over stuck x - sum over helpers x <= |stuck| - 1}.
	 */
	private record Cut(int[] stuck, int[] helpers) {
	}

	static {
		// ojAlgo prints a note about its hardware profiles to standard output unless asked not to;
		// the command line's output must stay clean.
		if (System.getProperty("shut.up.ojAlgo") == null) {
			System.setProperty("shut.up.ojAlgo", "true");
		}

	}

	private final PlanProblem problem;
	private final int n;
	private final boolean optionalToo;
	private final double budget;
	private final double capacity;
	private final long timeLimitMillis;
	private final Presolve presolve;
	/** The presolve of the cover problem, once: callers often ask for the candidates before they solve. */
	private boolean[] coverCandidates;

	/**
	 * @param budget money available, or {@code Double.POSITIVE_INFINITY}
	 * @param capacity hours available before the deadline, or {@code Double.POSITIVE_INFINITY}
	 */
	public PlanSolver(PlanProblem problem, boolean optionalToo, double budget, double capacity, long timeLimitMillis) {
		this.problem = problem;
		this.n = problem.resources().size();
		this.optionalToo = optionalToo;
		this.budget = budget;
		this.capacity = capacity;
		this.timeLimitMillis = timeLimitMillis;
		this.presolve = new Presolve(problem);
	}

	/** The candidates after presolve, for the cover problem (everything missing must be closed). */
	public boolean[] candidates() {
		if (coverCandidates == null) {
			coverCandidates = presolve.candidates(problem.missing(optionalToo), false);
		}
		return coverCandidates.clone();
	}

	/** Which missing skills no usable resource can bring to the missing level; -1 where one can. */
	public double[] unteachable() {
		double[] missing = problem.missing(optionalToo);
		boolean[] usable = presolve.usable();
		double[] result = new double[missing.length];
		Arrays.fill(result, -1);
		for (int s = 0; s < missing.length; s++) {
			if (missing[s] < 0) {
				continue;
			}
			boolean taught = false;
			for (int r : problem.teachers(s, missing[s])) {
				taught |= usable[r];
			}
			if (!taught) {
				result[s] = missing[s];
			}
		}
		return result;
	}

	/** The cheapest (by the goal) selection that closes every missing level. */
	public Solution cover(Goal goal) {
		double[] missing = problem.missing(optionalToo);
		boolean[] candidate = candidates();
		for (int s = 0; s < missing.length; s++) {
			if (missing[s] >= 0 && teachers(candidate, s, missing[s]).isEmpty()) {
				return new Solution(new boolean[n], Outcome.INFEASIBLE, Double.NaN, Double.NaN, count(candidate));
			}
		}
		double[] cost = new double[n];
		for (int r = 0; r < n; r++) {
			Resource resource = problem.resources().get(r);
			double primary = goal == Goal.HOURS ? resource.hours() : resource.cost();
			double secondary = goal == Goal.HOURS ? resource.cost() : resource.hours();
			cost[r] = primary + TIE * secondary + (resource.preferred() ? 0 : TIE * TIE);
		}
		List<Cut> cuts = new ArrayList<>();
		long deadline = System.currentTimeMillis() + timeLimitMillis;
		while (true) {
			ExpressionsBasedModel model = new ExpressionsBasedModel();
			Variable[] x = variables(model, candidate, cost);
			for (int s = 0; s < missing.length; s++) {
				if (missing[s] >= 0) {
					Expression cover = model.newExpression("cover" + s).lower(1);
					for (int r : teachers(candidate, s, missing[s])) {
						cover.set(x[r], 1);
					}
				}
			}
			constrain(model, x, candidate, cuts);
			model.options.time_abort = Math.max(50, deadline - System.currentTimeMillis());
			model.options.time_suffice = model.options.time_abort;
			Optimisation.Result result = solve(model, false);
			Solution solution = solution(result, x, candidate, goal, false);
			if (solution.outcome() == Outcome.INFEASIBLE || solution.outcome() == Outcome.UNKNOWN) {
				return solution;
			}
			if (problem.order(solution.chosen()) != null) {
				if (solution.outcome() == Outcome.FEASIBLE) {
					return withGap(solution, relaxedBound(missing, candidate, cost, cuts, goal));
				}
				return solution;
			}
			cuts.add(cut(solution.chosen()));
			if (System.currentTimeMillis() > deadline) {
				return new Solution(new boolean[n], Outcome.UNKNOWN, Double.NaN, Double.NaN, count(candidate));
			}
		}
	}

	/**
	 * The selection with the highest mean fit score within the budget and the hours; among equal
	 * scores the fewest hours (or lowest cost).
	 */
	public Solution bestFit(Goal goal) {
		double[] missing = problem.missing(optionalToo);
		boolean[] candidate = presolve.candidates(missing, true);
		double totalHours = 1;
		double totalCost = 1;
		for (int r = 0; r < n; r++) {
			if (candidate[r]) {
				totalHours += problem.resources().get(r).hours();
				totalCost += problem.resources().get(r).cost();
			}
		}
		double[] cost = new double[n];
		for (int r = 0; r < n; r++) {
			Resource resource = problem.resources().get(r);
			double primary = goal == Goal.HOURS ? resource.hours() / totalHours : resource.cost() / totalCost;
			cost[r] = -1e-4 * primary;
		}
		List<Cut> cuts = new ArrayList<>();
		long deadline = System.currentTimeMillis() + timeLimitMillis;
		while (true) {
			ExpressionsBasedModel model = new ExpressionsBasedModel();
			Variable[] x = variables(model, candidate, cost);
			fitObjective(model, x, candidate);
			constrain(model, x, candidate, cuts);
			model.options.time_abort = Math.max(50, deadline - System.currentTimeMillis());
			model.options.time_suffice = model.options.time_abort;
			Optimisation.Result result = solve(model, true);
			Solution solution = solution(result, x, candidate, goal, true);
			if (solution.outcome() == Outcome.INFEASIBLE || solution.outcome() == Outcome.UNKNOWN) {
				return solution;
			}
			if (problem.order(solution.chosen()) != null) {
				return solution;
			}
			cuts.add(cut(solution.chosen()));
			if (System.currentTimeMillis() > deadline) {
				return new Solution(new boolean[n], Outcome.UNKNOWN, Double.NaN, Double.NaN, count(candidate));
			}
		}
	}

	private void fitObjective(ExpressionsBasedModel model, Variable[] x, boolean[] candidate) {
		int roles = problem.roles();
		double[] essentialWeight = new double[roles];
		double[] optionalWeight = new double[roles];
		for (Requirement requirement : problem.requirements()) {
			if (requirement.essential()) {
				essentialWeight[requirement.role()] += requirement.weight();
			} else {
				optionalWeight[requirement.role()] += requirement.weight();
			}
		}
		int t = 0;
		for (Requirement requirement : problem.requirements()) {
			t++;
			boolean counted = requirement.essential() || optionalToo;
			double now = PlanProblem.coverage(requirement.level(), problem.current(requirement.skill()));
			if (!counted || now >= 1) {
				continue;
			}
			double share;
			if (requirement.essential()) {
				share = 100.0 / roles * requirement.weight() / essentialWeight[requirement.role()];
			} else {
				share = 100.0 / roles * 0.25 * (1 - problem.essentialShareBefore[requirement.role()]) * requirement.weight()
						/ optionalWeight[requirement.role()];
			}
			Expression one = model.newExpression("one" + t).upper(1);
			for (int r = 0; r < n; r++) {
				if (!candidate[r]) {
					continue;
				}
				double gain = problem.resources().get(r).gain(requirement.skill());
				double raise = PlanProblem.coverage(requirement.level(), gain) - now;
				if (raise > 1e-12) {
					Variable y = model.newVariable("y" + t + "_" + r).lower(0).upper(1).weight(share * raise);
					one.set(y, 1);
					model.newExpression("link" + t + "_" + r).upper(0).set(y, 1).set(x[r], -1);
				}
			}
		}
	}

	private Variable[] variables(ExpressionsBasedModel model, boolean[] candidate, double[] cost) {
		Variable[] x = new Variable[n];
		for (int r = 0; r < n; r++) {
			if (candidate[r]) {
				x[r] = model.newVariable("x" + r).binary().weight(cost[r]);
				if (problem.resources().get(r).fixed()) {
					x[r].lower(1);
				}
			}
		}
		return x;
	}

	private void constrain(ExpressionsBasedModel model, Variable[] x, boolean[] candidate, List<Cut> cuts) {
		for (int r = 0; r < n; r++) {
			if (!candidate[r]) {
				continue;
			}
			Resource resource = problem.resources().get(r);
			for (int p = 0; p < resource.prereqSkill().length; p++) {
				Expression prerequisite = model.newExpression("pre" + r + "_" + p).upper(0).set(x[r], 1);
				for (int q : teachers(candidate, resource.prereqSkill()[p], resource.prereqLevel()[p])) {
					if (q != r) {
						prerequisite.set(x[q], -1);
					}
				}
			}
			for (int q : resource.requiredResources()) {
				model.newExpression("req" + r + "_" + q).upper(0).set(x[r], 1).set(x[q], -1);
			}
		}
		if (Double.isFinite(budget)) {
			Expression money = model.newExpression("budget").upper(budget + 1e-6);
			for (int r = 0; r < n; r++) {
				if (candidate[r]) {
					money.set(x[r], problem.resources().get(r).cost());
				}
			}
		}
		if (Double.isFinite(capacity)) {
			Expression time = model.newExpression("capacity").upper(capacity + 1e-6);
			for (int r = 0; r < n; r++) {
				if (candidate[r]) {
					time.set(x[r], problem.resources().get(r).hours());
				}
			}
		}
		int c = 0;
		for (Cut cut : cuts) {
			Expression cycle = model.newExpression("cut" + c++).upper(cut.stuck().length - 1);
			for (int r : cut.stuck()) {
				cycle.set(x[r], 1);
			}
			for (int q : cut.helpers()) {
				if (candidate[q]) {
					cycle.set(x[q], -1);
				}
			}
		}
	}

	/**
	 * Solves with ojAlgo. Its presolve has been seen (55.2) to call a feasible model infeasible: on
	 * 1 of 4,000 generated instances, against brute force. So a "no solution" is checked by a
	 * second solve without ojAlgo's presolvers (which then reports an infeasible model as failed);
	 * only when both find nothing is the model taken as infeasible.
	 */
	private static Optimisation.Result solve(ExpressionsBasedModel model, boolean maximise) {
		// The integer solver flushes its node log here when a node looks wrong; keep it off standard output.
		// (ojAlgo needs a solver class with an appender: name one that never runs here, so nothing logs progress.)
		model.options.logger_appender = BasicLogger.NULL;
		model.options.logger_solver = ConvexSolver.class;
		Optimisation.Result result = maximise ? model.maximise() : model.minimise();
		if (result.getState() != Optimisation.State.INFEASIBLE) {
			// Feasible, or stopped by the time limit: nothing to check.
			return result;
		}
		synchronized (ExpressionsBasedModel.class) {
			ExpressionsBasedModel.clearPresolvers();
			try {
				Optimisation.Result again = maximise ? model.maximise() : model.minimise();
				return again.getState().isFeasible() ? again : result;
			} finally {
				ExpressionsBasedModel.resetPresolvers();
			}
		}
	}

	private Cut cut(boolean[] chosen) {
		boolean[] stuck = problem.stuck(chosen);
		boolean[] others = chosen.clone();
		for (int r = 0; r < n; r++) {
			others[r] &= !stuck[r];
		}
		double[] levels = problem.levelsAfter(others);
		BitSet helpers = new BitSet(n);
		for (int r = 0; r < n; r++) {
			if (!stuck[r]) {
				continue;
			}
			Resource resource = problem.resources().get(r);
			for (int p = 0; p < resource.prereqSkill().length; p++) {
				if (!PlanProblem.meets(levels[resource.prereqSkill()[p]], resource.prereqLevel()[p])) {
					for (int q : problem.teachers(resource.prereqSkill()[p], resource.prereqLevel()[p])) {
						if (!chosen[q]) {
							helpers.set(q);
						}
					}
				}
			}
		}
		int[] stuckList = IntStream.range(0, n).filter(r -> stuck[r]).toArray();
		return new Cut(stuckList, helpers.stream().toArray());
	}

	private Solution solution(Optimisation.Result result, Variable[] x, boolean[] candidate, Goal goal, boolean fit) {
		Optimisation.State state = result.getState();
		int candidates = count(candidate);
		if (!state.isFeasible()) {
			Outcome outcome = state == Optimisation.State.INFEASIBLE || state == Optimisation.State.UNBOUNDED
					? Outcome.INFEASIBLE : Outcome.UNKNOWN;
			return new Solution(new boolean[n], outcome, Double.NaN, Double.NaN, candidates);
		}
		boolean[] chosen = new boolean[n];
		for (int r = 0; r < n; r++) {
			chosen[r] = x[r] != null && x[r].getValue() != null && x[r].getValue().doubleValue() > 0.5;
		}
		double objective = fit ? problem.fit(problem.levelsAfter(chosen)) : total(chosen, goal);
		return new Solution(chosen, state.isOptimal() ? Outcome.OPTIMAL : Outcome.FEASIBLE, objective, state.isOptimal() ? 0 : Double.NaN,
				candidates);
	}

	private double relaxedBound(double[] missing, boolean[] candidate, double[] cost, List<Cut> cuts, Goal goal) {
		ExpressionsBasedModel model = new ExpressionsBasedModel();
		Variable[] x = variables(model, candidate, cost);
		for (int s = 0; s < missing.length; s++) {
			if (missing[s] >= 0) {
				Expression cover = model.newExpression("cover" + s).lower(1);
				for (int r : teachers(candidate, s, missing[s])) {
					cover.set(x[r], 1);
				}
			}
		}
		constrain(model, x, candidate, cuts);
		model.relax(true);
		Optimisation.Result result = model.minimise();
		if (!result.getState().isFeasible()) {
			return 0;
		}
		double bound = 0;
		for (int r = 0; r < n; r++) {
			if (x[r] != null) {
				Resource resource = problem.resources().get(r);
				bound += x[r].getValue().doubleValue() * (goal == Goal.HOURS ? resource.hours() : resource.cost());
			}
		}
		return bound;
	}

	private static Solution withGap(Solution solution, double bound) {
		double gap = solution.objective() <= 0 ? 0 : Math.max(0, (solution.objective() - bound) / solution.objective());
		return new Solution(solution.chosen(), gap < 1e-9 ? Outcome.OPTIMAL : Outcome.FEASIBLE, solution.objective(), gap,
				solution.candidates());
	}

	/** The total hours or cost of a selection. */
	public double total(boolean[] chosen, Goal goal) {
		double total = 0;
		for (int r = 0; r < n; r++) {
			if (chosen[r]) {
				total += goal == Goal.HOURS ? problem.resources().get(r).hours() : problem.resources().get(r).cost();
			}
		}
		return total;
	}

	private List<Integer> teachers(boolean[] candidate, int skill, double level) {
		List<Integer> teachers = new ArrayList<>();
		for (int r : problem.teachers(skill, level)) {
			if (candidate[r]) {
				teachers.add(r);
			}
		}
		return teachers;
	}

	private static int count(boolean[] flags) {
		int count = 0;
		for (boolean flag : flags) {
			count += flag ? 1 : 0;
		}
		return count;
	}
}
