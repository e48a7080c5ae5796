/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** What the benchmarks share: timing a piece of work, the heap after collection, a report line. */
public final class Measure {

	/** Work to time; what it computes is checked by the benchmark itself. */
	@FunctionalInterface
	public interface Task {
		void run() throws Exception;
	}

	private Measure() {
	}

	/** The median wall time of {@code runs} runs, in milliseconds, after {@code warmup} unmeasured ones. */
	public static double median(Task work, int warmup, int runs) throws Exception {
		for (int i = 0; i < warmup; i++) {
			work.run();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			times.add((System.nanoTime() - start) / 1e6);
		}
		times.sort(null);
		return times.get(times.size() / 2);
	}

	/** The heap in use after three collections, in bytes. */
	public static long usedHeapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			TimeUnit.MILLISECONDS.sleep(100);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** Appends a formatted line (numbers in the root locale) to the report. */
	public static void line(StringBuilder report, String format, Object... args) {
		report.append(String.format(Locale.ROOT, format, args)).append('\n');
	}
}
