/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;

import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.Profile;
import dev.upskill.model.UpskillPackage;
import dev.upskill.model.resource.UpskillResource;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.Problem.Severity;
import dev.upskill.model.validation.ProblemCode;
import dev.upskill.model.validation.Reasons;
import dev.upskill.model.validation.Reasons.Reason;
import dev.upskill.ui.internal.editors.ModelEditor;
import dev.upskill.ui.internal.frameworks.AllFrameworks;
import dev.upskill.ui.internal.frameworks.AllFrameworks.Snapshot;

/** Finds the profile file the user is working on, and reads it for analysis. */
public final class ProfileInput {

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
			if (editor instanceof ModelEditor modelEditor) {
				return profileOfPlan(modelEditor);
			}
		}
		return null;
	}

	/** The profile file a plan editor's plan is for, or null (the reference is not resolved for this). */
	private static IFile profileOfPlan(ModelEditor editor) {
		if (!editor.isReadable() || editor.getEditingDomain() == null) {
			return null;
		}
		List<Resource> resources = editor.getEditingDomain().getResourceSet().getResources();
		if (resources.isEmpty() || resources.get(0).getContents().isEmpty()
				|| !(resources.get(0).getContents().get(0) instanceof LearningPlan plan)) {
			return null;
		}
		IFile file = fileOf(plan);
		if (file == null) {
			return null;
		}
		return isProfile(file) && file.exists() ? file : null;
	}

	/**
	 * The workspace file a plan's profile reference points to, or null when it points to none; the
	 * reference is not resolved for this (it may be a proxy), and the file may not exist.
	 */
	public static IFile fileOf(LearningPlan plan) {
		Object profile = plan.eGet(UpskillPackage.Literals.LEARNING_PLAN__PROFILE, false);
		if (!(profile instanceof EObject object)) {
			return null;
		}
		URI uri = object.eIsProxy() ? ((InternalEObject) object).eProxyURI() : EcoreUtil.getURI(object);
		if (uri == null || !uri.isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.trimFragment().toPlatformString(true)));
	}

	/**
	 * The {@code *.profile} files of a selection (all of them, in order), else the one of an
	 * editor; empty when there is none.
	 */
	static List<IFile> profileFiles(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() > 1) {
			List<IFile> files = new ArrayList<>();
			for (Object element : structured) {
				IFile file = Adapters.adapt(element, IFile.class);
				if (isProfile(file) && !files.contains(file)) {
					files.add(file);
				}
			}
			if (!files.isEmpty()) {
				return files;
			}
		}
		IFile file = profileFile(part, selection);
		return file == null ? List.of() : List.of(file);
	}

	public static boolean isProfile(IFile file) {
		return file != null && "profile".equals(file.getFileExtension());
	}

	/** What reading a profile gave: the analysis context, or the problems that prevented it. */
	public record Loaded(AnalysisContext context, List<Problem> problems) {
	}

	/**
	 * Reads a profile file and the frameworks it can be compared with (its own framework files,
	 * every reference resolved, the workspace's framework files and the installed frameworks, which
	 * loads them on first use). Long: call it in a Job.
	 */
	public static Loaded load(IFile file, AllFrameworks frameworks, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + file.getName(), 4);
		Snapshot all = frameworks(frameworks, progress.split(2));
		ResourceSet resourceSet = resourceSet(all);
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		ModelFile loaded = ModelFile.load(resourceSet, uri, file.getFullPath().toString());
		progress.worked(1);
		if (!loaded.loaded() || !(loaded.resource().getContents().get(0) instanceof Profile profile)) {
			return new Loaded(null, loaded.problems());
		}
		return new Loaded(context(profile, all, progress.split(1)), loaded.problems());
	}

	/**
	 * Reads a profile as its editor holds it, unsaved ({@link #unsaved} took it on the UI thread),
	 * with its frameworks. Long: call it in a Job.
	 */
	public static Loaded load(IFile file, byte[] unsaved, AllFrameworks frameworks, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + file.getName() + " (unsaved)", 4);
		Snapshot all = frameworks(frameworks, progress.split(2));
		ResourceSet resourceSet = resourceSet(all);
		Resource resource = resourceSet.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
		try {
			resource.load(new ByteArrayInputStream(unsaved), null);
		} catch (IOException | RuntimeException e) {
			Reason reason = Reasons.of(e, null, null);
			return new Loaded(null, List.of(new Problem(reason.code(), Severity.ERROR, file.getFullPath().toString(), reason.line(),
					reason.column(), null, "the unsaved profile in its editor cannot be read: " + reason.message())));
		}
		progress.worked(1);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Profile profile)) {
			return new Loaded(null, List.of(new Problem(ProblemCode.NO_MODEL, Severity.ERROR, file.getFullPath().toString(), 0, 0,
					null, "the unsaved content in its editor holds no profile")));
		}
		return new Loaded(context(profile, all, progress.split(1)), List.of());
	}

	/**
	 * The profile an editor holds, with its unsaved changes, as bytes: writing a profile takes about a
	 * millisecond, so this is done on the UI thread, and everything slow happens on the copy in a Job.
	 */
	public static byte[] unsaved(Profile edited) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
		edited.eResource().save(buffer, UpskillResource.saveOptions());
		return buffer.toByteArray();
	}

	/** The installed and the workspace's frameworks (the first use of the registry loads it, here in the Job). */
	private static Snapshot frameworks(AllFrameworks frameworks, SubMonitor monitor) {
		monitor.setTaskName("Loading the frameworks");
		Snapshot all = frameworks.read(monitor);
		monitor.checkCanceled();
		return all;
	}

	/** A resource set that reads the installed frameworks' addresses and shares the workspace's framework models. */
	private static ResourceSet resourceSet(Snapshot frameworks) {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		frameworks.configure(resourceSet);
		return resourceSet;
	}

	private static AnalysisContext context(Profile profile, Snapshot frameworks, SubMonitor monitor) {
		monitor.setTaskName("Resolving the profile's references");
		AnalysisContext context = frameworks.context(profile);
		monitor.worked(1);
		return context;
	}
}
