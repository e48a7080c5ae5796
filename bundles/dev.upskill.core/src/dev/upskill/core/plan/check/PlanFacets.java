/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;

import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;

/**
 * The facets plan checks read: plain words a framework puts on its skills, categories and roles,
 * so that a rule knows what a skill is about without knowing any framework's ids. A skill has its
 * own facets and those of its category and the category's parents. Facets are compared without
 * regard to case ({@link Locale#ROOT}) or surrounding white space.
 * <p>
 * The words the built-in checks read:
 * <ul>
 * <li>on skills and categories: {@value #DATA}, {@value #INFRASTRUCTURE}, {@value #ALGORITHMS},
 * {@value #MLOPS}, {@value #COMMUNICATION}, {@value #COMMUNITY};</li>
 * <li>on roles: {@value #DEPLOYS_MODELS}.</li>
 * </ul>
 * Organizations may use other words for their own checks.
 *
 * @since 0.1.0
 */
public final class PlanFacets {

	/** Getting, cleaning and shaping data: ingestion, SQL, data quality, feature engineering. */
	public static final String DATA = "data";
	/** Running models: packaging, serving, cloud platforms. */
	public static final String INFRASTRUCTURE = "infrastructure";
	/** Modelling: training, evaluating and tuning models, deep learning. */
	public static final String ALGORITHMS = "algorithms";
	/** Operating the machine learning lifecycle: tracking, pipelines, monitoring. */
	public static final String MLOPS = "mlops";
	/** Explaining results and working with the people who use them. */
	public static final String COMMUNICATION = "communication";
	/** Learning with others: a skill gained in a community (meetups and mentoring count by their kind). */
	public static final String COMMUNITY = "community";
	/** On a role: the role puts models into production. */
	public static final String DEPLOYS_MODELS = "deploys-models";

	private PlanFacets() {
	}

	/** The skill's facets, its categories' included, folded to lower case. */
	public static Set<String> of(Skill skill) {
		Set<String> facets = new TreeSet<>();
		if (skill == null || skill.eIsProxy()) {
			return facets;
		}
		addAll(facets, skill.getFacets());
		for (EObject category = skill.getCategory(); category instanceof SkillCategory c
				&& !c.eIsProxy(); category = c.eContainer()) {
			addAll(facets, c.getFacets());
		}
		return facets;
	}

	/** The role's facets, folded to lower case. */
	public static Set<String> of(Role role) {
		Set<String> facets = new TreeSet<>();
		if (role != null && !role.eIsProxy()) {
			addAll(facets, role.getFacets());
		}
		return facets;
	}

	public static boolean has(Skill skill, String facet) {
		return of(skill).contains(fold(facet));
	}

	public static boolean has(Role role, String facet) {
		return of(role).contains(fold(facet));
	}

	/** A facet as compared: trimmed and in lower case, the same in every locale. */
	public static String fold(String facet) {
		return facet == null ? "" : facet.strip().toLowerCase(Locale.ROOT);
	}

	private static void addAll(Set<String> facets, Collection<String> words) {
		for (String word : words) {
			String folded = fold(word);
			if (!folded.isEmpty()) {
				facets.add(folded);
			}
		}
	}
}
