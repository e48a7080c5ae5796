/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import org.eclipse.emf.ecore.EObject;

/**
 * One rule about learning plans: a classic mistake it recognises, with what to do instead. Upskill
 * Workbench has built-in checks; organizations add their own through the extension point
 * {@code dev.upskill.core.planChecks}, which gives each check its code, name and default severity.
 * <p>
 * A check reads the plan and what surrounds it from the {@link PlanCheckContext} and reports each
 * finding to {@link Findings}; it never changes the models. Facets ({@link PlanFacets}), not
 * element ids, tell it what a skill or role is about, so it works with every framework.
 * Contributed checks are called through {@code SafeRunner}: an exception is logged with the
 * contributing bundle's name and the other checks still run.
 * <p>
 * Implementations need a public no-argument constructor. A new instance may be created for each
 * run; instances must not keep state between calls.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PlanCheck {

	/** Where a check reports what it found; the code and severity are added for it. */
	interface Findings {

		/**
		 * Reports a finding.
		 *
		 * @param element the plan, or the step the finding is about
		 * @param message what is wrong, naming the plan (see {@link PlanCheckContext#planLabel()}),
		 *            in the user's words
		 * @param fix what to do about it, in the user's words
		 */
		void add(EObject element, String message, String fix);
	}

	/** Checks the plan of the context and reports what is wrong. */
	void check(PlanCheckContext context, Findings findings);
}
