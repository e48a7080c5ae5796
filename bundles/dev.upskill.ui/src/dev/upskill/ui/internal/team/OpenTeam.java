/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.team;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorLauncher;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Opening a {@code .team} file (a double-click in the Project Explorer) shows it in the Team Heatmap view. */
public final class OpenTeam implements IEditorLauncher {

	@Override
	public void open(IPath file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		try {
			TeamHeatmapView view = (TeamHeatmapView) window.getActivePage().showView(TeamHeatmapView.ID);
			view.show(file.toPath());
		} catch (PartInitException e) {
			ILog.of(OpenTeam.class).log(e.getStatus());
		}
	}
}
