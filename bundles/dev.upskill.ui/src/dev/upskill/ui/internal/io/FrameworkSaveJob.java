/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import dev.upskill.io.FrameworkFiles;
import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.io.ImportResult;
import dev.upskill.model.Framework;
import dev.upskill.model.validation.Reasons;
import dev.upskill.ui.internal.editors.FrameworkEditor;

/**
 * Writes a previewed import to its {@code .framework} file, as the command line does: through the
 * model's resource (canonical, written atomically, the previous version kept as
 * {@code .NAME.framework.bak}), a partial import marked as such in its description; then opens the
 * file in the framework editor. A failure says which file and why; nothing half-written is left.
 */
public final class FrameworkSaveJob extends WorkspaceJob {

	/** The family of the save Jobs, so that tests can wait for them. */
	public static final Object FAMILY = FrameworkSaveJob.class;

	private final ImportPreview preview;
	private final IWorkbenchWindow window;
	private final Display display;
	private volatile IEditorPart opened;
	private volatile boolean written;

	FrameworkSaveJob(ImportPreview preview, IWorkbenchWindow window) {
		super("Saving " + preview.target().getFullPath().makeRelative());
		this.preview = preview;
		this.window = window;
		this.display = window.getShell().getDisplay();
		IFile file = preview.target();
		IResourceRuleFactory rules = ResourcesPlugin.getWorkspace().getRuleFactory();
		setRule(MultiRule.combine(rules.modifyRule(file), rules.refreshRule(file.getParent())));
		setUser(false);
		setPriority(LONG);
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		IFile file = preview.target();
		ImportResult result = preview.result();
		Framework framework = result.framework();
		if (result.isPartial()) {
			String note = "Partial import: " + result.count(Severity.ERROR) + " errors; part of the input could not be read.";
			framework.setDescription(framework.getDescription() == null ? note : note + "\n\n" + framework.getDescription());
		}
		try {
			FrameworkFiles.save(framework, file.getLocation().toPath());
		} catch (IOException e) {
			String reason = Reasons.words(String.valueOf(e.getMessage()));
			report("Framework not saved", file.getFullPath().makeRelative() + " was not written: " + reason + "\n\n"
					+ (preview.existed() ? "The file is as it was before the import." : "No file was created."));
			return Status.OK_STATUS; // reported in words above
		}
		progress.worked(8);
		file.getParent().refreshLocal(IResource.DEPTH_ONE, progress.split(2));
		written = true;
		display.asyncExec(() -> open(file));
		return Status.OK_STATUS;
	}

	private void open(IFile file) {
		if (window.getShell() == null || window.getShell().isDisposed() || window.getActivePage() == null) {
			return;
		}
		try {
			opened = IDE.openEditor(window.getActivePage(), file, FrameworkEditor.ID, true);
		} catch (PartInitException e) {
			MessageDialog.openWarning(window.getShell(), "Framework saved, not opened", file.getFullPath().makeRelative()
					+ " was written, but the framework editor could not open it: " + Reasons.words(String.valueOf(e.getMessage()))
					+ "\n\nOpen it from the Project Explorer.");
		}
	}

	private void report(String title, String message) {
		display.asyncExec(() -> {
			Shell shell = window.getShell();
			if (shell != null && !shell.isDisposed()) {
				MessageDialog.openError(shell, title, message);
			}
		});
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** Whether the file was written. */
	public boolean written() {
		return written;
	}

	/** The editor the framework was opened in, once it is; null before or when it could not open. */
	public IEditorPart openedEditor() {
		return opened;
	}

	/** The file written to. */
	public IFile file() {
		return preview.target();
	}
}
