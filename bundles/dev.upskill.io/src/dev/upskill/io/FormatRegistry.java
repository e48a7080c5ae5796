/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import java.util.List;
import java.util.Optional;

/**
 * The import and export formats contributed to {@code dev.upskill.io.formats}, as an OSGi service.
 * The descriptors run the contributed classes through {@code SafeRunner}: a broken contribution
 * gives a message naming its bundle, never an exception.
 *
 * @since 0.1.0
 */
public interface FormatRegistry {

	/** The extension point's id. */
	String EXTENSION_POINT = "dev.upskill.io.formats";

	/** The importers, by id. */
	List<ImporterDescriptor> getImporters();

	Optional<ImporterDescriptor> getImporter(String id);

	/** The exporters, by id. */
	List<ExporterDescriptor> getExporters();

	Optional<ExporterDescriptor> getExporter(String id);

	/** Contributions that could not be used (a missing attribute, a duplicate id), as sentences naming the bundle. */
	List<String> getProblems();
}
