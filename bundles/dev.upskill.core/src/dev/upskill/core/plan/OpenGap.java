/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan;

/**
 * A gap that the plan leaves open, or closes only after the deadline, and why.
 *
 * @param skill the skill as {@code frameworkId#skillId}
 * @param skillName the skill's name
 * @param requiredLevel the level a target role requires, on the skill's scale
 * @param reason why, in words (for example "no resource teaches SQL to level 4 (Advanced)")
 * @since 0.2.0
 */
public record OpenGap(String skill, String skillName, int requiredLevel, String reason) {
}
