/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;

/**
 * The fit score to each role over time: recomputed with the same {@link GapAnalysis} and
 * {@link dev.upskill.core.gap.FitFormula} at every date a profile has an assessment, from the
 * assessments dated on or before that date ({@link CurrentLevels#asOf}, same trust order). The
 * score at the last date is the current fit when every assessment is dated.
 *
 * @since 0.1.0
 */
public final class FitHistory {

	private FitHistory() {
	}

	/** The points date by date (oldest first), and within a date in the order of the roles. */
	public static List<FitPoint> of(Profile profile, List<Role> roles, TrustOrder order) {
		GapAnalysis analysis = new GapAnalysis(order);
		List<FitPoint> points = new ArrayList<>();
		for (LocalDate day : LevelHistory.dates(profile)) {
			CurrentLevels levels = CurrentLevels.asOf(profile, order, day);
			for (Role role : roles) {
				RoleFit fit = analysis.analyze(levels, role);
				points.add(new FitPoint(day, role, SkillKeys.of(role), role.getName(), fit.score(), fit.essentialScore()));
			}
		}
		return List.copyOf(points);
	}

	/** The points of one role, oldest first. */
	public static List<FitPoint> of(List<FitPoint> points, String roleKey) {
		return points.stream().filter(p -> p.roleKey().equals(roleKey)).toList();
	}
}
