/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.jobs;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Work a view asks for again and again (reading a profile with the frameworks, ranking the roles):
 * each request runs in a Job, with progress, off the UI thread; its result comes back to the UI
 * thread with {@code asyncExec} only while the view's control is there and no newer request has
 * superseded it (a request cancels the one before, and a counter drops a result that arrives late).
 * Call {@link #start} and {@link #cancel} on the UI thread.
 *
 * @param <T> what the work gives
 */
public final class LatestResult<T> {

	/** The work, run in the Job. */
	@FunctionalInterface
	public interface Work<T> {
		T run(IProgressMonitor monitor) throws Exception;
	}

	private final Control control;
	private final Object family;
	private int latest;
	private Job running;

	/**
	 * @param control the control that shows the results: none is delivered once it is disposed
	 * @param family the Jobs' family (the view's class), so that tests and shutdown can wait for them
	 */
	public LatestResult(Control control, Object family) {
		this.control = control;
		this.family = family;
	}

	/**
	 * Runs the work in a Job named {@code name}, cancelling the request before; then, on the UI
	 * thread, {@code done} with the result or {@code failed} with what the work threw. Unexpected
	 * failures (anything but {@link IllegalArgumentException}) are logged too.
	 */
	public Job start(String name, Work<T> work, Consumer<T> done, Consumer<Exception> failed) {
		int request = ++latest;
		if (running != null) {
			running.cancel();
		}
		Display display = control.getDisplay();
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				T result = null;
				Exception failure = null;
				try {
					result = work.run(monitor);
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (Exception e) {
					failure = e;
					if (!(e instanceof IllegalArgumentException)) {
						ILog.of(LatestResult.class).error(name + " failed", e);
					}
				}
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				T delivered = result;
				Exception problem = failure;
				Job self = this;
				if (!display.isDisposed()) {
					display.asyncExec(() -> {
						if (control.isDisposed() || request != latest) {
							return; // the view is gone, or a newer request supersedes this one
						}
						if (running == self) {
							running = null;
						}
						if (problem == null) {
							done.accept(delivered);
						} else {
							failed.accept(problem);
						}
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object jobFamily) {
				return jobFamily == family;
			}
		};
		running = job;
		job.schedule();
		return job;
	}

	/** Whether a request is under way (its result not yet shown). */
	public boolean running() {
		return running != null;
	}

	/** Drops the request under way: its result will not be shown. */
	public void cancel() {
		latest++;
		if (running != null) {
			running.cancel();
			running = null;
		}
	}
}
