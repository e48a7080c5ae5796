/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.util.List;

/** One {@code upskill} command. */
interface Command {

	/** The word that selects the command. */
	String name();

	/** Its arguments, for the usage text (for example {@code FILE...}). */
	String synopsis();

	/** One line on what it does. */
	String summary();

	/** Further options for the usage text, or empty. */
	default String options() {
		return "";
	}

	/**
	 * Runs the command.
	 *
	 * @return the exit code: {@link CommandLine#OK}, {@link CommandLine#PROBLEMS} or
	 *         {@link CommandLine#BAD_INPUT}
	 */
	int run(List<String> arguments, CommandLine io);
}
