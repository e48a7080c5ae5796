/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import dev.upskill.io.FormatRegistry;
import dev.upskill.io.ImporterDescriptor;
import dev.upskill.io.SpreadsheetMapping;
import dev.upskill.ui.internal.wizards.NewModelFileWizard;

/**
 * File &gt; Import &gt; Upskill &gt; Competency Framework: any importer of the format registry
 * (ESCO, O*NET, CASE, and those organizations contribute), its input and target, a preview of the
 * import run in a Job, and Finish, which writes the previewed framework into a {@code .framework}
 * file of the workspace (atomically, keeping the previous version) and opens it in the framework
 * editor.
 */
public final class ImportFrameworkWizard extends Wizard implements IImportWizard {

	private IWorkbench workbench;
	private FormatRegistry registry;
	private IContainer initialFolder;
	private String initialFormat;
	private FormatPage format;
	private ImportInputPage input;
	private MappingPage mapping;
	private ImportPreviewPage preview;
	private FrameworkSaveJob saving;

	public ImportFrameworkWizard() {
		setWindowTitle("Import Competency Framework");
		setNeedsProgressMonitor(false);
	}

	/** A wizard with this format chosen (an importer's id); the format page still lets it be changed. */
	public ImportFrameworkWizard(String formatId) {
		this();
		this.initialFormat = formatId;
	}

	@Override
	public void init(IWorkbench bench, IStructuredSelection selection) {
		this.workbench = bench;
		this.registry = bench.getService(FormatRegistry.class);
		Object selected = selection == null ? null : selection.getFirstElement();
		initialFolder = NewModelFileWizard.defaultFolder(selected,
				Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isOpen).toList());
	}

	@Override
	public void addPages() {
		List<ImporterDescriptor> importers = registry == null ? List.of() : registry.getImporters();
		String unavailable = registry == null ? "The import formats are not available: the bundle dev.upskill.io is not running."
				: importers.isEmpty() ? "No importer is installed." : null;
		ImporterDescriptor initial = registry == null || initialFormat == null ? null : registry.getImporter(initialFormat).orElse(null);
		format = new FormatPage(importers, registry == null ? List.of() : registry.getProblems(), unavailable, initial);
		input = new ImportInputPage(format, initialFolder);
		mapping = new MappingPage(input);
		preview = new ImportPreviewPage(format, input);
		input.options(() -> spreadsheet() ? mapping.mapping().options() : Map.of());
		addPage(format);
		addPage(input);
		addPage(mapping);
		addPage(preview);
	}

	/** Whether the chosen format is the spreadsheet importer, whose columns the mapping page picks. */
	private boolean spreadsheet() {
		return format.importer() != null && SpreadsheetMapping.IMPORTER_ID.equals(format.importer().id());
	}

	/** The mapping page comes only for spreadsheets. */
	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		if (page == input) {
			return spreadsheet() ? mapping : preview;
		}
		if (page == mapping) {
			return preview;
		}
		return super.getNextPage(page);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == preview && preview.isPageComplete();
	}

	/**
	 * Writes the previewed framework in a Job and opens it when written. The preview is for the
	 * answers as they are (the pages are only reached through Next), so nothing is imported again.
	 */
	@Override
	public boolean performFinish() {
		ImportPreview shown = preview.preview();
		if (shown == null || !shown.writable() || !shown.signature().equals(input.signature())) {
			preview.setErrorMessage("The input changed since the preview: go Back and Next to import it again.");
			return false;
		}
		if (shown.result().isPartial() && !preview.savePartial()) {
			return false;
		}
		saving = new FrameworkSaveJob(shown, workbench.getActiveWorkbenchWindow());
		saving.schedule();
		return true;
	}

	@Override
	public boolean performCancel() {
		if (preview != null) {
			preview.stop();
		}
		return true;
	}

	@Override
	public void dispose() {
		if (preview != null) {
			preview.stop();
		}
		super.dispose();
	}

	public FormatPage formatPage() {
		return format;
	}

	public ImportInputPage inputPage() {
		return input;
	}

	public MappingPage mappingPage() {
		return mapping;
	}

	public ImportPreviewPage previewPage() {
		return preview;
	}

	/** The Job Finish started, or null. */
	public FrameworkSaveJob savingJob() {
		return saving;
	}
}
