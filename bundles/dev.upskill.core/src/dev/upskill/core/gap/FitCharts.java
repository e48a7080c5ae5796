/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.upskill.core.table.GapTable;
import dev.upskill.model.Skill;

/**
 * What the two charts of a gap analysis show, whoever draws them (the Gap Analysis view with SWT,
 * the report as SVG): a radar of required against current level per skill category (averages of
 * normalised levels, weighted), and bars of the largest gaps in levels.
 *
 * @since 0.5.0
 */
public final class FitCharts {

	/** How many gaps the bars show. */
	public static final int BARS = 8;

	/**
	 * A category's weighted average required and current level.
	 *
	 * @param category the category's name ({@link GapTable#NO_CATEGORY} for skills without one)
	 * @param required the weighted average required level, from 0 to 1
	 * @param current the weighted average current level, from 0 to 1
	 */
	public record Axis(String category, double required, double current) {
	}

	private FitCharts() {
	}

	/** The radar's axes: one per category, in the order the lines first name them. */
	public static List<Axis> axes(List<GapLine> lines) {
		Map<String, double[]> sums = new LinkedHashMap<>();
		for (GapLine line : lines) {
			double[] sum = sums.computeIfAbsent(GapTable.categoryName(line), k -> new double[3]);
			Skill skill = line.requirement().getSkill();
			double required = Normalized.level(skill, line.requiredLevel());
			double current = line.currentLevel() == null ? 0 : Normalized.level(skill, line.currentLevel());
			sum[0] += line.weight() * required;
			sum[1] += line.weight() * current;
			sum[2] += line.weight();
		}
		List<Axis> axes = new ArrayList<>();
		sums.forEach((category, sum) -> axes.add(new Axis(category, sum[0] / sum[2], Math.min(1, sum[1] / sum[2]))));
		return axes;
	}

	/**
	 * The largest open gaps, as the bars show them: ordered by the bar's length (the levels
	 * missing), largest first, equal gaps by name. When more gaps are open than there are bars,
	 * the bars go to the largest, among equal ones to the essential and weightier first.
	 */
	public static List<GapLine> largestGaps(List<GapLine> lines, int count) {
		Comparator<GapLine> bySize = Comparator.comparingInt(GapLine::gapLevels).reversed();
		Comparator<GapLine> byName = Comparator.comparing(GapLine::skillName, String.CASE_INSENSITIVE_ORDER);
		return lines.stream().filter(l -> l.gapLevels() > 0)
				.sorted(bySize.thenComparing(l -> !l.essential()).thenComparing(Comparator.comparingDouble(GapLine::weight).reversed())
						.thenComparing(byName))
				.limit(count).sorted(bySize.thenComparing(byName)).toList();
	}

	/**
	 * The end of the radar's axis {@code i} of {@code n} at this distance from the centre: the
	 * first axis points up, the others follow clockwise.
	 *
	 * @return {@code {x, y}}
	 */
	public static double[] radarPoint(double cx, double cy, double radius, int i, int n) {
		double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
		return new double[] { cx + radius * Math.cos(angle), cy + radius * Math.sin(angle) };
	}
}
