/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import java.util.List;

import dev.upskill.core.plan.check.PlanCheckContext.Gap;
import dev.upskill.model.Skill;

/**
 * No communication: the target role requires a skill with the facet {@code communication} that the
 * person does not master yet, and no step teaches any communication skill.
 */
final class NoCommunication implements PlanCheck {

	static final String CODE = "plan.no-communication";

	@Override
	public void check(PlanCheckContext context, Findings findings) {
		List<Skill> needed = context.gaps().stream().map(Gap::skill)
				.filter(s -> PlanFacets.has(s, PlanFacets.COMMUNICATION)).toList();
		if (needed.isEmpty() || context.steps().stream().anyMatch(step -> step.getResource().getGains().stream()
				.anyMatch(g -> PlanFacets.has(g.getSkill(), PlanFacets.COMMUNICATION)))) {
			return;
		}
		String example = context.suggest(r -> r.getGains().stream().anyMatch(g -> PlanFacets.has(g.getSkill(), PlanFacets.COMMUNICATION)))
				.map(r -> ", for example " + PlanCheckContext.describe(r)).orElse("");
		findings.add(context.plan(), "Plan " + context.planLabel() + " teaches no communication skill, but "
				+ context.roleLabel() + " requires " + PlanCheckContext.names(needed)
				+ " at a level not reached yet; results nobody understands change no decision",
				"add a step that practises explaining results to non-technical people" + example);
	}
}
