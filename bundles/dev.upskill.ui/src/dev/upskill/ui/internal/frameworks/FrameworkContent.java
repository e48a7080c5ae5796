/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.frameworks;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;

/**
 * Frameworks &gt; categories &gt; skills; frameworks &gt; roles &gt; requirements; frameworks &gt;
 * learning resources; and, when contributions are broken, a node with their problems.
 */
final class FrameworkContent implements ITreeContentProvider {

	/** A labelled group of children under a framework (or the problems node at the top). */
	record Group(Object owner, String label, List<?> children) {
	}

	private final FrameworkRegistry registry;

	FrameworkContent(FrameworkRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Object[] getElements(Object input) {
		List<Object> roots = new ArrayList<>(registry.getFrameworks());
		List<ContributionProblem> problems = registry.getProblems();
		if (!problems.isEmpty()) {
			roots.add(new Group(registry, "Broken contributions (" + problems.size() + ")", problems));
		}
		return roots.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return switch (parent) {
			case RegisteredFramework framework -> frameworkChildren(framework).toArray();
			case Group group -> group.children().toArray();
			case CategoryNode category -> category.children().toArray();
			case Role role -> role.getRequirements().toArray();
			default -> new Object[0];
		};
	}

	private static List<Object> frameworkChildren(RegisteredFramework framework) {
		List<Object> children = new ArrayList<>();
		List<Skill> skills = framework.skills();
		for (SkillCategory category : framework.framework().getCategories()) {
			children.add(new CategoryNode(category, skills));
		}
		List<Skill> uncategorized = skills.stream().filter(s -> s.getCategory() == null || s.getCategory().eIsProxy()).toList();
		if (!uncategorized.isEmpty()) {
			children.add(new Group(framework, "Skills without a category (" + uncategorized.size() + ")", uncategorized));
		}
		List<Role> roles = framework.roles();
		children.add(new Group(framework, "Roles (" + roles.size() + ")", roles));
		List<LearningResource> resources = framework.resources();
		children.add(new Group(framework, "Learning resources (" + resources.size() + ")", resources));
		return children;
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return switch (element) {
			case RegisteredFramework framework -> true;
			case Group group -> !group.children().isEmpty();
			case CategoryNode category -> !category.children().isEmpty();
			case Role role -> !role.getRequirements().isEmpty();
			default -> false;
		};
	}

	/** A skill category with its subcategories and the skills in it. */
	record CategoryNode(SkillCategory category, List<Skill> allSkills) {

		List<Object> children() {
			List<Object> children = new ArrayList<>();
			for (SkillCategory sub : category.getSubcategories()) {
				children.add(new CategoryNode(sub, allSkills));
			}
			allSkills.stream().filter(s -> s.getCategory() == category).forEach(children::add);
			return children;
		}
	}
}
