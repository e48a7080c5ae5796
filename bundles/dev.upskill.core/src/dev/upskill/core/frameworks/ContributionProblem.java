/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.frameworks;

/**
 * A broken framework contribution: which bundle contributed it, what (the file or class), and why
 * it is broken. The rest of the registry works without it.
 *
 * @param contributor the symbolic name of the contributing bundle
 * @param source the file or provider class concerned
 * @param message the reason, with the element and line when known
 * @since 0.1.0
 */
public record ContributionProblem(String contributor, String source, String message) {

	@Override
	public String toString() {
		return contributor + ": " + source + ": " + message;
	}
}
