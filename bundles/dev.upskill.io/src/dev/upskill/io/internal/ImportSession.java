/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.upskill.io.ImportProblem;
import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.model.Framework;

/**
 * The state every built-in importer shares while it runs: the problems met (at most
 * {@value #MAX_PER_FILE} of each file are listed one by one, the rest counted), progress in
 * characters read against the input's size, and cancellation.
 */
public final class ImportSession {

	/** Problems of one file listed one by one; further ones are counted and summed up. */
	static final int MAX_PER_FILE = 50;

	private final ImportRequest request;
	private final SubMonitor monitor;
	private final List<ImportProblem> problems = new ArrayList<>();
	private final Map<String, int[]> perFile = new HashMap<>();
	private long totalChars;
	private long readChars;

	/**
	 * @param task what the monitor shows (for example "Importing ESCO")
	 * @param totalBytes the size of every file that will be read
	 */
	public ImportSession(ImportRequest request, IProgressMonitor monitor, String task, long totalBytes) {
		this.request = request;
		this.monitor = SubMonitor.convert(monitor, task, 1000);
		this.totalChars = Math.max(1, totalBytes);
	}

	public ImportRequest request() {
		return request;
	}

	/** Adds a problem; after {@value #MAX_PER_FILE} of a file, only counts it. */
	public void problem(Severity severity, String file, long line, String record, String message) {
		int[] count = perFile.computeIfAbsent(file + '\u0000' + severity, k -> new int[1]);
		count[0]++;
		if (count[0] <= MAX_PER_FILE) {
			problems.add(new ImportProblem(severity, file, line, record, message));
		}
	}

	public void error(String file, long line, String message) {
		problem(Severity.ERROR, file, line, null, message);
	}

	public void warning(String file, long line, String message) {
		problem(Severity.WARNING, file, line, null, message);
	}

	public void info(String file, String message) {
		problem(Severity.INFO, file, 0, null, message);
	}

	/** Shows which file is read. */
	public void subTask(String text) {
		monitor.subTask(text);
	}

	/** Counts characters read; throws when the monitor was cancelled. */
	public void read(long chars) {
		checkCancelled();
		long before = readChars * 1000 / totalChars;
		readChars += chars;
		long after = Math.min(1000, readChars * 1000 / totalChars);
		if (after > before) {
			monitor.worked((int) (after - before));
		}
	}

	/** Throws {@link OperationCanceledException} when the monitor was cancelled. */
	public void checkCancelled() {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** The result: the framework (or null) and every problem, with the counts of those not listed. */
	public ImportResult result(Framework framework) {
		List<ImportProblem> all = new ArrayList<>(problems);
		for (Map.Entry<String, int[]> entry : perFile.entrySet()) {
			int more = entry.getValue()[0] - MAX_PER_FILE;
			if (more > 0) {
				String[] key = entry.getKey().split("\u0000");
				Severity severity = Severity.valueOf(key[1].toUpperCase(Locale.ROOT));
				String word = severity == Severity.INFO ? "note" : severity.toString();
				all.add(new ImportProblem(severity, key[0], 0, null, "and " + more + " more " + word + (more == 1 ? "" : "s")
						+ " like the ones above"));
			}
		}
		monitor.done();
		return new ImportResult(framework, all);
	}

	/**
	 * The files of the request: folders stand for the regular files in them (not their subfolders),
	 * in name order. A name that is neither is an error.
	 */
	public List<Path> files() {
		List<Path> files = new ArrayList<>();
		for (Path input : request.inputs()) {
			if (Files.isDirectory(input)) {
				List<Path> inside = new ArrayList<>();
				try (DirectoryStream<Path> stream = Files.newDirectoryStream(input)) {
					for (Path path : stream) {
						if (Files.isRegularFile(path)) {
							inside.add(path);
						}
					}
				} catch (IOException e) {
					error(input.toString(), 0, "the folder cannot be read (" + Reasons.of(e) + ")");
				}
				inside.sort(null);
				if (inside.isEmpty()) {
					warning(input.toString(), 0, "the folder holds no file");
				}
				files.addAll(inside);
			} else if (Files.isRegularFile(input)) {
				files.add(input);
			} else if (Files.exists(input)) {
				error(input.toString(), 0, "is neither a file nor a folder");
			} else {
				error(input.toString(), 0, "does not exist");
			}
		}
		return files;
	}

	/** The size of the files, in bytes (files that cannot be measured count 0). */
	public static long size(List<Path> files) {
		long size = 0;
		for (Path file : files) {
			try {
				size += Files.size(file);
			} catch (IOException e) {
				// reported when it is read
			}
		}
		return size;
	}

	/** Sets the progress total once the files are known. */
	public void total(long bytes) {
		totalChars = Math.max(1, bytes);
	}
}
