/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.progress;

import java.time.LocalDate;

import dev.upskill.model.AssessmentSource;
import dev.upskill.model.SkillAssessment;

/**
 * One dated assessment of a skill, placed in the skill's history: what it says, and the level that
 * counted once it was made (the current level on its date, by the trust rule of
 * {@link dev.upskill.core.gap.CurrentLevels}: a newer self-assessment does not replace an older
 * manager's).
 *
 * @param skillKey the skill, {@code framework#id}
 * @param skillName the skill's name
 * @param date the assessment's date
 * @param assessedLevel the level the assessment gives
 * @param source who assessed (self when not set)
 * @param level the current level on that date, after every assessment of the day
 * @param decidingSource the source of the assessment that decides {@code level}
 * @param decides whether this assessment is the one that decides {@code level} on its date
 * @param assessment the assessment
 * @since 0.1.0
 */
public record LevelPoint(String skillKey, String skillName, LocalDate date, int assessedLevel, AssessmentSource source, int level,
		AssessmentSource decidingSource, boolean decides, SkillAssessment assessment) {
}
