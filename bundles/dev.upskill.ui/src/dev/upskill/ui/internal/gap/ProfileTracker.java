/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.util.List;
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
 * or open in the active editor, and that file's changes on disk. Calls back on the UI thread. A
 * tracker made with {@link #ofAll} follows every profile of a selection of several.
 */
public final class ProfileTracker {

	private final IViewSite site;
	private final Control control;
	private final Consumer<List<IFile>> onProfiles;
	private final boolean several;
	private Consumer<Profile> onEdited;
	private List<IFile> currentFiles = List.of();
	private CommandStack watchedStack;
	private ModelEditor watchedEditor;
	private final CommandStackListener stackListener = event -> editedInEditor();
	private final ISelectionListener selectionListener = this::selectionChanged;
	private final IResourceChangeListener resourceListener = this::resourcesChanged;

	public ProfileTracker(IViewSite site, Control control, Consumer<IFile> onProfile) {
		this(site, control, files -> onProfile.accept(files.get(0)), false);
	}

	/** A tracker that follows all the profiles selected together (one when one is). */
	static ProfileTracker ofAll(IViewSite site, Control control, Consumer<List<IFile>> onProfiles) {
		return new ProfileTracker(site, control, onProfiles, true);
	}

	private ProfileTracker(IViewSite site, Control control, Consumer<List<IFile>> onProfiles, boolean several) {
		this.site = site;
		this.control = control;
		this.onProfiles = onProfiles;
		this.several = several;
		site.getWorkbenchWindow().getSelectionService().addPostSelectionListener(selectionListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
		selectionChanged(site.getPage().getActivePart(), site.getPage().getSelection());
		if (currentFiles.isEmpty() && site.getPage().getActiveEditor() != null) {
			selectionChanged(site.getPage().getActiveEditor(), null);
		}
	}

	/** The (first) profile followed, or null. */
	public IFile current() {
		return currentFiles.isEmpty() ? null : currentFiles.get(0);
	}

	/** The profiles followed, the first first. */
	List<IFile> currentFiles() {
		return currentFiles;
	}

	/**
	 * Also calls back, with the editor's model, while the followed profile is being edited and not
	 * yet saved: views show the effect of an edit at once.
	 */
	public void onEdited(Consumer<Profile> callback) {
		this.onEdited = callback;
	}

	private void watch(IWorkbenchPart part) {
		ModelEditor editor = part instanceof ModelEditor e
				&& e.getFile().equals(current()) && e.isReadable() ? e : null;
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
	public void follow(IFile file) {
		followAll(List.of(file));
	}

	/** Makes the tracker follow these files (not empty) and calls back. */
	void followAll(List<IFile> files) {
		currentFiles = List.copyOf(files);
		onProfiles.accept(currentFiles);
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == null || part.getSite() == site) {
			return;
		}
		List<IFile> files;
		if (several) {
			files = ProfileInput.profileFiles(part, selection);
		} else {
			IFile file = ProfileInput.profileFile(part, selection);
			files = file == null ? List.of() : List.of(file);
		}
		boolean switched = !files.isEmpty() && !files.equals(currentFiles);
		if (switched) {
			followAll(files);
		}
		watch(part);
		if (switched && watchedEditor != null && watchedEditor.isDirty()) {
			// Back to an editor with unsaved edits: what it shows, not the file, after the file's read.
			editedInEditor();
		}
	}

	private void resourcesChanged(IResourceChangeEvent event) {
		List<IFile> files = currentFiles;
		if (files.isEmpty() || event.getDelta() == null) {
			return;
		}
		for (IFile file : files) {
			IResourceDelta delta = event.getDelta().findMember(file.getFullPath());
			if (delta != null && ((delta.getFlags() & IResourceDelta.CONTENT) != 0 || delta.getKind() == IResourceDelta.ADDED)) {
				control.getDisplay().asyncExec(() -> {
					if (!control.isDisposed() && files.equals(currentFiles) && files.stream().allMatch(IFile::exists)) {
						onProfiles.accept(files);
					}
				});
				return;
			}
		}
	}

	public void dispose() {
		if (watchedStack != null) {
			watchedStack.removeCommandStackListener(stackListener);
		}
		site.getWorkbenchWindow().getSelectionService().removePostSelectionListener(selectionListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
	}
}
