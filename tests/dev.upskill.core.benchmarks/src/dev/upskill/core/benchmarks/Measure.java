/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What the benchmarks share: a temporary folder, timing a piece of work, the heap after collection, a report line. */
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

	/** Work in a folder of its own. */
	@FunctionalInterface
	public interface FolderTask {
		void run(Path folder) throws Exception;
	}

	/** Runs the work in a new temporary folder, deleted afterwards whatever happens. */
	public static void inTemporaryFolder(String prefix, FolderTask work) throws Exception {
		Path folder = Files.createTempDirectory(prefix);
		try {
			work.run(folder);
		} finally {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
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
