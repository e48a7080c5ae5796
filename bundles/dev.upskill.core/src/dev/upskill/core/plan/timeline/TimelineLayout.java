/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ResourceKind;

/**
 * Where everything of a plan's timeline goes, in pixels of the whole (unscrolled) drawing: the
 * month and week header, one row per step with its bar, the markers for today and the deadline,
 * the weekly load chart and the legend. No SWT here, so the geometry is tested without drawing;
 * the canvas paints what this computes and hit-tests with it.
 *
 * <pre>
 * | gutter | months / week numbers ...          |
 * |        | row per step: bar from start to end |
 * |        | today / deadline labels             |
 * | hours  | weekly load bars, weekly-hours line |
 * |        | legend                              |
 * </pre>
 */
public final class TimelineLayout {

	/** A rectangle in the drawing's pixels. */
	public record Box(int x, int y, int width, int height) {
		public boolean contains(int px, int py) {
			return px >= x && px < x + width && py >= y && py < y + height;
		}

		public int right() {
			return x + width;
		}

		public int bottom() {
			return y + height;
		}

		public int centerX() {
			return x + width / 2;
		}

		public int centerY() {
			return y + height / 2;
		}
	}

	/** A step's row (0-based, in the plan's order), its bar, and whether it recurs alongside. */
	public record Bar(PlanStep step, int row, Box rowBox, Box box, boolean recurring) {
	}

	/** A month of the header: its first day (or the plan's start) and where it starts and ends. */
	public record Month(LocalDate first, int x, int endX) {
	}

	/**
	 * The sizes the drawing is made of.
	 *
	 * @param weekWidth  pixels per week
	 * @param lineHeight the height of a line of text
	 * @param gutter     the width of the fixed column left of week 1 (the load chart's hour scale)
	 * @param loadHeight the height of the load chart's plot area
	 */
	public record Metrics(int weekWidth, int lineHeight, int gutter, int loadHeight) {
		public Metrics {
			weekWidth = Math.max(4, weekWidth);
			lineHeight = Math.max(8, lineHeight);
			loadHeight = Math.max(LOAD_HEIGHT, loadHeight);
		}

		/** With the smallest load chart. */
		public Metrics(int weekWidth, int lineHeight, int gutter) {
			this(weekWidth, lineHeight, gutter, LOAD_HEIGHT);
		}

		public int rowHeight() {
			return lineHeight + 10;
		}

		public int band() {
			return lineHeight + 6;
		}
	}

	/** The smallest height of the load chart's plot area. */
	public static final int LOAD_HEIGHT = 120;
	public static final int PAD = 8;

	private final LearningPlan plan;
	private final Metrics metrics;
	private final int weeks;
	private final WeeklyLoad load;
	private final List<Bar> bars = new ArrayList<>();
	private final Box header;
	private final Box rows;
	private final Box markers;
	private final Box loadTitle;
	private final Box loadChart;
	private final Box legend;
	private final Integer todayX;
	private final Integer deadlineX;

	public TimelineLayout(LearningPlan plan, LocalDate today, Metrics metrics) {
		this.plan = plan;
		this.metrics = metrics;
		this.weeks = weeks(plan);
		this.load = WeeklyLoad.of(plan, weeks);
		int width = weeks * metrics.weekWidth();
		int y = PAD;
		header = new Box(metrics.gutter(), y, width, 2 * metrics.band());
		y = header.bottom() + 2;
		int rowHeight = metrics.rowHeight();
		rows = new Box(metrics.gutter(), y, width, rowHeight * plan.getSteps().size());
		int row = 0;
		for (PlanStep step : plan.getSteps()) {
			Box rowBox = new Box(metrics.gutter(), y + row * rowHeight, width, rowHeight);
			int start = Math.max(1, step.getStartWeek());
			int end = Math.max(start, Math.min(weeks, WeeklyLoad.lastWeek(step)));
			int x = x(start);
			bars.add(new Bar(step, row, rowBox, new Box(x, rowBox.y() + 3, x(end + 1) - x - 1, rowHeight - 6), recurring(step)));
			row++;
		}
		markers = new Box(metrics.gutter(), rows.bottom(), width, metrics.band());
		loadTitle = new Box(metrics.gutter(), markers.bottom() + PAD, width, metrics.band());
		loadChart = new Box(metrics.gutter(), loadTitle.bottom() + 2, width, metrics.loadHeight());
		// below the chart: the week axis of the load chart, then the legend
		legend = new Box(0, loadChart.bottom() + metrics.band() + PAD, metrics.gutter() + width, metrics.band() + 4);
		LocalDate start = plan.getStartDate();
		LocalDate axisEnd = start == null ? null : start.plusWeeks(weeks);
		todayX = start != null && today != null && !today.isBefore(start) && today.isBefore(axisEnd) ? x(today) : null;
		// the end date is the last day the plan may use: the line is at the end of that day
		LocalDate deadline = plan.getEndDate();
		deadlineX = start != null && deadline != null && !deadline.isBefore(start) ? x(deadline.plusDays(1)) : null;
	}

	/**
	 * The weeks on the axis: up to the last step's end, and to the week of the deadline when the
	 * plan has one; at least one.
	 */
	public static int weeks(LearningPlan plan) {
		int weeks = 1;
		for (PlanStep step : plan.getSteps()) {
			weeks = Math.max(weeks, WeeklyLoad.lastWeek(step));
		}
		if (plan.getStartDate() != null && plan.getEndDate() != null && !plan.getEndDate().isBefore(plan.getStartDate())) {
			weeks = Math.max(weeks, week(plan.getStartDate(), plan.getEndDate()));
		}
		return weeks;
	}

	/** The week (1-based) a day falls in, for a plan starting on {@code start}. */
	public static int week(LocalDate start, LocalDate day) {
		return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, day), 7) + 1;
	}

	/** Meetups and mentoring run alongside the other steps at a few hours a month. */
	public static boolean recurring(PlanStep step) {
		LearningResource resource = step.getResource();
		return resource != null && !resource.eIsProxy()
				&& (resource.getKind() == ResourceKind.MEETUP || resource.getKind() == ResourceKind.MENTORING);
	}

	/** What a step's bar says: its resource's name. */
	public static String label(PlanStep step) {
		LearningResource resource = step.getResource();
		if (resource == null) {
			return "(no learning resource)";
		}
		if (resource.eIsProxy()) {
			return EcoreUtil.getURI(resource).fragment() + " (not found)";
		}
		return resource.getName() == null ? resource.getId() : resource.getName();
	}

	/** The left edge of a week (1-based; {@code weeks() + 1} gives the right edge of the last). */
	public int x(int week) {
		return metrics.gutter() + (week - 1) * metrics.weekWidth();
	}

	/** Where a day starts; null when the plan has no start date. */
	public Integer x(LocalDate day) {
		LocalDate start = plan.getStartDate();
		if (start == null) {
			return null;
		}
		return metrics.gutter() + (int) Math.round(ChronoUnit.DAYS.between(start, day) * metrics.weekWidth() / 7.0);
	}

	/** The week under an x position, or 0 outside the weeks. */
	public int weekAt(int x) {
		if (x < metrics.gutter()) {
			return 0;
		}
		int week = (x - metrics.gutter()) / metrics.weekWidth() + 1;
		return week <= weeks ? week : 0;
	}

	/** The step whose row is under a point (anywhere in the row, so short bars are easy to hit), or null. */
	public PlanStep stepAt(int x, int y) {
		if (x < rows.x() || x >= rows.right()) {
			return null;
		}
		for (Bar bar : bars) {
			if (bar.rowBox().contains(x, y)) {
				return bar.step();
			}
		}
		return null;
	}

	/** The week whose load bar column is under a point, or 0. */
	public int loadWeekAt(int x, int y) {
		return y >= loadChart.y() && y < loadChart.bottom() ? weekAt(x) : 0;
	}

	/** A step's bar, or null when the step is not in the plan. */
	public Bar bar(PlanStep step) {
		for (Bar bar : bars) {
			if (bar.step() == step) {
				return bar;
			}
		}
		return null;
	}

	public List<Bar> bars() {
		return List.copyOf(bars);
	}

	/** The months of the axis, the first starting at the plan's start; empty without a start date. */
	public List<Month> months() {
		LocalDate start = plan.getStartDate();
		if (start == null) {
			return List.of();
		}
		List<Month> months = new ArrayList<>();
		LocalDate axisEnd = start.plusWeeks(weeks);
		LocalDate first = start;
		while (first.isBefore(axisEnd)) {
			LocalDate next = first.withDayOfMonth(1).plusMonths(1);
			LocalDate end = next.isBefore(axisEnd) ? next : axisEnd;
			months.add(new Month(first, x(first), x(end)));
			first = next;
		}
		return months;
	}

	/** Every how many weeks a week number fits, for numbers {@code labelWidth} pixels wide. */
	public int weekLabelStep(int labelWidth) {
		for (int step : new int[] { 1, 2, 4, 5, 10, 20, 50 }) {
			if (step * metrics.weekWidth() >= labelWidth + 4) {
				return step;
			}
		}
		return 100;
	}

	/** The top of the scale of the load chart: a little above the largest load or the weekly hours. */
	public double loadScale() {
		double top = Math.max(load.max(), load.capacity()) * 1.15;
		return top <= 0 ? 1 : Math.ceil(top);
	}

	/** The y of an amount of hours on the load chart. */
	public int loadY(double hours) {
		return loadChart.bottom() - (int) Math.round(Math.min(hours, loadScale()) / loadScale() * loadChart.height());
	}

	/** The bar of a week's load, or null outside the weeks. */
	public Box loadBar(int week) {
		if (week < 1 || week > weeks) {
			return null;
		}
		int top = loadY(load.hours(week));
		int inset = metrics.weekWidth() >= 8 ? 2 : 0;
		return new Box(x(week) + inset, top, metrics.weekWidth() - 2 * inset, loadChart.bottom() - top);
	}

	public int weeks() {
		return weeks;
	}

	public WeeklyLoad load() {
		return load;
	}

	public Metrics metrics() {
		return metrics;
	}

	public LearningPlan plan() {
		return plan;
	}

	/** The month and week-number header. */
	public Box header() {
		return header;
	}

	/** The rows of the steps. */
	public Box rows() {
		return rows;
	}

	/** The band below the rows where the today and deadline lines are named. */
	public Box markers() {
		return markers;
	}

	public Box loadTitle() {
		return loadTitle;
	}

	/** The plot area of the load chart (zero hours at its bottom). */
	public Box loadChart() {
		return loadChart;
	}

	public Box legend() {
		return legend;
	}

	/** The x of today's line, or null when today is not within the plan's weeks. */
	public Integer todayX() {
		return todayX;
	}

	/** The x of the deadline's line (the end of the plan's end date), or null without one. */
	public Integer deadlineX() {
		return deadlineX;
	}

	/** The size of the whole drawing. */
	public int width() {
		return Math.max(x(weeks + 1), deadlineX == null ? 0 : deadlineX + 1) + PAD;
	}

	public int height() {
		return legend.bottom() + PAD;
	}
}
