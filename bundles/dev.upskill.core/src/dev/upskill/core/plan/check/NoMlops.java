/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

/**
 * No MLOps: the target role puts models into production (role facet {@code deploys-models}) and no
 * step teaches a skill with the facet {@code mlops}.
 */
final class NoMlops implements PlanCheck {

	static final String CODE = "plan.no-mlops";

	@Override
	public void check(PlanCheckContext context, Findings findings) {
		if (context.role() == null || !PlanFacets.has(context.role(), PlanFacets.DEPLOYS_MODELS)
				|| context.steps().stream().anyMatch(s -> s.getResource().getGains().stream()
						.anyMatch(g -> PlanFacets.has(g.getSkill(), PlanFacets.MLOPS)))) {
			return;
		}
		String example = context.suggest(r -> r.getGains().stream().anyMatch(g -> PlanFacets.has(g.getSkill(), PlanFacets.MLOPS)))
				.map(r -> ", for example " + PlanCheckContext.describe(r)).orElse("");
		findings.add(context.plan(), "Plan " + context.planLabel() + " works towards " + context.roleLabel()
				+ ", which puts models into production, but teaches nothing about MLOps (tracking, pipelines, monitoring);"
				+ " a model that cannot be deployed and watched stays a notebook", "add a step on MLOps" + example);
	}
}
