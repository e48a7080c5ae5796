/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests.providers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.upskill.core.frameworks.FrameworkProvider;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;

/**
 * A provider of the kind an organization contributes, at ESCO scale and slow: it asks an HR service
 * that takes {@link #SERVICE_MILLIS} to answer, then builds 14,000 skills in 140 categories and
 * 3,000 roles of 42 requirements each, reproducibly from a seed (as the core benchmarks'
 * {@code SyntheticFrameworks} does).
 */
public class EscoScaleProvider implements FrameworkProvider {

	public static final String FRAMEWORK = "esco-scale";
	public static final int SKILLS = 14_000;
	public static final int CATEGORIES = 140;
	public static final int ROLES = 3_000;
	public static final int REQUIREMENTS_PER_ROLE = 42;
	/** How long the "HR service" takes to answer. */
	public static final long SERVICE_MILLIS = 3_000;

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;

	@Override
	public List<Framework> provideFrameworks() throws InterruptedException {
		Thread.sleep(SERVICE_MILLIS);
		return List.of(framework(42));
	}

	/** The framework the provider gives, built from a seed (tests write it to a file too). */
	public static Framework framework(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Framework framework = F.createFramework();
		framework.setId(FRAMEWORK);
		framework.setName("ESCO scale");
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId("scale.0-5");
		for (int v = 0; v <= 5; v++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(v);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		List<SkillCategory> categories = new ArrayList<>(CATEGORIES);
		for (int c = 0; c < CATEGORIES; c++) {
			SkillCategory category = F.createSkillCategory();
			category.setId("category." + c);
			category.setName("Category " + c);
			categories.add(category);
		}
		framework.getCategories().addAll(categories);
		List<Skill> skills = new ArrayList<>(SKILLS);
		for (int i = 0; i < SKILLS; i++) {
			Skill skill = F.createSkill();
			skill.setId("skill." + i);
			skill.setName("Skill " + i);
			skill.setCategory(categories.get(i % CATEGORIES));
			skills.add(skill);
		}
		framework.getSkills().addAll(skills);
		List<Role> roles = new ArrayList<>(ROLES);
		for (int r = 0; r < ROLES; r++) {
			Role role = F.createRole();
			role.setId("role." + r);
			role.setName("Role " + r);
			for (int q = 0; q < REQUIREMENTS_PER_ROLE; q++) {
				// Roles draw mostly from a common core of 2,000 skills, like real occupations do.
				Skill skill = skills.get(random.nextInt(10) < 7 ? random.nextInt(2_000) : random.nextInt(SKILLS));
				SkillRequirement requirement = F.createSkillRequirement();
				requirement.setSkill(skill);
				requirement.setLevel(1 + random.nextInt(5));
				requirement.setImportance(q % 3 == 2 ? Importance.OPTIONAL : Importance.ESSENTIAL);
				requirement.setWeight(0.5 + random.nextInt(4) * 0.5);
				role.getRequirements().add(requirement);
			}
			roles.add(role);
		}
		framework.getRoles().addAll(roles);
		return framework;
	}
}
