/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.gap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.upskill.model.LearningResource;
import dev.upskill.model.SkillGain;

/**
 * Which learning resources teach which skill to which level, to estimate the hours a gap takes to
 * close: the quickest resource that brings the skill to the required level (ties: the cheaper,
 * then the id). The planner builds on the same index.
 *
 * @since 0.1.0
 */
public final class LearningIndex {

	/** A resource that closes a gap, and its effort. */
	public record Estimate(LearningResource resource, double hours) {
	}

	private record Teaching(LearningResource resource, double level) {
	}

	private static final Comparator<Teaching> QUICKEST = Comparator.comparingDouble((Teaching t) -> t.resource().getHours())
			.thenComparing(t -> t.resource().getCost() == null ? java.math.BigDecimal.ZERO : t.resource().getCost())
			.thenComparing(t -> t.resource().getId() == null ? "" : t.resource().getId());

	private final Map<String, List<Teaching>> bySkill = new HashMap<>();

	public LearningIndex(Collection<LearningResource> resources) {
		for (LearningResource resource : resources) {
			for (SkillGain gain : resource.getGains()) {
				if (gain.getSkill() != null && !gain.getSkill().eIsProxy() && gain.isSetLevel()) {
					bySkill.computeIfAbsent(SkillKeys.of(gain.getSkill()), k -> new ArrayList<>())
							.add(new Teaching(resource, Normalized.level(gain.getSkill(), gain.getLevel())));
				}
			}
		}
		bySkill.values().forEach(list -> list.sort(QUICKEST));
	}

	/** The quickest resource that brings the skill (by key) to at least {@code required}, or null. */
	public Estimate quickest(String skillKey, double required) {
		for (Teaching teaching : bySkill.getOrDefault(skillKey, List.of())) {
			if (teaching.level() + 1e-9 >= required) {
				return new Estimate(teaching.resource(), teaching.resource().getHours());
			}
		}
		return null;
	}
}
