/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests.providers;

import dev.upskill.core.plan.check.PlanCheck;
import dev.upskill.core.plan.check.PlanCheckContext;

/** A contributed plan check that finds something in every plan with steps: on its first step. */
public class AlwaysFindsCheck implements PlanCheck {

	@Override
	public void check(PlanCheckContext context, Findings findings) {
		if (!context.steps().isEmpty()) {
			findings.add(context.steps().get(0), "Plan " + context.planLabel() + " was checked by a contributed rule",
					"nothing to fix");
		}
	}
}
