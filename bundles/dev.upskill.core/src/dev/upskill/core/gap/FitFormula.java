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
	 * The score of requirements {@code from} (inclusive) to {@code to} (exclusive) of the arrays.
	 *
	 * @param required normalised required levels
	 * @param current normalised current levels, in the same order
	 * @param weight weights
	 * @param essential whether each requirement is essential
	 */
	public static double score(double[] required, double[] current, double[] weight, boolean[] essential, int from, int to) {
		double essentialCovered = 0;
		double essentialWeight = 0;
		double optionalCovered = 0;
		double optionalWeight = 0;
		for (int i = from; i < to; i++) {
			double covered = weight[i] * coverage(required[i], current[i]);
			if (essential[i]) {
				essentialCovered += covered;
				essentialWeight += weight[i];
			} else {
				optionalCovered += covered;
				optionalWeight += weight[i];
			}
		}
		return combine(essentialCovered, essentialWeight, optionalCovered, optionalWeight);
	}

	static double combine(double essentialCovered, double essentialWeight, double optionalCovered, double optionalWeight) {
		double optional = optionalWeight > 0 ? optionalCovered / optionalWeight : 0;
		if (essentialWeight <= 0) {
			return optionalWeight > 0 ? 100 * optional : 100;
		}
		double essential = essentialCovered / essentialWeight;
		return 100 * (essential + (1 - essential) * OPTIONAL_SHARE * optional);
	}

	/** The part of the score the essential requirements give (the floor optional gaps cannot lower). */
	public static double essentialScore(double[] required, double[] current, double[] weight, boolean[] essential, int from,
			int to) {
		double covered = 0;
		double total = 0;
		for (int i = from; i < to; i++) {
			if (essential[i]) {
				covered += weight[i] * coverage(required[i], current[i]);
				total += weight[i];
			}
		}
		return total <= 0 ? 0 : 100 * covered / total;
	}
}
