/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.frameworks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.frameworks.RegisteredFramework;

/**
 * Reads {@code upskill:/framework/<id>} for a user's resource set: the framework's file inside its
 * bundle, or, for a framework a provider built in memory, its serialization.
 */
final class ContributedFrameworkURIHandler extends URIHandlerImpl {

	private final Supplier<Snapshot> snapshot;

	ContributedFrameworkURIHandler(Supplier<Snapshot> snapshot) {
		this.snapshot = snapshot;
	}

	@Override
	public boolean canHandle(URI uri) {
		return FrameworkUris.frameworkId(uri) != null;
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return snapshot.get().byId.containsKey(FrameworkUris.frameworkId(uri));
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		String id = FrameworkUris.frameworkId(uri);
		RegisteredFramework framework = snapshot.get().byId.get(id);
		if (framework == null) {
			throw new FileNotFoundException("No installed plug-in contributes the framework '" + id + "'");
		}
		if (framework.location().isPlatformPlugin()) {
			return URIConverter.INSTANCE.createInputStream(framework.location(), options);
		}
		Resource resource = framework.framework().eResource();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		synchronized (resource) {
			resource.save(bytes, null);
		}
		return new ByteArrayInputStream(bytes.toByteArray());
	}
}
