/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.app.internal;

import java.net.URL;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages;
import org.osgi.framework.Bundle;

/**
 * Sets up the workbench as an IDE-like workbench over a workspace: resource adapters and images
 * for the Project Explorer, the Upskill perspective, saved window state, the sample content of a
 * new workspace, and a saved workspace on exit.
 */
public class UpskillWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	// The marker images have no API key; IDEWorkbenchAdvisor, which a product without the IDE application lacks, declares
	// them the same way.
	@SuppressWarnings("restriction")
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		IDE.registerAdapters();
		// The IDE's own advisor declares these; the Project Explorer and Problems view need them.
		Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
		declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_ERROR_PATH, "icons/full/obj16/error_tsk.png");
		declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_WARNING_PATH, "icons/full/obj16/warn_tsk.png");
		declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_INFO_PATH, "icons/full/obj16/info_tsk.png");
	}

	private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String key, String path) {
		URL url = bundle == null ? null : bundle.getEntry(path);
		if (url != null) {
			configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return UpskillPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new UpskillWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		SampleWorkspace.fillIfNew();
		GettingStartedOnFirstStart.showOnce(getWorkbenchConfigurer().getWorkbench());
	}

	@Override
	public void postShutdown() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}
}
