/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.upskill.core.progress.Progress;
import dev.upskill.core.table.ProgressTables;
import dev.upskill.model.resource.AtomicFileWriter;
import dev.upskill.ui.internal.table.TableExport;

/**
 * Exports the progress shown, in a Job: a {@code .json} file gets the document of
 * {@code upskill progress --format json}; a {@code .csv} file one table of {@link ProgressTables}
 * (the burn-up when there is a plan, else the fit over time), as {@code --format csv --table} writes
 * it. Files are written atomically; a failure names the file and the reason.
 */
final class ProgressExport extends Job {

	private final Progress progress;
	private final String profileFile;
	private final String planFile;
	private final Path file;

	ProgressExport(Progress progress, String profileFile, String planFile, Path file) {
		super("Exporting the progress to " + file.getFileName());
		this.progress = progress;
		this.profileFile = profileFile;
		this.planFile = planFile;
		this.file = file;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			AtomicFileWriter.write(file, text().getBytes(StandardCharsets.UTF_8));
			return Status.OK_STATUS;
		} catch (IOException | RuntimeException e) {
			return Status.error("Could not export the progress to " + file + ": " + TableExport.reason(file, e), e);
		}
	}

	/** What the file holds. */
	String text() throws IOException {
		StringBuilder out = new StringBuilder();
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
			ProgressTables.writeDocument(progress, profileFile, planFile, out);
		} else if (progress.burnUp() != null) {
			ProgressTables.BURN_UP.writeCsv(progress.burnUp().weeks(), out);
		} else {
			ProgressTables.FIT.writeCsv(progress.fit(), out);
		}
		return out.toString();
	}
}
