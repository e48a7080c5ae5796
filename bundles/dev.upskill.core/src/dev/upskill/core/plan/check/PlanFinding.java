/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import dev.upskill.model.validation.Problem.Severity;

/**
 * What one plan check found wrong with a learning plan.
 *
 * @param code the check's stable code, for example {@code plan.no-portfolio}; tools and tests match
 *            on it, never on the message
 * @param severity how bad it is (a warning unless the preferences say otherwise)
 * @param message what is wrong, in a sentence that names the plan
 * @param fix what to do about it, in a sentence
 * @param element the plan or the plan step concerned
 * @param contributor the symbolic name of the bundle whose check found it
 * @since 0.1.0
 */
public record PlanFinding(String code, Severity severity, String message, String fix, EObject element, String contributor) {

	/** {@code severity: [code] message (fix: ...)}. */
	@Override
	public String toString() {
		return severity.name().toLowerCase(Locale.ROOT) + ": [" + code + "] " + message + (fix == null || fix.isBlank() ? "" : " (fix: " + fix + ")");
	}
}
