/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.help.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Help > Getting Started (also run on the first start of the product): the guide's first page. */
public final class GettingStartedHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		HelpEditor.open(HelpEditor.GETTING_STARTED);
		return null;
	}
}
