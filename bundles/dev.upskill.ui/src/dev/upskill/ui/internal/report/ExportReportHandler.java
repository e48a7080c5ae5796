/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.report;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.upskill.ui.internal.gap.GapAnalysisView;

/**
 * Export Report...: asks for the HTML file, writes the report of what the Gap Analysis view shows
 * (the profile it follows, from the profile editor or the Project Explorer, and its role) in a Job,
 * then offers to open it in the system browser.
 */
public final class ExportReportHandler extends AbstractHandler {

	private static final String TITLE = "Export Report";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		IWorkbenchPage page = window.getActivePage();
		GapAnalysisView view = page == null ? null : (GapAnalysisView) page.findView(GapAnalysisView.ID);
		if (view == null || view.fit() == null || view.profile() == null) {
			if (page != null && view == null) {
				try {
					page.showView(GapAnalysisView.ID);
				} catch (PartInitException e) {
					throw new ExecutionException("the Gap Analysis view could not be opened", e);
				}
			}
			MessageDialog.openInformation(shell, TITLE, "The report is of the profile and role the Gap Analysis view shows, and it"
					+ " shows none yet: open a profile (or select one in the Project Explorer), let the view analyse it, then export"
					+ " again.");
			return null;
		}
		if (view.planning()) {
			MessageDialog.openInformation(shell, TITLE, "The planner is still making the plan for these gaps; export again in a moment"
					+ " so that the report has it.");
			return null;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(TITLE);
		dialog.setFilterExtensions(new String[] { "*.html" });
		dialog.setFilterNames(new String[] { "HTML report (*.html)" });
		dialog.setFilterPath(view.exportFolder().toString());
		dialog.setFileName(ReportExport.suggestedName(view));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path file = Path.of(chosen.toLowerCase(Locale.ROOT).endsWith(".html") || chosen.toLowerCase(Locale.ROOT).endsWith(".htm") ? chosen
				: chosen + ".html");
		Job job = ReportExport.schedule(view, file);
		String subject = ((ReportExport) job).subject();
		Display display = shell.getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent done) {
				if (done.getResult().isOK()) {
					display.asyncExec(() -> offerToOpen(shell, subject, file));
				}
			}
		});
		return null;
	}

	private static void offerToOpen(Shell shell, String subject, Path file) {
		if (shell.isDisposed()) {
			return;
		}
		if (MessageDialog.openQuestion(shell, TITLE, "Wrote the report of " + subject + " to " + file
				+ ".\n\nOpen it in the system browser?") && !Program.launch(file.toString())) {
			MessageDialog.openWarning(shell, TITLE, "No program is set to open HTML files: open " + file + " in a browser yourself.");
		}
	}
}
