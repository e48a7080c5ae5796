/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.frameworks;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.model.NamedElement;
import dev.upskill.model.Role;

/**
 * What the registry knows after one load: immutable once built, replaced as a whole when bundles
 * come or go, so readers never see a half-loaded registry.
 */
final class Snapshot {

	final List<RegisteredFramework> frameworks;
	final Map<String, RegisteredFramework> byId = new HashMap<>();
	final List<ContributionProblem> problems;
	final List<Role> roles;
	final ResourceSet resourceSet;
	private final Map<Resource, String> contributors;
	/** framework id -> element id -> element, additions included. */
	private final Map<String, Map<String, EObject>> elements = new HashMap<>();

	Snapshot(List<RegisteredFramework> frameworks, List<ContributionProblem> problems, Map<Resource, String> contributors,
			ResourceSet resourceSet) {
		this.frameworks = List.copyOf(frameworks);
		this.problems = List.copyOf(problems);
		this.contributors = new IdentityHashMap<>(contributors);
		this.resourceSet = resourceSet;
		for (RegisteredFramework framework : frameworks) {
			byId.put(framework.id(), framework);
			Map<String, EObject> index = new HashMap<>();
			index(framework.framework(), index);
			framework.additions().forEach(a -> index(a.model(), index));
			elements.put(framework.id(), index);
		}
		this.roles = frameworks.stream().flatMap(f -> f.roles().stream()).toList();
	}

	private static void index(EObject root, Map<String, EObject> index) {
		root.eAllContents().forEachRemaining(o -> {
			if (o instanceof NamedElement named && named.getId() != null) {
				index.putIfAbsent(named.getId(), o);
			}
		});
	}

	EObject element(String frameworkId, String elementId) {
		Map<String, EObject> index = elements.get(frameworkId);
		return index == null ? null : index.get(elementId);
	}

	String contributor(EObject element) {
		return element.eResource() == null ? null : contributors.get(element.eResource());
	}
}
