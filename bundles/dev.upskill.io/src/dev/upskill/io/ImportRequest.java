/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to import: the files or folders to read, optionally the id, name and version the new
 * framework gets (each importer has defaults: {@code esco}, the CASE document's identifier, ...),
 * and options of the format (for the spreadsheet importer, the columns of a
 * {@link SpreadsheetMapping}: {@link SpreadsheetMapping#options()}).
 *
 * @param inputs files or folders, in the order given; an importer picks the files it knows by name
 * @param frameworkId the framework's id, or null for the importer's default
 * @param name the framework's name, or null for the importer's default
 * @param version the framework's version, or null for what the input says (if anything)
 * @param options options of the format, by name (empty when none); importers ignore those they do not know
 * @since 0.1.0
 */
public record ImportRequest(List<Path> inputs, String frameworkId, String name, String version, Map<String, String> options) {

	public ImportRequest {
		inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
		options = options == null ? Map.of() : Map.copyOf(options);
	}

	/** A request without format options. */
	public ImportRequest(List<Path> inputs, String frameworkId, String name, String version) {
		this(inputs, frameworkId, name, version, Map.of());
	}

	/** A request for these files or folders with every default. */
	public static ImportRequest of(Path... inputs) {
		return new ImportRequest(List.of(inputs), null, null, null);
	}

	/** The same request with these format options (in place of any it had). */
	public ImportRequest withOptions(Map<String, String> newOptions) {
		return new ImportRequest(inputs, frameworkId, name, version, newOptions);
	}

	/** The value of a format option, or null when it is not given. */
	public String option(String key) {
		return options.get(key);
	}
}
