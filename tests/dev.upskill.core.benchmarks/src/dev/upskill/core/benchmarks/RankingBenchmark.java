/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.RoleRanking;
import dev.upskill.model.Framework;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;

/**
 * Ranking at ESCO scale, against a straightforward baseline measured in the same run: the
 * baseline scores each role with {@link GapAnalysis} (the object model, one gap line per
 * requirement); {@link RoleRanking} scores from compiled arrays. Both use the same formula, and the
 * benchmark checks they agree before it reports. Results go to standard output and to
 * {@code target/benchmarks.md}.
 */
class RankingBenchmark {

	private static final int WARMUP = 3;
	private static final int RUNS = 7;

	@Test
	void rankAtEscoScale() throws IOException {
		long built = System.nanoTime();
		Framework framework = SyntheticFrameworks.framework(42);
		List<Role> roles = framework.getRoles();
		List<Profile> profiles = SyntheticFrameworks.profiles(framework, 10_000, 7);
		StringBuilder report = new StringBuilder();
		line(report, "Synthetic model: %,d skills, %,d roles, %,d requirements, %,d profiles of %d assessments (built in %.1f s)",
				framework.getSkills().size(), roles.size(), roles.stream().mapToInt(r -> r.getRequirements().size()).sum(),
				profiles.size(), SyntheticFrameworks.ASSESSMENTS_PER_PROFILE, (System.nanoTime() - built) / 1e9);
		line(report, "Cores: %d; Java %s", Runtime.getRuntime().availableProcessors(), Runtime.version());

		long compileStart = System.nanoTime();
		RoleRanking ranking = new RoleRanking(roles);
		double compileMs = (System.nanoTime() - compileStart) / 1e6;
		GapAnalysis baseline = new GapAnalysis();

		// They must agree before their speed means anything.
		for (Profile profile : profiles.subList(0, 20)) {
			CurrentLevels levels = CurrentLevels.of(profile);
			double[] fast = ranking.scores(ranking.currentLevels(levels));
			for (int r = 0; r < roles.size(); r++) {
				double slow = baseline.analyze(levels, roles.get(r)).score();
				if (Math.abs(slow - fast[r]) > 1e-9) {
					throw new AssertionError("scores differ for " + profile.getId() + " / " + roles.get(r).getId());
				}
			}
		}

		// 1. One profile against all 3,000 roles, warm.
		Profile one = profiles.get(0);
		double baselineOne = median(() -> {
			CurrentLevels levels = CurrentLevels.of(one);
			double best = 0;
			for (Role role : roles) {
				best = Math.max(best, baseline.analyze(levels, role).score());
			}
			return best;
		});
		double fastOne = median(() -> ranking.rank(one, 10).get(0).score());
		line(report, "");
		line(report, "| benchmark | baseline (GapAnalysis per role) | RoleRanking | ratio |");
		line(report, "|---|---|---|---|");
		line(report, "| rank 1 profile x %,d roles, warm, median of %d | %.2f ms | %.3f ms | %.0fx |", roles.size(), RUNS,
				baselineOne, fastOne, baselineOne / fastOne);

		// 2. 10,000 profiles x 3,000 roles on all cores. The baseline runs a 200-profile sample, scaled.
		int sample = 200;
		double baselineSampleMs = median(() -> IntStream.range(0, sample).parallel().mapToDouble(p -> {
			CurrentLevels levels = CurrentLevels.of(profiles.get(p));
			double best = 0;
			for (Role role : roles) {
				best = Math.max(best, baseline.analyze(levels, role).score());
			}
			return best;
		}).sum(), 1, 3);
		double baselineAllMs = baselineSampleMs * profiles.size() / sample;
		double fastAllMs = median(() -> IntStream.range(0, profiles.size()).parallel().mapToDouble(p -> {
			double[] scores = ranking.scores(ranking.currentLevels(CurrentLevels.of(profiles.get(p))));
			double best = 0;
			for (double score : scores) {
				best = Math.max(best, score);
			}
			return best;
		}).sum(), 1, 3);
		line(report, "| fit matrix %,d profiles x %,d roles (%,d scores), all cores | %.1f s (200-profile sample x 50) | %.2f s | %.0fx |",
				profiles.size(), roles.size(), (long) profiles.size() * roles.size(), baselineAllMs / 1000, fastAllMs / 1000,
				baselineAllMs / fastAllMs);
		line(report, "| compile 3,000 roles into arrays (once per registry change) | - | %.1f ms | - |", compileMs);

		System.out.println(report);
		Path out = Path.of("target", "benchmarks.md").toAbsolutePath();
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString());
		System.out.println("Written to " + out);
	}

	private interface Work {
		double run();
	}

	private static double median(Work work) {
		return median(work, WARMUP, RUNS);
	}

	/** The median wall time of {@code runs} runs, in milliseconds, after {@code warmup} unmeasured ones. */
	private static double median(Work work, int warmup, int runs) {
		double sink = 0;
		for (int i = 0; i < warmup; i++) {
			sink += work.run();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			sink += work.run();
			times.add((System.nanoTime() - start) / 1e6);
		}
		if (Double.isNaN(sink)) {
			throw new AssertionError("unreachable; keeps the work from being optimised away");
		}
		times.sort(null);
		return times.get(times.size() / 2);
	}

	private static void line(StringBuilder report, String format, Object... args) {
		report.append(String.format(Locale.ROOT, format, args)).append('\n');
	}
}
