/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.internal.plan.PlanProblem;
import dev.upskill.core.internal.plan.PlanSolver;
import dev.upskill.core.internal.plan.PlanSolver.Goal;
import dev.upskill.core.internal.plan.PlanSolver.Outcome;
import dev.upskill.core.internal.plan.PlanSolver.Solution;
import dev.upskill.core.internal.plan.WeeklySchedule;
import dev.upskill.model.Role;

/**
 * Every role ranked by how soon a person can be ready for it: the weeks, hours and cost of its
 * best plan within the weekly hours, the budget and a horizon. Fit says how close a person is;
 * this says how soon.
 * <p>
 * A cheap lower bound first ranks all roles: each missing level must be closed by some resource,
 * and a resource's hours are shared among the missing levels of the role it closes, so the sum
 * over missing levels of the smallest such share bounds any plan's hours from below (a fractional
 * set cover). Exact plans ({@link LearningPlanner}'s solver and schedule) are then made in the
 * order of the bound until the leaders are known: no role not yet planned can beat the last of
 * them. The others are listed with their bound, marked as not exact. The exact plans share a time
 * budget ({@link #EXACT_MILLIS}); when it runs out the rest keep their bounds.
 *
 * @since 0.2.0
 */
public final class RolesWithinReach {

	/**
	 * The time exact plans may take together: past it the remaining roles keep their bounds; up to
	 * twice as long while fewer than the asked number of leaders are within reach.
	 */
	public static final long EXACT_MILLIS = 1500;

	/** Roles whose presolved plan has more candidate resources than this keep their bound. */
	static final int MAX_CANDIDATES = 600;

	/**
	 * One role.
	 *
	 * @param role the role
	 * @param key {@code frameworkId#roleId}
	 * @param fit today's fit score, 0 to 100
	 * @param hours the hours of its best plan (a lower bound when not {@code exact})
	 * @param cost its cost in the request's currency (a lower bound when not exact)
	 * @param weeks the weeks to ready (a lower bound when not exact); -1 when out of reach
	 * @param exact whether the figures come from an exact plan
	 * @param note why a role is out of reach, or empty
	 */
	public record Reach(Role role, String key, double fit, double hours, BigDecimal cost, int weeks, boolean exact, String note) {

		public boolean reachable() {
			return weeks >= 0;
		}
	}

	/**
	 * @param request the profile, resources, weekly hours, budget and currency (its targets are ignored)
	 * @param roles the roles to rank
	 * @param horizonWeeks only plans that finish within this many weeks count; 0 for no horizon
	 * @param leaders how many roles get exact plans at least (the ones soonest to ready)
	 */
	public List<Reach> rank(PlanRequest request, List<Role> roles, int horizonWeeks, int leaders, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Roles within reach", 100);
		if (roles.isEmpty()) {
			return List.of();
		}
		request.targets(roles);
		PlanCompiler compiler = new PlanCompiler(request);
		PlanProblem all = compiler.problem;
		double weekly = request.weeklyHours();
		double budget = request.budget() == null ? Double.POSITIVE_INFINITY : request.budget().doubleValue();
		double capacity = horizonWeeks > 0 ? weekly * horizonWeeks : Double.POSITIVE_INFINITY;
		List<List<PlanProblem.Requirement>> byRole = new ArrayList<>();
		for (int i = 0; i < roles.size(); i++) {
			byRole.add(new ArrayList<>());
		}
		for (PlanProblem.Requirement requirement : all.requirements()) {
			byRole.get(requirement.role()).add(new PlanProblem.Requirement(requirement.skill(), requirement.level(), requirement.weight(),
					requirement.essential(), 0));
		}
		double[] current = new double[all.skillCount()];
		for (int s = 0; s < current.length; s++) {
			current[s] = all.current(s);
		}
		List<Reach> bounds = new ArrayList<>();
		for (int i = 0; i < roles.size(); i++) {
			bounds.add(bound(roles.get(i), byRole.get(i), all, current, compiler, weekly, budget, horizonWeeks));
		}
		progress.worked(10);
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < roles.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing((Integer i) -> !bounds.get(i).reachable()).thenComparingInt(i -> bounds.get(i).weeks())
				.thenComparingDouble(i -> bounds.get(i).hours()));
		List<Reach> result = new ArrayList<>(bounds);
		List<Reach> exact = new ArrayList<>();
		SubMonitor exactProgress = progress.split(90).setWorkRemaining(Math.max(1, leaders));
		// Exact plans share one time budget; past it, the remaining roles keep their bounds.
		long started = System.currentTimeMillis();
		long stop = started + EXACT_MILLIS;
		long perRole = Math.max(100, Math.min(request.timeLimitMillis(), EXACT_MILLIS) / 4);
		for (int at = 0; at < order.size(); at++) {
			int i = order.get(at);
			Reach bound = bounds.get(i);
			if (!bound.reachable()) {
				break;
			}
			// Done when the leaders are known: the k-th soonest exact plan is no later than this role's bound.
			int[] soonest = exact.stream().filter(Reach::reachable).mapToInt(Reach::weeks).sorted().toArray();
			if (soonest.length >= leaders && soonest[leaders - 1] <= bound.weeks()) {
				break;
			}
			if (exactProgress.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (System.currentTimeMillis() > stop && (soonest.length >= leaders || System.currentTimeMillis() > started + 2 * EXACT_MILLIS)) {
				break;
			}
			Reach planned = plan(roles.get(i), byRole.get(i), all, current, compiler, request, budget, capacity, bound.fit(), perRole);
			if (planned == null) {
				// Not planned in time: the role keeps its bound.
				continue;
			}
			result.set(i, planned);
			exact.add(planned);
			exactProgress.worked(1);
		}
		result.sort(Comparator.comparing((Reach r) -> !r.reachable()).thenComparingInt(Reach::weeks)
				.thenComparing(r -> !r.exact()).thenComparingDouble(Reach::hours).thenComparing(Reach::key));
		return result;
	}

	private static Reach bound(Role role, List<PlanProblem.Requirement> requirements, PlanProblem all, double[] current,
			PlanCompiler compiler, double weekly, double budget, int horizonWeeks) {
		String key = SkillKeys.of(role);
		double fit = PlanProblem.fit(requirements, current);
		Map<Integer, Double> missing = new HashMap<>();
		for (PlanProblem.Requirement requirement : requirements) {
			if (requirement.essential() && !PlanProblem.meets(current[requirement.skill()], requirement.level())) {
				missing.merge(requirement.skill(), requirement.level(), Math::max);
			}
		}
		Map<Integer, Integer> closes = new HashMap<>();
		for (Map.Entry<Integer, Double> gap : missing.entrySet()) {
			int[] teachers = all.teachers(gap.getKey(), gap.getValue());
			if (teachers.length == 0) {
				return new Reach(role, key, fit, 0, BigDecimal.ZERO, -1, true, "no resource teaches "
						+ compiler.skills.get(gap.getKey()).getName() + " to level " + LearningPlanner.level(compiler.skills.get(gap.getKey()),
								compiler.requiredLevel.getOrDefault(gap.getKey(), 0)));
			}
			for (int r : teachers) {
				closes.merge(r, 1, Integer::sum);
			}
		}
		double hours = 0;
		double cost = 0;
		for (Map.Entry<Integer, Double> gap : missing.entrySet()) {
			double leastHours = Double.POSITIVE_INFINITY;
			double leastCost = Double.POSITIVE_INFINITY;
			for (int r : all.teachers(gap.getKey(), gap.getValue())) {
				PlanProblem.Resource resource = all.resources().get(r);
				leastHours = Math.min(leastHours, resource.hours() / closes.get(r));
				leastCost = Math.min(leastCost, resource.cost() / closes.get(r));
			}
			hours += leastHours;
			cost += leastCost;
		}
		int weeks = (int) Math.ceil(hours / weekly - 1e-9);
		if (cost > budget + 1e-6) {
			return new Reach(role, key, fit, hours, money(cost), -1, false, "needs at least " + PlanCompiler.money(money(cost))
					+ " " + compiler.rates.currency());
		}
		if (horizonWeeks > 0 && weeks > horizonWeeks) {
			return new Reach(role, key, fit, hours, money(cost), -1, false, "needs at least " + weeks + " weeks");
		}
		return new Reach(role, key, fit, hours, money(cost), weeks, missing.isEmpty(), "");
	}

	private static Reach plan(Role role, List<PlanProblem.Requirement> requirements, PlanProblem all, double[] current,
			PlanCompiler compiler, PlanRequest request, double budget, double capacity, double fit, long timeLimit) {
		String key = SkillKeys.of(role);
		PlanProblem problem = new PlanProblem(current, requirements, all.resources(), 1);
		PlanSolver solver = new PlanSolver(problem, false, budget, capacity, timeLimit);
		int candidates = 0;
		for (boolean candidate : solver.candidates()) {
			candidates += candidate ? 1 : 0;
		}
		if (candidates > MAX_CANDIDATES) {
			// Chains of prerequisites can pull in thousands of resources: too many to plan in this role's share of time.
			return null;
		}
		Solution solution = solver.cover(Goal.HOURS);
		if (solution.outcome() == Outcome.UNKNOWN) {
			return null;
		}
		if (solution.outcome() != Outcome.OPTIMAL && solution.outcome() != Outcome.FEASIBLE) {
			String why = capacity < Double.POSITIVE_INFINITY ? "not within the budget and the horizon" : "not within the budget";
			return new Reach(role, key, fit, 0, BigDecimal.ZERO, -1, true, why);
		}
		WeeklySchedule schedule = new WeeklySchedule(problem, request.weeklyHours(), request.maxParallel(),
				request.recurringHoursPerMonth() * 12 / 52);
		schedule.schedule(solution.chosen(), 1);
		int weeks = schedule.finishWeek(solution.chosen());
		if (capacity < Double.POSITIVE_INFINITY && weeks * request.weeklyHours() > capacity + 1e-6) {
			return new Reach(role, key, fit, solution.objective(), money(solver.total(solution.chosen(), Goal.COST)), -1, true,
					"finishes in week " + weeks + ", after the horizon");
		}
		return new Reach(role, key, fit, solution.objective(), money(solver.total(solution.chosen(), Goal.COST)), weeks, true, "");
	}


	private static BigDecimal money(double amount) {
		return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
	}
}
