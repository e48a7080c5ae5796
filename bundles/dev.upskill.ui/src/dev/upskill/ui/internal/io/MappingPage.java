/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import dev.upskill.io.ImportRequest;
import dev.upskill.io.SpreadsheetMapping;
import dev.upskill.io.SpreadsheetMapping.Field;

/**
 * The spreadsheet importer's page: which column holds the skill, its category, the role, the level,
 * the importance... Proposed from the header row (read in a Job), changed with the lists, saved to
 * a mapping file and loaded from one (the file {@code upskill import csv --mapping} reads).
 */
public final class MappingPage extends WizardPage {

	/** The family of the Job that reads the header row. */
	public static final Object FAMILY = MappingPage.class;

	private static final String NONE = "";

	private final ImportInputPage input;
	private final Map<Field, Combo> combos = new EnumMap<>(Field.class);
	private Label status;
	private List<String> headers = List.of();
	private Path headersOf;
	private SpreadsheetMapping loaded;
	private volatile boolean reading;

	MappingPage(ImportInputPage input) {
		super("mapping");
		this.input = input;
		setTitle("Columns of the spreadsheet");
		setDescription("Choose the column of each field; only the skill is required.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(page);
		status = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(status);
		for (Field field : Field.values()) {
			new Label(page, SWT.NONE).setText(field.label() + (field.required() ? " (required):" : ":"));
			Combo combo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
			combo.addListener(SWT.Selection, e -> validate());
			combos.put(field, combo);
		}
		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(buttons);
		Button load = new Button(buttons, SWT.PUSH);
		load.setText("&Load Mapping...");
		load.addListener(SWT.Selection, e -> browseLoad());
		Button save = new Button(buttons, SWT.PUSH);
		save.setText("&Save Mapping...");
		save.addListener(SWT.Selection, e -> browseSave());
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		ImportRequest request = input.request();
		Path first = request == null ? null : request.inputs().stream().filter(Files::isRegularFile).findFirst().orElse(null);
		if (visible && first != null && !first.equals(headersOf)) {
			readHeaders(first);
		}
	}

	/** Reads the header row in a Job (an XLSX workbook is unzipped for it), then proposes a mapping. */
	private void readHeaders(Path file) {
		headersOf = file;
		reading = true;
		status.setText("Reading the header row of " + file.getFileName() + "...");
		setPageComplete(false);
		Display display = getShell().getDisplay();
		Job job = new Job("Reading the header row of " + file.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<String> found;
				String problem = null;
				try {
					found = SpreadsheetMapping.headers(file);
				} catch (IOException e) {
					found = List.of();
					problem = e.getMessage();
				}
				List<String> read = found;
				String failure = problem;
				display.asyncExec(() -> {
					if (!status.isDisposed()) {
						reading = false;
						showHeaders(file, read, failure);
					}
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void showHeaders(Path file, List<String> read, String failure) {
		headers = read;
		List<String> items = new ArrayList<>();
		items.add(NONE);
		items.addAll(read);
		for (Combo combo : combos.values()) {
			combo.setItems(items.toArray(String[]::new));
		}
		status.setText(failure != null ? "" : file.getFileName() + " has the columns: " + String.join(", ", read) + ".");
		show(loaded != null ? loaded : SpreadsheetMapping.guess(read));
		if (failure != null) {
			setErrorMessage(failure);
			setPageComplete(false);
		}
	}

	/** Shows a mapping in the lists; a column the header row does not have is left blank and said. */
	void show(SpreadsheetMapping mapping) {
		for (Map.Entry<Field, Combo> entry : combos.entrySet()) {
			String column = mapping.column(entry.getKey());
			entry.getValue().select(0);
			if (column != null) {
				for (int i = 1; i < entry.getValue().getItemCount(); i++) {
					if (entry.getValue().getItem(i).strip().equalsIgnoreCase(column.strip())) {
						entry.getValue().select(i);
					}
				}
			}
		}
		validate();
		Map<Field, String> absent = mapping.absent(headers);
		if (getErrorMessage() == null && !absent.isEmpty() && !headers.isEmpty()) {
			List<String> missing = new ArrayList<>();
			absent.forEach((field, column) -> missing.add(field.label() + ": '" + column + "'"));
			setMessage("The file has no column " + String.join(", ", missing) + ".", IMessageProvider.WARNING);
		}
	}

	private void browseLoad() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Load a mapping");
		dialog.setFilterExtensions(new String[] { "*.properties", "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			load(Path.of(chosen));
		}
	}

	/** Loads a mapping file, as Load Mapping... does; a file that cannot be used is said, and nothing changes. */
	public void load(Path file) {
		try {
			loaded = SpreadsheetMapping.load(file);
			show(loaded);
		} catch (IOException e) {
			setErrorMessage("The mapping " + file.getFileName() + " cannot be used: " + e.getMessage());
		}
	}

	private void browseSave() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText("Save the mapping");
		dialog.setFilterExtensions(new String[] { "*.properties", "*" });
		dialog.setFileName("mapping.properties");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			save(Path.of(chosen));
		}
	}

	/** Saves the mapping of the lists, as Save Mapping... does. */
	public void save(Path file) {
		try {
			mapping().save(file);
			setMessage("Saved the mapping to " + file + ".", IMessageProvider.INFORMATION);
		} catch (IOException e) {
			setErrorMessage("The mapping was not saved: " + e.getMessage());
		}
	}

	private void validate() {
		SpreadsheetMapping mapping = mapping();
		String problem = reading ? null : mapping.missing().isEmpty() ? null : "Choose the column that holds the skill's name.";
		setErrorMessage(problem);
		setMessage(null);
		setPageComplete(!reading && problem == null);
	}

	/** The mapping the lists show. */
	public SpreadsheetMapping mapping() {
		SpreadsheetMapping mapping = SpreadsheetMapping.empty();
		for (Map.Entry<Field, Combo> entry : combos.entrySet()) {
			String column = entry.getValue().getText();
			if (!column.isBlank()) {
				mapping = mapping.with(entry.getKey(), column);
			}
		}
		return mapping;
	}

	/** The list of a field's column, for tests. */
	public Combo combo(Field field) {
		return combos.get(field);
	}

	/** Whether the header row is being read. */
	public boolean reading() {
		return reading;
	}
}
