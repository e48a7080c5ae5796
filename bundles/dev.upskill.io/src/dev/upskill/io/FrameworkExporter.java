/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.upskill.model.Framework;

/**
 * Writes a framework in another format. Contributed through the extension point
 * {@code dev.upskill.io.formats}; found through {@link FormatRegistry}.
 *
 * @since 0.1.0
 */
public interface FrameworkExporter {

	/**
	 * Writes the framework to the stream, which the caller owns (the exporter does not close it).
	 *
	 * @param monitor progress and cancellation; may be null
	 * @throws IOException when writing fails
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor was cancelled
	 */
	void write(Framework framework, OutputStream out, IProgressMonitor monitor) throws IOException;
}
