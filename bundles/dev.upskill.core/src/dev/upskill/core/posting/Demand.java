/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.posting;

/**
 * How a job posting asks for a skill at one place, from its section and the cue words around it
 * ("must", "nice to have", "a plus").
 *
 * @since 0.1.0
 */
public enum Demand {
	/** The posting requires it: a requirements section, or "must", "strong", "required" nearby. */
	REQUIRED("required"),
	/** Nice to have: a "nice to have" or "bonus" section, or "a plus", "preferred", "ideally" nearby. */
	NICE_TO_HAVE("nice to have"),
	/** Only mentioned, in what the posting says about the company or its benefits. */
	MENTIONED("mentioned");

	private final String label;

	Demand(String label) {
		this.label = label;
	}

	/** For example {@code nice to have}. */
	public String label() {
		return label;
	}

	/** Whether the posting asks for the skill (required or nice to have). */
	public boolean asked() {
		return this != MENTIONED;
	}

	/** The stronger of two demands: required over nice to have over mentioned. */
	public Demand max(Demand other) {
		return other != null && other.ordinal() < ordinal() ? other : this;
	}
}
