/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.resource.ResourceSet;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.model.Framework;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;

/**
 * A framework the export can write: a {@code .framework} file of the workspace, or an installed
 * framework of the registry (with what plug-ins add to it).
 *
 * @param file the workspace file, or null
 * @param installed the installed framework, or null
 */
public record ExportSource(IFile file, RegisteredFramework installed) {

	/** The name the list shows. */
	public String name() {
		return file != null ? file.getName() : installed.name();
	}

	/** Where it is, in words. */
	public String where() {
		return file != null ? file.getParent().getFullPath().makeRelative().toString()
				: "installed (" + installed.id() + ", from " + installed.contributor() + ")";
	}

	/** The base of the exported file's name: the file's name, or the installed framework's id. */
	String baseName() {
		if (file != null) {
			String name = file.getName();
			return name.endsWith(".framework") ? name.substring(0, name.length() - ".framework".length()) : name;
		}
		return installed.id();
	}

	/**
	 * The framework, read from its file (with the installed frameworks its references may need);
	 * runs in a Job.
	 *
	 * @throws IllegalArgumentException when the file cannot be read or holds no framework, saying why
	 */
	Framework read(FrameworkRegistry registry) {
		if (installed != null) {
			return installed.framework();
		}
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		if (registry != null) {
			registry.configure(resourceSet);
		}
		ModelFile loaded = ModelFile.load(resourceSet, file.getLocation().toPath());
		if (!loaded.loaded()) {
			throw new IllegalArgumentException(loaded.problems().isEmpty() ? file.getName() + " cannot be read"
					: loaded.problems().stream().limit(3).map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse(""));
		}
		if (!(loaded.resource().getContents().get(0) instanceof Framework framework)) {
			throw new IllegalArgumentException(file.getName() + " holds no framework");
		}
		return framework;
	}

	/** The {@code .framework} files of the open projects, then the installed frameworks, each by name; runs in a Job. */
	static List<ExportSource> all(IWorkspaceRoot root, FrameworkRegistry registry, IProgressMonitor monitor) throws CoreException {
		List<ExportSource> sources = new ArrayList<>();
		root.accept(proxy -> {
			if (monitor != null && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (proxy.getType() == IResource.FILE && proxy.getName().toLowerCase(Locale.ROOT).endsWith(".framework")) {
				sources.add(new ExportSource((IFile) proxy.requestResource(), null));
			}
			return !proxy.isDerived() && !proxy.getName().startsWith(".") || proxy.getType() == IResource.ROOT;
		}, IResource.NONE);
		sources.sort(Comparator.comparing((ExportSource s) -> s.file().getFullPath().toString()));
		if (registry != null) {
			registry.getFrameworks().stream().sorted(Comparator.comparing(RegisteredFramework::id))
					.forEach(framework -> sources.add(new ExportSource(null, framework)));
		}
		return sources;
	}
}
