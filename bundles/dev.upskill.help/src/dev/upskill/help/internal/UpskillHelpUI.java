/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.help.internal;

import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The workbench's help window (extension point {@code org.eclipse.ui.helpSupport}): Help > Help
 * Contents, context help and help links open the topics in the {@link HelpEditor}.
 */
public final class UpskillHelpUI extends AbstractHelpUI {

	@Override
	public void displayHelp() {
		HelpEditor.open(HelpEditor.GETTING_STARTED);
	}

	@Override
	public void displayContext(IContext context, int x, int y) {
		IHelpResource[] topics = context == null ? null : context.getRelatedTopics();
		HelpEditor.open(topics == null || topics.length == 0 ? HelpEditor.GETTING_STARTED : topics[0].getHref());
	}

	@Override
	public void displayHelpResource(String href) {
		HelpEditor.open(href);
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return false;
	}
}
