/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a model editor: the model's tree; selecting an element shows it in the editor.
 * Its context menu has the usual commands on the selected elements (Undo, Redo, Cut, Copy, Paste,
 * Delete, Move Up, Move Down, and the editor's Add... when it has one), registered as
 * {@link #MENU_ID} so that plug-ins contribute to it. Long lists show in chunks
 * ({@link ItemProviderAdapters.Chunk}); the tree is empty while the editor reads its file.
 */
final class ModelOutlinePage extends ContentOutlinePage {

	/** The Outline's context menu ({@code popup:} this id). */
	static final String MENU_ID = "dev.upskill.ui.editors.outline";

	private final ModelEditor editor;
	private final AdapterFactory factory;
	private EObject root;
	private ElementActions actions;

	/** The root may be null: the file is being read, or could not be read ({@link #setRoot}). */
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
		show();
		viewer.addSelectionChangedListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EObject element) {
				editor.reveal(element);
			}
		});
		actions = new ElementActions(editor, () -> Arrays.stream(viewer.getStructuredSelection().toArray())
				.filter(EObject.class::isInstance).toList(), () -> root, null,
				element -> viewer.setSelection(new StructuredSelection(element), true));
		if (editor instanceof PlanEditor plan) {
			actions.withAdd(plan.addStepAction());
		}
		MenuManager menu = actions.contextMenu(viewer.getControl(), MENU_ID);
		getSite().registerContextMenu(MENU_ID, menu, viewer);
		viewer.addSelectionChangedListener(event -> actions.update());
		actions.setGlobalActions(getSite().getActionBars());
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		if (handlers != null) {
			for (IAction move : List.of(actions.moveUp, actions.moveDown)) {
				handlers.activateHandler(move.getActionDefinitionId(), new ActionHandler(move));
			}
		}
	}

	/** Shows the model of this root (null: none), the root's children listed. */
	void setRoot(EObject root) {
		this.root = root;
		if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
			show();
		}
	}

	private void show() {
		TreeViewer viewer = getTreeViewer();
		viewer.setInput(root == null ? List.of() : List.of(root));
		viewer.expandToLevel(2);
	}

	/** The actions of the context menu, for tests. */
	ElementActions actions() {
		return actions;
	}

	void refresh() {
		if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
			getTreeViewer().refresh();
		}
	}
}
