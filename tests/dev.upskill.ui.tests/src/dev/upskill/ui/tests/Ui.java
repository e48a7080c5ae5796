/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** What the UI tests do between steps: let the workbench process its events, wait for something. */
final class Ui {

	private Ui() {
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** Processes events until the condition holds, or fails after ten seconds naming what it waited for. */
	static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
		waitFor(condition, what, Duration.ofSeconds(10));
	}

	/** Processes events until the condition holds, or fails after {@code timeout} naming what it waited for. */
	static void waitFor(BooleanSupplier condition, String what, Duration timeout) throws InterruptedException {
		long deadline = System.currentTimeMillis() + timeout.toMillis();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			processEvents();
			Thread.sleep(50);
		}
	}
}
