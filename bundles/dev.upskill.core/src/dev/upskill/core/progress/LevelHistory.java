/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.gap.Usable;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Profile;
import dev.upskill.model.SkillAssessment;

/**
 * The level history of each skill of a profile, from its dated assessments: for every assessment,
 * the level it gives and the level that counted after it, the current level on that day
 * ({@link CurrentLevels#asOf}: only assessments dated on or before the day, by the same trust
 * order as the current level). Assessments without a date, or whose skill or level is missing,
 * cannot be placed and are left out. Skills come in the order of their first assessment in the
 * file.
 *
 * @since 0.1.0
 */
public final class LevelHistory {

	private LevelHistory() {
	}

	public static List<SkillHistory> of(Profile profile, TrustOrder order) {
		List<SkillAssessment> dated = profile.getAssessments().stream()
				.filter(a -> Usable.assessment(a) && a.getDate() != null).toList();
		Map<LocalDate, CurrentLevels> levelsOn = new HashMap<>();
		for (LocalDate day : new TreeSet<>(dated.stream().map(SkillAssessment::getDate).toList())) {
			levelsOn.put(day, CurrentLevels.asOf(profile, order, day));
		}
		Map<String, List<LevelPoint>> bySkill = new LinkedHashMap<>();
		Map<String, SkillAssessment> first = new HashMap<>();
		for (SkillAssessment assessment : dated) {
			String key = SkillKeys.of(assessment.getSkill());
			first.putIfAbsent(key, assessment);
			SkillAssessment deciding = levelsOn.get(assessment.getDate()).of(assessment.getSkill()).orElse(assessment);
			bySkill.computeIfAbsent(key, k -> new ArrayList<>()).add(new LevelPoint(key, assessment.getSkill().getName(),
					assessment.getDate(), assessment.getLevel(), source(assessment), deciding.getLevel(), source(deciding), deciding == assessment, assessment));
		}
		List<SkillHistory> histories = new ArrayList<>(bySkill.size());
		bySkill.forEach((key, points) -> {
			List<LevelPoint> sorted = new ArrayList<>(points);
			sorted.sort(Comparator.comparing(LevelPoint::date)); // stable: same-day points stay in file order
			histories.add(new SkillHistory(first.get(key).getSkill(), key, first.get(key).getSkill().getName(), List.copyOf(sorted)));
		});
		return List.copyOf(histories);
	}

	/** Every point of these histories, skill by skill, for a table. */
	public static List<LevelPoint> points(List<SkillHistory> histories) {
		return histories.stream().flatMap(h -> h.points().stream()).toList();
	}

	/** The distinct dates of the profile's dated, usable assessments, oldest first. */
	public static List<LocalDate> dates(Profile profile) {
		return List.copyOf(new TreeSet<>(profile.getAssessments().stream().filter(a -> Usable.assessment(a) && a.getDate() != null)
				.map(SkillAssessment::getDate).toList()));
	}

	private static AssessmentSource source(SkillAssessment assessment) {
		return assessment.getSource() == null ? AssessmentSource.SELF : assessment.getSource();
	}
}
