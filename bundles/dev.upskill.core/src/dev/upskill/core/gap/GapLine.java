/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.gap;

import dev.upskill.model.Importance;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillRequirement;

/**
 * One requirement of a role against a person: required and current level, the gap, and where the
 * current level comes from.
 *
 * @param requirement the role's requirement
 * @param skillName the skill's name
 * @param category the skill's category, or null
 * @param requiredLevel the required level, on the skill's scale
 * @param currentLevel the current level on the skill's scale, or null when never assessed
 * @param gapLevels how many levels are missing (0 when met)
 * @param gap the gap as a fraction of the scale's range, from 0 (met) to 1
 * @param coverage how much of the requirement is met, from 0 to 1 ({@link FitFormula#coverage})
 * @param weight the requirement's weight
 * @param importance essential or optional
 * @param assessment the assessment the current level comes from, or null
 * @since 0.1.0
 */
public record GapLine(SkillRequirement requirement, String skillName, SkillCategory category, int requiredLevel,
		Integer currentLevel, int gapLevels, double gap, double coverage, double weight, Importance importance,
		SkillAssessment assessment) {

	public boolean essential() {
		return importance == Importance.ESSENTIAL;
	}

	/** For example {@code manager, 2026-03-02}, or {@code not assessed}. */
	public String source() {
		return assessment == null ? "not assessed" : assessment.getSource() + ", " + assessment.getDate();
	}
}
