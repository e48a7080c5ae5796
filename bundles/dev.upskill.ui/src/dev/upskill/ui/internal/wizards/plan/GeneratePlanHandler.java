/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards.plan;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.upskill.ui.internal.editors.ProfileEditor;
import dev.upskill.ui.internal.gap.GapAnalysisView;
import dev.upskill.ui.internal.gap.RoleFitView;
import dev.upskill.ui.internal.wizards.WorkspaceProfiles;

/**
 * Generate Plan...: opens the wizard for the profile and role of the active part: the Gap Analysis
 * view (its profile and role), the Role Fit view (the selected role), the profile editor (its
 * model, unsaved changes included), or a selected {@code .profile} file (its target roles); with
 * none of these, the profile picked from the workspace's {@code .profile} files.
 */
public class GeneratePlanHandler extends AbstractHandler {

	public static final String COMMAND = "dev.upskill.ui.commands.generatePlan";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Shell shell = HandlerUtil.getActiveShell(event);
		if (window == null) {
			return null;
		}
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		IFile file = null;
		List<String> roles = List.of();
		if (part instanceof GapAnalysisView gap) {
			file = gap.profileFile();
			roles = gap.roleKey() == null ? List.of() : List.of(gap.roleKey());
		} else if (part instanceof RoleFitView fit) {
			file = fit.profileFile();
			roles = fit.selectedRoleKey() == null ? List.of() : List.of(fit.selectedRoleKey());
		} else if (part instanceof ProfileEditor editor) {
			file = editor.getFile();
		} else {
			file = profileFile(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		}
		if (file == null) {
			file = pickProfile(shell);
			if (file == null) {
				return null;
			}
		}
		GeneratePlanWizard wizard = new GeneratePlanWizard(ProfileSource.of(file, window.getActivePage()), roles,
				window.getActivePage());
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(1100, 580);
		dialog.open();
		return null;
	}

	/** Asks for one of the workspace's profiles; null when there is none or the person cancels. */
	private static IFile pickProfile(Shell shell) {
		List<IFile> profiles = WorkspaceProfiles.under(ResourcesPlugin.getWorkspace().getRoot());
		if (profiles.isEmpty()) {
			MessageDialog.openInformation(shell, "Generate Plan",
					"The workspace has no .profile file to plan for. Create one with File > New > Profile.");
			return null;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				IFile profile = (IFile) element;
				return profile.getName() + "  (" + profile.getParent().getFullPath().makeRelative() + ")";
			}
		});
		dialog.setTitle("Generate Plan");
		dialog.setMessage("No profile is selected or open. Choose the profile to plan for (type to filter):");
		dialog.setElements(profiles.toArray());
		dialog.setMultipleSelection(false);
		return dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile chosen ? chosen : null;
	}

	private static IFile profileFile(ISelection selection, IEditorPart editor) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && "profile".equals(file.getFileExtension())) {
				return file;
			}
		}
		IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		return file != null && "profile".equals(file.getFileExtension()) ? file : null;
	}
}
