/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.Normalized;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.gap.Usable;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillGain;

/**
 * The gaps a plan is meant to close: its profile against its target roles ({@link GapAnalysis}), the
 * essential requirements (and the optional ones when the plan includes them),
 * and which learning resources teach them, so that a picker lists those first. A plan whose
 * profile or roles cannot be found has no gaps.
 */
final class PlanGaps {

	/** A skill with a gap: its name, and the current and required levels as fractions of its scale. */
	private record Gap(String skillName, double current, double required) {
	}

	private final Map<String, Gap> bySkill = new LinkedHashMap<>();

	private PlanGaps() {
	}

	static PlanGaps of(LearningPlan plan) {
		PlanGaps gaps = new PlanGaps();
		if (plan.getProfile() == null || plan.getProfile().eIsProxy()) {
			return gaps;
		}
		List<Role> roles = new ArrayList<>();
		roles.add(plan.getTargetRole());
		roles.addAll(plan.getOtherTargetRoles());
		CurrentLevels levels = CurrentLevels.of(plan.getProfile());
		GapAnalysis analysis = new GapAnalysis();
		for (Role role : roles) {
			if (role == null || role.eIsProxy()) {
				continue;
			}
			for (GapLine line : analysis.analyze(levels, role).lines()) {
				if (line.gapLevels() > 0 && (line.essential() || plan.isIncludeOptional())) {
					Skill skill = line.requirement().getSkill();
					double current = line.currentLevel() == null ? 0 : Normalized.level(skill, line.currentLevel());
					double required = Normalized.level(skill, line.requiredLevel());
					gaps.bySkill.merge(SkillKeys.of(skill), new Gap(line.skillName(), current, required),
							(a, b) -> a.required() >= b.required() ? a : b);
				}
			}
		}
		return gaps;
	}

	boolean isEmpty() {
		return bySkill.isEmpty();
	}

	/** The gaps a resource teaches: "Python → 3, Statistics → 2"; empty when it teaches none. */
	String teaches(LearningResource resource) {
		List<String> taught = new ArrayList<>();
		for (SkillGain gain : resource.getGains()) {
			if (!Usable.gain(gain)) {
				continue;
			}
			Gap gap = bySkill.get(SkillKeys.of(gain.getSkill()));
			if (gap != null && Normalized.level(gain.getSkill(), gain.getLevel()) > gap.current()) {
				taught.add(gap.skillName() + " \u2192 " + gain.getLevel());
			}
		}
		return String.join(", ", taught);
	}
}
