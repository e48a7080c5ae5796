/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.internal.plan.GreedyPlanner;
import dev.upskill.core.internal.plan.PlanProblem;
import dev.upskill.core.internal.plan.PlanSolver.Goal;
import dev.upskill.core.internal.plan.PlanSolver.Outcome;
import dev.upskill.core.internal.plan.PlanSolver.Solution;
import dev.upskill.core.internal.plan.PlanSolver;
import dev.upskill.core.internal.plan.WeeklySchedule;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanObjective;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.StepStatus;
import dev.upskill.model.validation.Scales;

/**
 * Plans learning: the set of resources that closes a profile's gaps to its target roles at the
 * fewest hours (or lowest cost), within the weekly hours, the budget and the deadline, in an
 * order that respects prerequisites; or, when that is impossible, says exactly why and gives the
 * plan with the highest fit score that the limits allow.
 * <p>
 * The selection is exact (see {@code PlanSolver}: presolve, then a mixed-integer programme); the
 * schedule puts it into weeks ({@code WeeklySchedule}). <em>Earliest finish</em> minimises hours:
 * with a fixed number of hours a week, the finish follows the total hours, and the schedule then
 * packs the weeks as tightly as prerequisites and the parallel limit allow.
 * <p>
 * No UI; call it from a Job. Safe to use from any thread; one call per request.
 *
 * @since 0.2.0
 */
public final class LearningPlanner {

	/**
	 * What closing the profile's gaps to one role takes, for the gap analysis: the fewest-hours plan
	 * at the profile's weekly hours, with no budget limit (so that it says what the gaps cost).
	 */
	public PlanResult estimate(Profile profile, Role role, Collection<LearningResource> resources,
			IProgressMonitor monitor) {
		PlanRequest request = new PlanRequest(profile, resources).targets(List.of(role)).budget(null).timeLimitMillis(1000);
		return plan(request, monitor);
	}

	/** Plans; {@code monitor} may be null. @throws IllegalArgumentException for input it cannot plan with, in words */
	public PlanResult plan(PlanRequest request, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Planning", 4);
		if (request.weeklyHours() <= 0) {
			throw new IllegalArgumentException("the weekly hours must be more than 0, not " + request.weeklyHours());
		}
		if (request.deadline() != null && request.deadline().isBefore(request.start())) {
			throw new IllegalArgumentException("the deadline " + request.deadline() + " is before the start " + request.start());
		}
		PlanCompiler compiler = new PlanCompiler(request);
		progress.worked(1);
		PlanProblem problem = compiler.problem;
		Goal goal = request.objective() == PlanObjective.COST ? Goal.COST : Goal.HOURS;
		int firstWeek = request.previous() == null ? 1 : Math.max(1, weekOf(request.start(), request.today()));
		double budget = request.budget() == null ? Double.POSITIVE_INFINITY
				: request.budget().subtract(compiler.spent).doubleValue();
		// The last week that ends by the deadline: a step in the week that holds the deadline would
		// end after it (the plan's finish date and the model's check read a week to its last day).
		int deadlineWeek = request.deadline() == null ? Integer.MAX_VALUE : weekOf(request.start(), request.deadline().plusDays(1)) - 1;
		double capacity = request.deadline() == null ? Double.POSITIVE_INFINITY
				: request.weeklyHours() * Math.max(0, deadlineWeek - firstWeek + 1);
		boolean optional = request.includeOptional();
		PlanSolver solver = new PlanSolver(problem, optional, budget, capacity, request.timeLimitMillis());

		List<String> reasons = new ArrayList<>();
		Map<Integer, String> why = new LinkedHashMap<>();
		double[] unteachable = solver.unteachable();
		for (int s = 0; s < unteachable.length; s++) {
			if (unteachable[s] >= 0) {
				String reason = "no resource teaches " + compiler.skills.get(s).getName() + " to level "
						+ level(compiler.skills.get(s), compiler.requiredLevel.get(s));
				why.put(s, reason);
				reasons.add(reason);
			}
		}
		checkCanceled(progress);
		Solution solution = why.isEmpty() ? (request.greedyBaseline() ? greedy(problem, solver, goal, optional, budget, capacity)
				: solver.cover(goal)) : null;
		progress.worked(1);
		PlanStatus status;
		double gap = Double.NaN;
		if (solution != null && (solution.outcome() == Outcome.OPTIMAL || solution.outcome() == Outcome.FEASIBLE)) {
			status = solution.outcome() == Outcome.OPTIMAL ? PlanStatus.OPTIMAL : PlanStatus.FEASIBLE;
			gap = solution.gap();
		} else {
			explainLimits(compiler, goal, budget, capacity, firstWeek, deadlineWeek, reasons);
			checkCanceled(progress);
			solution = solver.bestFit(goal);
			if (solution.outcome() == Outcome.UNKNOWN) {
				solution = coverWhatCanBeTaught(compiler, goal, budget, capacity, solution);
			}
			if (solution.outcome() == Outcome.INFEASIBLE || solution.outcome() == Outcome.UNKNOWN) {
				boolean[] greedy = new GreedyPlanner(problem, goal).plan(optional);
				if (solution.outcome() == Outcome.UNKNOWN && greedy != null && solver.total(greedy, Goal.COST) <= budget + 1e-6
						&& solver.total(greedy, Goal.HOURS) <= capacity + 1e-6 && problem.order(greedy) != null) {
					solution = new Solution(greedy, Outcome.FEASIBLE, solver.total(greedy, goal), Double.NaN, 0);
					status = PlanStatus.FEASIBLE;
				} else {
					solution = new Solution(fixedOnly(problem), Outcome.INFEASIBLE, Double.NaN, Double.NaN, 0);
					status = PlanStatus.INFEASIBLE;
				}
			} else {
				// A "partial" plan that takes nothing new is no plan at all.
				boolean any = false;
				for (int r = 0; r < solution.chosen().length; r++) {
					any |= solution.chosen()[r] && !problem.resources().get(r).fixed();
				}
				status = any ? PlanStatus.PARTIAL : PlanStatus.INFEASIBLE;
			}
			if (reasons.isEmpty()) {
				reasons.add("the limits leave no room for the missing skills");
			}
		}
		progress.worked(1);
		boolean[] chosen = solution.chosen();
		WeeklySchedule schedule = new WeeklySchedule(problem, request.weeklyHours(), request.maxParallel(),
				request.recurringHoursPerMonth() * 12 / 52);
		schedule.finishBy(deadlineWeek);
		// A kept step's load is its resource's hours over its weeks, as the timeline and the plan checks read it.
		compiler.keptIndex.forEach((step, index) -> schedule.keep(index, step.getStartWeek(), Math.max(step.getStartWeek(), step.getEndWeek()),
				Math.max(0, step.getResource().getHours())));
		if (!schedule.schedule(chosen, firstWeek)) {
			throw new IllegalStateException("the chosen steps cannot be put into weeks: their prerequisites form a cycle");
		}
		PlanResult result = result(request, compiler, chosen, schedule, status, gap, reasons, why, deadlineWeek, solution.candidates());
		progress.worked(1);
		return result;
	}

	private PlanResult result(PlanRequest request, PlanCompiler compiler, boolean[] chosen, WeeklySchedule schedule,
			PlanStatus status, double gap, List<String> reasons, Map<Integer, String> why, int deadlineWeek, int candidates) {
		PlanProblem problem = compiler.problem;
		double[] missing = problem.missing(request.includeOptional());
		double[] after = problem.levelsAfter(chosen);
		// Each gap is closed by the step that first reaches the level.
		Map<Integer, List<String>> closes = new LinkedHashMap<>();
		for (int s = 0; s < missing.length; s++) {
			if (missing[s] < 0) {
				continue;
			}
			int closer = -1;
			for (int r = 0; r < chosen.length; r++) {
				if (chosen[r] && PlanProblem.meets(problem.resources().get(r).gain(s), missing[s])
						&& (closer < 0 || schedule.end(r) < schedule.end(closer))) {
					closer = r;
				}
			}
			if (closer >= 0) {
				closes.computeIfAbsent(closer, k -> new ArrayList<>()).add(SkillKeys.of(compiler.skills.get(s)));
			}
		}
		List<PlannedStep> steps = new ArrayList<>();
		BigDecimal cost = BigDecimal.ZERO;
		double hours = 0;
		for (PlanStep step : compiler.kept) {
			if (step.getStatus() == StepStatus.DONE) {
				steps.add(new PlannedStep(step.getResource(), SkillKeys.of(step.getResource()), step.getStartWeek(), step.getEndWeek(), 0,
						BigDecimal.ZERO, List.of(), PlanCompiler.recurring(step.getResource().getKind()), StepStatus.DONE, true));
			}
		}
		for (int r = 0; r < chosen.length; r++) {
			if (!chosen[r]) {
				continue;
			}
			LearningResource resource = compiler.resources.get(r);
			PlanProblem.Resource compiled = problem.resources().get(r);
			boolean kept = compiled.fixed();
			BigDecimal price = compiler.costs.get(r).setScale(2, RoundingMode.HALF_UP);
			cost = cost.add(price);
			hours += compiled.hours();
			steps.add(new PlannedStep(resource, compiled.key(), schedule.start(r), schedule.end(r), compiled.hours(), price,
					List.copyOf(closes.getOrDefault(r, List.of())), compiled.recurring(),
					kept ? StepStatus.IN_PROGRESS : StepStatus.PLANNED, kept));
		}
		steps.sort(Comparator.comparingInt(PlannedStep::startWeek).thenComparingInt(PlannedStep::endWeek).thenComparing(PlannedStep::key));
		int finishWeek = steps.stream().mapToInt(PlannedStep::endWeek).max().orElse(0);
		List<OpenGap> open = new ArrayList<>();
		// Per gap, the short form of each limit ("the budget is short by 200 USD"); the plan's reasons say the rest.
		String limits = reasons.stream().filter(r -> !r.startsWith("no resource teaches")).map(r -> r.contains(": ") ? r.substring(0,
				r.indexOf(": ")) : r).reduce((a, b) -> a + "; " + b).orElse("it does not fit within the limits");
		for (int s = 0; s < missing.length; s++) {
			Skill skill = compiler.skills.get(s);
			if (missing[s] >= 0 && !PlanProblem.meets(after[s], missing[s])) {
				open.add(new OpenGap(SkillKeys.of(skill), skill.getName(), compiler.requiredLevel.get(s), why.getOrDefault(s, limits)));
			}
		}
		if (request.deadline() != null && finishWeek > deadlineWeek) {
			String late = "at " + hours(request.weeklyHours()) + " h/week the plan finishes on " + finishDate(request.start(), finishWeek)
					+ ", after the deadline " + request.deadline();
			reasons.add(late);
			for (PlannedStep step : steps) {
				if (step.endWeek() > deadlineWeek) {
					for (String key : step.closes()) {
						int s = compiler.skillIndex.get(key);
						open.add(new OpenGap(key, compiler.skills.get(s).getName(), compiler.requiredLevel.get(s),
								"closed in week " + step.endWeek() + ", after the deadline " + request.deadline()));
					}
				}
			}
		}
		// Gaps closed only after the deadline are open: such a plan does not close every gap within the limits.
		if (!open.isEmpty() && (status == PlanStatus.OPTIMAL || status == PlanStatus.FEASIBLE)) {
			status = PlanStatus.PARTIAL;
		}
		return new PlanResult(status, request.objective(), gap, hours, cost, compiler.rates.currency(), request.start(), finishWeek,
				finishWeek == 0 ? null : finishDate(request.start(), finishWeek), problem.fit(problem.levelsAfter(new boolean[chosen.length])),
				problem.fit(after), List.copyOf(steps), List.copyOf(open), List.copyOf(reasons), compiler.rates.used(),
				request.weeklyHours(), candidates);
	}

	/** Says which limit stops a full plan: the money (by how much) or the time (by how many hours). */
	private void explainLimits(PlanCompiler compiler, Goal goal, double budget, double capacity, int firstWeek, int deadlineWeek,
			List<String> reasons) {
		PlanProblem problem = teachableOnly(compiler.problem, reasons.isEmpty() ? null : new PlanSolver(compiler.problem,
				compiler.request.includeOptional(), Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0).unteachable());
		long limit = compiler.request.timeLimitMillis();
		boolean optional = compiler.request.includeOptional();
		String currency = compiler.rates.currency();
		if (Double.isFinite(budget)) {
			Solution cheapest = new PlanSolver(problem, optional, Double.POSITIVE_INFINITY, capacity, limit).cover(Goal.COST);
			if (cheapest.outcome() == Outcome.OPTIMAL || cheapest.outcome() == Outcome.FEASIBLE) {
				if (cheapest.objective() > budget + 1e-6) {
					int dearest = -1;
					for (int r = 0; r < cheapest.chosen().length; r++) {
						if (cheapest.chosen()[r] && (dearest < 0 || problem.resources().get(r).cost() > problem.resources().get(dearest).cost())) {
							dearest = r;
						}
					}
					String alone = dearest < 0 ? "" : " (" + compiler.resources.get(dearest).getName() + " alone costs "
							+ PlanCompiler.amount(problem.resources().get(dearest).cost()) + " " + currency + ")";
					reasons.add("the budget is short by " + PlanCompiler.amount(cheapest.objective() - budget) + " " + currency
							+ ": closing the gaps costs at least " + PlanCompiler.amount(cheapest.objective()) + " " + currency
							+ (capacity < Double.POSITIVE_INFINITY ? " by the deadline" : "") + alone + ", and "
							+ PlanCompiler.amount(Math.max(0, budget)) + " " + currency + " is left");
				}
			}
		}
		if (Double.isFinite(capacity)) {
			Solution quickest = new PlanSolver(problem, optional, budget, Double.POSITIVE_INFINITY, limit).cover(Goal.HOURS);
			if ((quickest.outcome() == Outcome.OPTIMAL || quickest.outcome() == Outcome.FEASIBLE) && quickest.objective() > capacity + 1e-6) {
				double weekly = compiler.request.weeklyHours();
				reasons.add("at " + hours(weekly) + " h/week the plan finishes after the deadline " + compiler.request.deadline() + ": it needs "
						+ hours(quickest.objective()) + " h, about " + (int) Math.ceil(quickest.objective() / weekly) + " weeks, and "
						+ (deadlineWeek - firstWeek + 1) + " weeks are left");
			} else if (quickest.outcome() == Outcome.INFEASIBLE && Double.isFinite(budget)) {
				Solution unlimited = new PlanSolver(problem, optional, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, limit).cover(Goal.HOURS);
				if (unlimited.outcome() != Outcome.INFEASIBLE && unlimited.objective() > capacity + 1e-6) {
					reasons.add("at " + hours(compiler.request.weeklyHours()) + " h/week the plan finishes after the deadline "
							+ compiler.request.deadline() + ": it needs at least " + hours(unlimited.objective()) + " h");
				}
			}
		}
	}

	/** The problem without the requirements that no resource can meet, so the limits can be judged on the rest. */
	private static PlanProblem teachableOnly(PlanProblem problem, double[] unteachable) {
		if (unteachable == null) {
			return problem;
		}
		List<PlanProblem.Requirement> requirements = problem.requirements().stream().filter(r -> unteachable[r.skill()] < 0).toList();
		double[] current = new double[problem.skillCount()];
		for (int s = 0; s < current.length; s++) {
			current[s] = problem.current(s);
		}
		return new PlanProblem(current, requirements, problem.resources(), problem.roles());
	}

	/**
	 * When the best-fit programme runs out of time (large frameworks): the exact cover of the gaps
	 * that some resource can close, if it fits the limits. Not proven best by fit, so the plan
	 * stays partial with no proven gap.
	 */
	private Solution coverWhatCanBeTaught(PlanCompiler compiler, Goal goal, double budget, double capacity, Solution timedOut) {
		PlanProblem teachable = teachableOnly(compiler.problem, new PlanSolver(compiler.problem, compiler.request.includeOptional(),
				Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0).unteachable());
		Solution cover = new PlanSolver(teachable, compiler.request.includeOptional(), budget, capacity, compiler.request.timeLimitMillis())
				.cover(goal);
		if (cover.outcome() == Outcome.OPTIMAL || cover.outcome() == Outcome.FEASIBLE) {
			return new Solution(cover.chosen(), Outcome.FEASIBLE, cover.objective(), Double.NaN, cover.candidates());
		}
		return timedOut;
	}

	private static Solution greedy(PlanProblem problem, PlanSolver solver, Goal goal, boolean optional, double budget, double capacity) {
		boolean[] chosen = new GreedyPlanner(problem, goal).plan(optional);
		if (chosen == null || solver.total(chosen, Goal.COST) > budget + 1e-6 || solver.total(chosen, Goal.HOURS) > capacity + 1e-6
				|| problem.order(chosen) == null) {
			return new Solution(new boolean[problem.resources().size()], Outcome.INFEASIBLE, Double.NaN, Double.NaN, 0);
		}
		return new Solution(chosen, Outcome.FEASIBLE, solver.total(chosen, goal), Double.NaN, 0);
	}

	private static boolean[] fixedOnly(PlanProblem problem) {
		boolean[] chosen = new boolean[problem.resources().size()];
		for (int r = 0; r < chosen.length; r++) {
			chosen[r] = problem.resources().get(r).fixed();
		}
		return chosen;
	}

	private static void checkCanceled(SubMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** The week (1-based) that holds the date, week 1 starting on {@code start}. */
	public static int weekOf(LocalDate start, LocalDate date) {
		return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, date), 7) + 1;
	}

	/** The last day of the week. */
	public static LocalDate finishDate(LocalDate start, int week) {
		return start.plusDays(7L * week - 1);
	}

	/** A level with its name, for example {@code 4 (Advanced)}. */
	static String level(Skill skill, int level) {
		var scale = Scales.of(skill);
		if (scale != null) {
			for (ProficiencyLevel candidate : scale.getLevels()) {
				if (candidate.getValue() == level && candidate.getName() != null && !candidate.getName().isBlank()) {
					return level + " (" + candidate.getName() + ")";
				}
			}
		}
		return Integer.toString(level);
	}

	static String hours(double hours) {
		return hours == Math.rint(hours) ? Long.toString((long) hours) : String.format(Locale.ROOT, "%.1f", hours);
	}
}
