/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/** The {@code .profile} files of the workspace, found in its resource tree (no file is read). */
public final class WorkspaceProfiles {

	private WorkspaceProfiles() {
	}

	/** The {@code .profile} files under {@code root}, in open projects, sorted by their path. */
	public static List<IFile> under(IContainer root) {
		List<IFile> files = new ArrayList<>();
		try {
			root.accept((IResourceProxy proxy) -> {
				if (proxy.getType() == IResource.FILE) {
					if (proxy.getName().endsWith(".profile") && !proxy.getName().equals(".profile")) {
						files.add((IFile) proxy.requestResource());
					}
					return false;
				}
				return !proxy.isDerived() && !proxy.isHidden() && !proxy.getName().startsWith(".");
			}, IResource.NONE);
		} catch (CoreException e) {
			// a project closed or deleted meanwhile: the files found so far are the answer
			ILog.of(WorkspaceProfiles.class).warn("Listing the workspace's profiles: " + e.getMessage(), e);
		}
		files.sort(Comparator.comparing(f -> f.getFullPath().toString()));
		return files;
	}
}
