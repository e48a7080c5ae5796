/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.plan;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import dev.upskill.core.plan.timeline.TimelineLayout;
import dev.upskill.core.plan.timeline.TimelineLayout.Bar;
import dev.upskill.core.plan.timeline.TimelineLayout.Box;
import dev.upskill.core.plan.timeline.TimelineLayout.Month;
import dev.upskill.core.plan.timeline.WeeklyLoad;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanStep;
import dev.upskill.model.StepStatus;

/**
 * Paints a {@link TimelineLayout}: the header, the bars by status, the today and deadline lines,
 * the weekly load and the legend. The gutter (hour scale), the load chart's title and the legend
 * stay in place when the drawing scrolls sideways. Owns its colours and bold font; dispose it with
 * the canvas.
 */
final class TimelinePainter {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private final Palette palette;
	private final Font bold;
	private TimelineLayout layout;
	private PlanStep selected;
	private int originX;
	private int originY;

	TimelinePainter(Display display, Font font) {
		palette = new Palette(display);
		FontData[] data = font.getFontData();
		for (FontData d : data) {
			d.setStyle(SWT.BOLD);
		}
		bold = new Font(display, data);
	}

	void dispose() {
		palette.dispose();
		bold.dispose();
	}

	/** Paints the layout scrolled to an origin, the selected step highlighted. */
	void paint(GC gc, Rectangle client, TimelineLayout timeline, PlanStep selectedStep, int x, int y) {
		layout = timeline;
		selected = selectedStep;
		originX = x;
		originY = y;
		LearningPlan plan = layout.plan();
		gc.setBackground(palette.background);
		gc.fillRectangle(client);
		gc.setAntialias(SWT.ON);
		int ox = -originX;
		int oy = -originY;
		Box chart = layout.loadChart();

		// row stripes and the selected row
		for (Bar bar : layout.bars()) {
			Box row = bar.rowBox();
			Color color = bar.step() == selected ? palette.selectedRow : bar.row() % 2 == 1 ? palette.stripe : null;
			if (color != null) {
				gc.setBackground(color);
				gc.fillRectangle(row.x() + ox, row.y() + oy, row.width(), row.height());
			}
		}

		// month lines through rows and load chart, labels and week numbers in the header
		Box header = layout.header();
		int lineHeight = layout.metrics().lineHeight();
		gc.setForeground(palette.grid);
		gc.setLineWidth(1);
		for (Month month : layout.months()) {
			if (month.first().getDayOfMonth() == 1) {
				gc.drawLine(month.x() + ox, header.y() + oy, month.x() + ox, chart.bottom() + oy);
			}
		}
		gc.setForeground(palette.text);
		for (Month month : layout.months()) {
			boolean first = month.first().equals(plan.getStartDate());
			String text = (first || month.first().getMonthValue() == 1 ? MONTH_YEAR : MONTH).format(month.first());
			if (gc.textExtent(text).x + 6 > month.endX() - month.x()) {
				text = MONTH.format(month.first());
			}
			if (gc.textExtent(text).x + 6 <= month.endX() - month.x()) {
				gc.drawText(text, month.x() + 4 + ox, header.y() + 2 + oy, true);
			}
		}
		int weekRow = header.y() + header.height() / 2;
		drawWeekNumbers(gc, weekRow + 2 + oy, ox);
		gc.setForeground(palette.grid);
		gc.drawLine(header.x() + ox, header.bottom() + oy, header.right() + ox, header.bottom() + oy);

		// bars
		for (Bar bar : layout.bars()) {
			drawBar(gc, bar, ox, oy);
		}

		// load chart
		drawLoad(gc, ox, oy);

		// today and deadline, through header, rows and load chart, named in the band below the rows
		Box markers = layout.markers();
		drawMarker(gc, layout.deadlineX(), palette.deadline, "Deadline " + (plan.getEndDate() == null ? "" : DAY.format(plan.getEndDate())),
				ox, oy, markers, SWT.LINE_DASH);
		drawMarker(gc, layout.todayX(), palette.today, "Today", ox, oy, markers, SWT.LINE_SOLID);

		// the fixed gutter: what the rows are, and the hour scale of the load chart
		int gutter = layout.metrics().gutter();
		gc.setBackground(palette.background);
		gc.fillRectangle(0, 0, gutter, client.height);
		gc.setForeground(palette.muted);
		gc.drawText("Week", 4, weekRow + 2 + oy, true);
		drawScale(gc, oy, lineHeight);

		drawLegend(gc, oy);
	}

	private void drawWeekNumbers(GC gc, int y, int ox) {
		int step = layout.weekLabelStep(gc.textExtent(Integer.toString(layout.weeks())).x);
		gc.setForeground(palette.muted);
		for (int week = 1; week <= layout.weeks(); week += step) {
			String text = Integer.toString(week);
			int center = (layout.x(week) + layout.x(week + 1)) / 2;
			gc.drawText(text, center - gc.textExtent(text).x / 2 + ox, y, true);
		}
	}

	private void drawBar(GC gc, Bar bar, int ox, int oy) {
		Box box = bar.box();
		int x = box.x() + ox;
		int y = box.y() + oy;
		StepStatus status = bar.step().getStatus();
		Color fill = palette.fill(status);
		Color textColor = palette.onFill(status);
		if (bar.recurring()) {
			// recurring steps run alongside the others: a pale band hatched in the status colour
			gc.setBackground(palette.tint(status));
			gc.fillRoundRectangle(x, y, box.width(), box.height(), 6, 6);
			Rectangle clip = gc.getClipping();
			gc.setClipping(clip.intersection(new Rectangle(x, y, box.width(), box.height())));
			gc.setForeground(fill);
			gc.setLineWidth(2);
			for (int hx = x - box.height(); hx < x + box.width(); hx += 9) {
				gc.drawLine(hx, y + box.height(), hx + box.height(), y);
			}
			gc.setClipping(clip);
			gc.setLineWidth(1);
			gc.drawRoundRectangle(x, y, box.width() - 1, box.height() - 1, 6, 6);
			textColor = palette.text;
		} else {
			gc.setBackground(fill);
			gc.fillRoundRectangle(x, y, box.width(), box.height(), 6, 6);
		}
		if (bar.step() == selected) {
			gc.setForeground(palette.selection);
			gc.setLineWidth(2);
			gc.drawRoundRectangle(x - 1, y - 1, box.width() + 1, box.height() + 1, 6, 6);
			gc.setLineWidth(1);
		}
		drawBarLabel(gc, bar, x, y, textColor, status == StepStatus.DROPPED);
	}

	/** Inside the bar when it fits, else beside it (right, then left), else shortened inside. */
	private void drawBarLabel(GC gc, Bar bar, int x, int y, Color inside, boolean struck) {
		Box box = bar.box();
		Box rows = layout.rows();
		String text = TimelineLayout.label(bar.step());
		int width = gc.textExtent(text).x;
		int textY = y + (box.height() - layout.metrics().lineHeight()) / 2;
		int textX;
		Color color = inside;
		if (width + 12 <= box.width()) {
			textX = x + 6;
			if (bar.recurring()) {
				gc.setBackground(palette.tint(bar.step().getStatus()));
				gc.fillRectangle(textX - 3, textY, width + 6, layout.metrics().lineHeight());
			}
		} else if (box.right() + 6 + width <= rows.right()) {
			textX = x + box.width() + 6;
			color = palette.text;
		} else if (box.x() - 6 - width >= rows.x()) {
			textX = x - 6 - width;
			color = palette.text;
		} else {
			text = shorten(gc, text, box.width() - 12);
			width = gc.textExtent(text).x;
			textX = x + 6;
		}
		gc.setForeground(color);
		gc.drawText(text, textX, textY, true);
		if (struck) {
			int middle = textY + layout.metrics().lineHeight() / 2;
			gc.drawLine(textX, middle, textX + width, middle);
		}
	}

	private static String shorten(GC gc, String text, int width) {
		String shown = text;
		while (shown.length() > 1 && gc.textExtent(shown + "\u2026").x > width) {
			shown = shown.substring(0, shown.length() - 1);
		}
		return shown.length() == text.length() ? text : shown + "\u2026";
	}

	private void drawMarker(GC gc, Integer markerX, Color color, String text, int ox, int oy, Box band, int style) {
		if (markerX == null) {
			return;
		}
		int x = markerX + ox;
		gc.setForeground(color);
		gc.setLineWidth(2);
		gc.setLineStyle(style);
		gc.drawLine(x, layout.header().y() + layout.header().height() / 2 + oy, x, layout.loadChart().bottom() + oy);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		Font font = gc.getFont();
		gc.setFont(bold);
		int width = gc.textExtent(text).x;
		int textX = Math.min(x - width / 2, band.right() + ox - width);
		textX = Math.max(textX, band.x() + ox);
		gc.setBackground(palette.background);
		gc.fillRectangle(textX - 3, band.y() + 2 + oy, width + 6, layout.metrics().lineHeight());
		gc.drawText(text, textX, band.y() + 2 + oy, true);
		gc.setFont(font);
	}

	private void drawLoad(GC gc, int ox, int oy) {
		Box chart = layout.loadChart();
		WeeklyLoad load = layout.load();
		int capacityY = layout.loadY(load.capacity()) + oy;
		for (int week = 1; week <= layout.weeks(); week++) {
			Box bar = layout.loadBar(week);
			if (bar.height() <= 0) {
				continue;
			}
			gc.setBackground(palette.load);
			gc.fillRectangle(bar.x() + ox, bar.y() + oy, bar.width(), bar.height());
			if (load.over(week)) {
				// the hours above the weekly hours in red, and a mark under the axis
				gc.setBackground(palette.over);
				gc.fillRectangle(bar.x() + ox, bar.y() + oy, bar.width(), capacityY - (bar.y() + oy));
				int cx = bar.centerX() + ox;
				int by = chart.bottom() + oy + 2;
				gc.fillPolygon(new int[] { cx - 4, by + 6, cx + 4, by + 6, cx, by });
			}
		}
		gc.setForeground(palette.axis);
		gc.drawLine(chart.x() + ox, chart.bottom() + oy, chart.right() + ox, chart.bottom() + oy);
		gc.setForeground(palette.capacity);
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawLine(chart.x() + ox, capacityY, chart.right() + ox, capacityY);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		drawWeekNumbers(gc, chart.bottom() + 9 + oy, ox);

		// the title stays in view when the drawing scrolls sideways
		Box title = layout.loadTitle();
		int x = layout.metrics().gutter() + 4;
		Font font = gc.getFont();
		gc.setFont(bold);
		gc.setForeground(palette.text);
		String heading = "Weekly load";
		gc.drawText(heading, x, title.y() + oy, true);
		int headingWidth = gc.textExtent(heading).x;
		gc.setFont(font);
		gc.setForeground(palette.muted);
		int over = load.weeksOver();
		gc.drawText("  each step's hours spread evenly over its weeks, against " + TimelineText.hours(load.capacity())
				+ " a week" + (over == 0 ? "" : "; " + over + (over == 1 ? " week" : " weeks") + " over"), x + headingWidth,
				title.y() + oy, true);
	}

	private void drawScale(GC gc, int oy, int lineHeight) {
		Box chart = layout.loadChart();
		int gutter = layout.metrics().gutter();
		WeeklyLoad load = layout.load();
		gc.setForeground(palette.muted);
		String top = TimelineText.hours(layout.loadScale());
		gc.drawText(top, gutter - 6 - gc.textExtent(top).x, chart.y() + oy - lineHeight / 2, true);
		gc.drawText("0", gutter - 6 - gc.textExtent("0").x, chart.bottom() + oy - lineHeight / 2, true);
		String capacity = TimelineText.hours(load.capacity());
		int capacityY = layout.loadY(load.capacity()) + oy;
		if (Math.abs(capacityY - (chart.y() + oy)) > lineHeight && Math.abs(chart.bottom() + oy - capacityY) > lineHeight) {
			gc.setForeground(palette.capacity);
			gc.drawText(capacity, gutter - 6 - gc.textExtent(capacity).x, capacityY - lineHeight / 2, true);
		}
	}

	private void drawLegend(GC gc, int oy) {
		Box legend = layout.legend();
		int lineHeight = layout.metrics().lineHeight();
		int x = TimelineLayout.PAD;
		int y = legend.y() + oy + (legend.height() - lineHeight) / 2;
		int swatch = lineHeight;
		for (StepStatus status : StepStatus.VALUES) {
			gc.setBackground(palette.fill(status));
			gc.fillRoundRectangle(x, y + 1, swatch + 8, swatch - 2, 4, 4);
			x = legendText(gc, TimelineText.status(status), x + swatch + 12);
		}
		gc.setBackground(palette.tint(StepStatus.IN_PROGRESS));
		gc.fillRoundRectangle(x, y + 1, swatch + 8, swatch - 2, 4, 4);
		Rectangle clip = gc.getClipping();
		gc.setClipping(clip.intersection(new Rectangle(x, y + 1, swatch + 8, swatch - 2)));
		gc.setForeground(palette.fill(StepStatus.IN_PROGRESS));
		gc.setLineWidth(2);
		for (int hx = x - swatch; hx < x + swatch + 8; hx += 9) {
			gc.drawLine(hx, y + swatch, hx + swatch, y);
		}
		gc.setClipping(clip);
		gc.setLineWidth(1);
		x = legendText(gc, "recurring (meetup, mentoring)", x + swatch + 12);
		gc.setBackground(palette.over);
		gc.fillRectangle(x, y + 2, 10, swatch - 4);
		x = legendText(gc, "over the weekly hours", x + 14);
		x = legendLine(gc, x, y, palette.capacity, SWT.LINE_DASH, true, "weekly hours");
		x = legendLine(gc, x, y, palette.today, SWT.LINE_SOLID, false, "today");
		legendLine(gc, x, y, palette.deadline, SWT.LINE_DASH, false, "deadline");
	}

	private int legendLine(GC gc, int x, int y, Color color, int style, boolean horizontal, String text) {
		int lineHeight = layout.metrics().lineHeight();
		gc.setForeground(color);
		gc.setLineWidth(2);
		gc.setLineStyle(style);
		if (horizontal) {
			gc.drawLine(x, y + lineHeight / 2, x + 18, y + lineHeight / 2);
		} else {
			gc.drawLine(x + 4, y, x + 4, y + lineHeight);
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		return legendText(gc, text, x + (horizontal ? 22 : 10));
	}

	private int legendText(GC gc, String text, int x) {
		Box legend = layout.legend();
		gc.setForeground(palette.text);
		gc.drawText(text, x, legend.y() - originY + (legend.height() - layout.metrics().lineHeight()) / 2, true);
		return x + gc.textExtent(text).x + 18;
	}

	/** The colours of the timeline, made once and disposed with the canvas. */
	private final class Palette {
		/** The system's, not ours to dispose. */
		final Color background;

		Palette(Display display) {
			background = display.getSystemColor(SWT.COLOR_LIST_BACKGROUND);
		}

		final Color text = new Color(0x1F, 0x2D, 0x3D);
		final Color muted = new Color(0x5F, 0x6B, 0x7A);
		final Color grid = new Color(0xE1, 0xE4, 0xE8);
		final Color axis = new Color(0x9A, 0xA3, 0xAD);
		final Color stripe = new Color(0xF6, 0xF8, 0xFA);
		final Color selectedRow = new Color(0xFF, 0xF1, 0xC1);
		final Color selection = new Color(0x11, 0x11, 0x11);
		final Color planned = new Color(0xA9, 0xC6, 0xE8);
		final Color inProgress = new Color(0x2F, 0x74, 0xC0);
		final Color done = new Color(0x3B, 0x8E, 0x5A);
		final Color dropped = new Color(0xC4, 0xC4, 0xC4);
		final Color plannedTint = new Color(0xE6, 0xEF, 0xF9);
		final Color inProgressTint = new Color(0xDC, 0xE8, 0xF6);
		final Color doneTint = new Color(0xDD, 0xEE, 0xE3);
		final Color droppedTint = new Color(0xF0, 0xF0, 0xF0);
		final Color onDark = new Color(0xFF, 0xFF, 0xFF);
		final Color onDropped = new Color(0x55, 0x55, 0x55);
		final Color load = new Color(0x9C, 0xAF, 0xC4);
		final Color over = new Color(0xD9, 0x48, 0x3B);
		final Color capacity = new Color(0x44, 0x44, 0x44);
		final Color today = new Color(0xE8, 0x71, 0x0A);
		final Color deadline = new Color(0x8E, 0x24, 0xAA);

		Color fill(StepStatus status) {
			return switch (status) {
				case PLANNED -> planned;
				case IN_PROGRESS -> inProgress;
				case DONE -> done;
				case DROPPED -> dropped;
			};
		}

		Color tint(StepStatus status) {
			return switch (status) {
				case PLANNED -> plannedTint;
				case IN_PROGRESS -> inProgressTint;
				case DONE -> doneTint;
				case DROPPED -> droppedTint;
			};
		}

		Color onFill(StepStatus status) {
			return switch (status) {
				case PLANNED -> text;
				case IN_PROGRESS, DONE -> onDark;
				case DROPPED -> onDropped;
			};
		}

		void dispose() {
			for (Color color : new Color[] { text, muted, grid, axis, stripe, selectedRow, selection, planned, inProgress, done,
					dropped, plannedTint, inProgressTint, doneTint, droppedTint, onDark, onDropped, load, over, capacity, today,
					deadline }) {
				color.dispose();
			}
		}
	}
}
