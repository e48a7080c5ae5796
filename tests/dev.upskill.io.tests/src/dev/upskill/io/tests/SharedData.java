/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.upskill.io.FormatRegistry;

/**
 * The real public data sets in {@code ../shared/data} beside the repository (present in CI and on
 * the developers' machines, not in a user's clone), and the format registry.
 */
final class SharedData {

	private SharedData() {
	}

	/** The folder of a data set ({@code esco}, {@code onet}, {@code case}); the test is skipped with a message when it is absent. */
	static Path folder(String name) {
		String repository = System.getProperty("upskill.repository", "../..");
		Path folder = Path.of(repository).toAbsolutePath().normalize().resolveSibling("shared").resolve("data").resolve(name);
		assumeTrue(Files.isDirectory(folder), "skipped: the public " + name + " data set is not at " + folder
				+ " (it sits beside the repository in CI and on developer machines, not in a user's clone)");
		return folder;
	}

	/** The format registry service of the running framework. */
	static FormatRegistry registry() throws InterruptedException {
		Bundle bundle = FrameworkUtil.getBundle(SharedData.class);
		BundleContext context = bundle.getBundleContext();
		ServiceTracker<FormatRegistry, FormatRegistry> tracker = new ServiceTracker<>(context, FormatRegistry.class, null);
		tracker.open();
		try {
			return Optional.ofNullable(tracker.waitForService(10_000)).orElseThrow(() -> new AssertionError("no format registry service"));
		} finally {
			tracker.close();
		}
	}
}
