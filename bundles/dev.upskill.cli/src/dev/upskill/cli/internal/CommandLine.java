/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code upskill COMMAND ARGS...} and runs the command. */
public final class CommandLine {

	/** Exit code: success. */
	public static final int OK = 0;
	/** Exit code: the command ran and found problems (for example an invalid model). */
	public static final int PROBLEMS = 1;
	/** Exit code: wrong usage, unknown ids, or input that cannot be read. */
	public static final int BAD_INPUT = 2;

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, Command> commands = new LinkedHashMap<>();

	public CommandLine(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		for (Command command : List.of(new VersionCommand(), new ValidateCommand(), new FrameworksCommand(), new GapCommand(),
				new RankCommand(), new PlanCommand(), new ReachCommand(), new CheckCommand(), new ImportCommand(), new ExportCommand(), new PostingCommand(),
				new ReportCommand(), new ProgressCommand(), new TeamCommand())) {
			commands.put(command.name(), command);
		}
	}

	public PrintStream out() {
		return out;
	}

	public PrintStream err() {
		return err;
	}

	public int run(List<String> arguments) {
		if (arguments.isEmpty() || List.of("help", "--help", "-h").contains(arguments.get(0))) {
			usage(out);
			return arguments.isEmpty() ? BAD_INPUT : OK;
		}
		Command command = commands.get(arguments.get(0));
		if (command == null) {
			err.println("upskill: unknown command '" + arguments.get(0) + "'");
			usage(err);
			return BAD_INPUT;
		}
		try {
			return command.run(arguments.subList(1, arguments.size()), this);
		} catch (RuntimeException e) {
			err.println("upskill " + command.name() + ": internal error: " + e);
			e.printStackTrace(err);
			return BAD_INPUT;
		}
	}

	private void usage(PrintStream stream) {
		stream.println("Usage: upskill COMMAND [ARGUMENTS]    (no arguments: start the workbench)");
		stream.println();
		stream.println("Commands:");
		for (Command command : commands.values()) {
			String head = command.name() + " " + command.synopsis();
			stream.printf("  %-32s %s%n", head.strip(), command.summary());
			if (!command.options().isEmpty()) {
				stream.printf("  %-32s %s%n", "", command.options());
			}
		}
		stream.println();
		stream.println("Exit codes: 0 success, 1 problems found, 2 wrong usage or unreadable input.");
	}
}
