/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.resource;

import org.eclipse.emf.ecore.xmi.XMIException;

import dev.upskill.model.UpskillPackage;

/**
 * A file uses an XML namespace that is not the Upskill model's: it is another kind of file, or
 * one written by a newer version of Upskill Workbench.
 */
public class UnknownNamespaceException extends XMIException {

	private static final long serialVersionUID = 1L;

	private final String namespace;

	public UnknownNamespaceException(String namespace, String location, int line, int column) {
		super("Unknown XML namespace '" + namespace + "': not an Upskill Workbench file, or one written by a newer version"
				+ " (this version reads " + UpskillPackage.eNS_URI + ")", location, line, column);
		this.namespace = namespace;
	}

	public String getNamespace() {
		return namespace;
	}
}
