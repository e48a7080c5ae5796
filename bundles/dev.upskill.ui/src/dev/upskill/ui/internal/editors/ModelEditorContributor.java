/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Connects Edit > Undo and Redo to the active model editor's command stack, and contributes
 * Validate (check the model now, results in the Problems view) to the tool bar.
 */
public class ModelEditorContributor extends EditorActionBarContributor {

	private ModelEditor active;
	private final Action validate = new Action("Validate") {
		@Override
		public void run() {
			if (active != null) {
				active.validate();
				try {
					active.getSite().getPage().showView(IPageLayout.ID_PROBLEM_VIEW, null,
							IWorkbenchPage.VIEW_VISIBLE);
				} catch (PartInitException e) {
					ILog.of(ModelEditorContributor.class).log(e.getStatus());
				}
			}
		}
	};

	private final Action revert = new Action("Re&vert") {
		@Override
		public void run() {
			if (active != null && active.isDirty() && MessageDialog.openConfirm(
					active.getSite().getShell(), "Revert", "Drop your unsaved changes to " + active.getFile().getName()
							+ " and read the file again?")) {
				active.reload();
			}
		}
	};

	@Override
	public void contributeToToolBar(IToolBarManager toolBar) {
		validate.setToolTipText("Check the model now and list its problems in the Problems view");
		toolBar.add(validate);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		active = part instanceof ModelEditor editor ? editor : null;
		if (part instanceof ModelEditor editor) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
			bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
		} else {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
			bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), null);
		}
		bars.updateActionBars();
	}
}
