/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import dev.upskill.model.ResourceKind;

/** No portfolio: no step is a project or a competition, so nothing shows what the person can do. */
final class NoPortfolio implements PlanCheck {

	static final String CODE = "plan.no-portfolio";

	@Override
	public void check(PlanCheckContext context, Findings findings) {
		if (context.steps().stream().anyMatch(s -> portfolio(s.getResource().getKind()))) {
			return;
		}
		String example = context.suggest(r -> portfolio(r.getKind())).map(r -> ", for example " + PlanCheckContext.describe(r))
				.orElse("");
		findings.add(context.plan(), "Plan " + context.planLabel() + " has no project or competition: courses and certificates"
				+ " alone show an employer nothing you have built", "add a portfolio project on real data or a competition" + example);
	}

	private static boolean portfolio(ResourceKind kind) {
		return kind == ResourceKind.PROJECT || kind == ResourceKind.COMPETITION;
	}
}
