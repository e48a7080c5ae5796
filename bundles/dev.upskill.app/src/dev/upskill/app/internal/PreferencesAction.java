/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.app.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.dialogs.PreferencesUtil;

/**
 * Window > Preferences, opened at a size that shows the page tree's names and the pages whole (the workbench's own
 * opens at the size of its first page, which cuts names off). A size the user chose before is kept when larger.
 */
final class PreferencesAction extends Action implements IWorkbenchAction {

	/** Wide enough for "Version Control (Team)" beside a page of fields, and within a 1024x768 screen. */
	static final Point INITIAL = new Point(960, 680);

	private IWorkbenchWindow window;

	PreferencesAction(IWorkbenchWindow window) {
		super("&Preferences");
		this.window = window;
		setId(ActionFactory.PREFERENCES.getId());
		setToolTipText("Open the preferences");
	}

	@Override
	public void run() {
		if (window == null) {
			return;
		}
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), null, null, null);
		dialog.create();
		Shell shell = dialog.getShell();
		widenTree(dialog);
		Point size = shell.getSize();
		Rectangle screen = shell.getMonitor().getClientArea();
		Point wanted = new Point(Math.min(screen.width, Math.max(size.x, INITIAL.x)), Math.min(screen.height, Math.max(size.y, INITIAL.y)));
		if (!wanted.equals(size)) {
			Rectangle parent = window.getShell().getBounds();
			shell.setBounds(parent.x + (parent.width - wanted.x) / 2, parent.y + (parent.height - wanted.y) / 2, wanted.x, wanted.y);
		}
		shell.layout(true, true);
		dialog.open();
	}

	/** The page tree as wide as its longest top-level name, so that "Version Control (Team)" reads whole. */
	private static void widenTree(PreferenceDialog dialog) {
		Control tree = dialog.getTreeViewer().getControl();
		int wanted = tree.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 24;
		for (Control control = tree; control != null && control != dialog.getShell(); control = control.getParent()) {
			if (control.getLayoutData() instanceof GridData data && data.widthHint > 0) {
				data.widthHint = Math.max(data.widthHint, wanted);
				break;
			}
		}
	}

	@Override
	public void dispose() {
		window = null;
	}
}
