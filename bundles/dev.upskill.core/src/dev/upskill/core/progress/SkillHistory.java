/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.progress;

import java.util.List;

import dev.upskill.model.Skill;

/**
 * The dated assessments of one skill, oldest first, each with the level that counted after it.
 *
 * @param skill the skill
 * @param key the skill, {@code framework#id}
 * @param name the skill's name
 * @param points the assessments, by date (same-day assessments in file order)
 * @since 0.1.0
 */
public record SkillHistory(Skill skill, String key, String name, List<LevelPoint> points) {

	/** The level that counts now (after the last assessment). */
	public int lastLevel() {
		return points.get(points.size() - 1).level();
	}
}
