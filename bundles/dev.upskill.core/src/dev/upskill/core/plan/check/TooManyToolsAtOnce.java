/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.PlanStep;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillKind;

/**
 * Chasing every new framework: more tool skills learned in the same week than
 * {@link PlanCheckSettings#maxToolsPerWeek()}. Only tools the person does not master yet count.
 */
final class TooManyToolsAtOnce implements PlanCheck {

	static final String CODE = "plan.too-many-tools";

	@Override
	public void check(PlanCheckContext context, Findings findings) {
		int max = context.settings().maxToolsPerWeek();
		int worstWeek = 0;
		Map<String, Skill> worst = Map.of();
		int first = context.steps().stream().mapToInt(PlanStep::getStartWeek).min().orElse(1);
		int last = context.steps().stream().mapToInt(PlanStep::getEndWeek).max().orElse(0);
		for (int week = Math.max(1, first); week <= last; week++) {
			Map<String, Skill> tools = new LinkedHashMap<>();
			for (PlanStep step : during(context, week)) {
				context.skillsLearned(step).stream().filter(s -> s.getKind() == SkillKind.TOOL)
						.forEach(s -> tools.putIfAbsent(SkillKeys.of(s), s));
			}
			if (tools.size() > worst.size()) {
				worst = tools;
				worstWeek = week;
			}
		}
		if (worst.size() <= max) {
			return;
		}
		List<PlanStep> busy = during(context, worstWeek);
		PlanStep latest = busy.stream().max(Comparator.comparingInt(PlanStep::getStartWeek)).orElseThrow();
		findings.add(latest, "Plan " + context.planLabel() + " has you learn " + worst.size() + " new tools in week " + worstWeek
				+ " (" + PlanCheckContext.names(worst.values()) + "), more than the " + max
				+ " at a time that can be learned well; chasing every new framework leaves none of them mastered",
				"move " + PlanCheckContext.describe(latest.getResource()) + " to weeks when fewer tools are new, or keep one tool per"
						+ " need and learn it to the required level first");
	}

	private static List<PlanStep> during(PlanCheckContext context, int week) {
		return context.steps().stream().filter(s -> s.getStartWeek() <= week && week <= s.getEndWeek()).toList();
	}
}
