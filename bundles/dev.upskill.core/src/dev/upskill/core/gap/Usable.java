/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.gap;

import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;

/**
 * Which requirements, gains and assessments gap analysis, ranking and planning can use: those whose
 * skill is known (set, and found in a file that could be read) and whose level is set. The others are
 * problems the model's validator reports; every computation leaves them out, by this one rule.
 *
 * @since 0.1.0
 */
public final class Usable {

	private Usable() {
	}

	/** The rule: a skill that resolved, and a level. */
	public static boolean level(Skill skill, boolean levelSet) {
		return levelSet && skill != null && !skill.eIsProxy();
	}

	/** Whether a role's requirement counts. */
	public static boolean requirement(SkillRequirement requirement) {
		return level(requirement.getSkill(), requirement.isSetLevel());
	}

	/** Whether what a learning resource teaches or requires first counts. */
	public static boolean gain(SkillGain gain) {
		return level(gain.getSkill(), gain.isSetLevel());
	}

	/** Whether an assessment counts towards a current level. */
	public static boolean assessment(SkillAssessment assessment) {
		return level(assessment.getSkill(), assessment.isSetLevel());
	}
}
