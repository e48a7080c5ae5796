/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal.export;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import dev.upskill.io.FrameworkExporter;
import dev.upskill.io.FrameworkTable;
import dev.upskill.model.Framework;

/** A framework as an XLSX workbook of one sheet, the rows of {@link FrameworkTable}, with fastexcel through the core's writer. */
public final class XlsxExporter implements FrameworkExporter {

	@Override
	public void write(Framework framework, OutputStream out, IProgressMonitor monitor) throws IOException {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		String sheet = framework.getName() == null ? framework.getId() : framework.getName();
		FrameworkTable.TABLE.writeXlsx(FrameworkTable.rows(framework), sheet, out);
	}
}
