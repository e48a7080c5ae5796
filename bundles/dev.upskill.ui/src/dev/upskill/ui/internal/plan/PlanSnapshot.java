/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.Framework;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.NamedElement;
import dev.upskill.model.resource.UpskillResource;
import dev.upskill.model.resource.UpskillResourceFactory;

/**
 * The plan an editor shows, as it is in memory (unsaved changes included), copied so that a Job
 * can resolve its profile, role and frameworks and run engines on it while the user goes on
 * editing. Taking the snapshot writes the plan to bytes on the UI thread: a plan is a few dozen
 * elements and writing it takes about a millisecond; everything slow (reading the profile and the
 * framework files, resolving, checking, planning) happens on the copy, in the Job, in a resource set
 * of its own. What the engines return is mapped back to the editor's objects by {@link #fragment}
 * and {@link #address}.
 */
public final class PlanSnapshot {

	private final URI uri;
	private final byte[] content;
	private final FrameworkRegistry registry;
	private LearningPlan copy;

	private PlanSnapshot(URI uri, byte[] content, FrameworkRegistry registry) {
		this.uri = uri;
		this.content = content;
		this.registry = registry;
	}

	/** Copies the plan as it is now; call on the UI thread. @throws IOException when it cannot be written */
	public static PlanSnapshot of(LearningPlan plan, FrameworkRegistry registry) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
		plan.eResource().save(buffer, UpskillResource.saveOptions());
		return new PlanSnapshot(plan.eResource().getURI(), buffer.toByteArray(), registry);
	}

	/** The copy, read in a resource set of its own with every reference resolved; call in the Job. */
	public LearningPlan plan() throws IOException {
		if (copy == null) {
			ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
			if (registry != null) {
				registry.configure(resourceSet);
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
	 * Every learning resource the plan can use: those of the framework files its files refer to
	 * and of every installed framework (the same set the plan checks suggest from).
	 */
	public List<LearningResource> resources() throws IOException {
		List<LearningResource> resources = new ArrayList<>();
		for (Resource resource : List.copyOf(plan().eResource().getResourceSet().getResources())) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Framework framework) {
				resources.addAll(framework.getResources());
			}
		}
		if (registry != null) {
			for (RegisteredFramework framework : registry.getFrameworks()) {
				resources.addAll(framework.resources());
			}
		}
		return resources;
	}

	/** Where an element of the copy is inside the plan file, to find the editor's own element again. */
	public static String fragment(EObject element) {
		return element == null || element.eResource() == null ? null : element.eResource().getURIFragment(element);
	}

	/**
	 * The address by which the editor's resource set finds the same element: its framework address
	 * ({@code upskill:/framework/<id>#<element>}) for an installed framework's element, otherwise its
	 * file's URI and fragment.
	 */
	public String address(NamedElement element) {
		if (element.eResource() != null && copy != null && element.eResource().getResourceSet() == copy.eResource().getResourceSet()) {
			return EcoreUtil.getURI(element).toString();
		}
		String key = SkillKeys.of(element);
		int hash = key.indexOf('#');
		return FrameworkUris.of(key.substring(0, hash), key.substring(hash + 1)).toString();
	}
}
