/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.upskill.core.internal.team.Parallel;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.core.team.TeamAnalysis.PersonLine;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Role;

/**
 * What bringing a whole team to a role takes: for each person, the planner's plan for the role's
 * essential gaps (the fewest hours, at the person's weekly hours, without a budget limit, as the
 * Gap Analysis estimates it), so the hours to be ready, the weeks and the cost; the team's totals;
 * the fit distribution; and the learning resources the plans share. A resource counts once per
 * person who takes it (a course that closes three of someone's gaps is one course for them, and a
 * course that five people take is five seats).
 *
 * @param analysis the team against the role
 * @param currency the currency of every cost
 * @param people each person's readiness, in the team's order
 * @param resources the resources of the plans, the most taken first
 * @since 0.6.0
 */
public record TeamSummary(TeamAnalysis analysis, String currency, List<Readiness> people, List<SharedResource> resources) {

	/**
	 * One person's way to the role.
	 *
	 * @param line the person against the role
	 * @param plan the planner's plan, or null when there is none
	 * @param problem why there is no plan (for example a currency without a rate), or null
	 */
	public record Readiness(PersonLine line, PlanResult plan, String problem) {

		public TeamMember member() {
			return line.member();
		}

		public double fit() {
			return line.score();
		}

		/** Whether the plan closes every essential gap (an empty plan: there is none). */
		public boolean reachable() {
			return plan != null && plan.open().isEmpty();
		}

		public Double hours() {
			return plan == null ? null : plan.totalHours();
		}

		public BigDecimal cost() {
			return plan == null ? null : plan.totalCost();
		}

		/** The weeks to be ready (0 when ready now), or null when the plan cannot close every gap. */
		public Integer weeks() {
			return reachable() ? Integer.valueOf(plan.finishWeek()) : null;
		}

		public LocalDate finish() {
			return reachable() ? plan.finishDate() : null;
		}

		/** Why the person cannot be planned ready, in words, or null. */
		public String note() {
			if (problem != null) {
				return problem;
			}
			if (plan != null && !plan.open().isEmpty()) {
				return plan.open().size() + (plan.open().size() == 1 ? " gap" : " gaps") + " no resource closes: "
						+ plan.open().get(0).reason();
			}
			return null;
		}
	}

	/**
	 * A learning resource the plans take.
	 *
	 * @param resource the resource
	 * @param key the resource as {@code framework#id}
	 * @param people how many people's plans take it
	 * @param hours the hours of all of them together
	 * @param cost what all of them cost together
	 */
	public record SharedResource(LearningResource resource, String key, int people, double hours, BigDecimal cost) {
	}

	/**
	 * The currency the team's costs are counted in: the one most of its people's profiles use (the
	 * first in alphabetical order on a tie), USD when none says. The workbench and the command line
	 * both count in it unless told otherwise.
	 */
	public static String currencyOf(List<TeamMember> members) {
		Map<String, Integer> counts = new TreeMap<>();
		for (TeamMember member : members) {
			String currency = member.profile().getCurrency();
			if (currency != null && !currency.isBlank()) {
				counts.merge(currency.strip().toUpperCase(Locale.ROOT), 1, Integer::sum);
			}
		}
		String most = "USD";
		int count = 0;
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			if (entry.getValue() > count) {
				most = entry.getKey();
				count = entry.getValue();
			}
		}
		return most;
	}

	/**
	 * Plans for every person of the analysis.
	 *
	 * @param resources the learning resources to plan with
	 * @param currency the currency of the costs (resources in another need a rate in the planner's preferences)
	 * @param start the first day of week 1
	 * @param threads how many plans are made at once
	 * @param monitor progress and cancellation, or null
	 * @throws OperationCanceledException when cancelled
	 */
	public static TeamSummary of(TeamAnalysis analysis, List<LearningResource> resources, String currency, LocalDate start,
			int threads, IProgressMonitor monitor) {
		List<PersonLine> people = analysis.people();
		SubMonitor progress = SubMonitor.convert(monitor, "Planning for " + people.size() + " people", people.size());
		Readiness[] readiness = new Readiness[people.size()];
		Role role = analysis.role();
		Parallel.run(people.size(), threads, LearningPlanner::new, (planner, i) -> {
			PersonLine line = people.get(i);
			try {
				PlanRequest request = new PlanRequest(line.member().profile(), resources).targets(List.of(role)).budget(null)
						.currency(currency).start(start).timeLimitMillis(1000);
				readiness[i] = new Readiness(line, planner.plan(request, null), null);
			} catch (IllegalArgumentException e) {
				readiness[i] = new Readiness(line, null, e.getMessage());
			}
		}, progress);
		return new TeamSummary(analysis, currency, List.of(readiness), shared(List.of(readiness)));
	}

	private static List<SharedResource> shared(List<Readiness> people) {
		Map<String, SharedResource> byKey = new LinkedHashMap<>();
		for (Readiness person : people) {
			if (person.plan() == null) {
				continue;
			}
			for (PlannedStep step : person.plan().steps()) {
				byKey.merge(step.key(), new SharedResource(step.resource(), step.key(), 1, step.hours(), step.cost()),
						(a, b) -> new SharedResource(a.resource(), a.key(), a.people() + 1, a.hours() + b.hours(), a.cost().add(b.cost())));
			}
		}
		List<SharedResource> resources = new ArrayList<>(byKey.values());
		resources.sort(Comparator.comparingInt(SharedResource::people).reversed().thenComparing(SharedResource::key));
		return List.copyOf(resources);
	}

	/** The hours of every person's plan together. */
	public double totalHours() {
		return people.stream().filter(r -> r.plan() != null).mapToDouble(r -> r.plan().totalHours()).sum();
	}

	/** The cost of every person's plan together, in {@link #currency()}. */
	public BigDecimal totalCost() {
		return people.stream().filter(r -> r.plan() != null).map(r -> r.plan().totalCost()).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** How many people the plans make ready (every essential gap closed). */
	public int reachable() {
		return (int) people.stream().filter(Readiness::reachable).count();
	}

	/** How many people meet every essential requirement already. */
	public int readyNow() {
		return (int) people.stream().filter(r -> r.reachable() && r.plan().steps().isEmpty()).count();
	}

	/** The people who could be ready soonest: by weeks, then hours, then fit (best first); at most {@code top}. */
	public List<Readiness> soonest(int top) {
		List<Readiness> sorted = new ArrayList<>(people.stream().filter(Readiness::reachable).toList());
		sorted.sort(Comparator.comparingInt((Readiness r) -> r.plan().finishWeek()).thenComparingDouble(r -> r.plan().totalHours())
				.thenComparing(Comparator.comparingDouble(Readiness::fit).reversed()));
		return List.copyOf(sorted.subList(0, Math.min(Math.max(0, top), sorted.size())));
	}
}
