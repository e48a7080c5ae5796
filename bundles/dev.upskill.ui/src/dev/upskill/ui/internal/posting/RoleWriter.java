/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.posting;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.Framework;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Reasons;
import dev.upskill.ui.internal.frameworks.WorkspaceFrameworks;

/**
 * Writes a role made of a job posting into a framework file of the workspace, through the Upskill
 * resource: the file is read afresh, the role added, and the model saved atomically (the previous
 * version kept as {@code .NAME.bak}), or not at all when it would not load back whole. A new file
 * is created only where none exists. The skills are referred to by their frameworks' addresses
 * ({@code upskill:/framework/...} for installed ones, the file for the workspace's), so the file
 * stays portable.
 */
final class RoleWriter {

	private RoleWriter() {
	}

	/**
	 * Writes the role. Call it in a Job.
	 *
	 * @return the role's key, {@code framework#role}
	 * @throws IllegalArgumentException naming the file and the reason when nothing was written
	 */
	static String write(RoleSpec spec, FrameworkRegistry registry, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing the role " + spec.roleId(), 3);
		IFile file = spec.file();
		String where = file.getFullPath().makeRelative().toString();
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		if (registry != null) {
			registry.configure(resourceSet);
		}
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		Resource resource;
		Framework framework;
		if (spec.newFile()) {
			if (file.exists()) {
				throw new IllegalArgumentException(where + " exists already; nothing was written (choose it in the list, or another name)");
			}
			resource = resourceSet.createResource(uri);
			framework = UpskillFactory.eINSTANCE.createFramework();
			framework.setId(spec.frameworkId());
			framework.setName(spec.frameworkName());
			framework.setVersion("1");
			resource.getContents().add(framework);
		} else {
			if (!file.exists()) {
				throw new IllegalArgumentException(where + " no longer exists; nothing was written");
			}
			ModelFile loaded = ModelFile.load(resourceSet, uri, where);
			if (!loaded.loaded() || !(loaded.resource().getContents().get(0) instanceof Framework read)) {
				throw new IllegalArgumentException(where + " cannot be read, so the role was not added: "
						+ (loaded.problems().isEmpty() ? "it holds no framework" : loaded.problems().get(0).message()));
			}
			resource = loaded.resource();
			framework = read;
		}
		progress.worked(1);
		if (resource.getEObject(spec.roleId()) != null) {
			throw new IllegalArgumentException(where + " already has an element with the id '" + spec.roleId() + "'; nothing was written");
		}
		Role role = UpskillFactory.eINSTANCE.createRole();
		role.setId(spec.roleId());
		role.setName(spec.roleName());
		for (RoleSpec.Requirement wanted : spec.requirements()) {
			SkillRequirement requirement = UpskillFactory.eINSTANCE.createSkillRequirement();
			requirement.setSkill(local(wanted.skill(), resourceSet, framework, where));
			requirement.setLevel(wanted.level());
			requirement.setImportance(wanted.importance());
			role.getRequirements().add(requirement);
		}
		framework.getRoles().add(role);
		progress.worked(1);
		try {
			resource.save(null);
		} catch (IOException e) {
			throw new IllegalArgumentException(Reasons.words(String.valueOf(e.getMessage())) + (spec.newFile() ? "" : " (" + where
					+ " is as it was)"), e);
		}
		file.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
		return SkillKeys.of(role);
	}

	/** The skill as an element of this resource set: of the file itself, of a workspace file, or of an installed framework by its address. */
	private static Skill local(Skill skill, ResourceSet resourceSet, Framework target, String where) {
		String key = SkillKeys.of(skill);
		String frameworkId = key.substring(0, key.indexOf('#'));
		EObject local;
		if (frameworkId.equals(target.getId()) && target.eResource().getEObject(skill.getId()) instanceof Skill own) {
			local = own;
		} else if (WorkspaceFrameworks.isWorkspace(skill)) {
			local = resourceSet.getEObject(EcoreUtil.getURI(skill), true);
		} else {
			local = resourceSet.getEObject(FrameworkUris.of(frameworkId, skill.getId()), true);
		}
		if (!(local instanceof Skill found) || found.eIsProxy()) {
			throw new IllegalArgumentException("The skill '" + skill.getName() + "' (" + key + ") cannot be referred to from " + where
					+ ": its framework could not be read; nothing was written");
		}
		return found;
	}
}
