/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.app.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;

/** Help > About Upskill Workbench: the {@link AboutDialog}, with the installed frameworks and their licences. */
final class AboutAction extends Action implements IWorkbenchAction {

	private IWorkbenchWindow window;

	AboutAction(IWorkbenchWindow window) {
		super("&About " + AboutDialog.productName());
		this.window = window;
		setId(ActionFactory.ABOUT.getId());
		setActionDefinitionId("org.eclipse.ui.help.aboutAction");
		setToolTipText("The version, the installed frameworks and their licences");
	}

	@Override
	public void run() {
		if (window != null) {
			new AboutDialog(window.getShell(), window.getWorkbench()).open();
		}
	}

	@Override
	public void dispose() {
		window = null;
	}
}
