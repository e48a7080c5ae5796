/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.NamedElement;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.resource.UpskillResourceFactory;

/** A new {@code .plan} file beside its profile: its proposed name, and writing it. */
public final class PlanFile {

	private PlanFile() {
	}

	/** For example {@code dana-okafor-data-analyst-ai.plan}, or {@code ...-2.plan} when that exists. */
	static String proposeName(IContainer folder, Profile profile, Role role) {
		String person = profile.getPerson() != null && !profile.getPerson().isBlank() ? profile.getPerson()
				: profile.getName() != null ? profile.getName() : profile.getId();
		String roleId = role == null || role.getId() == null ? "plan" : role.getId().replaceFirst("^role\\.", "");
		String base = slug(person) + "-" + slug(roleId);
		String name = base + ".plan";
		for (int n = 2; folder.getFile(new Path(name)).exists(); n++) {
			name = base + "-" + n + ".plan";
		}
		return name;
	}

	/** Why the name cannot be used, in words, or null when it can. */
	static String check(IContainer folder, String name) {
		if (name == null || name.isBlank() || name.equals(".plan")) {
			return "Give the plan file a name.";
		}
		if (!name.endsWith(".plan")) {
			return "The file name must end with .plan.";
		}
		if (name.contains("/") || name.contains("\\")) {
			return "The file is written next to the profile: give a name without a folder.";
		}
		if (folder.getFile(new Path(name)).exists()) {
			String base = name.substring(0, name.length() - ".plan".length());
			String free = base + "-2.plan";
			for (int n = 3; folder.getFile(new Path(free)).exists(); n++) {
				free = base + "-" + n + ".plan";
			}
			return name + " already exists in " + folder.getFullPath().makeRelative() + " and is not replaced; choose another name, for example "
					+ free + ".";
		}
		return null;
	}

	/** A stable id from the file name, as the New wizards make it. */
	static String idOf(String fileName) {
		String id = slug(fileName.substring(0, fileName.length() - ".plan".length()));
		return id.isEmpty() || !Character.isLetterOrDigit(id.charAt(0)) ? "x" + id : id;
	}

	private static String slug(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^-+|-+$", "");
	}

	/**
	 * Writes the plan to a new file through the Upskill resource (atomic; never over an existing
	 * file). References to installed frameworks are written as their framework addresses
	 * ({@code upskill:/framework/...}), so the file does not depend on the bundle that holds them.
	 */
	static void write(LearningPlan plan, IFile file) throws IOException, CoreException {
		if (file.exists()) {
			throw new IOException(file.getFullPath() + " already exists");
		}
		portable(plan);
		Resource resource = UpskillResourceFactory.createResourceSet()
				.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
		resource.getContents().add(plan);
		resource.save(null);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
	}

	/** Replaces references to elements read from an installed bundle by their framework addresses. */
	@SuppressWarnings("unchecked")
	public static void portable(EObject root) {
		List<EObject> all = new ArrayList<>();
		all.add(root);
		root.eAllContents().forEachRemaining(all::add);
		for (EObject object : all) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()
						|| !reference.isChangeable()) {
					continue;
				}
				if (reference.isMany()) {
					EList<EObject> values = (EList<EObject>) object.eGet(reference, false);
					for (int i = 0; i < values.size(); i++) {
						EObject address = address(values.get(i));
						if (address != values.get(i)) {
							values.set(i, address);
						}
					}
				} else if (object.eGet(reference, false) instanceof EObject value) {
					EObject address = address(value);
					if (address != value) {
						object.eSet(reference, address);
					}
				}
			}
		}
	}

	private static EObject address(EObject element) {
		Resource resource = element.eResource();
		if (resource == null || resource.getURI() == null || !resource.getURI().isPlatformPlugin()
				|| !(element instanceof NamedElement named) || named.getId() == null) {
			return element;
		}
		String key = SkillKeys.of(named);
		InternalEObject proxy = (InternalEObject) EcoreUtil.create(element.eClass());
		proxy.eSetProxyURI(FrameworkUris.of(key.substring(0, key.indexOf('#')), named.getId()));
		return proxy;
	}
}
