/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.progress;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.progress.BurnUp;
import dev.upskill.core.progress.BurnUpWeek;
import dev.upskill.core.progress.FitHistory;
import dev.upskill.core.progress.FitPoint;
import dev.upskill.core.progress.LevelPoint;
import dev.upskill.core.progress.Progress;
import dev.upskill.core.progress.SkillHistory;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Role;

/**
 * The three charts of the Progress view, drawn with SWTChart: the level history of the skills
 * assessed more than once (step lines, a marker per assessment coloured by its source), the fit to
 * each target role at every assessment date, and the plan's burn-up (planned and logged hours to
 * date, steps done on a second axis, and the forecast from the recent pace as a dashed line).
 * Series ids are the skill and role keys (with {@code ~today} for the last value carried on to
 * today), and {@code planned}, {@code logged}, {@code done}, {@code forecast}.
 */
final class ProgressCharts {

	/** Colours of lines, in turn. */
	private static final int[][] PALETTE = { { 31, 119, 180 }, { 255, 127, 14 }, { 44, 160, 44 }, { 214, 39, 40 }, { 148, 103, 189 },
			{ 140, 86, 75 }, { 227, 119, 194 }, { 127, 127, 127 }, { 188, 189, 34 }, { 23, 190, 207 } };

	private final Chart history;
	private final Chart fit;
	private final Chart burnUp;

	ProgressCharts(Composite history, Composite fit, Composite burnUp) {
		this.history = chart(history, "Level history", "Level");
		this.fit = chart(fit, "Fit to the target roles", "Fit (0-100)");
		this.burnUp = chart(burnUp, "Plan burn-up", "Hours");
		dates(this.history);
		dates(this.fit);
		this.burnUp.getAxisSet().getXAxis(0).getTitle().setText("Week");
	}

	Chart history() {
		return history;
	}

	Chart fit() {
		return fit;
	}

	Chart burnUp() {
		return burnUp;
	}

	private static Chart chart(Composite parent, String title, String yTitle) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(title);
		chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
		chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
		chart.getLegend().setPosition(SWT.RIGHT);
		return chart;
	}

	private static void dates(Chart chart) {
		chart.getAxisSet().getXAxis(0).getTick().setFormat(new SimpleDateFormat("yyyy-MM", Locale.ROOT));
	}

	/** Shows the progress; null clears the charts. */
	void show(Progress progress) {
		clear(history);
		clear(fit);
		clear(burnUp);
		if (progress == null) {
			redraw();
			return;
		}
		LocalDate today = progress.burnUp() != null ? progress.burnUp().asOf() : LocalDate.now();
		showHistory(progress.history(), today);
		showFit(progress, today);
		showBurnUp(progress.burnUp());
		redraw();
	}

	private void redraw() {
		history.redraw();
		fit.redraw();
		burnUp.redraw();
	}

	private static void clear(Chart chart) {
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		IAxis[] ys = chart.getAxisSet().getYAxes();
		for (int i = 1; i < ys.length; i++) {
			chart.getAxisSet().deleteYAxis(ys[i].getId());
		}
	}

	private void showHistory(List<SkillHistory> histories, LocalDate today) {
		Display display = history.getDisplay();
		int drawn = 0;
		int once = 0;
		for (SkillHistory skill : histories) {
			List<LevelPoint> points = skill.points();
			if (points.stream().map(LevelPoint::date).distinct().count() < 2) {
				once++;
				continue;
			}
			// One point per assessment, and the last level carried on to today: a step line.
			List<Date> x = new ArrayList<>();
			List<Double> y = new ArrayList<>();
			List<Color> symbols = new ArrayList<>();
			for (LevelPoint point : points) {
				x.add(date(point.date()));
				y.add((double) point.level());
				symbols.add(sourceColor(display, point.source()));
			}
			Color line = color(display, drawn++);
			ILineSeries<?> series = line(history, skill.key(), skill.name(), x, y, line);
			series.enableStep(true);
			series.setSymbolColors(symbols.toArray(Color[]::new));
			series.setSymbolSize(5);
			carry(history, skill.key(), points.get(points.size() - 1).date(), skill.lastLevel(), today, line);
		}
		history.getTitle().setText("Level history" + (drawn == 0 ? ": no skill assessed on two dates yet"
				: once == 0 ? "" : " (" + drawn + " skills assessed on several dates; " + once + " assessed once are left out)"));
		history.getAxisSet().adjustRange();
		history.getAxisSet().getYAxis(0).setRange(new Range(-0.2, Math.max(5.2, history.getAxisSet().getYAxis(0).getRange().upper)));
	}

	private void showFit(Progress progress, LocalDate today) {
		Display display = fit.getDisplay();
		int index = 0;
		for (Role role : progress.roles()) {
			List<FitPoint> points = FitHistory.of(progress.fit(), SkillKeys.of(role));
			if (points.isEmpty()) {
				continue;
			}
			List<Date> x = new ArrayList<>();
			List<Double> y = new ArrayList<>();
			for (FitPoint point : points) {
				x.add(date(point.date()));
				y.add(point.roundedScore());
			}
			// The fit changes only when an assessment does: a step line, carried on to today.
			Color line = color(display, index++);
			ILineSeries<?> series = line(fit, SkillKeys.of(role), role.getName(), x, y, line);
			series.setSymbolType(PlotSymbolType.CIRCLE);
			series.enableStep(true);
			FitPoint last = points.get(points.size() - 1);
			carry(fit, SkillKeys.of(role), last.date(), last.roundedScore(), today, line);
		}
		fit.getTitle().setText(progress.roles().isEmpty() ? "Fit over time: the profile has no target role" : "Fit to the target roles");
		fit.getAxisSet().adjustRange();
		fit.getAxisSet().getYAxis(0).setRange(new Range(0, 100));
	}

	private void showBurnUp(BurnUp plan) {
		if (plan == null) {
			burnUp.getTitle().setText("Plan burn-up: no plan for this profile (open one, or create one beside the profile)");
			return;
		}
		Display display = burnUp.getDisplay();
		List<Double> weeks = new ArrayList<>();
		List<Double> planned = new ArrayList<>();
		List<Double> logged = new ArrayList<>();
		List<Double> done = new ArrayList<>();
		List<Double> loggedWeeks = new ArrayList<>();
		for (BurnUpWeek week : plan.weeks()) {
			weeks.add((double) week.week());
			planned.add(week.plannedToDate());
			if (week.week() <= plan.currentWeek()) {
				// what was logged and done so far: nothing is drawn for the weeks to come
				loggedWeeks.add((double) week.week());
				logged.add(week.loggedToDate());
				done.add((double) week.stepsDone());
			}
		}
		ILineSeries<?> plannedSeries = line(burnUp, "planned", "Planned hours", weeks, planned, color(display, 0));
		plannedSeries.setSymbolType(PlotSymbolType.NONE);
		ILineSeries<?> loggedSeries = line(burnUp, "logged", "Logged hours", loggedWeeks, logged, color(display, 2));
		loggedSeries.setSymbolType(PlotSymbolType.NONE);
		loggedSeries.setLineWidth(2);
		loggedSeries.enableArea(true);
		if (plan.forecast() != null && !plan.weeks().isEmpty() && plan.remainingHours() > 0) {
			double now = plan.weeks().get(Math.min(plan.currentWeek(), plan.weeks().size()) - 1).loggedToDate();
			double finishWeek = (plan.forecast().toEpochDay() - plan.plan().getStartDate().toEpochDay()) / 7.0 + 1;
			ILineSeries<?> forecast = line(burnUp, "forecast", "Forecast (finish " + plan.forecast() + ")",
					List.of((double) plan.currentWeek(), finishWeek), List.of(now, now + plan.remainingHours()), color(display, 3));
			forecast.setLineStyle(LineStyle.DASH);
			forecast.setSymbolType(PlotSymbolType.NONE);
		}
		int stepsAxis = burnUp.getAxisSet().createYAxis();
		IAxis steps = burnUp.getAxisSet().getYAxis(stepsAxis);
		steps.setPosition(IAxis.Position.Secondary);
		steps.getTitle().setText("Steps done");
		IBarSeries<?> bars = (IBarSeries<?>) burnUp.getSeriesSet().createSeries(SeriesType.BAR, "done");
		bars.setDescription("Steps done (of " + plan.steps() + ")");
		bars.setXSeries(toArray(loggedWeeks));
		bars.setYSeries(toArray(done));
		bars.setYAxisId(stepsAxis);
		bars.setBarColor(new Color(display, 200, 200, 200));
		burnUp.getSeriesSet().sendToBack("done");
		burnUp.getTitle().setText("Plan burn-up: " + plan.forecastText());
		burnUp.getAxisSet().adjustRange();
		steps.setRange(new Range(0, Math.max(1, plan.steps()) + 0.5));
	}

	/**
	 * The last value carried on from its date to today, in the line's colour, without markers and
	 * out of the legend (series {@code id + "~today"}): the markers stay the assessments alone.
	 */
	private static void carry(Chart chart, String id, LocalDate from, double value, LocalDate today, Color color) {
		if (!today.isAfter(from)) {
			return;
		}
		ILineSeries<?> series = line(chart, id + "~today", "", List.of(date(from), date(today)), List.of(value, value), color);
		series.setSymbolType(PlotSymbolType.NONE);
		series.setVisibleInLegend(false);
	}

	private static ILineSeries<?> line(Chart chart, String id, String name, List<?> x, List<Double> y, Color color) {
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		series.setDescription(name);
		if (!x.isEmpty() && x.get(0) instanceof Date) {
			series.setXDateSeries(x.toArray(Date[]::new));
		} else {
			series.setXSeries(toArray(x.stream().map(Double.class::cast).toList()));
		}
		series.setYSeries(toArray(y));
		series.setLineColor(color);
		series.setSymbolColor(color);
		series.setAntialias(SWT.ON);
		return series;
	}

	private static double[] toArray(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
	}

	/** The colour of the n-th line. */
	static Color color(Display display, int index) {
		int[] rgb = PALETTE[index % PALETTE.length];
		return new Color(display, rgb[0], rgb[1], rgb[2]);
	}

	/** The marker colour of a source of assessment: grey self, blue peer, orange manager, green evidence and test. */
	static Color sourceColor(Display display, AssessmentSource source) {
		return switch (source) {
			case SELF -> new Color(display, 150, 150, 150);
			case PEER -> new Color(display, 31, 119, 180);
			case MANAGER -> new Color(display, 255, 127, 14);
			default -> new Color(display, 44, 160, 44);
		};
	}
}
