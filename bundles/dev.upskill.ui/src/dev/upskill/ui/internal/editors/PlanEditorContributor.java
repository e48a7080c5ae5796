/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.ui.IEditorPart;

/** The plan editor's actions: those of every model editor, and Add Step... and Re-plan on the tool bar. */
public class PlanEditorContributor extends ModelEditorContributor {

	private PlanEditor active;
	private final Action replan = new Action("Re-plan") {
		@Override
		public void run() {
			if (active != null) {
				active.replan();
			}
		}
	};

	private final Action addStep = new Action("Add Step...") {
		@Override
		public void run() {
			if (active != null) {
				active.addStepAction().run();
			}
		}
	};

	@Override
	public void contributeToToolBar(IToolBarManager toolBar) {
		super.contributeToToolBar(toolBar);
		addStep.setToolTipText("Add a learning resource to the plan, those that teach its gaps first");
		toolBar.add(addStep);
		replan.setToolTipText("Plan the rest of the plan again from this week; done and in-progress steps stay as they are");
		toolBar.add(replan);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		active = part instanceof PlanEditor editor ? editor : null;
		replan.setEnabled(active != null && active.isReadable());
		addStep.setEnabled(active != null && active.isReadable());
	}
}
