/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.ISeriesSet;
import org.eclipse.swtchart.Range;

import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.Normalized;
import dev.upskill.core.table.GapTable;
import dev.upskill.model.Skill;

/**
 * The two charts of the Gap Analysis view: a radar of required against current level per skill
 * category (averages of normalised levels, weighted), drawn with SWT (SWTChart has no radar), and
 * bars of the largest gaps (gap times weight, essential requirements first) with SWTChart.
 */
final class GapCharts {

	/** A category's weighted average required and current level, each from 0 to 1. */
	record Axis(String category, double required, double current) {
	}

	private GapCharts() {
	}

	static List<Axis> axes(List<GapLine> lines) {
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

	static List<GapLine> largestGaps(List<GapLine> lines, int count) {
		return lines.stream().filter(l -> l.gapLevels() > 0)
				.sorted(Comparator.comparing((GapLine l) -> !l.essential()).thenComparing(
						Comparator.comparingDouble((GapLine l) -> l.gap() * l.weight()).reversed()))
				.limit(count).toList();
	}

	/** Radar: one axis per category, required level outlined, current level filled. */
	static final class Radar extends Canvas {
		private List<Axis> axes = List.of();

		Radar(Composite parent) {
			super(parent, SWT.DOUBLE_BUFFERED);
			addPaintListener(e -> paint(e.gc));
		}

		void setLines(List<GapLine> lines) {
			axes = GapCharts.axes(lines);
			redraw();
		}

		List<Axis> axes() {
			return axes;
		}

		private void paint(GC gc) {
			Rectangle area = getClientArea();
			gc.setAntialias(SWT.ON);
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
			gc.fillRectangle(area);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText("Required (outline) and current (filled) level by category", 6, 4, true);
			if (axes.size() < 3) {
				gc.drawText(axes.isEmpty() ? "No role analysed" : "Too few categories for a radar", 6, 24, true);
				return;
			}
			int cx = area.x + area.width / 2;
			int cy = area.y + 24 + (area.height - 24) / 2;
			int radius = Math.max(10, Math.min(area.width / 2 - 130, (area.height - 24) / 2 - 24));
			int n = axes.size();
			Color grid = new Color(220, 220, 220);
			Color requiredColor = new Color(200, 60, 60);
			Color currentColor = new Color(40, 110, 180);
			try {
				gc.setForeground(grid);
				for (int ring = 1; ring <= 5; ring++) {
					gc.drawPolygon(polygon(cx, cy, radius * ring / 5.0, n, null));
				}
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				for (int i = 0; i < n; i++) {
					Point end = point(cx, cy, radius, i, n);
					gc.setForeground(grid);
					gc.drawLine(cx, cy, end.x, end.y);
					gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
					String label = axes.get(i).category();
					label = label.length() > 18 ? label.substring(0, 17) + "…" : label;
					Point size = gc.textExtent(label);
					Point at = point(cx, cy, radius + 12, i, n);
					int x = at.x < cx - 5 ? at.x - size.x : at.x > cx + 5 ? at.x : at.x - size.x / 2;
					gc.drawText(label, x, at.y - size.y / 2, true);
				}
				int[] current = polygon(cx, cy, radius, n, axes.stream().mapToDouble(Axis::current).toArray());
				gc.setBackground(currentColor);
				gc.setAlpha(90);
				gc.fillPolygon(current);
				gc.setAlpha(255);
				gc.setForeground(currentColor);
				gc.setLineWidth(2);
				gc.drawPolygon(current);
				gc.setForeground(requiredColor);
				gc.drawPolygon(polygon(cx, cy, radius, n, axes.stream().mapToDouble(Axis::required).toArray()));
				gc.setLineWidth(1);
			} finally {
				grid.dispose();
				requiredColor.dispose();
				currentColor.dispose();
			}
		}

		private static int[] polygon(int cx, int cy, double radius, int n, double[] values) {
			int[] points = new int[2 * n];
			for (int i = 0; i < n; i++) {
				Point p = point(cx, cy, radius * (values == null ? 1 : values[i]), i, n);
				points[2 * i] = p.x;
				points[2 * i + 1] = p.y;
			}
			return points;
		}

		private static Point point(int cx, int cy, double radius, int i, int n) {
			double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
			return new Point((int) Math.round(cx + radius * Math.cos(angle)), (int) Math.round(cy + radius * Math.sin(angle)));
		}
	}

	/** Bars: the largest open gaps, in levels, essential first. */
	/**
	 * The largest gaps as horizontal bars, with SWTChart: levels missing per skill, essential and
	 * optional requirements in their own colours, the largest at the top.
	 */
	static final class Bars extends Composite {
		static final String TITLE = "Largest gaps (levels missing; essential first)";

		private final Chart chart;
		private final IBarSeries<?> essentialSeries;
		private final IBarSeries<?> optionalSeries;
		private List<GapLine> gaps = List.of();

		Bars(Composite parent) {
			super(parent, SWT.NONE);
			setLayout(new FillLayout());
			chart = new Chart(this, SWT.NONE);
			chart.setOrientation(SWT.VERTICAL);
			chart.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
			chart.getTitle().setText(TITLE);
			chart.getTitle().setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			chart.getLegend().setPosition(SWT.BOTTOM);
			IAxis categories = chart.getAxisSet().getXAxis(0);
			categories.enableCategory(true);
			categories.getTitle().setVisible(false);
			IAxis levels = chart.getAxisSet().getYAxis(0);
			levels.getTitle().setText("levels missing");
			ISeriesSet series = chart.getSeriesSet();
			essentialSeries = (IBarSeries<?>) series.createSeries(SeriesType.BAR, "essential");
			optionalSeries = (IBarSeries<?>) series.createSeries(SeriesType.BAR, "optional");
			essentialSeries.setBarColor(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			optionalSeries.setBarColor(getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
			// Stacking needs data first.
			categories.setCategorySeries(new String[] { "" });
			essentialSeries.setYSeries(new double[] { 0 });
			optionalSeries.setYSeries(new double[] { 0 });
			essentialSeries.enableStack(true);
			optionalSeries.enableStack(true);
		}

		void setLines(List<GapLine> lines) {
			gaps = largestGaps(lines, 8);
			// The first category is drawn at the bottom: the largest gap goes last, to be on top.
			List<GapLine> bottomUp = new ArrayList<>(gaps);
			Collections.reverse(bottomUp);
			String[] names = bottomUp.stream().map(l -> l.skillName().length() > 30 ? l.skillName().substring(0, 29) + "\u2026"
					: l.skillName()).toArray(String[]::new);
			double[] essential = bottomUp.stream().mapToDouble(l -> l.essential() ? l.gapLevels() : 0).toArray();
			double[] optional = bottomUp.stream().mapToDouble(l -> l.essential() ? 0 : l.gapLevels()).toArray();
			chart.getTitle().setText(gaps.isEmpty() ? TITLE + ": no open gaps" : TITLE);
			chart.getAxisSet().getXAxis(0).setCategorySeries(names.length == 0 ? new String[] { "" } : names);
			essentialSeries.setYSeries(names.length == 0 ? new double[] { 0 } : essential);
			optionalSeries.setYSeries(names.length == 0 ? new double[] { 0 } : optional);
			chart.getAxisSet().adjustRange();
			int most = gaps.stream().mapToInt(GapLine::gapLevels).max().orElse(1);
			chart.getAxisSet().getYAxis(0).setRange(new Range(0, Math.max(1, most) + 0.5));
			chart.redraw();
		}

		List<GapLine> gaps() {
			return gaps;
		}
	}
}
