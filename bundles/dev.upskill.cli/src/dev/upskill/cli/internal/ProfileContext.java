/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.core.gap.LearningIndex;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.Framework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;

/**
 * A profile file and everything it can be compared with: the roles and learning resources of
 * every installed framework and of the frameworks the profile refers to (its own files).
 */
final class ProfileContext {

	/** The profile could not be read; the message names the file and the reason. */
	static final class InputException extends Exception {
		private static final long serialVersionUID = 1L;

		InputException(String message) {
			super(message);
		}
	}

	final Profile profile;
	final String file;
	final List<Role> roles;
	final List<LearningResource> resources;

	private ProfileContext(Profile profile, String file, List<Role> roles, List<LearningResource> resources) {
		this.profile = profile;
		this.file = file;
		this.roles = roles;
		this.resources = resources;
	}

	static ProfileContext load(String file) throws InputException {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		FrameworkRegistry registry = Services.frameworkRegistry().orElse(null);
		if (registry != null) {
			registry.configure(resourceSet);
		}
		ModelFile loaded = ModelFile.load(resourceSet, Path.of(file));
		if (!loaded.loaded()) {
			throw new InputException(String.join("\n", loaded.problems().stream().map(Problem::toString).toList()));
		}
		if (!(loaded.resource().getContents().get(0) instanceof Profile profile)) {
			throw new InputException(file + ": the file is not a profile");
		}
		EcoreUtil.resolveAll(resourceSet);
		Map<String, Role> roles = new LinkedHashMap<>();
		List<LearningResource> resources = new ArrayList<>();
		// The profile's own frameworks first: their objects are the ones its references point to.
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Framework framework) {
				framework.getRoles().forEach(r -> roles.putIfAbsent(SkillKeys.of(r), r));
				resources.addAll(framework.getResources());
			}
		}
		if (registry != null) {
			for (RegisteredFramework framework : registry.getFrameworks()) {
				framework.roles().forEach(r -> roles.putIfAbsent(SkillKeys.of(r), r));
				resources.addAll(framework.resources());
			}
		}
		return new ProfileContext(profile, file, List.copyOf(roles.values()), resources);
	}

	LearningIndex learning() {
		return new LearningIndex(resources);
	}

	/** A role by {@code framework#role} or by its id alone when that is unambiguous. */
	Role role(String id) throws UsageException {
		List<Role> matches = roles.stream().filter(r -> SkillKeys.of(r).equals(id) || r.getId().equals(id)).toList();
		if (matches.size() == 1) {
			return matches.get(0);
		}
		if (matches.isEmpty()) {
			throw new UsageException("unknown role '" + id + "'; 'upskill rank --profile " + file
					+ "' lists the roles with their ids");
		}
		throw new UsageException("the role id '" + id + "' is in several frameworks: "
				+ String.join(", ", matches.stream().map(SkillKeys::of).toList()) + "; name one of these");
	}
}
