/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.model.Profile;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;

/** Finds the profile file the user is working on, and reads it for analysis. */
final class ProfileInput {

	private ProfileInput() {
	}

	/** The {@code *.profile} file of a selection or an editor, or null. */
	static IFile profileFile(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (isProfile(file)) {
				return file;
			}
		}
		if (part instanceof IEditorPart editor) {
			IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			if (isProfile(file)) {
				return file;
			}
		}
		return null;
	}

	static boolean isProfile(IFile file) {
		return file != null && "profile".equals(file.getFileExtension());
	}

	/** What reading a profile gave: the analysis context, or the problems that prevented it. */
	record Loaded(AnalysisContext context, List<Problem> problems) {
	}

	static Loaded load(IFile file) {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		FrameworkRegistry registry = PlatformUI.getWorkbench().getService(FrameworkRegistry.class);
		if (registry != null) {
			registry.configure(resourceSet);
		}
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		ModelFile loaded = ModelFile.load(resourceSet, uri, file.getFullPath().toString());
		if (!loaded.loaded() || !(loaded.resource().getContents().get(0) instanceof Profile profile)) {
			return new Loaded(null, loaded.problems());
		}
		return new Loaded(AnalysisContext.of(profile, registry), loaded.problems());
	}
}
