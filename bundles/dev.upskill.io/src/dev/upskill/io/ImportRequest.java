/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to import: the files or folders to read, and optionally the id, name and version the new
 * framework gets (each importer has defaults: {@code esco}, the CASE document's identifier, ...).
 *
 * @param inputs files or folders, in the order given; an importer picks the files it knows by name
 * @param frameworkId the framework's id, or null for the importer's default
 * @param name the framework's name, or null for the importer's default
 * @param version the framework's version, or null for what the input says (if anything)
 * @since 0.1.0
 */
public record ImportRequest(List<Path> inputs, String frameworkId, String name, String version) {

	public ImportRequest {
		inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
	}

	/** A request for these files or folders with every default. */
	public static ImportRequest of(Path... inputs) {
		return new ImportRequest(List.of(inputs), null, null, null);
	}
}
