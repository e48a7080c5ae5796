/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * Reads files inside installed bundles ({@code platform:/plugin/...}, and the bundle URLs that
 * Equinox resolves them to): where frameworks contributed by plug-ins live.
 */
class PlatformPluginURIHandler extends URIHandlerImpl {

	@Override
	public boolean canHandle(URI uri) {
		return uri.isPlatformPlugin() || "bundleentry".equals(uri.scheme()) || "bundleresource".equals(uri.scheme());
	}
}
