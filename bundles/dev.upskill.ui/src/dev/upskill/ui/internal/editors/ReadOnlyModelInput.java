/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A model that is shown, never edited: a framework an installed plug-in contributes, read from its
 * address ({@code upskill:/framework/<id>} or its file in the bundle). The editor opens it with
 * editing disabled and says "(read-only)" in its title.
 */
public final class ReadOnlyModelInput implements IEditorInput {

	private final URI uri;
	private final String name;

	/**
	 * @param uri where the model is read from
	 * @param name what the editor's title says before "(read-only)"
	 */
	public ReadOnlyModelInput(URI uri, String name) {
		this.uri = uri;
		this.name = name;
	}

	public URI uri() {
		return uri;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return name + " (read-only)";
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return name + ", installed: " + uri + " (read-only)";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReadOnlyModelInput input && input.uri.equals(uri);
	}

	@Override
	public int hashCode() {
		return Objects.hash(uri);
	}
}
