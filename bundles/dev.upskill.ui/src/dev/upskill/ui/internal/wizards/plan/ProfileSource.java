/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.FileEditorInput;

import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.model.Profile;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.ui.internal.editors.ModelEditor;
import dev.upskill.ui.internal.frameworks.AllFrameworks;
import dev.upskill.ui.internal.frameworks.AllFrameworks.Snapshot;

/**
 * The profile to plan for: its file, or, while the file is open in an editor with unsaved changes,
 * the editor's model as it is now. Taken on the UI thread ({@link #of}); read into a resource set of
 * its own on any thread ({@link #read}), so a planning Job never touches the editor's model.
 */
public final class ProfileSource {

	private final IFile file;
	private final byte[] unsaved;
	private final AllFrameworks frameworks;

	private ProfileSource(IFile file, byte[] unsaved, AllFrameworks frameworks) {
		this.file = file;
		this.unsaved = unsaved;
		this.frameworks = frameworks;
	}

	/** The file as saved, and as the editor holds it when it is open and dirty on {@code page}. UI thread. */
	public static ProfileSource of(IFile file, IWorkbenchPage page) {
		// the installed frameworks (the DS service, through the window's service locator) and the workspace's
		AllFrameworks frameworks = AllFrameworks.of(page == null ? null : page.getWorkbenchWindow());
		IEditorPart editor = page == null ? null : page.findEditor(new FileEditorInput(file));
		if (editor instanceof ModelEditor model && model.isDirty() && model.isReadable()) {
			Resource resource = model.getEditingDomain().getResourceSet().getResources().get(0);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try {
				resource.save(bytes, null);
				return new ProfileSource(file, bytes.toByteArray(), frameworks);
			} catch (IOException e) {
				// fall back to the file as saved; the wizard says which one it plans from
				ILog.of(ProfileSource.class).warn("Could not take the unsaved profile of " + file.getName(), e);
			}
		}
		return new ProfileSource(file, null, frameworks);
	}

	public IFile file() {
		return file;
	}

	/** Whether the profile comes from an editor with unsaved changes. */
	public boolean unsaved() {
		return unsaved != null;
	}

	/**
	 * Reads the profile and resolves its roles and learning resources (its own files, the workspace's
	 * framework files and the installed frameworks). Long: call it from a Job.
	 *
	 * @throws IllegalArgumentException naming the file and the reason when it cannot be read
	 */
	public AnalysisContext read() {
		Snapshot all = frameworks.read(null);
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		all.configure(resourceSet);
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		Profile profile;
		if (unsaved != null) {
			Resource resource = resourceSet.createResource(uri);
			try {
				resource.load(new ByteArrayInputStream(unsaved), null);
			} catch (IOException | RuntimeException e) {
				throw new IllegalArgumentException(file.getName() + " (unsaved, in its editor) cannot be read: " + e.getMessage(), e);
			}
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Profile edited)) {
				throw new IllegalArgumentException(file.getName() + " (unsaved, in its editor) holds no profile");
			}
			profile = edited;
		} else {
			ModelFile loaded = ModelFile.load(resourceSet, uri, file.getFullPath().toString());
			if (!loaded.loaded() || !(loaded.resource().getContents().get(0) instanceof Profile read)) {
				throw new IllegalArgumentException(file.getName() + " cannot be read: "
						+ (loaded.problems().isEmpty() ? "it holds no profile" : loaded.problems().get(0).message()));
			}
			profile = read;
		}
		return all.context(profile);
	}
}
