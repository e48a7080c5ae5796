/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.plan;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.UpskillPackage.Literals;

/**
 * Quick fixes of plan-check markers that have an obvious fix ({@link PlanFixes}): add the learning
 * resource the check run chose, as a new planned step, through the plan editor's command stack
 * (the editor is opened first when it is not), so that Edit > Undo takes it back.
 */
public final class PlanCheckResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(PlanCheckMarkers.FIX_RESOURCE, null) != null && marker.getResource() instanceof IFile;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return hasResolutions(marker) ? new IMarkerResolution[] { new AddStep(marker.getAttribute(PlanCheckMarkers.FIX_LABEL, "Add a step")) }
				: new IMarkerResolution[0];
	}

	/** Adds the step the marker names to the plan in its editor; returns the step, or null when nothing was added. */
	public static PlanStep addStep(IMarker marker, IWorkbenchPage page) {
		IFile file = (IFile) marker.getResource();
		String code = marker.getAttribute(PlanCheckMarkers.CODE, "");
		String address = marker.getAttribute(PlanCheckMarkers.FIX_RESOURCE, null);
		IEditorPart part;
		try {
			part = IDE.openEditor(page, file, PlanEditing.EDITOR_ID);
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Quick fix",
					file.getName() + " could not be opened, so nothing was added: " + e.getMessage());
			return null;
		}
		if (!(part instanceof PlanEditing editor) || !editor.awaitRead() || editor.plan() == null) {
			return null; // the file cannot be read: its editor shows why
		}
		LearningPlan plan = editor.plan();
		EObject found = PlanSnapshot.find(editor.getEditingDomain().getResourceSet(), address);
		if (!(found instanceof LearningResource resource) || resource.eIsProxy()) {
			MessageDialog.openError(editor.shell(), "Quick fix", "Nothing was added to " + file.getName()
					+ ": the learning resource it suggested (" + address + ") can no longer be found. Validate the plan again.");
			return null;
		}
		PlanStep step = UpskillFactory.eINSTANCE.createPlanStep();
		step.setResource(resource);
		PlanFixes.schedule(code, step, plan);
		editor.execute(AddCommand.create(editor.getEditingDomain(), plan, Literals.LEARNING_PLAN__STEPS, step));
		if (step.eContainer() != plan) {
			return null;
		}
		editor.validate();
		return step;
	}

	private static final class AddStep implements IMarkerResolution2 {

		private final String label;

		AddStep(String label) {
			this.label = label;
		}

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return label + " to the plan, as a planned step. Edit > Undo takes it back.";
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			addStep(marker, PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
		}
	}
}
