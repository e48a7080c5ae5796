/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.io.ExporterDescriptor;
import dev.upskill.model.Framework;
import dev.upskill.model.resource.AtomicFileWriter;
import dev.upskill.model.validation.Reasons;

/**
 * Reads the framework (when it is a file) and writes it with an exporter, as {@code upskill export}
 * does: into memory first, then to the file in one atomic step, so that a failed or stopped export
 * leaves no half-written file. A file inside the workspace is refreshed.
 */
public final class FrameworkExportJob extends Job {

	/** The family of the export Jobs, so that tests can wait for them. */
	public static final Object FAMILY = FrameworkExportJob.class;

	private final ExportSource source;
	private final ExporterDescriptor exporter;
	private final Path output;
	private final FrameworkRegistry registry;
	private final Shell shell;
	private final Display display;
	private volatile String failure;

	FrameworkExportJob(ExportSource source, ExporterDescriptor exporter, Path output, FrameworkRegistry registry, Shell shell) {
		super("Exporting " + source.name() + " to " + output.getFileName());
		this.source = source;
		this.exporter = exporter;
		this.output = output;
		this.registry = registry;
		this.shell = shell;
		this.display = shell.getDisplay();
		setUser(true);
		setPriority(LONG);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		try {
			progress.subTask("Reading " + source.name());
			Framework framework = source.read(registry);
			progress.worked(30);
			progress.subTask("Writing " + output.getFileName());
			ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
			exporter.write(framework, buffer, progress.split(60));
			AtomicFileWriter.write(output, buffer.toByteArray());
			refresh(progress.split(10));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IllegalArgumentException e) {
			fail(source.name() + " cannot be exported: " + e.getMessage() + ".");
		} catch (IOException e) {
			fail(output + " was not written: " + Reasons.words(String.valueOf(e.getMessage())) + ".");
		} catch (RuntimeException e) {
			ILog.of(FrameworkExportJob.class).error("Export failed", e);
			fail(output + " was not written: an internal error; see the Error Log.");
		}
		return Status.OK_STATUS; // the failure is reported in words
	}

	private void fail(String message) {
		failure = message;
		display.asyncExec(() -> {
			if (!shell.isDisposed()) {
				MessageDialog.openError(shell, "Export failed", message);
			}
		});
	}

	/** Refreshes the written file when it is in the workspace, so that the Project Explorer shows it. */
	private void refresh(IProgressMonitor monitor) {
		for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(output.toUri())) {
			try {
				file.refreshLocal(IResource.DEPTH_ZERO, monitor);
			} catch (CoreException e) {
				ILog.of(FrameworkExportJob.class).warn("Could not refresh " + file.getFullPath(), e);
			}
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** Why the export failed, or null. */
	public String failure() {
		return failure;
	}

	public Path output() {
		return output;
	}
}
