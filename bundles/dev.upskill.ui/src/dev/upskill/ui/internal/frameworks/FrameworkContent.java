/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.frameworks;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;

/**
 * Frameworks &gt; categories &gt; skills; frameworks &gt; roles &gt; requirements; frameworks &gt;
 * learning resources; and, when contributions are broken or workspace files cannot be read, a node
 * with their problems. The input is the {@link Loaded} frameworks (read in a Job), or
 * {@link #LOADING} while they are being read.
 */
final class FrameworkContent implements ITreeContentProvider {

	/**
	 * A labelled group of children under a framework (or the problems node at the top); the label
	 * has no count, the view adds the total or, when filtering, how many match.
	 */
	record Group(Object owner, String label, List<?> children) {
	}

	/** The group of the workspace's framework files that cannot be read. */
	static final String UNREADABLE = "Framework files that cannot be read";

	/** The input while the frameworks are being loaded: a single node that says so. */
	static final String LOADING = "Loading the frameworks...";

	private Loaded loaded;

	/**
	 * What the view shows of the frameworks, read off the UI thread: the installed frameworks then
	 * the workspace's, the broken contributions, the workspace's files that cannot be read, the
	 * bundle that contributed each model ("workspace" for a workspace file's), each category's
	 * skills, and what the filter searches.
	 */
	record Loaded(AllFrameworks.Snapshot snapshot, List<RegisteredFramework> frameworks, List<ContributionProblem> problems,
			List<ContributionProblem> unreadable, Map<Resource, String> contributors, Map<SkillCategory, List<Skill>> skillsByCategory,
			FrameworkIndex index) {

		/** Reads the frameworks (the registry's first use loads it, so call it in a Job). */
		static Loaded of(AllFrameworks.Snapshot snapshot) {
			List<RegisteredFramework> frameworks = snapshot.frameworks();
			Map<Resource, String> contributors = new IdentityHashMap<>();
			Map<SkillCategory, List<Skill>> byCategory = new IdentityHashMap<>();
			for (RegisteredFramework framework : frameworks) {
				contributors.put(framework.framework().eResource(), framework.contributor());
				framework.additions().forEach(a -> contributors.put(a.model().eResource(), a.contributor()));
				for (Skill skill : framework.skills()) {
					if (skill.getCategory() != null && !skill.getCategory().eIsProxy()) {
						byCategory.computeIfAbsent(skill.getCategory(), c -> new ArrayList<>()).add(skill);
					}
				}
			}
			List<ContributionProblem> problems = snapshot.problems();
			List<ContributionProblem> unreadable = snapshot.failures().stream().map(f -> new ContributionProblem(
					WorkspaceFrameworks.CONTRIBUTOR, f.file().getFullPath().makeRelative().toString(), f.reason())).toList();
			List<ContributionProblem> all = new ArrayList<>(problems);
			all.addAll(unreadable);
			return new Loaded(snapshot, frameworks, problems, unreadable, contributors, byCategory, FrameworkIndex.of(frameworks, all));
		}

		/** Whether a framework of the view is a workspace file's. */
		boolean isWorkspace(RegisteredFramework framework) {
			return snapshot.isWorkspace(framework);
		}

		/** The bundle that contributed an element, or "". */
		String contributor(EObject element) {
			String contributor = element.eResource() == null ? null : contributors.get(element.eResource());
			return contributor == null ? "" : contributor;
		}
	}

	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof Loaded loaded)) {
			return new Object[] { LOADING };
		}
		List<Object> roots = new ArrayList<>(loaded.frameworks());
		List<ContributionProblem> problems = loaded.problems();
		if (!problems.isEmpty()) {
			roots.add(new Group(loaded, "Broken contributions", problems));
		}
		if (!loaded.unreadable().isEmpty()) {
			roots.add(new Group(loaded, UNREADABLE, loaded.unreadable()));
		}
		return roots.toArray();
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		loaded = newInput instanceof Loaded l ? l : null;
	}

	@Override
	public Object[] getChildren(Object parent) {
		return switch (parent) {
			case RegisteredFramework framework -> frameworkChildren(framework, loaded).toArray();
			case Group group -> group.children().toArray();
			case CategoryNode category -> category.children().toArray();
			case Role role -> role.getRequirements().toArray();
			default -> new Object[0];
		};
	}

	private static List<Object> frameworkChildren(RegisteredFramework framework, Loaded loaded) {
		List<Object> children = new ArrayList<>();
		List<Skill> skills = framework.skills();
		Map<SkillCategory, List<Skill>> byCategory = loaded == null ? Map.of() : loaded.skillsByCategory();
		for (SkillCategory category : framework.framework().getCategories()) {
			children.add(new CategoryNode(category, byCategory));
		}
		List<Skill> uncategorized = skills.stream().filter(s -> s.getCategory() == null || s.getCategory().eIsProxy()).toList();
		if (!uncategorized.isEmpty()) {
			children.add(new Group(framework, "Skills without a category", uncategorized));
		}
		List<Role> roles = framework.roles();
		children.add(new Group(framework, "Roles", roles));
		List<LearningResource> resources = framework.resources();
		children.add(new Group(framework, "Learning resources", resources));
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

	/** A skill category with its subcategories and the skills in it (looked up, not searched for: frameworks have thousands). */
	record CategoryNode(SkillCategory category, Map<SkillCategory, List<Skill>> skillsByCategory) {

		List<Object> children() {
			List<Object> children = new ArrayList<>();
			for (SkillCategory sub : category.getSubcategories()) {
				children.add(new CategoryNode(sub, skillsByCategory));
			}
			children.addAll(skillsByCategory.getOrDefault(category, List.of()));
			return children;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof CategoryNode node && node.category == category;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(category);
		}
	}
}
