/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import java.util.Locale;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import dev.upskill.model.Framework;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;

/**
 * The figures of a framework, for import summaries and previews.
 *
 * @param categories categories at every depth
 * @param skills skills
 * @param roles roles
 * @param requirements requirements of all roles
 * @param related related-skill links (each direction counted once as stored)
 * @param prerequisites prerequisite links between skills
 * @param relatedRoles related-role links
 * @param resources learning resources
 * @param scales proficiency scales
 * @since 0.1.0
 */
public record FrameworkCounts(int categories, int skills, int roles, int requirements, int related, int prerequisites,
		int relatedRoles, int resources, int scales) {

	/** The figures of a framework; all 0 for null. */
	public static FrameworkCounts of(Framework framework) {
		if (framework == null) {
			return new FrameworkCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);
		}
		int categories = 0;
		for (TreeIterator<EObject> it = framework.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof SkillCategory) {
				categories++;
			} else if (!(next instanceof Framework)) {
				it.prune();
			}
		}
		int related = 0;
		int prerequisites = 0;
		for (Skill skill : framework.getSkills()) {
			related += skill.getRelated().size();
			prerequisites += skill.getPrerequisites().size();
		}
		int requirements = 0;
		int relatedRoles = 0;
		for (Role role : framework.getRoles()) {
			requirements += role.getRequirements().size();
			relatedRoles += role.getRelatedRoles().size();
		}
		return new FrameworkCounts(categories, framework.getSkills().size(), framework.getRoles().size(), requirements, related,
				prerequisites, relatedRoles, framework.getResources().size(), framework.getScales().size());
	}

	/** {@code 1,379 skills, 640 categories, ...}: the figures that are not 0. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		append(text, skills, "skill", "skills");
		append(text, categories, "category", "categories");
		append(text, roles, "role", "roles");
		append(text, requirements, "requirement", "requirements");
		append(text, related, "related-skill link", "related-skill links");
		append(text, prerequisites, "prerequisite", "prerequisites");
		append(text, relatedRoles, "related-role link", "related-role links");
		append(text, resources, "learning resource", "learning resources");
		append(text, scales, "scale", "scales");
		return text.length() == 0 ? "nothing" : text.toString();
	}

	private static void append(StringBuilder text, int count, String one, String many) {
		if (count == 0) {
			return;
		}
		if (text.length() > 0) {
			text.append(", ");
		}
		text.append(String.format(Locale.ROOT, "%,d", count)).append(' ').append(count == 1 ? one : many);
	}
}
