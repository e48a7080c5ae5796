/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import dev.upskill.ui.internal.table.TableExport;

/**
 * Exports the gap grid's rows as shown (filtered, sorted) with the core table's columns, to CSV,
 * JSON or an XLSX workbook (fastexcel), in a Job with progress, never on the UI thread. Files are
 * written atomically, so an export never leaves half a file behind. A failure is the Job's error,
 * which the workbench shows: it names the file and says why in words.
 * <p>
 * Each file says whose gaps it holds and against which role where its readers look for it: the
 * workbook in a bold title row above the table, the JSON document in its header (the same
 * document as {@code upskill gap --format json}). The CSV stays a header line and one line per
 * requirement (RFC 4180): a title or comment line above the header breaks the header detection
 * of spreadsheets, pandas, R and database imports, so the CSV says it in its suggested name
 * ({@code dana-okafor-data-analyst-ai-gaps.csv}) and in its columns alone. The category heading
 * rows of a grouped grid go to the workbook only (in bold); CSV and JSON readers group by the
 * category column themselves.
 */
public final class GapExport extends Job {

	/** Writes the JSON document of an export (the header and the lines). */
	@FunctionalInterface
	interface JsonDocument {
		void write(List<Row> rows, Appendable out) throws IOException;
	}

	private final List<Row> rows;
	private final GapTable.Title title;
	private final JsonDocument json;
	private final Path file;

	/**
	 * @param rows the rows as shown (copied: the grid may change meanwhile)
	 * @param title whose gaps, against which role
	 * @param json writes the JSON document of the rows
	 * @param file a {@code .xlsx} file gets a workbook, a {@code .json} file the JSON document, any other CSV
	 */
	GapExport(List<Row> rows, GapTable.Title title, JsonDocument json, Path file) {
		super("Exporting the gaps to " + file.getFileName());
		this.rows = List.copyOf(rows);
		this.title = title;
		this.json = json;
		this.file = file;
		setUser(true);
	}

	static boolean isWorkbook(Path file) {
		return extension(file).equals("xlsx");
	}

	static boolean isJson(Path file) {
		return extension(file).equals("json");
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1);
	}

	/** How many requirements an export of these rows holds (heading rows are not requirements). */
	static int requirements(List<Row> rows) {
		return (int) rows.stream().filter(r -> !r.isHeading()).count();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		return export(rows, title, json, file, monitor);
	}

	/**
	 * Writes the rows to the file (what the Job does, off the UI thread).
	 *
	 * @param json writes the JSON document (needed for a {@code .json} file only)
	 * @return OK, or an error whose message names the file and the reason
	 */
	public static IStatus export(List<Row> rows, GapTable.Title title, JsonDocument json, Path file, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting the gaps to " + file.getFileName(), 2);
		try {
			progress.subTask(rows.size() + " rows");
			byte[] content = content(rows, title, json, file);
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

	private static byte[] content(List<Row> rows, GapTable.Title title, JsonDocument json, Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		List<Row> lines = rows.stream().filter(r -> !r.isHeading()).toList();
		if (!isJson(file)) {
			return TableExport.content(GapTable.TABLE, rows, title == null ? null : title.roleName(), title == null ? null : title.text(), file);
		}
		if (json == null) {
			throw new IllegalArgumentException("the view has no analysis to write as JSON");
		}
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			json.write(lines, writer);
		}
		return bytes.toByteArray();
	}

	/** For example {@code Could not export the gaps to /tmp/x/gaps.csv: the folder /tmp/x cannot be written to}. */
	static String failure(Path file, Exception e) {
		return "Could not export the gaps to " + file + ": " + TableExport.reason(file, e);
	}

}
