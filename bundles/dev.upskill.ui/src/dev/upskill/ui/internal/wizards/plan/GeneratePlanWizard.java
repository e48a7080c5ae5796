/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards.plan;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.plan.PlanDocument;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.Role;

/**
 * Generate Plan: the planner's plan for a profile towards one or more roles, previewed before it is
 * written, then saved as a new {@code .plan} file next to the profile and opened in the plan
 * editor. The profile and its frameworks are read in a Job when the wizard opens; planning runs in
 * a Job when the preview is shown.
 */
public final class GeneratePlanWizard extends Wizard {

	private final ProfileSource source;
	private final IWorkbenchPage page;
	private final PlanOptionsPage options;
	private final PlanPreviewPage preview;
	private Job reading;
	private IFile written;
	private IEditorPart opened;

	/**
	 * @param source the profile
	 * @param roleKeys the roles to check at first ({@code framework#role}); empty for the profile's target roles
	 * @param page where the plan opens
	 */
	public GeneratePlanWizard(ProfileSource source, List<String> roleKeys, IWorkbenchPage page) {
		this.source = source;
		this.page = page;
		this.options = new PlanOptionsPage(new LinkedHashSet<>(roleKeys));
		this.preview = new PlanPreviewPage(options, source.file().getParent());
		setWindowTitle("Generate Plan for " + source.file().getName() + (source.unsaved() ? " (unsaved changes)" : ""));
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(options);
		addPage(preview);
		read();
	}

	/** Reads the profile and its frameworks in a Job; the first page fills in when it is done. */
	private void read() {
		Display display = Display.getCurrent();
		reading = new Job("Reading " + source.file().getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				AnalysisContext context = null;
				String failure = null;
				try {
					context = source.read();
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (IllegalArgumentException e) {
					failure = e.getMessage();
				} catch (RuntimeException e) {
					failure = source.file().getName() + " cannot be read: " + e.getMessage();
					ILog.of(GeneratePlanWizard.class).error("Reading the profile failed", e);
				}
				AnalysisContext read = context;
				String problem = failure;
				display.asyncExec(() -> {
					if (options.getControl() == null || options.getControl().isDisposed()) {
						return;
					}
					if (read == null) {
						options.setErrorMessage(problem);
					} else {
						options.setContext(read);
					}
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == PlanPreviewPage.FAMILY;
			}
		};
		reading.schedule();
	}

	@Override
	public boolean canFinish() {
		return preview.isPageComplete() && getContainer().getCurrentPage() == preview;
	}

	@Override
	public boolean performFinish() {
		PlanResult result = preview.result();
		PlanRequest request = preview.request();
		String name = preview.fileNameField().getText().trim();
		String problem = PlanFile.check(source.file().getParent(), name);
		if (result == null || problem != null) {
			preview.setErrorMessage(problem);
			return false;
		}
		IFile file = source.file().getParent().getFile(new Path(name));
		Role role = request.targets().get(0);
		String who = request.profile().getPerson() == null ? request.profile().getName() : request.profile().getPerson();
		LearningPlan plan = PlanDocument.create(result, request, PlanFile.idOf(name), who + ": towards " + role.getName());
		try {
			PlanFile.write(plan, file);
		} catch (IOException | CoreException e) {
			MessageDialog.openError(getShell(), "Plan not written",
					"Could not write " + file.getFullPath().makeRelative() + ": " + e.getMessage() + "\n\nNo file was created.");
			return false;
		}
		written = file;
		try {
			opened = IDE.openEditor(page, file, true);
		} catch (PartInitException e) {
			MessageDialog.openWarning(getShell(), "Plan written, not opened", "The plan was written to "
					+ file.getFullPath().makeRelative() + ", but the plan editor could not open it: " + e.getMessage()
					+ "\n\nOpen it from the Project Explorer.");
		}
		return true;
	}

	@Override
	public boolean performCancel() {
		stopJobs();
		return true;
	}

	@Override
	public void dispose() {
		stopJobs();
		super.dispose();
	}

	private void stopJobs() {
		if (reading != null) {
			reading.cancel();
		}
		preview.cancel();
	}

	public PlanOptionsPage optionsPage() {
		return options;
	}

	public PlanPreviewPage previewPage() {
		return preview;
	}

	/** The file Finish wrote, or null. */
	public IFile writtenFile() {
		return written;
	}

	/** The editor Finish opened, or null. */
	public IEditorPart openedEditor() {
		return opened;
	}
}
