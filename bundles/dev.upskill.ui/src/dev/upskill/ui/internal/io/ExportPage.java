/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.io.ExporterDescriptor;

/**
 * The page of the export: the framework (the workspace's {@code .framework} files and the
 * installed frameworks, listed by a Job), the format (one per exporter of the format registry) and
 * the file to write, checked as it is typed.
 */
public final class ExportPage extends WizardPage {

	/** The family of the Job that lists the frameworks. */
	public static final Object FAMILY = ExportPage.class;

	private final List<ExporterDescriptor> exporters;
	private final FrameworkRegistry registry;
	private final Predicate<ExportSource> preselect;
	private final String folder;
	private Label listing;
	private TableViewer sources;
	private final List<Button> formats = new ArrayList<>();
	private Text output;
	private ExporterDescriptor exporter;
	private String derivedOutput = "";
	private boolean listed;
	private Job finding;

	/**
	 * @param preselect which framework to select first (the one of the selection), matched on each listed
	 * @param folder the folder the exported file goes to at first
	 */
	ExportPage(List<ExporterDescriptor> exporters, FrameworkRegistry registry, Predicate<ExportSource> preselect, String folder) {
		super("export");
		this.exporters = exporters;
		this.registry = registry;
		this.preselect = preselect;
		this.folder = folder;
		this.exporter = exporters.isEmpty() ? null : exporters.get(0);
		setTitle("Export a competency framework");
		setDescription("Write a framework as one table of its categories, skills, roles, requirements and learning resources.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		listing = new Label(page, SWT.NONE);
		listing.setText("Finding the frameworks...");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(listing);
		sources = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		sources.getTable().setHeaderVisible(true);
		sources.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(620, 180).applyTo(sources.getControl());
		column("Framework", 260, ExportSource::name);
		column("Where", 340, ExportSource::where);
		sources.setContentProvider(ArrayContentProvider.getInstance());
		sources.addSelectionChangedListener(e -> {
			deriveOutput();
			validate();
		});

		Group format = new Group(page, SWT.NONE);
		format.setText("Format");
		GridLayoutFactory.swtDefaults().applyTo(format);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(format);
		for (ExporterDescriptor descriptor : exporters) {
			Button button = new Button(format, SWT.RADIO);
			button.setText(descriptor.name() + (descriptor.description().isBlank() ? "" : ": " + descriptor.description()));
			button.setData(descriptor);
			button.setSelection(descriptor == exporter);
			button.addListener(SWT.Selection, e -> {
				if (button.getSelection()) {
					exporter = descriptor;
					deriveOutput();
					validate();
				}
			});
			formats.add(button);
		}

		new Label(page, SWT.NONE).setText("&To file:");
		output = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(output);
		output.addModifyListener(e -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		setControl(page);
		find();
		validate();
		setErrorMessage(null);
	}

	private void column(String name, int width, Function<ExportSource, String> text) {
		TableViewerColumn column = new TableViewerColumn(sources, SWT.LEFT);
		column.getColumn().setText(name);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ExportSource) element);
			}
		});
	}

	/** Lists the frameworks in a Job: reading the installed ones may take a while the first time. */
	private void find() {
		Display display = getShell().getDisplay();
		finding = new Job("Finding the frameworks to export") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<ExportSource> found;
				try {
					found = ExportSource.all(ResourcesPlugin.getWorkspace().getRoot(), registry, monitor);
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (CoreException | RuntimeException e) {
					ILog.of(ExportPage.class).error("Listing the frameworks failed", e);
					found = List.of();
				}
				List<ExportSource> shown = found;
				display.asyncExec(() -> show(shown));
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		finding.setSystem(true);
		finding.schedule();
	}

	private void show(List<ExportSource> found) {
		if (sources.getControl().isDisposed()) {
			return;
		}
		listed = true;
		listing.setText(found.isEmpty() ? "There is no framework to export: no .framework file in the workspace, and none installed."
				: "Framework:");
		sources.setInput(found);
		found.stream().filter(preselect).findFirst().ifPresent(s -> sources.setSelection(new StructuredSelection(s), true));
		validate();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText("Export to");
		if (exporter != null && !exporter.extension().isBlank()) {
			dialog.setFilterExtensions(new String[] { "*." + exporter.extension(), "*" });
		}
		Path typed = path();
		if (typed != null && typed.getParent() != null) {
			dialog.setFilterPath(typed.getParent().toString());
			dialog.setFileName(typed.getFileName().toString());
		}
		dialog.setOverwrite(false); // Finish asks
		String chosen = dialog.open();
		if (chosen != null) {
			output.setText(chosen);
		}
	}

	/** Proposes the output file from the framework and the format, unless one was typed. */
	private void deriveOutput() {
		ExportSource source = source();
		if (source == null || exporter == null) {
			return;
		}
		Path current = path();
		String directory = current != null && current.getParent() != null ? current.getParent().toString() : folder;
		String proposed = Path.of(directory, source.baseName() + (exporter.extension().isBlank() ? "" : "." + exporter.extension()))
				.toString();
		if (output.getText().equals(derivedOutput) || output.getText().isBlank()) {
			output.setText(proposed);
		}
		derivedOutput = proposed;
	}

	private Path path() {
		String text = output.getText().strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text);
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		Path file = path();
		if (problem == null && file != null && Files.exists(file)) {
			setMessage(file + " exists: Finish asks before it replaces it.", IMessageProvider.WARNING);
		} else {
			setMessage(null);
		}
		setPageComplete(problem == null);
	}

	private String problem() {
		if (exporter == null) {
			return "No export format is installed.";
		}
		if (!listed) {
			return null; // still finding; the page is not complete yet
		}
		if (source() == null) {
			return "Choose the framework to export.";
		}
		String text = output.getText().strip();
		if (text.isEmpty()) {
			return "Name the file to write.";
		}
		Path file;
		try {
			file = Path.of(text);
		} catch (InvalidPathException e) {
			return "To file: '" + text + "' is not a file name the system accepts (" + e.getReason() + ").";
		}
		if (!file.isAbsolute()) {
			return "To file: '" + text + "' is not a full path; use Browse...";
		}
		if (Files.isDirectory(file)) {
			return "To file: " + file + " is a folder.";
		}
		if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
			return "To file: the folder " + file.getParent() + " does not exist.";
		}
		return null;
	}

	@Override
	public boolean isPageComplete() {
		return listed && super.isPageComplete();
	}

	@Override
	public void dispose() {
		if (finding != null) {
			finding.cancel();
		}
		super.dispose();
	}

	/** The chosen framework, or null. */
	public ExportSource source() {
		return sources == null ? null : (ExportSource) sources.getStructuredSelection().getFirstElement();
	}

	/** The chosen format, or null. */
	public ExporterDescriptor exporter() {
		return exporter;
	}

	/** The file to write, or null when the field holds none. */
	public Path outputPath() {
		return path();
	}

	/** Whether the frameworks are listed. */
	public boolean listed() {
		return listed;
	}

	/** Chooses a format by id, as a click on its button does. */
	public void selectFormat(String id) {
		for (Button button : formats) {
			boolean chosen = ((ExporterDescriptor) button.getData()).id().equals(id);
			button.setSelection(chosen);
			if (chosen) {
				button.notifyListeners(SWT.Selection, null);
			}
		}
	}

	public Table sourcesTable() {
		return sources.getTable();
	}

	/** Selects a listed framework, as a click does. */
	public void select(ExportSource source) {
		sources.setSelection(new StructuredSelection(source), true);
	}

	public Text outputField() {
		return output;
	}
}
