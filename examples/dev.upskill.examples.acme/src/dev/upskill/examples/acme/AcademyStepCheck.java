/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.examples.acme;

import dev.upskill.core.plan.check.PlanCheck;
import dev.upskill.core.plan.check.PlanCheckContext;
import dev.upskill.core.plan.check.PlanFacets;
import dev.upskill.model.LearningResource;

/**
 * Acme's own rule for learning plans: a plan towards a role that Acme marks with the facet
 * {@value #FACET} includes at least one course of Acme Academy, where people learn on Acme's own
 * data and systems. The role says whether the rule applies (a facet in Acme's framework file), the
 * resource's provider whether a step is an Academy course.
 */
public class AcademyStepCheck implements PlanCheck {

	/** The role facet that asks for an Academy step. */
	static final String FACET = "acme-academy";
	static final String ACADEMY = "Acme Academy";

	@Override
	public void check(PlanCheckContext context, Findings findings) {
		if (context.role() == null || !PlanFacets.has(context.role(), FACET)
				|| context.steps().stream().anyMatch(s -> academy(s.getResource()))) {
			return;
		}
		String example = context.suggest(AcademyStepCheck::academy).map(r -> ", for example " + PlanCheckContext.describe(r))
				.orElse("");
		findings.add(context.plan(), "Plan " + context.planLabel() + " works towards the Acme role " + context.roleLabel()
				+ " but has no Acme Academy course; Acme asks for one in every plan towards its roles, so that people learn on"
				+ " Acme's own data and systems", "add an Acme Academy course" + example);
	}

	private static boolean academy(LearningResource resource) {
		return ACADEMY.equalsIgnoreCase(resource.getProvider() == null ? "" : resource.getProvider().strip());
	}
}
