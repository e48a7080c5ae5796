/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Connects Edit > Undo and Redo to the active model editor's command stack, and contributes
 * Validate (check the model now, results in the Problems view) to the tool bar.
 */
public class ModelEditorContributor extends EditorActionBarContributor {

	private ModelEditor active;
	private final org.eclipse.jface.action.Action validate = new org.eclipse.jface.action.Action("Validate") {
		@Override
		public void run() {
			if (active != null) {
				active.validate();
				try {
					active.getSite().getPage().showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW, null,
							org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
				} catch (org.eclipse.ui.PartInitException e) {
					org.eclipse.core.runtime.ILog.of(ModelEditorContributor.class).log(e.getStatus());
				}
			}
		}
	};

	private final org.eclipse.jface.action.Action revert = new org.eclipse.jface.action.Action("Re&vert") {
		@Override
		public void run() {
			if (active != null && active.isDirty() && org.eclipse.jface.dialogs.MessageDialog.openConfirm(
					active.getSite().getShell(), "Revert", "Drop your unsaved changes to " + active.getFile().getName()
							+ " and read the file again?")) {
				active.reload();
			}
		}
	};

	@Override
	public void contributeToToolBar(org.eclipse.jface.action.IToolBarManager toolBar) {
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
