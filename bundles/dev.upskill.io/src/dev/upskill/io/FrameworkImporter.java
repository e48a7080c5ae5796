/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads a format published by someone else (ESCO, O*NET, CASE, an HR export) into a framework.
 * Contributed through the extension point {@code dev.upskill.io.formats}; found through
 * {@link FormatRegistry}.
 * <p>
 * An importer runs off the UI thread (an Eclipse Job in the workbench, the command line's main
 * thread), streams its input, reports progress on the monitor and stops when it is cancelled. It
 * never throws for bad input: every problem is an {@link ImportProblem} of the result.
 *
 * @since 0.1.0
 */
public interface FrameworkImporter {

	/**
	 * Reads the request's input.
	 *
	 * @param request what to read, and the id, name and version to give the framework
	 * @param monitor progress and cancellation; may be null
	 * @return the framework (or none when nothing could be read) and every problem met
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor was cancelled; nothing is returned then
	 */
	ImportResult read(ImportRequest request, IProgressMonitor monitor);
}
