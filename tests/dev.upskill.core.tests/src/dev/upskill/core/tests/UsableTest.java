/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.Usable;
import dev.upskill.model.Framework;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;

/**
 * The one rule of which requirements, gains and assessments count (a skill that resolved, and a
 * level), and that gap analysis and current levels follow it.
 */
class UsableTest {

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;

	@Test
	void aSkillThatResolvedAndALevelCount() {
		Skill skill = skill("skill.sql");
		Skill proxy = F.createSkill();
		((InternalEObject) proxy).eSetProxyURI(URI.createURI("missing.framework#skill.x"));

		assertTrue(Usable.level(skill, true));
		assertFalse(Usable.level(skill, false), "no level");
		assertFalse(Usable.level(null, true), "no skill");
		assertFalse(Usable.level(proxy, true), "a skill in no file that could be read");

		SkillRequirement requirement = F.createSkillRequirement();
		requirement.setSkill(skill);
		assertFalse(Usable.requirement(requirement), "level not set");
		requirement.setLevel(0);
		assertTrue(Usable.requirement(requirement), "level 0 is a level");
		requirement.setSkill(proxy);
		assertFalse(Usable.requirement(requirement));

		SkillGain gain = F.createSkillGain();
		gain.setSkill(skill);
		assertFalse(Usable.gain(gain));
		gain.setLevel(3);
		assertTrue(Usable.gain(gain));

		SkillAssessment assessment = F.createSkillAssessment();
		assessment.setLevel(2);
		assertFalse(Usable.assessment(assessment), "no skill");
		assessment.setSkill(skill);
		assertTrue(Usable.assessment(assessment));
	}

	@Test
	void gapAnalysisAndCurrentLevelsLeaveOutWhatDoesNotCount() {
		Framework framework = F.createFramework();
		framework.setId("fw");
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId("scale");
		for (int value = 0; value <= 5; value++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(value);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		Skill sql = skill("skill.sql");
		Skill python = skill("skill.python");
		framework.getSkills().addAll(List.of(sql, python));
		Role role = F.createRole();
		role.setId("role");
		SkillRequirement counted = F.createSkillRequirement();
		counted.setSkill(sql);
		counted.setLevel(3);
		SkillRequirement noLevel = F.createSkillRequirement();
		noLevel.setSkill(python);
		role.getRequirements().addAll(List.of(counted, noLevel));
		framework.getRoles().add(role);

		Profile profile = F.createProfile();
		profile.setId("p");
		SkillAssessment levelled = F.createSkillAssessment();
		levelled.setSkill(sql);
		levelled.setLevel(2);
		SkillAssessment unlevelled = F.createSkillAssessment();
		unlevelled.setSkill(python);
		profile.getAssessments().addAll(List.of(levelled, unlevelled));

		assertEquals(1, new GapAnalysis().analyze(profile, role).lines().size(), "only the requirement with a level");
		CurrentLevels levels = CurrentLevels.of(profile);
		assertTrue(levels.of(sql).isPresent());
		assertFalse(levels.of(python).isPresent(), "an assessment without a level decides nothing");
	}

	private static Skill skill(String id) {
		Skill skill = F.createSkill();
		skill.setId(id);
		return skill;
	}
}
