/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import java.util.List;
import java.util.Set;

import dev.upskill.core.gap.Normalized;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.gap.Usable;
import dev.upskill.core.plan.check.PlanCheckContext.Gap;
import dev.upskill.model.Skill;

/**
 * Only algorithms: the plan works on the target role's modelling gaps (facet {@code algorithms})
 * but leaves most of its data and infrastructure gaps (facets {@code data}, {@code infrastructure})
 * open: no step brings those skills to the required level.
 */
final class OnlyAlgorithms implements PlanCheck {

	static final String CODE = "plan.only-algorithms";

	@Override
	public void check(PlanCheckContext context, Findings findings) {
		List<Gap> modelling = context.gaps().stream().filter(g -> PlanFacets.has(g.skill(), PlanFacets.ALGORITHMS))
				.filter(context::worksOn).toList();
		if (modelling.isEmpty()) {
			return;
		}
		List<Gap> foundations = context.gaps().stream().filter(g -> {
			Set<String> facets = PlanFacets.of(g.skill());
			return facets.contains(PlanFacets.DATA) || facets.contains(PlanFacets.INFRASTRUCTURE);
		}).toList();
		List<Gap> open = foundations.stream().filter(g -> !context.closes(g)).toList();
		if (open.isEmpty() || open.size() <= foundations.size() - open.size()) {
			return;
		}
		List<Skill> openSkills = open.stream().map(Gap::skill).toList();
		String fix = "plan steps for " + PlanCheckContext.names(openSkills);
		fix += context.suggest(r -> r.getGains().stream().anyMatch(g -> Usable.gain(g) && open.stream().anyMatch(o -> SkillKeys.of(o.skill()).equals(SkillKeys.of(g.getSkill()))
						&& Normalized.level(g.getSkill(), g.getLevel()) + 1e-9 >= o.required())))
				.map(r -> ", for example " + PlanCheckContext.describe(r)).orElse("");
		findings.add(context.plan(), "Plan " + context.planLabel() + " works on modelling ("
				+ PlanCheckContext.names(modelling.stream().map(Gap::skill).toList()) + ") but leaves " + open.size() + " of the "
				+ foundations.size() + " data and infrastructure gaps of " + context.roleLabel() + " open ("
				+ PlanCheckContext.names(openSkills) + "); models are only as good as the data and the systems they run on", fix);
	}
}
