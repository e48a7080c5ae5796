/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.gap;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.upskill.model.Profile;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;

/**
 * A person's current level of each skill, chosen from the history of their assessments.
 * <p>
 * <b>The rule.</b> Among the assessments of a skill, the one from the most trusted source wins,
 * in a {@link TrustOrder}: by default evidence and tests first, then the manager, then a peer, then
 * the person themself. Among equally trusted assessments, the newest wins; among those of the same
 * date, the one added last. An older manager assessment therefore outranks a newer
 * self-assessment: a claim is replaced by a better-founded one, not by a more recent claim.
 *
 * @since 0.1.0
 */
public final class CurrentLevels {

	/** Orders assessments from the one that decides the current level to the least relevant, in the default order. */
	public static final Comparator<SkillAssessment> DECIDING_FIRST = TrustOrder.DEFAULT.decidingFirst();

	private final Map<String, SkillAssessment> bySkill = new HashMap<>();

	private CurrentLevels(Profile profile, TrustOrder order) {
		this(profile, order, null);
	}

	private CurrentLevels(Profile profile, TrustOrder order, LocalDate asOf) {
		Comparator<SkillAssessment> decidingFirst = order.decidingFirst();
		List<SkillAssessment> assessments = profile.getAssessments();
		// Walking from the last added, a later assessment replaces an earlier one only when it ranks higher.
		for (int i = assessments.size() - 1; i >= 0; i--) {
			SkillAssessment assessment = assessments.get(i);
			if (!Usable.assessment(assessment) || asOf != null
					&& (assessment.getDate() == null || assessment.getDate().isAfter(asOf))) {
				continue;
			}
			bySkill.merge(SkillKeys.of(assessment.getSkill()), assessment,
					(kept, candidate) -> decidingFirst.compare(candidate, kept) < 0 ? candidate : kept);
		}
	}

	/** The current levels in the {@link TrustOrder#DEFAULT default} trust order. */
	public static CurrentLevels of(Profile profile) {
		return new CurrentLevels(profile, TrustOrder.DEFAULT);
	}

	/** The current levels when the sources are trusted in the given order. */
	public static CurrentLevels of(Profile profile, TrustOrder order) {
		return new CurrentLevels(profile, order);
	}

	/**
	 * The current levels as they were on a day: only the assessments dated on or before it count,
	 * by the same rule (an undated assessment cannot be placed in time and does not count).
	 *
	 * @since 0.4.0
	 */
	public static CurrentLevels asOf(Profile profile, TrustOrder order, LocalDate day) {
		return new CurrentLevels(profile, order, Objects.requireNonNull(day, "day"));
	}

	/** The assessment that decides the current level of the skill, if it was ever assessed. */
	public Optional<SkillAssessment> of(Skill skill) {
		return Optional.ofNullable(bySkill.get(SkillKeys.of(skill)));
	}

	/** The deciding assessment by skill key ({@link SkillKeys}). */
	Map<String, SkillAssessment> byKey() {
		return bySkill;
	}
}
