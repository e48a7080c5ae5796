/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** {@code upskill version}: the product's version and the runtime it runs on. */
final class VersionCommand implements Command {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String synopsis() {
		return "";
	}

	@Override
	public String summary() {
		return "print the version of Upskill Workbench and of its runtime";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		if (!arguments.isEmpty()) {
			io.err().println("upskill version: takes no arguments");
			return CommandLine.BAD_INPUT;
		}
		Bundle bundle = FrameworkUtil.getBundle(VersionCommand.class);
		io.out().println("Upskill Workbench " + (bundle == null ? "(development)" : bundle.getVersion()));
		io.out().println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ") on "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		return CommandLine.OK;
	}
}
