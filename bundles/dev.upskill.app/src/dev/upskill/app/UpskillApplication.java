/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.app;

import java.io.File;
import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import dev.upskill.app.internal.UpskillWorkbenchAdvisor;

/**
 * The Upskill Workbench application ({@code dev.upskill.app.application}): opens the workbench
 * on a workspace, by default {@code ~/upskill-workspace}, which is filled with sample content on
 * first start.
 */
public class UpskillApplication implements IApplication {

	/** Where the workspace is when neither {@code -data} nor the product names one. */
	public static final String DEFAULT_WORKSPACE = "upskill-workspace";

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		Location instance = Platform.getInstanceLocation();
		try {
			if (!claimWorkspace(display, instance)) {
				return IApplication.EXIT_OK;
			}
			context.applicationRunning();
			int code = PlatformUI.createAndRunWorkbench(display, new UpskillWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			if (instance != null && instance.isLocked()) {
				instance.release();
			}
			display.dispose();
		}
	}

	private static boolean claimWorkspace(Display display, Location instance) throws IOException {
		if (instance == null) {
			MessageDialog.openError(null, "Upskill Workbench", "This product needs a workspace, but was started with -data @none.");
			return false;
		}
		if (!instance.isSet() && instance.getDefault() == null) {
			File folder = new File(System.getProperty("user.home"), DEFAULT_WORKSPACE);
			instance.set(folder.toURI().toURL(), false);
		}
		URL url = instance.getURL();
		if (!instance.lock()) {
			MessageDialog.openError(null, "Upskill Workbench", "The workspace " + (url == null ? "" : url.getPath())
					+ " is in use by another Upskill Workbench. Close it, or start with -data and another folder.");
			return false;
		}
		return true;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
