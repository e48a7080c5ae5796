/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import dev.upskill.io.FrameworkExporter;
import dev.upskill.io.FrameworkTable;
import dev.upskill.model.Framework;

/** A framework as the CSV of {@link FrameworkTable} (UTF-8, RFC 4180, a header of snake-case names). */
public final class CsvExporter implements FrameworkExporter {

	@Override
	public void write(Framework framework, OutputStream out, IProgressMonitor monitor) throws IOException {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		FrameworkTable.TABLE.writeCsv(FrameworkTable.rows(framework), writer);
		writer.flush();
	}
}
