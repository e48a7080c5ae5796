/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.util.ArrayList;
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
import org.eclipse.swt.widgets.Composite;

import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.Normalized;
import dev.upskill.core.table.GapTable;
import dev.upskill.model.Skill;

/**
 * The two charts of the Gap Analysis view, drawn with SWT: a radar of required against current
 * level per skill category (averages of normalised levels, weighted), and bars of the largest
 * gaps (gap times weight, essential requirements first).
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
	static final class Bars extends Canvas {
		private List<GapLine> gaps = List.of();

		Bars(Composite parent) {
			super(parent, SWT.DOUBLE_BUFFERED);
			addPaintListener(e -> paint(e.gc));
		}

		void setLines(List<GapLine> lines) {
			gaps = largestGaps(lines, 8);
			redraw();
		}

		List<GapLine> gaps() {
			return gaps;
		}

		private void paint(GC gc) {
			Rectangle area = getClientArea();
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
			gc.fillRectangle(area);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText("Largest gaps (levels missing; essential first)", 6, 4, true);
			if (gaps.isEmpty()) {
				gc.drawText("No open gaps", 6, 24, true);
				return;
			}
			int labelWidth = Math.min(220, area.width / 2);
			int maxLevels = gaps.stream().mapToInt(GapLine::gapLevels).max().orElse(1);
			int rowHeight = Math.max(14, Math.min(24, (area.height - 28) / gaps.size()));
			Color essential = new Color(200, 60, 60);
			Color optional = new Color(230, 160, 60);
			try {
				for (int i = 0; i < gaps.size(); i++) {
					GapLine line = gaps.get(i);
					int y = 24 + i * rowHeight;
					String label = line.skillName().length() > 30 ? line.skillName().substring(0, 29) + "…" : line.skillName();
					gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
					gc.drawText(label, 6, y, true);
					int width = (int) ((area.width - labelWidth - 40) * (line.gapLevels() / (double) maxLevels));
					gc.setBackground(line.essential() ? essential : optional);
					gc.fillRectangle(labelWidth, y + 2, Math.max(2, width), rowHeight - 5);
					gc.drawText(String.valueOf(line.gapLevels()), labelWidth + width + 4, y, true);
				}
			} finally {
				essential.dispose();
				optional.dispose();
			}
		}
	}
}
