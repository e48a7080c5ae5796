/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.upskill.cli.internal.CommandLine;

/**
 * Runs the command line in-process, as {@code upskill ARGUMENTS} would, and keeps what it printed
 * on standard output and standard error (UTF-8).
 * <p>
 * {@code new CliRun()} keeps only the last run's output. {@link #accumulating()} keeps the output
 * of every run since it was made or since {@link #resetOut()} / {@link #resetErr()}, for tests
 * that check what several runs printed together.
 */
final class CliRun {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final boolean accumulate;

	/** Each run starts with empty output and error. */
	CliRun() {
		this(false);
	}

	private CliRun(boolean accumulate) {
		this.accumulate = accumulate;
	}

	/** The output and error of the runs add up until reset. */
	static CliRun accumulating() {
		return new CliRun(true);
	}

	/** Runs {@code upskill ARGUMENTS}; returns its exit code. */
	int run(String... arguments) {
		if (!accumulate) {
			resetOut();
			resetErr();
		}
		return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(List.of(arguments));
	}

	/** What was printed on standard output. */
	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** What was printed on standard error. */
	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	void resetOut() {
		out.reset();
	}

	void resetErr() {
		err.reset();
	}
}
