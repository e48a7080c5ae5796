/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.progress;

import java.time.LocalDate;
import java.util.List;

import dev.upskill.core.gap.TrustOrder;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;

/**
 * A person's progress: the level history of each skill, the fit to each role over time and, when
 * there is a plan, its burn-up. No UI; the Progress view and {@code upskill progress} show it.
 *
 * @param profile the profile
 * @param history the level history, skill by skill
 * @param roles the roles the fit is computed for
 * @param fit the fit to each role at every assessment date
 * @param burnUp the plan's burn-up, or null without a plan
 * @since 0.1.0
 */
public record Progress(Profile profile, List<SkillHistory> history, List<Role> roles, List<FitPoint> fit, BurnUp burnUp) {

	/**
	 * @param roles the roles to follow (usually the profile's target roles: {@link #targetRoles})
	 * @param plan the plan whose burn-up to compute, or null
	 * @param asOf the day of the burn-up (today)
	 * @throws IllegalArgumentException when the plan has no start date
	 */
	public static Progress of(Profile profile, List<Role> roles, LearningPlan plan, TrustOrder order, LocalDate asOf) {
		return new Progress(profile, LevelHistory.of(profile, order), List.copyOf(roles), FitHistory.of(profile, roles, order),
				plan == null ? null : BurnUp.of(plan, asOf));
	}

	/** The profile's target roles that could be read. */
	public static List<Role> targetRoles(Profile profile) {
		return profile.getTargetRoles().stream().filter(r -> !r.eIsProxy()).toList();
	}

	/** The points of the level history, skill by skill. */
	public List<LevelPoint> levelPoints() {
		return LevelHistory.points(history);
	}
}
