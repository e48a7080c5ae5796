/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.upskill.core.gap.FitCharts;
import dev.upskill.core.gap.FitCharts.Axis;
import dev.upskill.core.gap.GapLine;

/**
 * The two charts of the Gap Analysis view, drawn with SWT: a radar of required against current
 * level per skill category (averages of normalised levels, weighted), and bars of the largest
 * gaps (gap times weight, essential requirements first).
 */
final class GapCharts {

	private GapCharts() {
	}

	/**
	 * The text cut with an ellipsis to fit the width, measured with the GC's font; the text
	 * itself when it fits.
	 */
	static String shorten(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		int low = 0;
		int high = text.length();
		while (low < high) { // the longest prefix that fits with the ellipsis
			int mid = (low + high + 1) / 2;
			if (gc.textExtent(text.substring(0, mid).stripTrailing() + "\u2026").x <= width) {
				low = mid;
			} else {
				high = mid - 1;
			}
		}
		return low == 0 ? "\u2026" : text.substring(0, low).stripTrailing() + "\u2026";
	}

	/** A label drawn on a chart, with the text its tooltip shows. */
	record Drawn(Rectangle bounds, String text, String full) {
	}

	/** Shows the whole text of the label under the mouse (one cut short) as the canvas's tooltip. */
	private static void tooltips(Canvas canvas, Supplier<List<Drawn>> drawn) {
		canvas.addListener(SWT.MouseMove, e -> {
			String tip = null;
			for (Drawn label : drawn.get()) {
				if (label.bounds().contains(e.x, e.y)) {
					tip = label.full();
					break;
				}
			}
			if (!Objects.equals(tip, canvas.getToolTipText())) {
				canvas.setToolTipText(tip);
			}
		});
	}

	/** Radar: one axis per category, required level outlined, current level filled. */
	static final class Radar extends Canvas {
		private static final int MARGIN = 6;
		private static final int TOP = 24;
		private List<Axis> axes = List.of();
		private List<Drawn> labels = List.of();

		Radar(Composite parent) {
			super(parent, SWT.DOUBLE_BUFFERED);
			addPaintListener(e -> paint(e.gc));
			tooltips(this, () -> labels);
		}

		/** The category labels as last drawn: where, the text shown, the whole name. */
		List<Drawn> labels() {
			return labels;
		}

		void setLines(List<GapLine> lines) {
			axes = FitCharts.axes(lines);
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
			int n = axes.size();
			int lineHeight = gc.getFontMetrics().getHeight();
			// The labels need room beside the radar: as much as the longest on two lines (at most
			// 30% of the width each side), the rest goes to the radar.
			int longest = axes.stream().mapToInt(a -> needed(gc, a.category())).max().orElse(0);
			int side = Math.min(longest, (int) (area.width * 0.3));
			int radius = Math.max(10, Math.min((area.width - 2 * MARGIN - 2 * side - 24) / 2,
					(area.height - TOP - 2 * lineHeight - 16) / 2));
			// Two lines a label only where neighbouring axes are far enough apart for them.
			boolean twoLines = 2 * Math.PI * radius / n >= 2.2 * lineHeight;
			int cx = area.x + area.width / 2;
			int cy = area.y + TOP + (area.height - TOP) / 2;
			Color grid = new Color(220, 220, 220);
			Color requiredColor = new Color(200, 60, 60);
			Color currentColor = new Color(40, 110, 180);
			List<Drawn> drawn = new ArrayList<>(n);
			try {
				gc.setForeground(grid);
				for (int ring = 1; ring <= 5; ring++) {
					gc.drawPolygon(polygon(cx, cy, radius * ring / 5.0, n, null));
				}
				for (int i = 0; i < n; i++) {
					Point end = point(cx, cy, radius, i, n);
					gc.setForeground(grid);
					gc.drawLine(cx, cy, end.x, end.y);
					gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
					drawn.add(label(gc, axes.get(i).category(), point(cx, cy, radius + 8, i, n), cx, area, lineHeight, twoLines));
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
			labels = List.copyOf(drawn);
		}

		/**
		 * Draws a category's label at the end of its axis, inside the canvas: to the left of the
		 * point on the left half, to the right on the right half, centred at the top and bottom;
		 * on two lines when one is too long for the room there, cut with an ellipsis only when
		 * two are too.
		 */
		private static Drawn label(GC gc, String name, Point at, int cx, Rectangle area, int lineHeight, boolean twoLines) {
			boolean left = at.x < cx - 5;
			boolean right = at.x > cx + 5;
			int room = Math.max(0, left ? at.x - area.x - MARGIN : right ? area.x + area.width - MARGIN - at.x : area.width - 2 * MARGIN);
			List<String> lines = twoLines ? fit(gc, name, room) : List.of(shorten(gc, name, room));
			int width = lines.stream().mapToInt(l -> gc.textExtent(l).x).max().orElse(0);
			int height = lines.size() * lineHeight;
			int y = Math.max(area.y + TOP, Math.min(at.y - height / 2, area.y + area.height - height));
			int top = y;
			int minX = Integer.MAX_VALUE;
			for (String line : lines) {
				int w = gc.textExtent(line).x;
				int x = left ? at.x - w : right ? at.x : at.x - w / 2;
				x = Math.max(area.x + MARGIN, Math.min(x, area.x + area.width - MARGIN - w));
				minX = Math.min(minX, x);
				gc.drawText(line, x, y, true);
				y += lineHeight;
			}
			return new Drawn(new Rectangle(minX, top, width, height), String.join("\n", lines), name);
		}

		/**
		 * The label's lines for the room: the name on one line when it fits, else on two split at
		 * the space that makes the longer line shortest, each cut with an ellipsis if still too long.
		 */
		static List<String> fit(GC gc, String name, int room) {
			if (gc.textExtent(name).x <= room) {
				return List.of(name);
			}
			int best = -1;
			int bestWidth = Integer.MAX_VALUE;
			for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
				int width = Math.max(gc.textExtent(name.substring(0, i)).x, gc.textExtent(name.substring(i + 1)).x);
				if (width < bestWidth) {
					bestWidth = width;
					best = i;
				}
			}
			if (best < 0) {
				return List.of(shorten(gc, name, room));
			}
			return List.of(shorten(gc, name.substring(0, best), room), shorten(gc, name.substring(best + 1), room));
		}

		/** The width a label needs at least: its widest line when split in two at its best space. */
		static int needed(GC gc, String name) {
			int best = gc.textExtent(name).x;
			for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
				best = Math.min(best, Math.max(gc.textExtent(name.substring(0, i)).x, gc.textExtent(name.substring(i + 1)).x));
			}
			return best;
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
			double[] p = FitCharts.radarPoint(cx, cy, radius, i, n);
			return new Point((int) Math.round(p[0]), (int) Math.round(p[1]));
		}
	}

	/** Bars: the largest open gaps, in levels, largest first; essential in red, optional in orange. */
	static final class Bars extends Canvas {
		private List<GapLine> gaps = List.of();
		private List<Drawn> labels = List.of();

		Bars(Composite parent) {
			super(parent, SWT.DOUBLE_BUFFERED);
			addPaintListener(e -> paint(e.gc));
			tooltips(this, () -> labels);
		}

		void setLines(List<GapLine> lines) {
			gaps = FitCharts.largestGaps(lines, FitCharts.BARS);
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
			gc.drawText("Largest gaps (levels missing; red: essential, orange: optional)", 6, 4, true);
			if (gaps.isEmpty()) {
				gc.drawText("No open gaps", 6, 24, true);
				return;
			}
			int labelWidth = Math.min(gaps.stream().mapToInt(l -> gc.textExtent(l.skillName()).x).max().orElse(0) + 12, area.width / 2);
			List<Drawn> drawn = new ArrayList<>(gaps.size());
			int maxLevels = gaps.stream().mapToInt(GapLine::gapLevels).max().orElse(1);
			int rowHeight = Math.max(14, Math.min(24, (area.height - 28) / gaps.size()));
			Color essential = new Color(200, 60, 60);
			Color optional = new Color(230, 160, 60);
			try {
				for (int i = 0; i < gaps.size(); i++) {
					GapLine line = gaps.get(i);
					int y = 24 + i * rowHeight;
					String label = shorten(gc, line.skillName(), labelWidth - 12);
					gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
					gc.drawText(label, 6, y, true);
					drawn.add(new Drawn(new Rectangle(6, y, labelWidth, rowHeight), label, String.format(Locale.ROOT,
							"%s: %d level%s missing (required %d, current %s; %s)", line.skillName(), line.gapLevels(),
							line.gapLevels() == 1 ? "" : "s", line.requiredLevel(), line.currentLevel() == null ? "not assessed"
									: line.currentLevel().toString(), line.essential() ? "essential" : "optional")));
					int width = (int) ((area.width - labelWidth - 40) * (line.gapLevels() / (double) maxLevels));
					gc.setBackground(line.essential() ? essential : optional);
					gc.fillRectangle(labelWidth, y + 2, Math.max(2, width), rowHeight - 5);
					gc.drawText(String.valueOf(line.gapLevels()), labelWidth + width + 4, y, true);
				}
			} finally {
				essential.dispose();
				optional.dispose();
			}
			labels = List.copyOf(drawn);
		}

		/** The skill labels as last drawn. */
		List<Drawn> labels() {
			return labels;
		}
	}
}
