/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.Reasons;

/**
 * The base of the New Framework, Profile and Plan wizards: a page that picks the folder and file
 * name, the subclass's questions, then the model written through the Upskill resource (atomic,
 * deterministic) and opened in its editor. An existing file is never overwritten.
 */
public abstract class NewModelFileWizard extends Wizard implements INewWizard {

	private final String extension;
	private final String kind;
	protected IWorkbench workbench;
	protected IStructuredSelection selection;
	protected WizardNewFileCreationPage filePage;

	NewModelFileWizard(String kind, String extension) {
		this.kind = kind;
		this.extension = extension;
		setWindowTitle("New " + kind);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench bench, IStructuredSelection currentSelection) {
		this.workbench = bench;
		this.selection = currentSelection;
	}

	@Override
	public void addPages() {
		filePage = new WizardNewFileCreationPage("file", selection == null ? StructuredSelection.EMPTY : selection);
		filePage.setTitle("New " + kind);
		filePage.setDescription("Choose the folder and the name of the new ." + extension + " file.");
		filePage.setFileExtension(extension);
		filePage.setFileName("new." + extension);
		IContainer folder = defaultFolder(selection == null ? null : selection.getFirstElement(),
				Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isOpen).toList());
		if (folder != null) {
			filePage.setContainerFullPath(folder.getFullPath());
		}
		addPage(filePage);
		addQuestionPages();
	}

	/**
	 * The folder a new file goes to: the selected folder or project, the folder of the selected file,
	 * or else the only open project; null when there is no such choice.
	 *
	 * @param selected what was selected when the wizard started, or null
	 * @param openProjects the open projects of the workspace
	 */
	public static IContainer defaultFolder(Object selected, List<IProject> openProjects) {
		IResource resource = selected == null ? null : Adapters.adapt(selected, IResource.class);
		if (resource instanceof IFile file && file.getParent() != null && file.getParent().getType() != IResource.ROOT) {
			return file.getParent();
		}
		if (resource instanceof IContainer container && container.getType() != IResource.ROOT) {
			return container;
		}
		return openProjects.size() == 1 ? openProjects.get(0) : null;
	}

	/** The page that picks the folder and the name of the new file. */
	public WizardNewFileCreationPage filePage() {
		return filePage;
	}

	/** Adds the pages with the questions of this kind of file. */
	protected abstract void addQuestionPages();

	/** The model of the new file, from the answers. */
	protected abstract EObject createModel(String id);

	@Override
	public boolean performFinish() {
		IFile file = ResourcesPlugin.getWorkspace().getRoot()
				.getFile(filePage.getContainerFullPath().append(filePage.getFileName()));
		if (file.exists()) {
			filePage.setErrorMessage(file.getFullPath() + " already exists; choose another name.");
			return false;
		}
		ResourceSet resourceSet = resourceSet();
		Resource resource = resourceSet.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
		resource.getContents().add(createModel(idOf(file)));
		try {
			resource.save(null);
		} catch (IOException e) {
			MessageDialog.openError(getShell(), "Not created", "Could not create " + file.getFullPath().makeRelative() + ": "
					+ Reasons.words(String.valueOf(e.getMessage())) + "\n\nNo file was created.");
			return false;
		}
		try {
			file.refreshLocal(IResource.DEPTH_ZERO, null);
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
		} catch (CoreException e) {
			// The file is written: the wizard is done, only the editor is missing.
			MessageDialog.openWarning(getShell(), kind + " created, not opened", file.getFullPath().makeRelative()
					+ " was created, but its editor could not open it: " + Reasons.words(String.valueOf(e.getMessage()))
					+ "\n\nOpen it from the Project Explorer.");
		}
		return true;
	}

	/** A resource set that reads installed frameworks too, so new files can refer to them. */
	ResourceSet resourceSet() {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		FrameworkRegistry registry = registry();
		if (registry != null) {
			registry.configure(resourceSet);
		}
		return resourceSet;
	}

	/**
	 * The installed frameworks: the DS service, found through the workbench the wizard was opened
	 * in (its service locator reaches the OSGi services); null when there is none.
	 */
	FrameworkRegistry registry() {
		return workbench == null ? null : workbench.getService(FrameworkRegistry.class);
	}

	/** A stable id from the file name: {@code Dana Okafor.profile} gives {@code dana-okafor}. */
	static String idOf(IFile file) {
		String base = file.getName().substring(0, file.getName().length() - file.getFileExtension().length() - 1);
		String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^-+|-+$", "");
		return id.isEmpty() || !Character.isLetterOrDigit(id.charAt(0)) ? "x" + id : id;
	}

}
