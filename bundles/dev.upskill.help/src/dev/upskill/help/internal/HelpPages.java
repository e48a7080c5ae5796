/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.help.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Reads a help page by its href ({@code /bundle/path}) from the bundle that holds it.
 * ({@code HelpSystem.getHelpContent} needs the help server of {@code org.eclipse.help.base}, which the
 * product does not ship.)
 */
public final class HelpPages {

	private HelpPages() {
	}

	/** The page's content, or null when no installed bundle has it. */
	public static InputStream open(String href) throws IOException {
		String path = href.startsWith("/") ? href.substring(1) : href;
		int hash = path.indexOf('#');
		path = hash < 0 ? path : path.substring(0, hash);
		int slash = path.indexOf('/');
		Bundle bundle = slash < 0 ? null : Platform.getBundle(path.substring(0, slash));
		URL entry = bundle == null ? null : bundle.getEntry(path.substring(slash + 1));
		return entry == null ? null : entry.openStream();
	}
}
