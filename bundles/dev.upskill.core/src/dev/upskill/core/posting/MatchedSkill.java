/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.posting;

import java.util.List;

import dev.upskill.model.Skill;

/**
 * A skill a posting names, with every place it does.
 *
 * @param skill the framework's skill
 * @param key its key, {@code framework#id} ({@link dev.upskill.core.gap.SkillKeys})
 * @param demand the strongest demand of its places: required when one place requires it
 * @param occurrences its places, in text order
 * @since 0.1.0
 */
public record MatchedSkill(Skill skill, String key, Demand demand, List<Occurrence> occurrences) {

	public MatchedSkill {
		occurrences = List.copyOf(occurrences);
	}

	/** The skill's name, or its id when it has none. */
	public String name() {
		return skill.getName() == null || skill.getName().isBlank() ? skill.getId() : skill.getName();
	}

	/** Whether the posting requires it (not only nice to have, not only mentioned). */
	public boolean required() {
		return demand == Demand.REQUIRED;
	}

	/** The different terms it was found by, in the order first found ({@code k8s}, {@code Kubernetes}). */
	public List<String> terms() {
		return occurrences.stream().map(Occurrence::term).distinct().toList();
	}
}
