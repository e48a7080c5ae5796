/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.io.ExporterDescriptor;
import dev.upskill.io.FormatRegistry;
import dev.upskill.model.Framework;

/**
 * File &gt; Export &gt; Upskill &gt; Competency Framework: a workspace {@code .framework} file or an
 * installed framework, written as CSV or XLSX (or any contributed format) by the format registry's
 * exporters, in a Job. An existing file is replaced only when the user says so.
 */
public final class ExportFrameworkWizard extends Wizard implements IExportWizard {

	private static final String SETTINGS = "ExportFrameworkWizard";
	private static final String FOLDER = "folder";

	private IWorkbench workbench;
	private FormatRegistry formats;
	private FrameworkRegistry frameworks;
	private Predicate<ExportSource> preselect = s -> false;
	private ExportPage page;
	private FrameworkExportJob exporting;

	public ExportFrameworkWizard() {
		setWindowTitle("Export Competency Framework");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench bench, IStructuredSelection selection) {
		this.workbench = bench;
		this.formats = bench.getService(FormatRegistry.class);
		this.frameworks = bench.getService(FrameworkRegistry.class);
		Object selected = selection == null ? null : selection.getFirstElement();
		IFile file = selected == null ? null : Adapters.adapt(selected, IFile.class);
		if (file != null) {
			preselect = s -> file.equals(s.file());
		} else if (selected instanceof RegisteredFramework installed) {
			preselect = s -> s.installed() != null && s.installed().id().equals(installed.id());
		} else if (selected instanceof EObject element && EcoreUtil.getRootContainer(element) instanceof Framework framework
				&& framework.getId() != null) {
			preselect = s -> s.installed() != null && s.installed().id().equals(framework.getId());
		}
	}

	@Override
	public void addPages() {
		List<ExporterDescriptor> exporters = formats == null ? List.of() : formats.getExporters();
		String folder = settings().get(FOLDER);
		if (folder == null || !Files.isDirectory(Path.of(folder))) {
			folder = System.getProperty("user.home");
		}
		page = new ExportPage(exporters, frameworks, preselect, folder);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ExportSource source = page.source();
		ExporterDescriptor exporter = page.exporter();
		Path output = page.outputPath();
		if (source == null || exporter == null || output == null) {
			return false;
		}
		if (Files.exists(output) && !MessageDialog.openQuestion(getShell(), "Replace " + output.getFileName() + "?",
				output + " exists. Replace it with the export of " + source.name() + "?")) {
			return false;
		}
		settings().put(FOLDER, output.getParent().toString());
		exporting = new FrameworkExportJob(source, exporter, output, frameworks, workbench.getActiveWorkbenchWindow().getShell());
		exporting.schedule();
		return true;
	}

	private IDialogSettings settings() {
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportFrameworkWizard.class)).getDialogSettings();
		IDialogSettings section = all.getSection(SETTINGS);
		return section == null ? all.addNewSection(SETTINGS) : section;
	}

	public ExportPage exportPage() {
		return page;
	}

	/** The Job Finish started, or null. */
	public FrameworkExportJob exportJob() {
		return exporting;
	}
}
