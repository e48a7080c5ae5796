/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code upskill version [--bundles]}: the product's version and the runtime it runs on; with
 * {@code --bundles}, the version and state of each of the product's own bundles in the running
 * framework (what an update changed, and what a support request needs).
 */
final class VersionCommand implements Command {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String synopsis() {
		return "[--bundles]";
	}

	@Override
	public String summary() {
		return "print the version of Upskill Workbench and of its runtime";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		boolean bundles = arguments.equals(List.of("--bundles"));
		if (!arguments.isEmpty() && !bundles) {
			io.err().println("upskill version: takes no arguments but --bundles");
			return CommandLine.BAD_INPUT;
		}
		Bundle bundle = FrameworkUtil.getBundle(VersionCommand.class);
		io.out().println("Upskill Workbench " + (bundle == null ? "(development)" : bundle.getVersion()));
		io.out().println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ") on "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		if (bundles && bundle != null) {
			Arrays.stream(bundle.getBundleContext().getBundles())
					.filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("dev.upskill."))
					.sorted(Comparator.comparing(Bundle::getSymbolicName))
					.forEach(b -> io.out().println(b.getSymbolicName() + " " + b.getVersion() + " " + state(b)));
		}
		return CommandLine.OK;
	}

	private static String state(Bundle bundle) {
		return switch (bundle.getState()) {
		case Bundle.ACTIVE -> "active";
		case Bundle.STARTING -> "starting (lazy)";
		case Bundle.RESOLVED -> "resolved";
		case Bundle.INSTALLED -> "installed, not resolved";
		default -> "stopping";
		};
	}
}
