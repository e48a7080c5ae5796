/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files and folders an import reads, as typed one a line on the input page, and what the page
 * derives from them: the file dialog's filters, a version, a file name, and a signature that tells
 * whether the preview already holds the import of the same input.
 */
final class ImportInputs {

	/** The paths of the text, or why they cannot be read (null when they can). */
	record Parsed(List<Path> paths, String problem) {
	}

	private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z0-9]+)");
	private static final Pattern VERSION = Pattern.compile("(?:^|[^0-9A-Za-z.])v?(\\d+(?:\\.\\d+)+)(?![0-9])");

	private ImportInputs() {
	}

	/** The paths of the text, one a line; blank lines are skipped, quotes around a path dropped. */
	static Parsed parse(String text, String what) {
		Set<Path> paths = new LinkedHashSet<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = unquoted(lines[i].strip());
			if (line.isEmpty()) {
				continue;
			}
			String where = lines.length > 1 ? "Line " + (i + 1) + ": " : "";
			Path path;
			try {
				path = Path.of(line);
			} catch (InvalidPathException e) {
				return new Parsed(List.copyOf(paths), where + "'" + line + "' is not a file name the system accepts (" + e.getReason() + ").");
			}
			if (!path.isAbsolute()) {
				return new Parsed(List.copyOf(paths), where + "'" + line + "' is not a full path; use Add Files... or Add Folder...");
			}
			if (!Files.exists(path)) {
				return new Parsed(List.copyOf(paths), where + path + " does not exist.");
			}
			if (!Files.isReadable(path)) {
				return new Parsed(List.copyOf(paths), where + path + " cannot be read (no permission).");
			}
			paths.add(path.normalize());
		}
		if (paths.isEmpty()) {
			return new Parsed(List.of(), "Name the " + (what == null || what.isBlank() ? "files or folders" : what) + " to import.");
		}
		return new Parsed(List.copyOf(paths), null);
	}

	private static String unquoted(String text) {
		if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
			return text.substring(1, text.length() - 1).strip();
		}
		return text;
	}

	/** The file dialog's filters for what an importer reads ("folder or .csv files": *.csv, then every file). */
	static List<String> filters(String input) {
		List<String> filters = new ArrayList<>();
		Matcher matcher = EXTENSION.matcher(input == null ? "" : input);
		while (matcher.find()) {
			String filter = "*." + matcher.group(1).toLowerCase(Locale.ROOT);
			if (!filters.contains(filter)) {
				filters.add(filter);
			}
		}
		if (filters.size() > 1) {
			filters.add(0, String.join(";", filters));
		}
		filters.add("*");
		return filters;
	}

	/** Whether the importer says it reads folders. */
	static boolean readsFolders(String input) {
		return input == null || input.isBlank() || input.toLowerCase(Locale.ROOT).contains("folder");
	}

	/**
	 * A version the input's names give ({@code esco-v1.2/} gives 1.2, {@code db_29.2_text} gives
	 * 29.2), or null. A file's folder counts too.
	 */
	static String version(List<Path> paths) {
		for (Path path : paths) {
			for (Path named : new Path[] { path, path.getParent() }) {
				if (named == null || named.getFileName() == null) {
					continue;
				}
				Matcher matcher = VERSION.matcher(named.getFileName().toString());
				if (matcher.find()) {
					return matcher.group(1);
				}
				if (!Files.isRegularFile(path)) {
					break;
				}
			}
		}
		return null;
	}

	/**
	 * The name of the framework file: the framework id when one is given, else the first input's
	 * name without its extension ({@code esco/} gives {@code esco.framework}), in characters ids use.
	 */
	static String fileName(String frameworkId, List<Path> paths, String fallback) {
		String base = frameworkId;
		if (base == null || base.isBlank()) {
			Path first = paths.isEmpty() ? null : paths.get(0).getFileName();
			base = first == null ? fallback : first.toString();
			if (first != null && Files.isRegularFile(paths.get(0)) && base.lastIndexOf('.') > 0) {
				base = base.substring(0, base.lastIndexOf('.'));
			}
		}
		base = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
		return (base.isEmpty() ? fallback : base) + ".framework";
	}

	/**
	 * What the input is now: each path, and for a file its size and time, for a folder those of the
	 * files in it (the importers read a folder's files by name). Two equal signatures: the same input.
	 */
	static String signature(List<Path> paths) {
		StringBuilder text = new StringBuilder();
		for (Path path : paths) {
			text.append(path).append('{');
			if (Files.isDirectory(path)) {
				try (Stream<Path> files = Files.list(path)) {
					files.sorted().forEach(file -> stamp(file, text));
				} catch (IOException e) {
					text.append("unreadable");
				}
			} else {
				stamp(path, text);
			}
			text.append('}');
		}
		return text.toString();
	}

	private static void stamp(Path file, StringBuilder text) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			text.append(file.getFileName()).append(':').append(attributes.size()).append('@').append(attributes.lastModifiedTime().toMillis())
					.append(';');
		} catch (IOException e) {
			text.append(file.getFileName()).append(":gone;");
		}
	}
}
