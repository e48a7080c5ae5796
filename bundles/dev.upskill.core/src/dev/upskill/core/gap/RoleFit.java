/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.gap;

import java.util.List;

import dev.upskill.model.Role;

/**
 * How well a person fits a role.
 *
 * @param role the role
 * @param key the role's key ({@link SkillKeys})
 * @param score the fit score, 0 to 100 ({@link FitFormula})
 * @param essentialScore what the essential requirements alone give, 0 to 100
 * @param lines one line per requirement, in the role's order; empty in a ranking
 * @since 0.1.0
 */
public record RoleFit(Role role, String key, double score, double essentialScore, List<GapLine> lines) {

	/** The score rounded to one decimal, as shown to users. */
	public double roundedScore() {
		return Math.round(score * 10) / 10.0;
	}
}
