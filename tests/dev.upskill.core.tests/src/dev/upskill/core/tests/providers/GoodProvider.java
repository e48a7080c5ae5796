/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests.providers;

import java.util.List;

import dev.upskill.core.frameworks.FrameworkProvider;
import dev.upskill.model.Framework;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;

/** A provider that builds a small framework in memory, as one reading an HR export would. */
public class GoodProvider implements FrameworkProvider {

	@Override
	public List<Framework> provideFrameworks() {
		UpskillFactory f = UpskillFactory.eINSTANCE;
		Framework framework = f.createFramework();
		framework.setId("provided");
		framework.setName("Provided in memory");
		ProficiencyScale scale = f.createProficiencyScale();
		scale.setId("scale.1-3");
		for (int i = 1; i <= 3; i++) {
			ProficiencyLevel level = f.createProficiencyLevel();
			level.setValue(i);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		Skill skill = f.createSkill();
		skill.setId("provided.skill.welding");
		skill.setName("Welding");
		framework.getSkills().add(skill);
		Role role = f.createRole();
		role.setId("provided.role.welder");
		role.setName("Welder");
		SkillRequirement requirement = f.createSkillRequirement();
		requirement.setSkill(skill);
		requirement.setLevel(3);
		role.getRequirements().add(requirement);
		framework.getRoles().add(role);
		return List.of(framework);
	}
}
