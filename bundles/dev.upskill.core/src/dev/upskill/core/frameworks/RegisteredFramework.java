/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.frameworks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;

import dev.upskill.model.Framework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;

/**
 * A framework of the registry: its model, the bundle that contributed it, where it was read from,
 * and the additions other bundles made to it. {@link #skills()}, {@link #roles()} and
 * {@link #resources()} include the additions.
 *
 * @since 0.1.0
 */
public final class RegisteredFramework {

	/** Roles, resources and skills that a bundle adds to a framework it does not own. */
	public record Additions(String contributor, Framework model, URI location) {
	}

	private final Framework framework;
	private final String contributor;
	private final URI location;
	private final List<Additions> additions;

	public RegisteredFramework(Framework framework, String contributor, URI location, List<Additions> additions) {
		this.framework = framework;
		this.contributor = contributor;
		this.location = location;
		this.additions = List.copyOf(additions);
	}

	public String id() {
		return framework.getId();
	}

	public String name() {
		return framework.getName() == null ? framework.getId() : framework.getName();
	}

	/** The framework's own model (without additions). */
	public Framework framework() {
		return framework;
	}

	/** The symbolic name of the bundle that contributed the framework. */
	public String contributor() {
		return contributor;
	}

	/** The file the framework was read from, or its {@code upskill:} URI when a provider built it. */
	public URI location() {
		return location;
	}

	public List<Additions> additions() {
		return additions;
	}

	public List<Skill> skills() {
		return merged(Framework::getSkills);
	}

	public List<Role> roles() {
		return merged(Framework::getRoles);
	}

	public List<LearningResource> resources() {
		return merged(Framework::getResources);
	}

	private <T> List<T> merged(Function<Framework, List<T>> part) {
		if (additions.isEmpty()) {
			return Collections.unmodifiableList(part.apply(framework));
		}
		List<T> all = new ArrayList<>(part.apply(framework));
		for (Additions added : additions) {
			all.addAll(part.apply(added.model()));
		}
		return Collections.unmodifiableList(all);
	}

	@Override
	public String toString() {
		return id() + " (" + contributor + ")";
	}
}
