/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.gap;

import java.util.IntSummaryStatistics;

import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Skill;
import dev.upskill.model.validation.Scales;

/**
 * Levels on different scales (0-5, SFIA 1-7, O*NET 0-7) made comparable: a level becomes its
 * position in its scale's range, {@code (level - lowest) / (highest - lowest)}, from 0 to 1.
 *
 * @since 0.1.0
 */
public final class Normalized {

	private Normalized() {
	}

	/** The level of a skill as a fraction of its scale's range; clamped to [0, 1]. */
	public static double level(Skill skill, int level) {
		ProficiencyScale scale = skill == null ? null : Scales.of(skill);
		if (scale == null || scale.getLevels().isEmpty()) {
			return 0;
		}
		IntSummaryStatistics range = scale.getLevels().stream().mapToInt(ProficiencyLevel::getValue).summaryStatistics();
		if (range.getMax() == range.getMin()) {
			return level >= range.getMax() ? 1 : 0;
		}
		double value = (level - range.getMin()) / (double) (range.getMax() - range.getMin());
		return Math.max(0, Math.min(1, value));
	}

	/** The size of one level step of the skill's scale, as a fraction of its range. */
	public static double step(Skill skill) {
		ProficiencyScale scale = skill == null ? null : Scales.of(skill);
		if (scale == null || scale.getLevels().size() < 2) {
			return 1;
		}
		IntSummaryStatistics range = scale.getLevels().stream().mapToInt(ProficiencyLevel::getValue).summaryStatistics();
		return 1.0 / (range.getMax() - range.getMin());
	}
}
