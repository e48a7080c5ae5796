/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Connects Edit > Undo and Redo to the active model editor's command stack. */
public class ModelEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		if (part instanceof ModelEditor editor) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
		} else {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
		}
		bars.updateActionBars();
	}
}
