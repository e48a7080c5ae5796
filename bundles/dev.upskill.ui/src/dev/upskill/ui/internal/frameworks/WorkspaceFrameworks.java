/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.frameworks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.model.Framework;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;

/**
 * The {@code *.framework} files of the workspace's open projects, read whole and kept current: one
 * per workbench ({@link #get}). Files are read in a Job with progress (the Upskill resource's fast
 * framework reader), never on the UI thread; a resource listener notes added, changed and removed
 * files and projects opened or closed, and after a short pause reads again only what changed. A file
 * that cannot be read is a {@link Failure} naming it and saying why; the others are unaffected.
 * <p>
 * The models are shared, fully resolved, and must not be modified; a file read again gets a new
 * model (the old one is left as it was for whoever still holds it). Listeners are called on the
 * Job's thread after every change; they go back to the UI thread themselves.
 */
public final class WorkspaceFrameworks {

	/** What the Frameworks view and the pickers say workspace frameworks come from. */
	public static final String CONTRIBUTOR = "workspace";

	/** The family of the Job that reads the files. */
	public static final Object FAMILY = WorkspaceFrameworks.class;

	/** How long changes are collected before the files are read again, in milliseconds. */
	static final long DEBOUNCE = 300;

	private static final String EXTENSION = "framework";

	/** A framework file read whole: the file, its model (as a registry entry, contributor {@link #CONTRIBUTOR}). */
	public record Loaded(IFile file, RegisteredFramework framework, long stamp) {
	}

	/** A framework file that cannot be read: the file and the reason, in words. */
	public record Failure(IFile file, String reason, long stamp) {

		/** The file's path, then the reason. */
		public String message() {
			return file.getFullPath().makeRelative() + ": " + reason;
		}
	}

	/** What the workspace holds now: the frameworks by path, and the files that cannot be read. */
	public record State(List<Loaded> frameworks, List<Failure> failures) {

		static final State EMPTY = new State(List.of(), List.of());

		public List<RegisteredFramework> registered() {
			return frameworks.stream().map(Loaded::framework).toList();
		}
	}

	private static WorkspaceFrameworks instance;

	private final IWorkspace workspace;
	private final FrameworkRegistry registry;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final IResourceChangeListener resourceListener = this::resourcesChanged;
	private final Job job;
	/** Files to read again or drop (guarded by this). */
	private final Set<IFile> pending = new LinkedHashSet<>();
	/** Whether every open project is to be searched again (guarded by this). */
	private boolean rescan = true;
	/** What is read, by file (the Job's own; published as {@link #state}). */
	private final Map<IFile, Object> entries = new HashMap<>();
	private volatile State state = State.EMPTY;

	/**
	 * The workspace frameworks of this workbench, created (and their first reading started) on the
	 * first call.
	 *
	 * @param registry the installed frameworks, so files can refer to them; may be null
	 */
	public static synchronized WorkspaceFrameworks get(FrameworkRegistry registry) {
		if (instance == null) {
			instance = new WorkspaceFrameworks(ResourcesPlugin.getWorkspace(), registry);
		}
		return instance;
	}

	private WorkspaceFrameworks(IWorkspace workspace, FrameworkRegistry registry) {
		this.workspace = workspace;
		this.registry = registry;
		job = new Job("Reading the workspace's frameworks") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					refresh(monitor);
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setPriority(Job.LONG);
		workspace.addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
		job.schedule();
	}

	/** What is read now (maybe not yet everything: see {@link #await}). */
	public State state() {
		return state;
	}

	/**
	 * What the workspace holds once the files changed so far are read: waits for the Job when it
	 * has work (call it from a Job, never on the UI thread).
	 */
	public State await(IProgressMonitor monitor) {
		try {
			while (busy()) {
				if (monitor != null && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				if (job.getState() == Job.SLEEPING) {
					job.wakeUp(); // a caller waits: the pause for more changes is over
				}
				job.join(200, monitor);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return state;
	}

	private boolean busy() {
		synchronized (this) {
			if (rescan || !pending.isEmpty()) {
				if (job.getState() == Job.NONE) {
					job.schedule();
				}
				return true;
			}
		}
		return job.getState() != Job.NONE;
	}

	/** Called, on the Job's thread, after the workspace's frameworks changed. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Lets a resource set use the shared models of the workspace frameworks for references to their files. */
	public static void share(State state, ResourceSet resourceSet) {
		if (state.frameworks().isEmpty() || !(resourceSet instanceof ResourceSetImpl sharing)) {
			return;
		}
		Map<URI, Resource> map = sharing.getURIResourceMap();
		if (map == null) {
			map = new HashMap<>();
			sharing.setURIResourceMap(map);
		}
		for (Loaded loaded : state.frameworks()) {
			Resource resource = loaded.framework().framework().eResource();
			map.putIfAbsent(resource.getURI(), resource);
		}
	}

	/** Whether an element comes from a file of the workspace (rather than an installed plug-in). */
	public static boolean isWorkspace(EObject element) {
		Resource resource = element == null ? null : element.eResource();
		return resource != null && resource.getURI() != null && resource.getURI().isPlatformResource();
	}

	private void resourcesChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		Set<IFile> changed = new LinkedHashSet<>();
		boolean[] projects = { false };
		try {
			delta.accept(child -> {
				IResource resource = child.getResource();
				if (resource instanceof IProject) {
					if (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & IResourceDelta.OPEN) != 0) {
						projects[0] = true;
						return false;
					}
					return true;
				}
				if (resource instanceof IFile file) {
					if (EXTENSION.equals(file.getFileExtension()) && (child.getKind() != IResourceDelta.CHANGED
							|| (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
						changed.add(file);
					}
					return false;
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(WorkspaceFrameworks.class).warn("Could not follow the workspace's changes", e);
			projects[0] = true;
		}
		if (changed.isEmpty() && !projects[0]) {
			return;
		}
		synchronized (this) {
			pending.addAll(changed);
			rescan |= projects[0];
		}
		job.schedule(DEBOUNCE);
	}

	/** In the Job: reads what changed, drops what is gone, and tells the listeners when anything did. */
	private void refresh(IProgressMonitor monitor) {
		Set<IFile> files;
		boolean all;
		synchronized (this) {
			files = new LinkedHashSet<>(pending);
			all = rescan;
			pending.clear();
			rescan = false;
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Reading the workspace's frameworks", 10);
		if (all) {
			Set<IFile> found = find();
			for (IFile known : List.copyOf(entries.keySet())) {
				if (!found.contains(known)) {
					files.add(known);
				}
			}
			for (IFile file : found) {
				Object entry = entries.get(file);
				if (entry == null || stamp(entry) != file.getModificationStamp()) {
					files.add(file);
				}
			}
		}
		progress.worked(1);
		boolean changed = false;
		// newChild, not split: a cancellation is noticed in the loop, which keeps what is left for the next time
		SubMonitor reading = progress.newChild(9).setWorkRemaining(Math.max(1, files.size()));
		for (IFile file : files) {
			if (reading.isCanceled()) {
				synchronized (this) {
					pending.addAll(files); // what is left is read the next time
				}
				throw new OperationCanceledException();
			}
			reading.subTask(file.getFullPath().makeRelative().toString());
			if (!file.exists() || !file.getProject().isOpen()) {
				changed |= entries.remove(file) != null;
			} else {
				entries.put(file, read(file));
				changed = true;
			}
			reading.worked(1);
		}
		if (changed) {
			publish();
			for (Runnable listener : listeners) {
				try {
					listener.run();
				} catch (RuntimeException e) {
					ILog.of(WorkspaceFrameworks.class).error("A listener of the workspace's frameworks failed", e);
				}
			}
		}
	}

	private static long stamp(Object entry) {
		return entry instanceof Loaded loaded ? loaded.stamp() : ((Failure) entry).stamp();
	}

	/** The framework files of the open projects. */
	private Set<IFile> find() {
		Set<IFile> found = new LinkedHashSet<>();
		for (IProject project : workspace.getRoot().getProjects()) {
			if (!project.isOpen()) {
				continue;
			}
			try {
				project.accept((IResourceProxy proxy) -> {
					if (proxy.getType() == IResource.FILE) {
						if (proxy.getName().endsWith("." + EXTENSION)) {
							found.add((IFile) proxy.requestResource());
						}
						return false;
					}
					return !proxy.isDerived() || proxy.getType() == IResource.PROJECT;
				}, IResource.NONE);
			} catch (CoreException e) {
				ILog.of(WorkspaceFrameworks.class).warn("Could not list the files of " + project.getName(), e);
			}
		}
		return found;
	}

	/** Reads one file, whole and resolved, in a resource set of its own; never throws for bad input. */
	private Object read(IFile file) {
		long stamp = file.getModificationStamp();
		String name = file.getFullPath().makeRelative().toString();
		try {
			ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
			if (registry != null) {
				registry.configure(resourceSet);
			}
			ModelFile model = ModelFile.load(resourceSet, URI.createPlatformResourceURI(file.getFullPath().toString(), true), name);
			if (!model.loaded()) {
				List<Problem> errors = model.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
				Problem first = errors.isEmpty() ? model.problems().isEmpty() ? null : model.problems().get(0) : errors.get(0);
				return new Failure(file, first == null ? "it cannot be read" : where(first) + first.message(), stamp);
			}
			Resource resource = model.resource();
			// resolved now, so that readers on several threads never resolve (and so change) the shared model
			EcoreUtil.resolveAll(resource);
			if (resource instanceof XMLResourceImpl xml && xml.getIntrinsicIDToEObjectMap() != null) {
				xml.setIntrinsicIDToEObjectMap(new ConcurrentHashMap<>(xml.getIntrinsicIDToEObjectMap()));
			}
			Framework framework = (Framework) resource.getContents().get(0);
			return new Loaded(file, new RegisteredFramework(framework, CONTRIBUTOR, resource.getURI(), List.of()), stamp);
		} catch (RuntimeException e) {
			ILog.of(WorkspaceFrameworks.class).warn("Reading " + name + " failed", e);
			return new Failure(file, "it cannot be read: " + (e.getMessage() == null ? "an unexpected error (see the Error Log)"
					: e.getMessage()), stamp);
		}
	}

	private static String where(Problem problem) {
		return problem.line() > 0 ? "line " + problem.line() + ": " : "";
	}

	private void publish() {
		List<Loaded> loaded = new ArrayList<>();
		List<Failure> failures = new ArrayList<>();
		for (Object entry : entries.values()) {
			if (entry instanceof Loaded l) {
				loaded.add(l);
			} else {
				failures.add((Failure) entry);
			}
		}
		loaded.sort(Comparator.comparing(l -> l.file().getFullPath().toString()));
		failures.sort(Comparator.comparing(f -> f.file().getFullPath().toString()));
		state = new State(List.copyOf(loaded), List.copyOf(failures));
	}
}
