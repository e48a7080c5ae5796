/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The last handler of an Upskill resource set: refuses every URI the others did not take
 * (http, https, ftp, jar, archive, ...). A schema location or a reference in a file must never make
 * the workbench reach the network or unpack an archive.
 */
class RefusingURIHandler extends URIHandlerImpl {

	@Override
	public boolean canHandle(URI uri) {
		return true;
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return false;
	}

	private static IOException refused(URI uri) {
		return new IOException("Refused to open " + uri
				+ ": Upskill files are read only from local files and installed plug-ins, never from '" + uri.scheme()
				+ ":' locations");
	}
}
