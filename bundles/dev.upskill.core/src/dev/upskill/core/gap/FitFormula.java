/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.gap;

/**
 * The fit score of a person for a role, from 0 to 100.
 * <p>
 * For each requirement, the <em>coverage</em> is {@code min(1, current / required)} on normalised
 * levels ({@link Normalized}); a skill never assessed counts as the lowest level. Then
 * <pre>
 * E = sum(weight * coverage) / sum(weight)   over the essential requirements
 * O = sum(weight * coverage) / sum(weight)   over the optional requirements
 * score = 100 * (E + (1 - E) * 0.25 * O)     when the role has essential requirements
 * score = 100 * O                             when it has only optional ones
 * </pre>
 * So essential gaps weigh more: they lower the score directly, while optional skills can only
 * close up to a quarter of what the essentials leave open; an optional gap never pushes the score
 * below what the essentials give ({@code 100 * E}). The same inputs always give the same score: the
 * sums run in the role's requirement order.
 *
 * @since 0.1.0
 */
public final class FitFormula {

	/** How much of the distance the essentials leave open the optional skills can close. */
	public static final double OPTIONAL_SHARE = 0.25;

	private FitFormula() {
	}

	/** The coverage of one requirement. */
	public static double coverage(double required, double current) {
		return required <= 0 ? 1 : Math.min(1, Math.max(0, current) / required);
	}

	/**
	 * The score of requirements {@code from} (inclusive) to {@code to} (exclusive).
	 *
	 * @param required normalised required levels
	 * @param weight weights
	 * @param essential whether each requirement is essential
	 * @param skill for each requirement, the index of its skill in {@code current}
	 * @param current normalised current level of each skill
	 * @param result receives the score at [0] and what the essentials alone give at [1], 0 to 100
	 */
	public static void score(double[] required, double[] weight, boolean[] essential, int[] skill, double[] current, int from,
			int to, double[] result) {
		double essentialCovered = 0;
		double essentialWeight = 0;
		double optionalCovered = 0;
		double optionalWeight = 0;
		for (int i = from; i < to; i++) {
			double covered = weight[i] * coverage(required[i], current[skill[i]]);
			if (essential[i]) {
				essentialCovered += covered;
				essentialWeight += weight[i];
			} else {
				optionalCovered += covered;
				optionalWeight += weight[i];
			}
		}
		double optional = optionalWeight > 0 ? optionalCovered / optionalWeight : 0;
		if (essentialWeight <= 0) {
			result[0] = optionalWeight > 0 ? 100 * optional : 100;
			result[1] = 0;
			return;
		}
		double essentialShare = essentialCovered / essentialWeight;
		result[0] = 100 * (essentialShare + (1 - essentialShare) * OPTIONAL_SHARE * optional);
		result[1] = 100 * essentialShare;
	}
}
