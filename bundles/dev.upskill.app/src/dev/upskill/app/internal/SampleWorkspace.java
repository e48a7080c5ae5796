/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Fills a new workspace with the sample project "Getting Started" (the files under
 * {@code samples/getting-started/} of this bundle, with their folders: the sample team is in
 * {@code team/}), once: a user who deletes it does not get it
 * back on the next start, and nothing that exists is overwritten.
 */
public final class SampleWorkspace {

	public static final String PROJECT = "Getting Started";
	static final String SAMPLES = "samples/getting-started";
	static final String FIRST_SAMPLE = "dana.profile";
	static final String DONE_KEY = "samplesCreated";
	/** The job family of the sample creation, to wait for it. */
	public static final Object FAMILY = SampleWorkspace.class;

	private SampleWorkspace() {
	}

	/** Schedules the creation of the sample project when this workspace never had it. */
	public static Job fillIfNew() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(bundle().getSymbolicName());
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		if (preferences.getBoolean(DONE_KEY, false) || workspace.getRoot().getProjects().length > 0) {
			return null;
		}
		WorkspaceJob job = new WorkspaceJob("Creating the sample project '" + PROJECT + "'") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				SampleWorkspace.create(workspace.getRoot().getProject(PROJECT), monitor);
				preferences.putBoolean(DONE_KEY, true);
				try {
					preferences.flush();
				} catch (BackingStoreException e) {
					return Status.warning("Could not remember that the samples were created", e);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(workspace.getRoot());
		job.setUser(false);
		job.addJobChangeListener(IJobChangeListener.onDone(event -> {
			if (event.getResult().isOK()) {
				showFirstSample(workspace.getRoot().getProject(PROJECT).getFile(FIRST_SAMPLE));
			}
		}));
		job.schedule();
		return job;
	}

	/** Shows the new user where to start: the sample profile, selected and open. */
	private static void showFirstSample(IFile file) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null || window.getActivePage() == null || !file.exists()) {
				return;
			}
			IWorkbenchPage page = window.getActivePage();
			if (page.findView(IPageLayout.ID_PROJECT_EXPLORER) instanceof ISetSelectionTarget explorer) {
				explorer.selectReveal(new StructuredSelection(file));
			}
			try {
				IDE.openEditor(page, file, false);
			} catch (PartInitException e) {
				ILog.of(SampleWorkspace.class).log(e.getStatus());
			}
		});
	}

	static void create(IProject project, IProgressMonitor monitor) throws CoreException {
		List<URL> entries = sampleEntries();
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + PROJECT, entries.size() + 2);
		if (!project.exists()) {
			project.create(progress.split(1));
		}
		project.open(progress.split(1));
		for (URL entry : entries) {
			// the path under the samples folder: the team's profiles are in a folder of their own
			String path = entry.getPath();
			int at = path.indexOf(SAMPLES + "/");
			String name = at < 0 ? path.substring(path.lastIndexOf('/') + 1) : path.substring(at + SAMPLES.length() + 1);
			IFile file = project.getFile(name);
			if (file.exists()) {
				progress.worked(1);
				continue;
			}
			createFolders(file.getParent(), progress);
			try (InputStream in = entry.openStream()) {
				file.create(in, false, progress.split(1));
			} catch (IOException e) {
				throw new CoreException(Status.error("Could not copy the sample " + name, e));
			}
		}
	}

	private static void createFolders(IContainer container, SubMonitor progress) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent(), progress);
			folder.create(false, true, progress.split(0));
		}
	}

	private static List<URL> sampleEntries() {
		Enumeration<URL> found = bundle().findEntries(SAMPLES, "*", true);
		List<URL> entries = found == null ? new ArrayList<>() : Collections.list(found);
		entries.removeIf(url -> url.getPath().endsWith("/"));
		entries.sort((a, b) -> a.getPath().compareTo(b.getPath()));
		return entries;
	}

	private static Bundle bundle() {
		return FrameworkUtil.getBundle(SampleWorkspace.class);
	}
}
