/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.table;

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

import dev.upskill.core.table.Table;
import dev.upskill.model.resource.AtomicFileWriter;

/**
 * Exports a grid's rows as shown with the core table's columns, as the gap grid's export does
 * ({@link GapExport}): an XLSX workbook (headings in bold, under a bold title row) or CSV (RFC
 * 4180, a header line and the rows that are not headings), through the table's own writers, in a
 * Job, written atomically. A failure is the Job's error, naming the file and the reason.
 *
 * @param <R> the rows
 */
public final class TableExport<R> extends Job {

	private final Table<R> table;
	private final List<R> rows;
	private final String title;
	private final Path file;

	/**
	 * @param rows the rows as shown (copied)
	 * @param title the workbook's title row (what the table is about), or null
	 * @param file a {@code .xlsx} file gets a workbook, any other CSV
	 */
	public TableExport(Table<R> table, List<R> rows, String title, Path file) {
		super("Exporting " + table.name().toLowerCase(Locale.ROOT) + " to " + file.getFileName());
		this.table = table;
		this.rows = List.copyOf(rows);
		this.title = title;
		this.file = file;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 2);
		try {
			byte[] content = content(table, rows, table.name(), title, file);
			progress.worked(1);
			AtomicFileWriter.write(file, content);
			progress.worked(1);
			return Status.OK_STATUS;
		} catch (IOException | RuntimeException e) {
			return Status.error("Could not export " + table.name().toLowerCase(Locale.ROOT) + " to " + file + ": " + reason(file, e), e);
		}
	}

	/**
	 * The rows as a workbook for a {@code .xlsx} file (a sheet of this name, the title row above
	 * the header), else as CSV without the heading rows: what every table export writes.
	 */
	public static <T> byte[] content(Table<T> table, List<T> rows, String sheet, String title, Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			table.writeXlsx(rows, sheet, title, bytes);
		} else {
			try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
				table.writeCsv(rows.stream().filter(r -> !table.isHeading(r)).toList(), writer);
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * Why writing a file failed, in words: permission, a file in the way of a folder, a missing
	 * folder, or the system's reason.
	 */
	public static String reason(Path file, Exception e) {
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
