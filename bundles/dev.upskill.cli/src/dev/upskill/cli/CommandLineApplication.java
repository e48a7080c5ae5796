/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import dev.upskill.cli.internal.CommandLine;

/**
 * The headless command line of Upskill Workbench ({@code dev.upskill.cli.main}), run by the
 * {@code upskill} launcher when it is given arguments. Its exit code is the command's: 0 success,
 * 1 problems found, 2 unreadable input or wrong usage.
 */
public class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> arguments = args == null ? List.of() : Arrays.asList(args);
		PrintStream out = System.out;
		int exit = new CommandLine(out, System.err).run(arguments);
		out.flush();
		return Integer.valueOf(exit);
	}

	@Override
	public void stop() {
		// Commands are short-lived; nothing to interrupt.
	}
}
