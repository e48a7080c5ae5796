/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline of a model editor: the model's tree; selecting an element shows it in the editor. */
final class ModelOutlinePage extends ContentOutlinePage {

	private final ModelEditor editor;
	private final AdapterFactory factory;
	private final EObject root;

	ModelOutlinePage(ModelEditor editor, AdapterFactory factory, EObject root) {
		this.editor = editor;
		this.factory = factory;
		this.root = root;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ItemProviderAdapters.Content(factory));
		viewer.setLabelProvider(new ItemProviderAdapters.Labels(factory));
		viewer.setInput(List.of(root));
		viewer.expandToLevel(2);
		viewer.addSelectionChangedListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EObject element) {
				editor.reveal(element);
			}
		});
	}

	void refresh() {
		if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
			getTreeViewer().refresh();
		}
	}
}
