/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/** A progress line on a terminal: the task, what it is doing and the percentage, rewritten in place. */
final class TerminalProgress extends NullProgressMonitor {

	private final PrintStream terminal;
	private String task = "";
	private String subTask = "";
	private int total;
	private int done;
	private int shown = -1;

	TerminalProgress(PrintStream terminal) {
		this.terminal = terminal;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name == null ? "" : name;
		total = totalWork;
		show();
	}

	@Override
	public void subTask(String name) {
		subTask = name == null ? "" : name;
		show();
	}

	@Override
	public void worked(int work) {
		done += work;
		int percent = total <= 0 ? 0 : Math.min(100, done * 100 / total);
		if (percent != shown) {
			shown = percent;
			show();
		}
	}

	@Override
	public void done() {
		terminal.print("\r\033[K");
		terminal.flush();
	}

	private void show() {
		String line = task + (subTask.isEmpty() ? "" : ": " + subTask) + (total > 0 ? " " + Math.max(0, shown) + "%" : "");
		terminal.print("\r\033[K" + (line.length() > 78 ? line.substring(0, 78) : line));
		terminal.flush();
	}
}
