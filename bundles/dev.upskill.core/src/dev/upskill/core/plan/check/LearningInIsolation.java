/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import dev.upskill.model.LearningResource;
import dev.upskill.model.ResourceKind;

/**
 * Learning in isolation: no meetup or mentoring step, and no step that teaches a skill with the
 * facet {@code community}.
 */
final class LearningInIsolation implements PlanCheck {

	static final String CODE = "plan.learning-in-isolation";

	@Override
	public void check(PlanCheckContext context, Findings findings) {
		if (context.steps().stream().anyMatch(s -> community(s.getResource()))) {
			return;
		}
		String example = context.suggest(LearningInIsolation::community).map(r -> ", for example " + PlanCheckContext.describe(r))
				.orElse("");
		findings.add(context.plan(), "Plan " + context.planLabel() + " has no meetup, mentoring or community step: learning alone,"
				+ " nobody reviews your work, answers your questions or tells you about jobs",
				"add a meetup or a mentor alongside the other steps" + example);
	}

	static boolean community(LearningResource resource) {
		return resource.getKind() == ResourceKind.MEETUP || resource.getKind() == ResourceKind.MENTORING
				|| resource.getGains().stream().anyMatch(g -> PlanFacets.has(g.getSkill(), PlanFacets.COMMUNITY));
	}
}
