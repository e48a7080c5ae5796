/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.help.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The help editor's input: the topic to show first. All help inputs are equal, so the workbench
 * keeps one help editor and shows each new topic in it.
 */
final class HelpInput implements IEditorInput {

	private final String href;

	HelpInput(String href) {
		this.href = href;
	}

	String href() {
		return href;
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
		return "Upskill Help";
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "The Upskill Workbench user guide";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof HelpInput;
	}

	@Override
	public int hashCode() {
		return HelpInput.class.hashCode();
	}
}
