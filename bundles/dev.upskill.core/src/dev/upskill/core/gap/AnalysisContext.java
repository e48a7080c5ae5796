/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.gap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.model.Framework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;

/**
 * A profile and everything it can be compared with: the roles and learning resources of the
 * frameworks its file refers to (its own framework files) and of every installed framework. Roles
 * loaded twice (through the profile and the registry) count once; the profile's own copies come
 * first, since its references point to them.
 *
 * @param profile the profile
 * @param roles every role, each once
 * @param resources every learning resource
 * @since 0.1.0
 */
public record AnalysisContext(Profile profile, List<Role> roles, List<LearningResource> resources) {

	/** No role has the id asked for (as opposed to several roles having it). */
	public static final class UnknownRoleException extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;

		UnknownRoleException(String message) {
			super(message);
		}
	}

	/** @param registry the installed frameworks, or null for the profile's own files only */
	public static AnalysisContext of(Profile profile, FrameworkRegistry registry) {
		Map<String, Role> roles = new LinkedHashMap<>();
		List<LearningResource> resources = new ArrayList<>();
		ResourceSet resourceSet = profile.eResource() == null ? null : profile.eResource().getResourceSet();
		if (resourceSet != null) {
			EcoreUtil.resolveAll(resourceSet);
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Framework framework) {
					framework.getRoles().forEach(r -> roles.putIfAbsent(SkillKeys.of(r), r));
					resources.addAll(framework.getResources());
				}
			}
		}
		if (registry != null) {
			for (RegisteredFramework framework : registry.getFrameworks()) {
				framework.roles().forEach(r -> roles.putIfAbsent(SkillKeys.of(r), r));
				resources.addAll(framework.resources());
			}
		}
		return new AnalysisContext(profile, List.copyOf(roles.values()), List.copyOf(resources));
	}

	/**
	 * A role by {@code framework#role}, or by its id alone when only one framework has it.
	 *
	 * @throws UnknownRoleException when no role has the id
	 * @throws IllegalArgumentException naming the candidates when the id is ambiguous
	 */
	public Role role(String id) {
		List<Role> matches = roles.stream().filter(r -> SkillKeys.of(r).equals(id) || id.equals(r.getId())).toList();
		if (matches.size() == 1) {
			return matches.get(0);
		}
		if (matches.isEmpty()) {
			throw new UnknownRoleException("unknown role '" + id + "'");
		}
		throw new IllegalArgumentException("the role id '" + id + "' is in several frameworks: "
				+ String.join(", ", matches.stream().map(SkillKeys::of).toList()) + "; name one of these");
	}

	/** The profile's target roles first (as loaded through the profile), then every other role. */
	public List<Role> rolesTargetsFirst() {
		List<Role> ordered = new ArrayList<>();
		profile.getTargetRoles().stream().filter(r -> !r.eIsProxy()).forEach(ordered::add);
		Set<String> seen = new HashSet<>(ordered.stream().map(SkillKeys::of).toList());
		roles.stream().filter(r -> seen.add(SkillKeys.of(r))).forEach(ordered::add);
		return ordered;
	}
}
