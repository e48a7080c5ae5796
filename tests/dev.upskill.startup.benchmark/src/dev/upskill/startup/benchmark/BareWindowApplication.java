/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.startup.benchmark;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The baseline of the start-up benchmark ({@code releng/scripts/bench-startup.sh}): an RCP
 * application on the product's launcher and bundles that opens one empty window titled
 * "Bare RCP window" and runs until it is closed or the process is ended.
 */
public class BareWindowApplication implements IApplication {

	private volatile Display display;

	@Override
	public Object start(IApplicationContext context) {
		display = new Display();
		try {
			Shell shell = new Shell(display);
			shell.setText("Bare RCP window");
			shell.setSize(1024, 768);
			shell.open();
			context.applicationRunning();
			while (!shell.isDisposed()) {
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
		} finally {
			display.dispose();
		}
		return IApplication.EXIT_OK;
	}

	@Override
	public void stop() {
		Display current = display;
		if (current != null && !current.isDisposed()) {
			current.asyncExec(() -> {
				for (Shell shell : current.getShells()) {
					shell.close();
				}
			});
		}
	}
}
