/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.frameworks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.ui.services.IServiceLocator;

import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.ui.internal.frameworks.WorkspaceFrameworks.Failure;
import dev.upskill.ui.internal.frameworks.WorkspaceFrameworks.Loaded;

/**
 * Every framework the workbench works with, in one place: the installed ones (the registry) and
 * those of the workspace's files ({@link WorkspaceFrameworks}). The views, wizards and pickers ask it
 * for "all frameworks and roles", so the order (installed by id, then the workspace's by path) and
 * which are the workspace's are decided here once.
 */
public final class AllFrameworks {

	private final FrameworkRegistry registry;
	private final WorkspaceFrameworks workspace;

	private AllFrameworks(FrameworkRegistry registry, WorkspaceFrameworks workspace) {
		this.registry = registry;
		this.workspace = workspace;
	}

	/** The frameworks of the workbench a part, wizard or editor runs in (its service locator reaches the registry). */
	public static AllFrameworks of(IServiceLocator locator) {
		return of(locator == null ? null : locator.getService(FrameworkRegistry.class));
	}

	/** @param registry the installed frameworks, or null when there is none */
	public static AllFrameworks of(FrameworkRegistry registry) {
		return new AllFrameworks(registry, WorkspaceFrameworks.get(registry));
	}

	/** The installed frameworks, or null. */
	public FrameworkRegistry registry() {
		return registry;
	}

	public WorkspaceFrameworks workspace() {
		return workspace;
	}

	/**
	 * Reads both (the first use of the registry loads it, and the workspace's files changed so far
	 * are read first): call it in a Job.
	 */
	public Snapshot read(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Loading the frameworks", 2);
		List<RegisteredFramework> installed = registry == null ? List.of() : registry.getFrameworks();
		List<ContributionProblem> problems = registry == null ? List.of() : registry.getProblems();
		progress.worked(1);
		WorkspaceFrameworks.State files = workspace.await(progress.split(1));
		return new Snapshot(registry, installed, problems, files);
	}

	/** Tells the listener (on any thread) when plug-ins that contribute frameworks come or go, or framework files change. */
	public void addChangeListener(Runnable listener) {
		if (registry != null) {
			registry.addChangeListener(listener);
		}
		workspace.addListener(listener);
	}

	public void removeChangeListener(Runnable listener) {
		if (registry != null) {
			registry.removeChangeListener(listener);
		}
		workspace.removeListener(listener);
	}

	/**
	 * The frameworks at one moment: the installed ones, then the workspace's; the broken
	 * contributions; the workspace's files that cannot be read.
	 */
	public static final class Snapshot {

		private final List<RegisteredFramework> frameworks;
		private final List<ContributionProblem> problems;
		private final WorkspaceFrameworks.State files;
		private final Map<RegisteredFramework, IFile> workspaceFiles = new IdentityHashMap<>();
		private final FrameworkRegistry registry;

		/** @param registry the installed frameworks' registry (to read references to them), or null */
		public Snapshot(FrameworkRegistry registry, List<RegisteredFramework> installed, List<ContributionProblem> problems,
				WorkspaceFrameworks.State files) {
			List<RegisteredFramework> all = new ArrayList<>(installed);
			for (Loaded loaded : files.frameworks()) {
				all.add(loaded.framework());
				workspaceFiles.put(loaded.framework(), loaded.file());
			}
			this.frameworks = Collections.unmodifiableList(all);
			this.problems = List.copyOf(problems);
			this.files = files;
			this.registry = registry;
		}

		/** Every framework: the installed ones by id, then the workspace's by path. */
		public List<RegisteredFramework> frameworks() {
			return frameworks;
		}

		/** The broken contributions of installed plug-ins. */
		public List<ContributionProblem> problems() {
			return problems;
		}

		/** The workspace's framework files that cannot be read, each with its reason. */
		public List<Failure> failures() {
			return files.failures();
		}

		/** The workspace's frameworks as read. */
		public WorkspaceFrameworks.State workspace() {
			return files;
		}

		/** Whether the framework is a workspace file's (not an installed plug-in's). */
		public boolean isWorkspace(RegisteredFramework framework) {
			return workspaceFiles.containsKey(framework);
		}

		/** The workspace file of a framework, or null for an installed one. */
		public IFile fileOf(RegisteredFramework framework) {
			return workspaceFiles.get(framework);
		}

		/** What the pickers say a framework is: its name, and "workspace" for a workspace file's. */
		public String label(RegisteredFramework framework) {
			return isWorkspace(framework) ? framework.name() + " (" + WorkspaceFrameworks.CONTRIBUTOR + ")" : framework.name();
		}

		/** Every role of every framework, in the frameworks' order. */
		public List<Role> roles() {
			List<Role> roles = new ArrayList<>();
			frameworks.forEach(f -> roles.addAll(f.roles()));
			return roles;
		}

		/**
		 * Lets a resource set read references to the installed frameworks ({@code upskill:/framework/...})
		 * and use the workspace's models for references to their files, instead of reading them again.
		 */
		public void configure(ResourceSet resourceSet) {
			if (registry != null) {
				registry.configure(resourceSet);
			}
			WorkspaceFrameworks.share(files, resourceSet);
		}

		/**
		 * A profile and everything it can be compared with, as the command line's {@code --framework}
		 * gives it: the frameworks its file refers to, then the workspace's, then the installed ones
		 * (a role with the same {@code framework#id} counts once, the first).
		 */
		public AnalysisContext context(Profile profile) {
			AnalysisContext own = AnalysisContext.of(profile, null);
			Map<String, Role> roles = new LinkedHashMap<>();
			own.roles().forEach(r -> roles.putIfAbsent(SkillKeys.of(r), r));
			List<LearningResource> resources = new ArrayList<>(own.resources());
			Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
			own.roles().forEach(r -> seen.add(r.eContainer()));
			for (Loaded loaded : files.frameworks()) {
				if (seen.add(loaded.framework().framework())) {
					loaded.framework().roles().forEach(r -> roles.putIfAbsent(SkillKeys.of(r), r));
					resources.addAll(loaded.framework().resources());
				}
			}
			for (RegisteredFramework framework : frameworks) {
				if (!isWorkspace(framework)) {
					framework.roles().forEach(r -> roles.putIfAbsent(SkillKeys.of(r), r));
					resources.addAll(framework.resources());
				}
			}
			return new AnalysisContext(profile, List.copyOf(roles.values()), List.copyOf(resources));
		}
	}
}
