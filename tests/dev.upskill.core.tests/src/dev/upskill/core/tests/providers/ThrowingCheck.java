/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests.providers;

import dev.upskill.core.plan.check.PlanCheck;
import dev.upskill.core.plan.check.PlanCheckContext;

/** A contributed plan check with a bug: it reports, then throws. */
public class ThrowingCheck implements PlanCheck {

	@Override
	public void check(PlanCheckContext context, Findings findings) {
		findings.add(context.plan(), "half a finding", "none");
		throw new IllegalStateException("policy table acme_policies is empty");
	}
}
