/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.tests;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.upskill.io.FrameworkImporter;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;

/** A contributed importer with a bug. */
public class ThrowingImporter implements FrameworkImporter {

	@Override
	public ImportResult read(ImportRequest request, IProgressMonitor monitor) {
		throw new IllegalStateException("bug in a contributed importer");
	}
}
