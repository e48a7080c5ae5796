/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.team;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Runs work on items {@code 0..count-1} on a few threads, each with a state of its own (a resource
 * set, the best people so far), taking the next item as it is free. The calling thread reports
 * the progress (a monitor is not for several threads) and stops the workers when it is cancelled.
 */
public final class Parallel {

	/** The work on one item, with the worker's state. */
	@FunctionalInterface
	public interface Work<S> {
		void run(S state, int index);
	}

	private Parallel() {
	}

	/**
	 * Runs the work on every item and returns each worker's state.
	 *
	 * @param progress receives one unit of work per item done; may be null
	 * @throws OperationCanceledException when the monitor is cancelled (the workers stop at their next item)
	 */
	public static <S> List<S> run(int count, int threads, Supplier<S> state, Work<S> work, IProgressMonitor progress) {
		int workers = Math.max(1, Math.min(threads, count));
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		AtomicBoolean canceled = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
			Thread thread = new Thread(runnable, "Upskill team worker");
			thread.setDaemon(true);
			return thread;
		});
		List<S> states = new ArrayList<>();
		try {
			List<Future<S>> futures = new ArrayList<>();
			for (int w = 0; w < workers; w++) {
				futures.add(pool.submit(() -> {
					S mine = state.get();
					for (int i = next.getAndIncrement(); i < count && !canceled.get(); i = next.getAndIncrement()) {
						work.run(mine, i);
						done.incrementAndGet();
					}
					return mine;
				}));
			}
			int reported = 0;
			for (Future<S> future : futures) {
				while (true) {
					try {
						states.add(future.get(50, TimeUnit.MILLISECONDS));
						break;
					} catch (TimeoutException e) {
						// report the progress below
					} finally {
						int now = done.get();
						if (progress != null) {
							progress.worked(now - reported);
							canceled.compareAndSet(false, progress.isCanceled());
						}
						reported = now;
					}
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			canceled.set(true);
		} catch (ExecutionException e) {
			canceled.set(true);
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
		if (canceled.get()) {
			throw new OperationCanceledException();
		}
		return states;
	}
}
