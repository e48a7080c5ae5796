/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.progress;

import java.time.LocalDate;

import dev.upskill.model.Role;

/**
 * The fit score to a role on a day, from the assessments dated on or before it.
 *
 * @param date the day (an assessment date)
 * @param role the role
 * @param roleKey the role, {@code framework#id}
 * @param roleName the role's name
 * @param score the fit score, 0 to 100 ({@link dev.upskill.core.gap.FitFormula})
 * @param essentialScore what the essential requirements alone give, 0 to 100
 * @since 0.1.0
 */
public record FitPoint(LocalDate date, Role role, String roleKey, String roleName, double score, double essentialScore) {

	/** The score rounded to one decimal, as shown to users. */
	public double roundedScore() {
		return Math.round(score * 10) / 10.0;
	}
}
