/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * A Job's progress monitor that also keeps what it was told (the task, the sub-task, the share of
 * the work done), so that a wizard page can show it beside its own widgets: the page reads it on a
 * UI timer while the Job writes it from its thread.
 */
final class WatchedProgress extends ProgressMonitorWrapper {

	private volatile String task = "";
	private volatile String subTask = "";
	private volatile int total = UNKNOWN;
	private volatile double worked;

	WatchedProgress(IProgressMonitor monitor) {
		super(monitor);
	}

	@Override
	public void beginTask(String name, int totalWork) {
		super.beginTask(name, totalWork);
		task = name == null ? "" : name;
		total = totalWork;
		worked = 0;
	}

	@Override
	public void setTaskName(String name) {
		super.setTaskName(name);
		task = name == null ? "" : name;
	}

	@Override
	public void subTask(String name) {
		super.subTask(name);
		subTask = name == null ? "" : name;
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void internalWorked(double work) {
		super.internalWorked(work);
		worked += work; // one writer: the Job's thread
	}

	/** The share of the work done, 0 to 1, or -1 when the total is not known. */
	double share() {
		int all = total;
		return all <= 0 ? -1 : Math.min(1, worked / all);
	}

	/** What is being done: the sub-task when there is one, else the task. */
	String doing() {
		String now = subTask;
		return now.isBlank() ? task : now;
	}
}
