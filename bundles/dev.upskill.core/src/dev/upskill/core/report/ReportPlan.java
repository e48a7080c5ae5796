/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.plan.ExchangeRates;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.PlanDocument;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.core.plan.timeline.TimelineLayout;
import dev.upskill.core.plan.timeline.WeeklyLoad;
import dev.upskill.core.table.GapTable;
import dev.upskill.model.ExchangeRate;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.SkillGain;
import dev.upskill.model.StepStatus;
import dev.upskill.model.UpskillFactory;

/**
 * The plan a report shows: a plan file, or the planner's plan for the role (what the gap table's
 * "Learn with" column comes from). Its steps are the rows of {@code PlanTables.STEPS}, its model
 * the timeline's, with the hours, cost and finish date.
 *
 * @since 0.5.0
 */
public final class ReportPlan {

	private final String title;
	private final LearningPlan plan;
	private final PlanResult result;
	private final List<PlannedStep> steps;
	private final double hours;
	private final BigDecimal cost;
	private final String currency;
	private final LocalDate finish;

	private ReportPlan(String title, LearningPlan plan, PlanResult result, List<PlannedStep> steps, double hours, BigDecimal cost,
			String currency, LocalDate finish) {
		this.title = title;
		this.plan = plan;
		this.result = result;
		this.steps = List.copyOf(steps);
		this.hours = hours;
		this.cost = cost;
		this.currency = currency;
		this.finish = finish;
	}

	/**
	 * The planner's plan, as the gap analysis has it ({@code LearningPlanner.estimate}).
	 *
	 * @param title what the plan is, in words
	 */
	public static ReportPlan of(PlanResult result, String title) {
		LearningPlan timeline = UpskillFactory.eINSTANCE.createLearningPlan();
		timeline.setName(title);
		timeline.setStartDate(result.start());
		timeline.setWeeklyHours(result.weeklyHours());
		timeline.setCurrency(result.currency());
		PlanDocument.apply(result, timeline);
		return new ReportPlan(title, timeline, result, result.steps(), result.totalHours(), result.totalCost(), result.currency(),
				result.finishDate());
	}

	/**
	 * The planner's plan for the essential requirements of the role, at the profile's hours a week
	 * and without a budget limit ({@code LearningPlanner.estimate}), as the gap analysis has it.
	 */
	public static ReportPlan estimate(PlanResult result) {
		return of(result, "The planner's plan for the essential requirements, at " + hoursText(result.weeklyHours())
				+ " h a week, without a budget limit (as the gap analysis shows it)");
	}

	private static String hoursText(double hours) {
		double rounded = Math.round(hours * 10) / 10.0;
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
	}

	/**
	 * A plan file: its steps (dropped ones left out) with their hours and cost in the plan's
	 * currency, and per step the gaps of these lines it closes (the first step whose resource
	 * teaches the skill to the required level).
	 *
	 * @param title what the plan is, in words (its name and file)
	 */
	public static ReportPlan of(LearningPlan plan, List<GapLine> lines, String title) {
		Map<String, BigDecimal> rates = new TreeMap<>();
		for (ExchangeRate rate : plan.getRates()) {
			if (rate.getCurrency() != null && rate.getRate() != null) {
				rates.put(rate.getCurrency(), rate.getRate());
			}
		}
		String currency = plan.getCurrency() == null ? "USD" : plan.getCurrency();
		ExchangeRates exchange = new ExchangeRates(currency, rates);
		Set<String> closed = new HashSet<>();
		List<PlannedStep> steps = new ArrayList<>();
		double hours = 0;
		BigDecimal cost = BigDecimal.ZERO;
		int last = 0;
		for (PlanStep step : plan.getSteps()) {
			LearningResource resource = step.getResource();
			if (step.getStatus() == StepStatus.DROPPED || resource == null || resource.eIsProxy()) {
				continue;
			}
			List<String> closes = new ArrayList<>();
			for (GapLine line : lines) {
				String skill = SkillKeys.of(line.requirement().getSkill());
				if (line.gapLevels() > 0 && !closed.contains(skill) && teaches(resource, skill, line.requiredLevel())) {
					closes.add(skill);
					closed.add(skill);
				}
			}
			double left = step.getStatus() == StepStatus.DONE ? 0 : Math.max(0, resource.getHours() - step.getHoursLogged());
			BigDecimal price = step.getStatus() == StepStatus.PLANNED ? exchange.convert(resource.getCost(), resource.getCurrency())
					: BigDecimal.ZERO;
			hours += left;
			cost = price == null ? cost : cost.add(price);
			last = Math.max(last, WeeklyLoad.lastWeek(step));
			steps.add(new PlannedStep(resource, SkillKeys.of(resource), step.getStartWeek(), step.getEndWeek(), left, price,
					List.copyOf(closes), TimelineLayout.recurring(step), step.getStatus(), step.getStatus() != StepStatus.PLANNED));
		}
		LocalDate finish = plan.getStartDate() == null || last == 0 ? null : LearningPlanner.finishDate(plan.getStartDate(), last);
		return new ReportPlan(title, plan, null, steps, hours, cost, currency, finish);
	}

	private static boolean teaches(LearningResource resource, String skill, int level) {
		for (SkillGain gain : resource.getGains()) {
			if (gain.getSkill() != null && !gain.getSkill().eIsProxy() && SkillKeys.of(gain.getSkill()).equals(skill)
					&& gain.getLevel() >= level) {
				return true;
			}
		}
		return false;
	}

	/** The gap table's rows for these lines, each with the step of this plan that closes its gap. */
	public List<GapTable.Row> rows(List<GapLine> lines) {
		if (result != null) {
			return GapTable.rows(lines, result);
		}
		List<GapTable.Row> rows = new ArrayList<>(lines.size());
		for (GapLine line : lines) {
			if (line.gapLevels() <= 0) {
				rows.add(new GapTable.Row(line, null, "", null, null));
				continue;
			}
			String skill = SkillKeys.of(line.requirement().getSkill());
			Optional<PlannedStep> step = steps.stream().filter(s -> s.closes().contains(skill)).findFirst();
			rows.add(step.map(s -> new GapTable.Row(line, s, s.resource().getName(), null, null))
					.orElseGet(() -> new GapTable.Row(line, null, line.essential() ? "not closed by the plan" : "optional: not in the plan",
							null, null)));
		}
		return rows;
	}

	/** What the plan is, in words. */
	public String title() {
		return title;
	}

	/** The plan as a model, for its timeline ({@link TimelineLayout}). */
	public LearningPlan plan() {
		return plan;
	}

	/** The planner's result when the plan is the planner's, else null. */
	public PlanResult result() {
		return result;
	}

	/** The steps, in the plan's order: the rows of {@code PlanTables.STEPS}. */
	public List<PlannedStep> steps() {
		return steps;
	}

	/** The hours the steps take (for steps under way, what is left). */
	public double hours() {
		return hours;
	}

	/** What the steps still to start cost, in {@link #currency()}. */
	public BigDecimal cost() {
		return cost;
	}

	public String currency() {
		return currency;
	}

	/** The last day of the last step's week, or null when the plan has no start date or no step. */
	public LocalDate finish() {
		return finish;
	}
}
