/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import java.util.List;
import java.util.function.Function;

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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import dev.upskill.io.ImporterDescriptor;

/**
 * The first page of the import: the format, one row per importer contributed to
 * {@code dev.upskill.io.formats} (the built-in ESCO, O*NET and CASE ones and any organization's),
 * with what it reads and who contributed it. A double-click goes on to the input.
 */
public final class FormatPage extends WizardPage {

	/** The bundle of the built-in importers, shown as "built in". */
	private static final String BUILT_IN = "dev.upskill.io";

	private final List<ImporterDescriptor> importers;
	private final List<String> registryProblems;
	private final String unavailable;
	private TableViewer table;
	private Label description;
	private ImporterDescriptor selected;

	/**
	 * @param importers the contributed importers
	 * @param registryProblems contributions that could not be used, in words
	 * @param unavailable why there are no formats at all, or null
	 */
	FormatPage(List<ImporterDescriptor> importers, List<String> registryProblems, String unavailable, ImporterDescriptor initial) {
		super("format");
		this.importers = importers;
		this.registryProblems = registryProblems;
		this.unavailable = unavailable;
		this.selected = initial;
		setTitle("Import a competency framework");
		setDescription("Choose the format of the framework to import.");
		setPageComplete(initial != null);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		table = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 160).applyTo(table.getControl());
		column("Format", 260, ImporterDescriptor::name);
		column("Reads", 180, ImporterDescriptor::input);
		column("From", 180, d -> BUILT_IN.equals(d.contributor()) ? "built in" : d.contributor());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(importers);
		description = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(description);
		table.addSelectionChangedListener(e -> {
			selected = (ImporterDescriptor) table.getStructuredSelection().getFirstElement();
			update();
		});
		table.addDoubleClickListener(e -> {
			if (isPageComplete() && getWizard().getNextPage(this) != null) {
				getContainer().showPage(getNextPage());
			}
		});
		if (selected != null) {
			table.setSelection(new StructuredSelection(selected), true);
		}
		setControl(page);
		update();
	}

	private void column(String name, int width, Function<ImporterDescriptor, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(name);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ImporterDescriptor) element);
			}
		});
	}

	private void update() {
		description.setText(selected == null ? "" : selected.description());
		description.getParent().layout(true, true);
		if (unavailable != null) {
			setErrorMessage(unavailable);
		} else if (!registryProblems.isEmpty()) {
			setMessage(String.join(" ", registryProblems), IMessageProvider.WARNING);
		}
		setPageComplete(selected != null && unavailable == null);
	}

	/** The chosen importer, or null. */
	public ImporterDescriptor importer() {
		return selected;
	}

	/** Chooses the importer of this id, as a click on its row does; false when there is none. */
	public boolean select(String id) {
		for (ImporterDescriptor importer : importers) {
			if (importer.id().equals(id)) {
				table.setSelection(new StructuredSelection(importer), true);
				return true;
			}
		}
		return false;
	}

	public Table table() {
		return table.getTable();
	}
}
