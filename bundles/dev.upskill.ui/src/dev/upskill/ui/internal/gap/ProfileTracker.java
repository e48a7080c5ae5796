/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;

import dev.upskill.model.Profile;
import dev.upskill.ui.internal.editors.ModelEditor;

/**
 * Follows the profile the user works on for a view: the {@code *.profile} file selected anywhere
 * or open in the active editor, and that file's changes on disk. Calls back on the UI thread.
 */
final class ProfileTracker {

	private final IViewSite site;
	private final Control control;
	private final Consumer<IFile> onProfile;
	private Consumer<Profile> onEdited;
	private IFile current;
	private CommandStack watchedStack;
	private ModelEditor watchedEditor;
	private final CommandStackListener stackListener = event -> editedInEditor();
	private final ISelectionListener selectionListener = this::selectionChanged;
	private final IResourceChangeListener resourceListener = this::resourcesChanged;

	ProfileTracker(IViewSite site, Control control, Consumer<IFile> onProfile) {
		this.site = site;
		this.control = control;
		this.onProfile = onProfile;
		site.getWorkbenchWindow().getSelectionService().addPostSelectionListener(selectionListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
		selectionChanged(site.getPage().getActivePart(), site.getPage().getSelection());
		if (current == null && site.getPage().getActiveEditor() != null) {
			selectionChanged(site.getPage().getActiveEditor(), null);
		}
	}

	IFile current() {
		return current;
	}

	/**
	 * Also calls back, with the editor's model, while the followed profile is being edited and not
	 * yet saved: views show the effect of an edit at once.
	 */
	void onEdited(Consumer<Profile> callback) {
		this.onEdited = callback;
	}

	private void watch(IWorkbenchPart part) {
		ModelEditor editor = part instanceof ModelEditor e
				&& e.getFile().equals(current) && e.isReadable() ? e : null;
		if (editor == watchedEditor) {
			return;
		}
		if (watchedStack != null) {
			watchedStack.removeCommandStackListener(stackListener);
		}
		watchedEditor = editor;
		watchedStack = editor == null ? null : editor.getEditingDomain().getCommandStack();
		if (watchedStack != null) {
			watchedStack.addCommandStackListener(stackListener);
		}
	}

	private void editedInEditor() {
		ModelEditor editor = watchedEditor;
		if (editor == null || onEdited == null) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (control.isDisposed() || editor != watchedEditor) {
				return;
			}
			var resources = editor.getEditingDomain().getResourceSet().getResources();
			if (!resources.isEmpty() && !resources.get(0).getContents().isEmpty()
					&& resources.get(0).getContents().get(0) instanceof Profile profile) {
				onEdited.accept(profile);
			}
		});
	}

	/** Makes the tracker follow this file and calls back. */
	void follow(IFile file) {
		current = file;
		onProfile.accept(file);
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == null || part.getSite() == site) {
			return;
		}
		IFile file = ProfileInput.profileFile(part, selection);
		if (file != null && !file.equals(current)) {
			follow(file);
		}
		watch(part);
	}

	private void resourcesChanged(IResourceChangeEvent event) {
		IFile file = current;
		if (file == null || event.getDelta() == null) {
			return;
		}
		IResourceDelta delta = event.getDelta().findMember(file.getFullPath());
		if (delta != null && ((delta.getFlags() & IResourceDelta.CONTENT) != 0 || delta.getKind() == IResourceDelta.ADDED)) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed() && file.equals(current) && file.exists()) {
					onProfile.accept(file);
				}
			});
		}
	}

	void dispose() {
		if (watchedStack != null) {
			watchedStack.removeCommandStackListener(stackListener);
		}
		site.getWorkbenchWindow().getSelectionService().removePostSelectionListener(selectionListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
	}
}
