/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlanStatus;
import dev.upskill.core.plan.RolesWithinReach;
import dev.upskill.core.plan.RolesWithinReach.Reach;
import dev.upskill.model.Framework;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;

/**
 * The planner at ESCO scale against its baselines, measured in the same run: the exact plan
 * against the greedy one (objective and time), and roles within reach (bounds, then exact plans for
 * the leaders) against an exact plan for every role. Results go to standard output and to
 * {@code target/planner-benchmarks.md}.
 */
class PlannerBenchmark {

	@Test
	void planAndReachAtEscoScale() throws IOException {
		Framework framework = SyntheticFrameworks.framework(42);
		SyntheticFrameworks.essentialsOnCore(framework);
		SyntheticFrameworks.addResources(framework, 5_000, 11);
		Role wide = SyntheticFrameworks.wideRole(framework, 300, 5);
		Profile profile = SyntheticFrameworks.profiles(framework, 1, 7).get(0);
		profile.setWeeklyHours(8);
		StringBuilder report = new StringBuilder();
		line(report, "Synthetic model: %,d skills, %,d roles, %,d resources (%,d with a skill prerequisite, %,d requiring another)",
				framework.getSkills().size(), framework.getRoles().size(), framework.getResources().size(),
				framework.getResources().stream().filter(r -> !r.getPrerequisites().isEmpty()).count(),
				framework.getResources().stream().filter(r -> !r.getRequiredResources().isEmpty()).count());
		line(report, "Cores: %d; Java %s", Runtime.getRuntime().availableProcessors(), Runtime.version());

		// 1. One plan: 300 essential requirements, fewest hours, no budget limit.
		LearningPlanner planner = new LearningPlanner();
		Function<Boolean, PlanRequest> request = greedy -> new PlanRequest(profile, framework.getResources()).targets(List.of(wide))
				.budget(null).timeLimitMillis(1000).greedyBaseline(greedy);
		PlanResult exact = planner.plan(request.apply(false), null);
		PlanResult greedy = planner.plan(request.apply(true), null);
		long gaps = exact.open().size() + exact.steps().stream().mapToLong(s -> s.closes().size()).sum();
		line(report, "Plan: %d gaps, %d candidates after presolve; exact: %s (proven gap %s), %.0f h, %d steps; greedy: %s, %.0f h, %d steps",
				gaps, exact.candidates(), exact.status().label(), Double.isNaN(exact.gap()) ? "-" : String.format(Locale.ROOT, "%.4f", exact.gap()),
				exact.totalHours(), exact.steps().size(), greedy.status().label(), greedy.totalHours(), greedy.steps().size());
		if (greedy.totalHours() + 1e-6 < exact.totalHours() && exact.status() == PlanStatus.OPTIMAL) {
			throw new AssertionError("the greedy plan beats a plan called optimal");
		}
		double exactMs = median(() -> planner.plan(request.apply(false), null), 2, 5);
		double greedyMs = median(() -> planner.plan(request.apply(true), null), 2, 5);
		line(report, "");
		line(report, "| benchmark | baseline | measured | ratio |");
		line(report, "|---|---|---|---|");
		line(report, "| plan, 300 gaps x 5,000 resources: hours of the plan | greedy %.0f h | exact %.0f h | greedy needs %.1f%% more |",
				greedy.totalHours(), exact.totalHours(), 100 * (greedy.totalHours() / exact.totalHours() - 1));
		line(report, "| plan, 300 gaps x 5,000 resources: time, warm, median of 5 | greedy %.0f ms | exact %.0f ms | %.2fx |", greedyMs,
				exactMs, exactMs / greedyMs);

		// 2. Roles within reach over the 3,000 roles, at 8 h/week and 5,000 USD.
		List<Role> roles = new ArrayList<>(framework.getRoles());
		roles.remove(wide);
		Function<Void, PlanRequest> reachRequest = v -> new PlanRequest(profile, framework.getResources()).budget(new java.math.BigDecimal("5000"))
				.timeLimitMillis(1000);
		long reachStart = System.nanoTime();
		List<Reach> reach = new RolesWithinReach().rank(reachRequest.apply(null), roles, 0, 10, null);
		line(report, "(reach, first run: %.0f ms)", (System.nanoTime() - reachStart) / 1e6);
		double reachMs = median(() -> new RolesWithinReach().rank(reachRequest.apply(null), roles, 0, 10, null), 0, 3);
		List<Reach> leaders = reach.subList(0, 10);
		// Baseline: an exact plan for every role. Too slow to run whole each time: a sample of 50 roles, scaled by 60.
		Map<String, Reach> byKey = reach.stream().collect(Collectors.toMap(Reach::key, r -> r));
		List<Role> sample = new ArrayList<>();
		for (int i = 0; i < roles.size(); i += 60) {
			sample.add(roles.get(i));
		}
		leaders.forEach(l -> sample.add(l.role()));
		int tenth = leaders.get(9).weeks();
		long start = System.nanoTime();
		int checked = 0;
		for (Role role : sample) {
			PlanResult plan = planner.plan(reachRequest.apply(null).targets(List.of(role)), null);
			Reach ranked = byKey.get(dev.upskill.core.gap.SkillKeys.of(role));
			boolean full = plan.status() == PlanStatus.OPTIMAL || plan.status() == PlanStatus.FEASIBLE;
			if (ranked.exact() && ranked.reachable() && full && Math.abs(plan.totalHours() - ranked.hours()) > 1e-6) {
				throw new AssertionError("reach and plan disagree on " + ranked.key() + ": " + ranked.hours() + " h vs " + plan.totalHours());
			}
			if (!ranked.exact() && full && plan.finishWeek() < tenth) {
				throw new AssertionError(ranked.key() + " needs " + plan.finishWeek() + " weeks, sooner than the 10th leader's " + tenth);
			}
			checked++;
		}
		double baselineMs = (System.nanoTime() - start) / 1e6 / sample.size() * roles.size();
		line(report, "| roles within reach, 3,000 roles, 10 leaders planned exactly, median of 3 | exact plan per role %.1f s (%d-role sample, scaled) | %.0f ms | %.0fx |",
				baselineMs / 1000, checked, reachMs, baselineMs / reachMs);
		line(report, "");
		line(report, "Leaders: %s", leaders.stream().map(r -> String.format(Locale.ROOT, "%s %d wk %.0f h", r.key(), r.weeks(), r.hours()))
				.collect(Collectors.joining("; ")));
		line(report, "Roles planned exactly: %d of %d; out of reach within 5,000 USD: %d", reach.stream().filter(Reach::exact).count(),
				reach.size(), reach.stream().filter(r -> !r.reachable()).count());

		System.out.println(report);
		System.out.flush();
		Path out = Path.of("target", "planner-benchmarks.md").toAbsolutePath();
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString());
	}

	private interface Work {
		Object run();
	}

	private static double median(Work work, int warmup, int runs) {
		for (int i = 0; i < warmup; i++) {
			work.run();
		}
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[runs / 2];
	}

	private static void line(StringBuilder report, String format, Object... args) {
		report.append(String.format(Locale.ROOT, format, args)).append('\n');
	}
}
