/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.Framework;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.NamedElement;
import dev.upskill.model.resource.UpskillResource;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.ui.internal.frameworks.AllFrameworks;
import dev.upskill.ui.internal.frameworks.WorkspaceFrameworks;

/**
 * The plan an editor shows, as it is in memory (unsaved changes included), copied so that a Job
 * can resolve its profile, role and frameworks and run engines on it while the user goes on
 * editing. Taking the snapshot writes the plan to bytes on the UI thread: a plan is a few dozen
 * elements and writing it takes about a millisecond; everything slow (reading the profile and the
 * framework files, resolving, checking, planning) happens on the copy, in the Job, in a resource set
 * of its own. The frameworks are those the views use ({@link AllFrameworks}): the installed ones and
 * the framework files of the workspace, read in the Job. What the engines return is mapped back to
 * the editor's objects by {@link #fragment} and {@link #address}.
 */
public final class PlanSnapshot {

	private final URI uri;
	private final byte[] content;
	private final AllFrameworks frameworks;
	/** The frameworks as read in the Job; null until then, or without frameworks. */
	private AllFrameworks.Snapshot all;
	private LearningPlan copy;

	private PlanSnapshot(URI uri, byte[] content, AllFrameworks frameworks) {
		this.uri = uri;
		this.content = content;
		this.frameworks = frameworks;
	}

	/**
	 * Copies the plan as it is now; call on the UI thread.
	 *
	 * @param frameworks the installed and the workspace's frameworks ({@link PlanEditing#frameworks}),
	 *        or null for the plan's own files only
	 * @throws IOException when it cannot be written
	 */
	public static PlanSnapshot of(LearningPlan plan, AllFrameworks frameworks) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
		plan.eResource().save(buffer, UpskillResource.saveOptions());
		return new PlanSnapshot(plan.eResource().getURI(), buffer.toByteArray(), frameworks);
	}

	/** The copy, read in a resource set of its own with every reference resolved; call in the Job. */
	public LearningPlan plan() throws IOException {
		return plan(null);
	}

	/**
	 * The copy, read in a resource set of its own with every reference resolved, after the
	 * frameworks (the first use of the registry loads it; the workspace's framework files changed so
	 * far are read first); call in the Job.
	 */
	public LearningPlan plan(IProgressMonitor monitor) throws IOException {
		if (copy == null) {
			ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
			if (frameworks != null) {
				all = frameworks.read(monitor);
				// the installed frameworks' addresses, and the workspace's framework models shared for references to their files
				all.configure(resourceSet);
			}
			Resource resource = resourceSet.createResource(uri);
			resource.load(new ByteArrayInputStream(content), null);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof LearningPlan plan)) {
				throw new IOException("it holds no learning plan");
			}
			EcoreUtil.resolveAll(resourceSet);
			copy = plan;
		}
		return copy;
	}

	/**
	 * Every learning resource the plan can use, as the Gap Analysis view offers them: those of the
	 * framework files its files refer to, then of the workspace's framework files, then of the
	 * installed frameworks; a resource with the same {@code framework#id} counts once, the first.
	 * The same set the plan checks suggest from and Re-plan plans with.
	 */
	public List<LearningResource> resources() throws IOException {
		Map<String, LearningResource> resources = new LinkedHashMap<>();
		List<LearningResource> unkeyed = new ArrayList<>();
		for (Resource resource : List.copyOf(plan().eResource().getResourceSet().getResources())) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Framework framework) {
				framework.getResources().forEach(r -> keep(r, resources, unkeyed));
			}
		}
		if (all != null) {
			List<RegisteredFramework> workspaceFirst = new ArrayList<>();
			all.frameworks().stream().filter(all::isWorkspace).forEach(workspaceFirst::add);
			all.frameworks().stream().filter(f -> !all.isWorkspace(f)).forEach(workspaceFirst::add);
			for (RegisteredFramework framework : workspaceFirst) {
				framework.resources().forEach(r -> keep(r, resources, unkeyed));
			}
		}
		List<LearningResource> kept = new ArrayList<>(resources.values());
		kept.addAll(unkeyed);
		return List.copyOf(kept);
	}

	/**
	 * Keeps a resource once by its {@code framework#id}; one without an id, or in a framework
	 * without one, cannot be told apart from another that way and is kept as it is.
	 */
	private static void keep(LearningResource resource, Map<String, LearningResource> keyed, List<LearningResource> unkeyed) {
		Framework framework = EcoreUtil.getRootContainer(resource) instanceof Framework f ? f : null;
		if (resource.getId() == null || framework == null || framework.getId() == null) {
			if (!unkeyed.contains(resource)) {
				unkeyed.add(resource);
			}
		} else {
			keyed.putIfAbsent(SkillKeys.of(resource), resource);
		}
	}

	/**
	 * The element at this address in the editor's resource set, or null when it cannot be found
	 * there any more: its file was removed, renamed or broken since the address was taken. A file
	 * that fails to load is taken out of the set again, so that it does not stay there broken.
	 */
	public static EObject find(ResourceSet resourceSet, String address) {
		if (address == null) {
			return null;
		}
		URI uri = URI.createURI(address);
		boolean loadedBefore = resourceSet.getResource(uri.trimFragment(), false) != null;
		try {
			return resourceSet.getEObject(uri, true);
		} catch (RuntimeException e) {
			Resource failed = resourceSet.getResource(uri.trimFragment(), false);
			if (failed != null && !loadedBefore) {
				failed.unload();
				resourceSet.getResources().remove(failed);
			}
			return null;
		}
	}

	/** Where an element of the copy is inside the plan file, to find the editor's own element again. */
	public static String fragment(EObject element) {
		return element == null || element.eResource() == null ? null : element.eResource().getURIFragment(element);
	}

	/**
	 * The address by which the editor's resource set finds the same element: its framework address
	 * ({@code upskill:/framework/<id>#<element>}) for an installed framework's element, otherwise
	 * (the plan's own files, the workspace's framework files) its file's URI and fragment.
	 */
	public String address(NamedElement element) {
		if (element.eResource() != null && (copy != null && element.eResource().getResourceSet() == copy.eResource().getResourceSet()
				|| WorkspaceFrameworks.isWorkspace(element))) {
			return EcoreUtil.getURI(element).toString();
		}
		String key = SkillKeys.of(element);
		int hash = key.indexOf('#');
		return FrameworkUris.of(key.substring(0, hash), key.substring(hash + 1)).toString();
	}
}
