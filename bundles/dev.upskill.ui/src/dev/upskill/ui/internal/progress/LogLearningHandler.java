/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.progress;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import dev.upskill.model.PlanStep;
import dev.upskill.model.validation.Reasons;
import dev.upskill.ui.internal.editors.PlanEditor;

/**
 * Log Learning... (Ctrl+Alt+L, File menu, the steps' context menu): asks for the plan (the active
 * plan editor's; else a choice among the open plan editors, or among the workspace's plan files,
 * opened in the plan editor), then the step, the date, the hours and a note, and logs them on the
 * plan editor's command stack ({@link LogLearning}).
 */
public final class LogLearningHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null || window.getActivePage() == null) {
			return null;
		}
		IWorkbenchPage page = window.getActivePage();
		PlanEditor editor = choosePlan(window.getShell(), page);
		if (editor == null) {
			return null;
		}
		if (!editor.awaitRead() || editor.plan() == null) {
			MessageDialog.openInformation(window.getShell(), "Log Learning", editor.getFile().getName()
					+ " cannot be read, so nothing can be logged on it: its editor says why.");
			return null;
		}
		PlanStep selected = null;
		if (editor.getSite().getSelectionProvider() != null
				&& editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof PlanStep step) {
			selected = step;
		}
		LogLearningDialog dialog = new LogLearningDialog(window.getShell(), editor.plan(), selected, editor.getFile().getName());
		if (dialog.open() != Window.OK || dialog.entry() == null) {
			return null;
		}
		LogLearningDialog.Entry entry = dialog.entry();
		LogLearning.log(editor, entry.step(), entry.date(), entry.hours(), entry.note(), entry.status(), page);
		return null;
	}

	/** The active plan editor; else the one open, or a choice; else a plan file of the workspace, opened. */
	private static PlanEditor choosePlan(Shell shell, IWorkbenchPage page) {
		if (page.getActiveEditor() instanceof PlanEditor active) {
			return active;
		}
		List<PlanEditor> open = new ArrayList<>();
		for (IEditorReference ref : page.getEditorReferences()) {
			if (ref.getEditor(false) instanceof PlanEditor editor) {
				open.add(editor);
			}
		}
		if (open.size() == 1) {
			return open.get(0);
		}
		List<Object> choices = new ArrayList<>(open);
		if (open.isEmpty()) {
			choices.addAll(planFiles());
		}
		if (choices.isEmpty()) {
			MessageDialog.openInformation(shell, "Log Learning", "There is no learning plan to log on: create one with "
					+ "File > New > Learning Plan, or Generate Plan... in the Gap Analysis view.");
			return null;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof PlanEditor editor ? editor.getFile().getFullPath().toString()
						: ((IFile) element).getFullPath().toString();
			}
		});
		dialog.setTitle("Log Learning");
		dialog.setMessage("The plan to log on (type to filter):");
		dialog.setElements(choices.toArray());
		dialog.setMultipleSelection(false);
		if (dialog.open() != Window.OK) {
			return null;
		}
		Object chosen = dialog.getFirstResult();
		if (chosen instanceof PlanEditor editor) {
			page.activate(editor);
			return editor;
		}
		try {
			return IDE.openEditor(page, (IFile) chosen, PlanEditor.ID) instanceof PlanEditor editor ? editor : null;
		} catch (PartInitException e) {
			MessageDialog.openError(shell, "Log Learning", ((IFile) chosen).getName() + " cannot be opened: " + Reasons.words(e));
			return null;
		}
	}

	/** The workspace's .plan files. */
	private static List<IFile> planFiles() {
		List<IFile> files = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource instanceof IFile file && "plan".equals(file.getFileExtension())) {
					files.add(file);
				}
				return resource.getType() != IResource.FILE && !resource.getName().startsWith(".");
			});
		} catch (CoreException e) {
			return files;
		}
		return files;
	}
}
