/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.frameworks;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

import dev.upskill.model.LearningResource;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;

/**
 * The competency frameworks contributed to the extension point {@code dev.upskill.core.frameworks},
 * as an OSGi service. It loads them on first use, reloads when bundles that contribute come or go,
 * and reports contributions that are broken without letting them affect the others.
 * <p>
 * The models it returns are shared and must not be modified.
 *
 * @since 0.1.0
 */
public interface FrameworkRegistry {

	/** The extension point's full id. */
	String EXTENSION_POINT = "dev.upskill.core.frameworks";

	/** Every framework, in the order of their ids. */
	List<RegisteredFramework> getFrameworks();

	Optional<RegisteredFramework> getFramework(String frameworkId);

	/** A skill of a framework (or of an addition to it) by id. */
	Optional<Skill> findSkill(String frameworkId, String skillId);

	/** A role of a framework (or of an addition to it) by id. */
	Optional<Role> findRole(String frameworkId, String roleId);

	/** A learning resource of a framework (or of an addition to it) by id. */
	Optional<LearningResource> findResource(String frameworkId, String resourceId);

	/** The element an {@code upskill:/framework/<id>#<element id>} URI names. */
	Optional<EObject> resolve(URI uri);

	/** Every role of every framework, additions included. */
	List<Role> getAllRoles();

	/** The symbolic name of the bundle that contributed an element of the registry. */
	Optional<String> getContributor(EObject element);

	/** The broken contributions, each with its bundle and reason; empty when all are fine. */
	List<ContributionProblem> getProblems();

	/**
	 * Lets a resource set read {@code upskill:/framework/...} references, so user files can refer to
	 * contributed frameworks.
	 */
	void configure(ResourceSet resourceSet);

	/** Called, on any thread, after the registry changed because bundles came or went. */
	void addChangeListener(Runnable listener);

	void removeChangeListener(Runnable listener);
}
