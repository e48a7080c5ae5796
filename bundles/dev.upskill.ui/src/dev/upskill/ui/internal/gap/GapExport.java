/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import dev.upskill.core.table.GapTable;
import dev.upskill.core.table.GapTable.Row;
import dev.upskill.model.resource.AtomicFileWriter;

/**
 * Exports the gap grid's rows as shown (filtered, sorted, grouped) with the core table's columns,
 * to CSV or to an XLSX workbook (fastexcel), in a Job with progress, never on the UI thread.
 * Files are written atomically, so an export never leaves half a file behind. A failure is the
 * Job's error, which the workbench shows: it names the file and says why in words.
 */
public final class GapExport extends Job {

	private final List<Row> rows;
	private final String sheet;
	private final Path file;

	/**
	 * @param rows the rows as shown (copied: the grid may change meanwhile)
	 * @param sheet the sheet's name in a workbook (the role's name)
	 * @param file a {@code .xlsx} file gets a workbook, any other CSV
	 */
	GapExport(List<Row> rows, String sheet, Path file) {
		super("Exporting the gaps to " + file.getFileName());
		this.rows = List.copyOf(rows);
		this.sheet = sheet;
		this.file = file;
		setUser(true);
	}

	static boolean isWorkbook(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		return export(rows, sheet, file, monitor);
	}

	/**
	 * Writes the rows to the file (what the Job does, off the UI thread).
	 *
	 * @return OK, or an error whose message names the file and the reason
	 */
	public static IStatus export(List<Row> rows, String sheet, Path file, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting the gaps to " + file.getFileName(), 2);
		try {
			progress.subTask(rows.size() + " rows");
			byte[] content = content(rows, sheet, file);
			progress.worked(1);
			progress.subTask("Saving " + file);
			AtomicFileWriter.write(file, content);
			progress.worked(1);
			return Status.OK_STATUS;
		} catch (IOException | RuntimeException e) {
			return Status.error(failure(file, e), e);
		} finally {
			if (monitor != null) {
				monitor.done();
			}
		}
	}

	private static byte[] content(List<Row> rows, String sheet, Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (isWorkbook(file)) {
			GapTable.TABLE.writeXlsx(rows, sheet, bytes);
		} else {
			try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
				GapTable.TABLE.writeCsv(rows, writer);
			}
		}
		return bytes.toByteArray();
	}

	/** For example {@code Could not export the gaps to /tmp/x/gaps.csv: the folder /tmp/x cannot be written to}. */
	static String failure(Path file, Exception e) {
		return "Could not export the gaps to " + file + ": " + reason(file, e);
	}

	private static String reason(Path file, Exception e) {
		Path folder = file.toAbsolutePath().getParent();
		if (e instanceof AccessDeniedException) {
			return "permission denied (the file or the folder " + folder + " cannot be written to)";
		}
		if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
			return "a file is in the way: " + ((FileSystemException) e).getFile() + " is not a folder";
		}
		if (e instanceof NoSuchFileException) {
			return "the folder " + folder + " does not exist";
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason().toLowerCase(Locale.ROOT);
		}
		if (e instanceof IOException && e.getMessage() != null) {
			return e.getMessage();
		}
		return "the export failed unexpectedly (" + (e.getMessage() == null ? "no details" : e.getMessage())
				+ "); see the Error Log";
	}
}
