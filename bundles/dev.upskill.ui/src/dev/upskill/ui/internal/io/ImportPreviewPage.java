/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

import dev.upskill.io.FrameworkChanges;
import dev.upskill.io.FrameworkCounts;
import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.ImporterDescriptor;
import dev.upskill.model.validation.Problem;

/**
 * The last page of the import: the import itself, run in a Job when the page is shown for new
 * input (with its progress, and Stop), then its figures, its first skills and roles, every problem
 * with its file, line and reason, and what it changes in the file it replaces. Finish writes what
 * this page shows; it never imports again.
 */
public final class ImportPreviewPage extends WizardPage {

	/** The family of the import Jobs, so that tests and shutdown can find them. */
	public static final Object FAMILY = ImportPreviewPage.class;

	/** How many ids of each kind of change the page lists. */
	private static final int IDS_SHOWN = 10;

	private final FormatPage format;
	private final ImportInputPage input;
	private Label status;
	private Button stopOrAgain;
	private ProgressBar progress;
	private Label doing;
	private Label counts;
	private Label framework;
	private PreviewTables tables;
	private Text changes;
	private Button partial;

	private Job job;
	private String importingFor;
	private volatile WatchedProgress watched;
	private ImportPreview preview;
	private String failure;
	private boolean stopped;

	ImportPreviewPage(FormatPage format, ImportInputPage input) {
		super("preview");
		this.format = format;
		this.input = input;
		setTitle("Preview the import");
		setDescription("Nothing is written until you press Finish.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 6).applyTo(page);
		status = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(800, SWT.DEFAULT).applyTo(status);
		stopOrAgain = new Button(page, SWT.PUSH);
		stopOrAgain.setText("Import Again");
		stopOrAgain.addListener(SWT.Selection, e -> {
			if (job != null) {
				stop();
			} else {
				run();
			}
		});
		progress = new ProgressBar(page, SWT.SMOOTH);
		progress.setMaximum(1000);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(progress);
		doing = new Label(page, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(doing);
		counts = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(900, SWT.DEFAULT).applyTo(counts);
		framework = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(900, SWT.DEFAULT).applyTo(framework);
		tables = new PreviewTables(page);
		changes = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(900, 3 * changes.getLineHeight()).applyTo(changes);
		partial = new Button(page, SWT.CHECK);
		partial.setText("&Save anyway, marked as partial (the framework's description will say that part of the input could not be read)");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(partial);
		partial.addListener(SWT.Selection, e -> showState());
		setControl(page);
		showState();
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		String signature = input.signature();
		boolean shown = preview != null && preview.signature().equals(signature);
		boolean coming = job != null && signature != null && signature.equals(importingFor);
		if (visible && signature != null && !shown && !coming) {
			run();
		}
	}

	/** Imports in a Job, for the answers of the first pages; the page shows the result when it comes. */
	void run() {
		ImporterDescriptor importer = format.importer();
		ImportRequest request = input.request();
		IFile target = input.target();
		String signature = input.signature();
		if (importer == null || request == null || target == null) {
			return;
		}
		stop();
		preview = null;
		failure = null;
		stopped = false;
		partial.setSelection(false);
		Display display = getShell().getDisplay();
		Job importing = new Job("Importing " + importer.name()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				WatchedProgress progressShown = new WatchedProgress(monitor);
				watched = progressShown;
				ImportPreview made = null;
				String problem = null;
				boolean cancelled = false;
				try {
					made = ImportPreview.make(signature, importer, request, target, progressShown);
				} catch (OperationCanceledException e) {
					cancelled = true;
				} catch (RuntimeException e) {
					problem = "The import of " + describe(request) + " failed: "
							+ (e.getMessage() == null ? "an internal error; see the Error Log" : e.getMessage());
					ILog.of(ImportPreviewPage.class).error("Import preview failed", e);
				}
				ImportPreview shown = made;
				String shownFailure = problem;
				boolean shownStopped = cancelled;
				Job self = this;
				display.asyncExec(() -> {
					if (status == null || status.isDisposed() || job != self) {
						return;
					}
					job = null;
					preview = shown;
					failure = shownFailure;
					stopped = shownStopped;
					showState();
				});
				return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		importing.setPriority(Job.LONG);
		watched = null;
		job = importing;
		importingFor = signature;
		showState();
		importing.schedule();
		poll(display, importing);
	}

	/** Shows the Job's progress every tenth of a second while it runs. */
	private void poll(Display display, Job running) {
		display.timerExec(100, () -> {
			if (progress.isDisposed() || job != running) {
				return;
			}
			WatchedProgress now = watched;
			if (now != null) {
				double done = now.share();
				progress.setSelection(done < 0 ? 0 : (int) Math.round(done * 1000));
				doing.setText(now.doing());
			}
			poll(display, running);
		});
	}

	/** Stops the running import, if any. */
	void stop() {
		if (job != null) {
			job.cancel();
			job = null;
			stopped = true;
			showState();
		}
	}

	private static String describe(ImportRequest request) {
		return request.inputs().stream().map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString())
				.collect(Collectors.joining(", "));
	}

	private void showState() {
		if (status == null || status.isDisposed()) {
			return;
		}
		boolean importing = job != null;
		progress.setVisible(importing);
		doing.setVisible(importing);
		((GridData) progress.getLayoutData()).exclude = !importing;
		((GridData) doing.getLayoutData()).exclude = !importing;
		stopOrAgain.setText(importing ? "Sto&p" : "Import &Again");
		stopOrAgain.setEnabled(importing || input.request() != null);
		ImportResult result = preview == null ? null : preview.result();
		boolean partialShown = result != null && result.imported() && result.isPartial() && preview.errors().isEmpty();
		partial.setVisible(partialShown);
		((GridData) partial.getLayoutData()).exclude = !partialShown;
		if (importing) {
			progress.setSelection(0);
			doing.setText("");
			status.setText("Importing " + describe(input.request()) + " with the " + format.importer().name() + " importer...");
			setErrorMessage(null);
			setMessage(null);
			clear();
		} else if (failure != null || stopped || result == null) {
			status.setText(stopped ? "The import was stopped; nothing is written. Press Import Again to import again." : "No import.");
			setErrorMessage(failure);
			clear();
		} else {
			status.setText(result.imported() ? preview.importer().name() + ": " + result.counts() + "." : "Nothing could be imported.");
			FrameworkCounts figures = result.counts();
			counts.setText(String.format(Locale.ROOT, "Skills: %,d    Categories: %,d    Roles: %,d    Requirements: %,d    Resources: %,d",
					figures.skills(), figures.categories(), figures.roles(), figures.requirements(), figures.resources()));
			framework.setText(result.framework() == null ? ""
					: "Framework: " + result.framework().getId() + ", \"" + result.framework().getName() + "\""
							+ (result.framework().getVersion() == null ? ", no version" : ", version " + result.framework().getVersion()));
			tables.show(result);
			changes.setText(changesText(preview));
			showMessage(preview);
		}
		((Composite) getControl()).layout(true, true);
		setPageComplete(complete());
	}

	private void clear() {
		counts.setText("");
		framework.setText("");
		tables.show(null);
		changes.setText("");
	}

	private void showMessage(ImportPreview shown) {
		ImportResult result = shown.result();
		long errors = result.count(Severity.ERROR);
		long warnings = result.count(Severity.WARNING);
		if (!result.imported()) {
			setErrorMessage("Nothing could be imported from " + describe(shown.request()) + ": the problems below say why.");
		} else if (!shown.errors().isEmpty()) {
			setErrorMessage("The imported framework cannot be saved: " + shown.errors().stream().limit(3).map(Problem::toString)
					.collect(Collectors.joining("; ")) + (shown.errors().size() > 3 ? "; and " + (shown.errors().size() - 3) + " more" : ""));
		} else if (result.isPartial() && !partial.getSelection()) {
			setErrorMessage("Part of the input could not be read (" + count(errors, "error") + " below). Fix the input and import again,"
					+ " or check 'Save anyway, marked as partial'.");
		} else {
			setErrorMessage(null);
			if (result.isPartial()) {
				setMessage("Finish writes what could be read, marked as a partial import.", IMessageProvider.WARNING);
			} else if (warnings > 0) {
				setMessage("Imported with " + count(warnings, "warning") + " (below). Finish " + (shown.existed() ? "replaces " : "writes ")
						+ shown.target().getName() + " and opens it.", IMessageProvider.WARNING);
			} else {
				setMessage("Finish " + (shown.existed() ? "replaces " : "writes ") + shown.target().getName() + " and opens it.",
						IMessageProvider.INFORMATION);
			}
		}
	}

	private static String count(long count, String what) {
		return count + " " + what + (count == 1 ? "" : "s");
	}

	/** What Finish does to the file: writes a new one, or replaces one, with what that changes. */
	static String changesText(ImportPreview preview) {
		IFile target = preview.target();
		String path = target.getFullPath().makeRelative().toString();
		if (!preview.existed()) {
			return "Finish writes the new file " + path + " and opens it in the framework editor.";
		}
		String replaces = path + " exists: Finish replaces it (the previous version is kept as ." + target.getName() + ".bak).";
		if (preview.changes() == null) {
			return preview.previousProblem() == null ? replaces : replaces + " It cannot be compared: " + preview.previousProblem() + ".";
		}
		FrameworkChanges changed = preview.changes();
		List<String> lines = new ArrayList<>();
		lines.add(replaces + " Compared with it: " + changed + (changed.isEmpty() ? " (the same framework)." : ".")
				+ " Elements still in the input keep their ids, so the profiles and plans that refer to them keep working.");
		lines.add(ids("Added", changed.added()));
		lines.add(ids("Changed", changed.changed()));
		lines.add(ids("Removed", changed.removed()));
		return lines.stream().filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
	}

	private static String ids(String what, List<String> ids) {
		if (ids.isEmpty()) {
			return "";
		}
		return what + ": " + String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())))
				+ (ids.size() > IDS_SHOWN ? ", ... (" + (ids.size() - IDS_SHOWN) + " more)" : "");
	}

	private boolean complete() {
		return job == null && preview != null && preview.writable() && (!preview.result().isPartial() || partial.getSelection());
	}

	@Override
	public void dispose() {
		stop();
		super.dispose();
	}

	// What the page shows, for the wizard and for tests.

	/** Whether an import Job is running for this page. */
	public boolean importing() {
		return job != null;
	}

	/** The import shown, or null. */
	public ImportPreview preview() {
		return preview;
	}

	/** Whether the user asked to save a partial import. */
	public boolean savePartial() {
		return partial.getSelection();
	}

	public String statusText() {
		return status.getText();
	}

	public String countsText() {
		return counts.getText();
	}

	public String frameworkText() {
		return framework.getText();
	}

	public String changesText() {
		return changes.getText();
	}

	public PreviewTables tables() {
		return tables;
	}

	public Button partialButton() {
		return partial;
	}
}
