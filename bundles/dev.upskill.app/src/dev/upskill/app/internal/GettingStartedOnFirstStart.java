/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.app.internal;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.handlers.IHandlerService;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Shows the user guide's Getting Started page (the command of {@code dev.upskill.help}) on the first
 * start of a workspace, once: the preference {@value #SHOWN} of {@code dev.upskill.app} remembers it.
 */
public final class GettingStartedOnFirstStart {

	static final String COMMAND = "dev.upskill.help.gettingStarted";
	public static final String SHOWN = "gettingStarted.shown";

	private GettingStartedOnFirstStart() {
	}

	public static void showOnce(IWorkbench workbench) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("dev.upskill.app");
		if (preferences.getBoolean(SHOWN, false)) {
			return;
		}
		try {
			workbench.getService(IHandlerService.class).executeCommand(COMMAND, null);
		} catch (CommandException e) {
			// The help plug-in is not installed: nothing to show.
			ILog.of(GettingStartedOnFirstStart.class).info("No Getting Started page: " + e.getMessage());
			return;
		}
		preferences.putBoolean(SHOWN, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(GettingStartedOnFirstStart.class).error("Could not remember that Getting Started was shown", e);
		}
	}
}
