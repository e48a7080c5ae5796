/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests.providers;

import java.util.List;

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
 * A second framework, of the kind an organization or an imported O*NET or ESCO framework adds: roles
 * outside AI (a nurse, a teacher) and a "Data analyst" that shares its name with a built-in role.
 */
public class CareFrameworkProvider implements FrameworkProvider {

	public static final String FRAMEWORK = "test-care";
	public static final String NAME = "Care and teaching (test)";
	public static final String NURSE = "role.registered-nurse";

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;

	@Override
	public List<Framework> provideFrameworks() {
		Framework framework = F.createFramework();
		framework.setId(FRAMEWORK);
		framework.setName(NAME);
		framework.setVersion("1");
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId("scale.1-5");
		scale.setName("Proficiency 1-5");
		for (int v = 1; v <= 5; v++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(v);
			level.setName("Level " + v);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		SkillCategory care = F.createSkillCategory();
		care.setId("category.care");
		care.setName("Care");
		framework.getCategories().add(care);
		Skill assessment = skill(framework, care, scale, "skill.patient-assessment", "Patient assessment");
		Skill medication = skill(framework, care, scale, "skill.medication-safety", "Medication safety");
		Skill records = skill(framework, care, scale, "skill.clinical-records", "Clinical records");
		Skill teaching = skill(framework, care, scale, "skill.lesson-planning", "Lesson planning");
		Skill spreadsheets = skill(framework, care, scale, "skill.spreadsheets", "Spreadsheets");
		framework.getRoles().add(role(NURSE, "Registered nurse", new Skill[] { assessment, medication, records }, new int[] { 4, 5, 3 }));
		framework.getRoles().add(role("role.teacher", "Secondary school teacher", new Skill[] { teaching, records }, new int[] { 4, 2 }));
		framework.getRoles().add(role("role.data-analyst", "Data analyst", new Skill[] { spreadsheets, records }, new int[] { 4, 2 }));
		return List.of(framework);
	}

	private static Skill skill(Framework framework, SkillCategory category, ProficiencyScale scale, String id, String name) {
		Skill skill = F.createSkill();
		skill.setId(id);
		skill.setName(name);
		skill.setCategory(category);
		skill.setScale(scale);
		framework.getSkills().add(skill);
		return skill;
	}

	private static Role role(String id, String name, Skill[] skills, int[] levels) {
		Role role = F.createRole();
		role.setId(id);
		role.setName(name);
		for (int i = 0; i < skills.length; i++) {
			SkillRequirement requirement = F.createSkillRequirement();
			requirement.setSkill(skills[i]);
			requirement.setLevel(levels[i]);
			requirement.setImportance(Importance.ESSENTIAL);
			requirement.setWeight(1);
			role.getRequirements().add(requirement);
		}
		return role;
	}
}
