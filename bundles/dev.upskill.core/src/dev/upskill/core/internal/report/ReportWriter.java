/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.upskill.core.gap.FitCharts;
import dev.upskill.core.gap.FitCharts.Axis;
import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.timeline.TimelineLayout;
import dev.upskill.core.plan.timeline.TimelineLayout.Bar;
import dev.upskill.core.plan.timeline.TimelineLayout.Box;
import dev.upskill.core.plan.timeline.TimelineLayout.Month;
import dev.upskill.core.report.Report;
import dev.upskill.core.report.Report.EvidenceItem;
import dev.upskill.core.report.ReportPlan;
import dev.upskill.core.table.GapTable;
import dev.upskill.core.table.PlanTables;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.StepStatus;

/**
 * Writes a {@link Report} as one HTML file in XHTML syntax, so that it is well-formed XML and
 * reads the same in every browser: inline CSS (with a print stylesheet), inline SVG, no script, no
 * font or image from elsewhere. Every text goes through the XML stream writer, which escapes it.
 */
public final class ReportWriter {

	/** The style sheet. Without the characters {@code < > &}: a style element's text is not escaped in HTML. */
	static final String CSS = """
			:root { color-scheme: light; }
			body { font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1d2430; background: #fff;
			  margin: 0; line-height: 1.45; font-size: 14px; }
			header.cover { background: #1f3a5f; color: #fff; padding: 28px 40px 24px; }
			header.cover h1 { font-size: 26px; margin: 0 0 6px; }
			header.cover p { margin: 2px 0; color: #dbe5f2; }
			main { max-width: 1000px; margin: 0 auto; padding: 8px 40px 40px; }
			h2 { font-size: 19px; color: #1f3a5f; border-bottom: 2px solid #1f3a5f; padding-bottom: 4px; margin: 28px 0 12px; }
			.score { display: flex; flex-wrap: wrap; gap: 8px 32px; align-items: baseline; margin-bottom: 12px; }
			.score .big { font-size: 44px; font-weight: 700; color: #1f3a5f; }
			.charts { display: flex; flex-wrap: wrap; gap: 16px; }
			figure { margin: 0; flex: 1 1 440px; border: 1px solid #d5dbe3; border-radius: 6px; padding: 8px 10px; }
			figcaption { font-size: 12px; color: #4a5361; margin-bottom: 4px; }
			svg { display: block; max-width: 100%; height: auto; }
			svg text { font-size: 11px; fill: #2b3340; }
			svg .grid { stroke: #d9dee5; fill: none; }
			svg .required { stroke: #c83c3c; stroke-width: 2; fill: none; }
			svg .current { stroke: #286eb4; stroke-width: 2; fill: #286eb4; fill-opacity: 0.35; }
			svg .essential { fill: #c83c3c; }
			svg .optional { fill: #e6a03c; }
			svg .row-odd { fill: #f4f6f9; }
			svg .planned { fill: #3d7ab8; }
			svg .recurring { fill: #8fb5dc; }
			svg .done { fill: #5e9a55; }
			svg .in-progress { fill: #d99a2b; }
			svg .dropped { fill: #c4c9d0; }
			svg .load { fill: #9bb7d4; }
			svg .over { fill: #d9534f; }
			svg .capacity { stroke: #1d2430; stroke-width: 1.5; stroke-dasharray: 5 3; }
			svg .deadline { stroke: #c83c3c; stroke-width: 1.5; stroke-dasharray: 4 3; }
			svg .month { stroke: #b8c3d1; }
			svg .small { font-size: 10px; fill: #5a6472; }
			svg .small.inside { fill: #fff; }
			h3 { font-size: 15px; margin: 18px 0 8px; }
			table.data { border-collapse: collapse; width: 100%; font-size: 12.5px; }
			table.data th { text-align: left; background: #eef2f7; border-bottom: 2px solid #b8c3d1; padding: 5px 6px; }
			table.data td { border-bottom: 1px solid #e1e6ec; padding: 4px 6px; vertical-align: top; }
			table.data .num { text-align: right; white-space: nowrap; }
			table.data .c-learnWith { min-width: 15em; }
			table.data .c-skillName { min-width: 9em; }
			table.data .c-closes, table.data .c-reason { min-width: 16em; }
			table.data tr.heading td { font-weight: 700; background: #f6f8fa; }
			dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: 3px 18px; margin: 0 0 14px; }
			dl.figures dt { font-weight: 600; color: #4a5361; }
			dl.figures dd { margin: 0; }
			ul.evidence { padding-left: 20px; }
			ul.evidence li { margin: 3px 0; }
			.muted { color: #5a6472; }
			footer { margin-top: 28px; font-size: 12px; color: #5a6472; }
			@page { size: A4; margin: 14mm 12mm; }
			@media print {
			  body { font-size: 11px; background: #fff; color: #000; }
			  header.cover { background: none; color: #000; padding: 0 0 8px; border-bottom: 2px solid #000; }
			  header.cover p { color: #000; }
			  main { max-width: none; padding: 0; }
			  h2 { color: #000; border-color: #000; break-after: avoid; page-break-after: avoid; }
			  section.page { break-before: page; page-break-before: always; }
			  tr, figure, svg, li, dl, .score { break-inside: avoid; page-break-inside: avoid; }
			  thead { display: table-header-group; }
			  table.data th, table.data tr.heading td { background: none; }
			  .charts { display: block; }
			  figure { border: none; padding: 0; margin: 0 0 10px; }
			  a { color: #000; }
			  a[href]::after { content: " (" attr(href) ")"; font-size: 9px; word-break: break-all; }
			}
			""";

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

	private final Report report;
	private final XMLStreamWriter out;
	private final Svg svg;

	private ReportWriter(Report report, XMLStreamWriter out) {
		this.report = report;
		this.out = out;
		this.svg = new Svg(out);
	}

	public static void write(Report report, OutputStream stream) throws IOException {
		Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		try {
			XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer);
			new ReportWriter(report, xml).document();
			xml.flush();
			writer.flush();
		} catch (XMLStreamException e) {
			throw new IOException("the report could not be written: " + e.getMessage(), e);
		}
	}

	private void document() throws XMLStreamException {
		RoleFit fit = report.fit();
		out.writeDTD("<!DOCTYPE html>");
		out.writeCharacters("\n");
		out.writeStartElement("html");
		out.writeAttribute("xmlns", "http://www.w3.org/1999/xhtml");
		out.writeAttribute("lang", "en");
		out.writeStartElement("head");
		out.writeEmptyElement("meta");
		out.writeAttribute("charset", "utf-8");
		out.writeEmptyElement("meta");
		out.writeAttribute("name", "viewport");
		out.writeAttribute("content", "width=device-width, initial-scale=1");
		out.writeEmptyElement("meta");
		out.writeAttribute("name", "generator");
		out.writeAttribute("content", "Upskill Workbench");
		element("title", "Upskill report: " + report.person() + " for " + fit.role().getName());
		out.writeStartElement("style");
		out.writeCharacters(CSS);
		out.writeEndElement();
		out.writeEndElement();
		out.writeCharacters("\n");
		out.writeStartElement("body");
		cover(fit);
		out.writeStartElement("main");
		fitSection(fit);
		gapSection();
		planSection();
		evidenceSection();
		sourcesSection();
		out.writeEndElement();
		out.writeEndElement();
		out.writeEndElement();
		out.writeCharacters("\n");
		out.writeEndDocument();
	}

	private void cover(RoleFit fit) throws XMLStreamException {
		out.writeStartElement("header");
		out.writeAttribute("class", "cover");
		element("h1", report.person());
		String framework = GapTable.frameworkName(fit.role());
		element("p", "Target role: " + fit.role().getName() + (framework == null ? "" : " (" + framework + ")") + ", " + fit.key());
		if (report.profile().getCurrentRoleTitle() != null && !report.profile().getCurrentRoleTitle().isBlank()) {
			element("p", "Now: " + report.profile().getCurrentRoleTitle());
		}
		element("p", "Profile " + (report.profileFile() == null ? report.profile().getId() : report.profileFile()) + "; report of "
				+ report.date().format(LONG_DATE));
		out.writeEndElement();
		out.writeCharacters("\n");
	}

	private void fitSection(RoleFit fit) throws XMLStreamException {
		section("fit", null, "Fit");
		long met = fit.lines().stream().filter(l -> l.gapLevels() == 0).count();
		out.writeStartElement("div");
		out.writeAttribute("class", "score");
		span("big", String.format(Locale.ROOT, "%.1f", fit.roundedScore()));
		span(null, "of 100 for " + fit.role().getName());
		span("muted", String.format(Locale.ROOT, "essential requirements alone: %.1f; %d of %d requirements met", Math.round(
				fit.essentialScore() * 10) / 10.0, met, fit.lines().size()));
		out.writeEndElement();
		out.writeStartElement("div");
		out.writeAttribute("class", "charts");
		figure("Required (red outline) and current (blue, filled) level by skill category");
		radar(FitCharts.axes(fit.lines()));
		out.writeEndElement();
		figure("Largest gaps, in levels missing (red: essential, orange: optional)");
		bars(FitCharts.largestGaps(fit.lines(), FitCharts.BARS));
		out.writeEndElement();
		out.writeEndElement();
		out.writeEndElement();
		out.writeCharacters("\n");
	}

	private void gapSection() throws XMLStreamException {
		section("gaps", "page", "Gaps, requirement by requirement");
		paragraph("muted", report.plan() == null ? "Learn with: no plan (" + (report.planProblem() == null ? "none given"
				: report.planProblem()) + ")." : "Learn with: the step of the plan below that closes the gap.");
		GapTable.TABLE.writeHtml(report.rows(), GapTable.READ_COLUMNS, out);
		out.writeEndElement();
		out.writeCharacters("\n");
	}

	private void planSection() throws XMLStreamException {
		ReportPlan plan = report.plan();
		section("plan", "page", "Plan");
		if (plan == null) {
			paragraph("muted", "No plan" + (report.planProblem() == null ? "." : ": " + report.planProblem()));
			out.writeEndElement();
			return;
		}
		paragraph(null, plan.title());
		out.writeStartElement("dl");
		out.writeAttribute("class", "figures");
		PlanResult result = plan.result();
		if (result != null) {
			figure2("Status", result.status().label());
		}
		figure2(result == null ? "Hours to go" : "Hours", hours(plan.hours()) + " h" + (plan.plan().getWeeklyHours() > 0 ? " at " + hours(plan.plan().getWeeklyHours())
				+ " h a week" : ""));
		figure2(result == null ? "Cost to go" : "Cost", money(plan.cost()) + " " + plan.currency() + (plan.plan().getBudget() == null ? ""
				: " of a budget of " + money(plan.plan().getBudget()) + " " + plan.currency()));
		LearningPlan model = plan.plan();
		if (model.getStartDate() != null) {
			figure2("Start", model.getStartDate().toString());
		}
		figure2("Finish", plan.finish() == null ? (plan.steps().isEmpty() ? "nothing to learn" : "no start date")
				: plan.finish() + (model.getEndDate() == null ? "" : " (deadline " + model.getEndDate() + ")"));
		if (result != null && !result.open().isEmpty()) {
			figure2("Left open", result.open().size() + (result.open().size() == 1 ? " gap" : " gaps"));
		}
		out.writeEndElement();
		if (!plan.steps().isEmpty()) {
			figure("Timeline: one bar per step, and the hours each week asks for");
			timeline(new TimelineLayout(model, null, metrics(model)));
			out.writeEndElement();
			element("h3", "Steps");
			PlanTables.STEPS.writeHtml(plan.steps(), PlanTables.STEPS.columns().size(), out);
		}
		if (result != null && !result.open().isEmpty()) {
			element("h3", "Gaps the plan leaves open");
			PlanTables.OPEN.writeHtml(result.open(), PlanTables.OPEN.columns().size(), out);
		}
		out.writeEndElement();
		out.writeCharacters("\n");
	}

	private void evidenceSection() throws XMLStreamException {
		section("evidence", "page", "Evidence");
		List<EvidenceItem> items = report.evidence();
		if (items.isEmpty()) {
			paragraph("muted", "No assessment names evidence.");
		} else {
			out.writeStartElement("ul");
			out.writeAttribute("class", "evidence");
			for (EvidenceItem item : items) {
				out.writeStartElement("li");
				out.writeStartElement("strong");
				out.writeCharacters(item.skill());
				out.writeEndElement();
				out.writeCharacters(": ");
				String title = item.title() == null || item.title().isBlank() ? (item.url() == null ? "(untitled)" : item.url()) : item.title();
				if (Report.isSafeLink(item.url())) {
					out.writeStartElement("a");
					out.writeAttribute("href", item.url().strip());
					out.writeAttribute("rel", "noopener noreferrer");
					out.writeCharacters(title);
					out.writeEndElement();
				} else {
					out.writeCharacters(title);
					if (item.url() != null && !item.url().isBlank()) {
						span("muted", " (address not linked: " + item.url() + ")");
					}
				}
				String details = (item.kind() == null ? "" : item.kind()) + (item.date() == null ? "" : (item.kind() == null ? "" : ", ")
						+ item.date());
				if (!details.isEmpty()) {
					span("muted", " (" + details + ")");
				}
				out.writeEndElement();
			}
			out.writeEndElement();
		}
		out.writeEndElement();
		out.writeCharacters("\n");
	}

	private void sourcesSection() throws XMLStreamException {
		section("sources", null, "Frameworks");
		Report.SOURCES.writeHtml(report.sources(), Report.SOURCES.columns().size(), out);
		out.writeStartElement("footer");
		out.writeCharacters("Made by Upskill Workbench on " + report.date() + ". Levels, fit and plan as the workbench computes them;"
				+ " the gap table has the columns of the Gap Analysis view.");
		out.writeEndElement();
		out.writeEndElement();
	}

	// The charts -------------------------------------------------------------------------------

	private static final double RADAR_WIDTH = 560;
	private static final double RADAR_HEIGHT = 330;

	/** The radar: one axis per category, required outlined, current filled; rings at each fifth. */
	private void radar(List<Axis> axes) throws XMLStreamException {
		svg.open(RADAR_WIDTH, RADAR_HEIGHT, "Radar of required and current level by category");
		if (axes.size() < 3) {
			svg.text(8, 20, "start", null, null, axes.isEmpty() ? "No requirement" : "Too few categories for a radar");
			svg.close();
			return;
		}
		int n = axes.size();
		double cx = RADAR_WIDTH / 2;
		double cy = RADAR_HEIGHT / 2 + 4;
		double radius = 118;
		svg.group("grid");
		for (int ring = 1; ring <= 5; ring++) {
			svg.polygon(polygon(cx, cy, radius * ring / 5.0, n, null), "grid");
		}
		for (int i = 0; i < n; i++) {
			double[] end = FitCharts.radarPoint(cx, cy, radius, i, n);
			svg.line(cx, cy, end[0], end[1], "grid");
		}
		svg.end();
		svg.polygon(polygon(cx, cy, radius, n, axes.stream().mapToDouble(Axis::current).toArray()), "current");
		svg.polygon(polygon(cx, cy, radius, n, axes.stream().mapToDouble(Axis::required).toArray()), "required");
		for (int i = 0; i < n; i++) {
			Axis axis = axes.get(i);
			double[] at = FitCharts.radarPoint(cx, cy, radius + 10, i, n);
			String anchor = at[0] < cx - 5 ? "end" : at[0] > cx + 5 ? "start" : "middle";
			String[] lines = Svg.wrap(axis.category(), 22);
			double y = at[1] + 4 - (lines.length - 1) * 6.5;
			if (at[1] < cy - radius + 5) {
				y = at[1] - 4 - (lines.length - 1) * 13;
			} else if (at[1] > cy + radius - 5) {
				y = at[1] + 12;
			}
			svg.text(at[0], y, anchor, null, String.format(Locale.ROOT, "%s: required %.0f%%, current %.0f%% of the scale",
					axis.category(), axis.required() * 100, axis.current() * 100), lines);
		}
		svg.close();
	}

	private static double[] polygon(double cx, double cy, double radius, int n, double[] values) {
		double[] points = new double[2 * n];
		for (int i = 0; i < n; i++) {
			double[] p = FitCharts.radarPoint(cx, cy, radius * (values == null ? 1 : values[i]), i, n);
			points[2 * i] = p[0];
			points[2 * i + 1] = p[1];
		}
		return points;
	}

	/** The bars of the largest gaps, as the view draws them: the levels missing, essential in red. */
	private void bars(List<GapLine> gaps) throws XMLStreamException {
		double width = 560;
		double row = 26;
		double height = Math.max(40, 10 + gaps.size() * row);
		svg.open(width, height, "Bars of the largest gaps");
		if (gaps.isEmpty()) {
			svg.text(8, 20, "start", null, null, "No open gaps");
			svg.close();
			return;
		}
		double label = 230;
		int maxLevels = gaps.stream().mapToInt(GapLine::gapLevels).max().orElse(1);
		for (int i = 0; i < gaps.size(); i++) {
			GapLine line = gaps.get(i);
			double y = 6 + i * row;
			String tooltip = String.format(Locale.ROOT, "%s: %d level%s missing (required %d, current %s; %s)", line.skillName(),
					line.gapLevels(), line.gapLevels() == 1 ? "" : "s", line.requiredLevel(),
					line.currentLevel() == null ? "not assessed" : line.currentLevel().toString(), line.essential() ? "essential" : "optional");
			svg.text(label - 8, y + 16, "end", null, tooltip, Svg.cut(line.skillName(), 36));
			double barWidth = Math.max(2, (width - label - 30) * line.gapLevels() / maxLevels);
			svg.rect(label, y + 3, barWidth, row - 8, line.essential() ? "essential" : "optional", tooltip);
			svg.text(label + barWidth + 5, y + 16, "start", null, null, String.valueOf(line.gapLevels()));
		}
		svg.close();
	}

	/** Sizes for a timeline about 960 pixels wide. */
	private static TimelineLayout.Metrics metrics(LearningPlan plan) {
		int gutter = 250;
		int weeks = TimelineLayout.weeks(plan);
		int weekWidth = Math.max(4, Math.min(40, (960 - gutter - TimelineLayout.PAD) / weeks));
		return new TimelineLayout.Metrics(weekWidth, 14, gutter);
	}

	/** The plan's timeline, laid out as the plan editor's: months and weeks, a bar per step, the weekly load. */
	private void timeline(TimelineLayout layout) throws XMLStreamException {
		svg.open(layout.width(), layout.height(), "Timeline of the plan");
		TimelineLayout.Metrics metrics = layout.metrics();
		Box header = layout.header();
		for (Month month : layout.months()) {
			svg.line(month.x(), header.y(), month.x(), layout.rows().bottom(), "month");
			int room = month.endX() - month.x();
			String name = room >= 56 ? month.first().format(MONTH) : room >= 26 ? month.first().format(SHORT_MONTH) : "";
			if (!name.isEmpty()) {
				svg.text(month.x() + 3, header.y() + metrics.band() - 4, "start", "small", null, name);
			}
		}
		int step = layout.weekLabelStep(16);
		for (int week = 1; week <= layout.weeks(); week += step) {
			svg.text(layout.x(week) + 2, header.y() + 2 * metrics.band() - 4, "start", "small", null, String.valueOf(week));
		}
		svg.text(TimelineLayout.PAD, header.y() + 2 * metrics.band() - 4, "start", "small", null, "Week");
		for (Bar bar : layout.bars()) {
			Box row = bar.rowBox();
			if (bar.row() % 2 == 1) {
				svg.rect(0, row.y(), row.right(), row.height(), "row-odd", null);
			}
			String label = TimelineLayout.label(bar.step());
			svg.text(TimelineLayout.PAD, row.y() + row.height() / 2.0 + 4, "start", null, label, Svg.cut(label, 40));
			Box box = bar.box();
			String tooltip = label + ": weeks " + bar.step().getStartWeek() + "-" + Math.max(bar.step().getStartWeek(),
					bar.step().getEndWeek()) + ", " + status(bar.step().getStatus());
			svg.rect(box.x(), box.y(), box.width(), box.height(), barClass(bar), tooltip);
			if (bar.step().getResource() != null && !bar.step().getResource().eIsProxy()) {
				String hours = hours(bar.step().getResource().getHours()) + " h";
				boolean inside = box.width() > hours.length() * 7 + 6;
				svg.text(inside ? box.x() + 4 : box.right() + 4, row.y() + row.height() / 2.0 + 4, "start", inside ? "small inside" : "small",
						null, hours);
			}
		}
		if (layout.deadlineX() != null) {
			int x = layout.deadlineX();
			svg.line(x, header.y(), x, layout.rows().bottom(), "deadline");
			svg.text(x - 3, layout.markers().y() + metrics.band() - 4, "end", "small", null, "deadline " + layout.plan().getEndDate());
		}
		Box title = layout.loadTitle();
		svg.text(TimelineLayout.PAD, title.y() + metrics.band() - 4, "start", null, null,
				"Hours each week (dashed: the plan's " + hours(layout.load().capacity()) + " h a week)");
		Box chart = layout.loadChart();
		svg.line(chart.x(), chart.bottom(), chart.right(), chart.bottom(), "grid");
		for (int week = 1; week <= layout.weeks(); week++) {
			Box load = layout.loadBar(week);
			if (load != null && load.height() > 0) {
				svg.rect(load.x(), load.y(), load.width(), load.height(), layout.load().over(week) ? "over" : "load",
						"week " + week + ": " + hours(layout.load().hours(week)) + " h");
			}
		}
		double scale = layout.loadScale();
		for (double tick : new double[] { 0, layout.load().capacity(), scale }) {
			svg.text(chart.x() - 6, layout.loadY(tick) + 4, "end", "small", null, hours(tick) + " h");
		}
		if (layout.load().capacity() > 0) {
			svg.line(chart.x(), layout.loadY(layout.load().capacity()), chart.right(), layout.loadY(layout.load().capacity()), "capacity");
		}
		Box legend = layout.legend();
		double x = TimelineLayout.PAD;
		for (String[] item : new String[][] { { "planned", "planned" }, { "recurring", "meetups and mentoring, alongside" },
				{ "in-progress", "in progress" }, { "done", "done" }, { "over", "week over the weekly hours" } }) {
			svg.rect(x, legend.y() + 4, 12, 12, item[0], null);
			svg.text(x + 16, legend.y() + 14, "start", "small", null, item[1]);
			x += 16 + item[1].length() * 5.6 + 18;
		}
		svg.close();
	}

	private static String barClass(Bar bar) {
		StepStatus status = bar.step().getStatus();
		if (status == StepStatus.DONE) {
			return "done";
		}
		if (status == StepStatus.IN_PROGRESS) {
			return "in-progress";
		}
		if (status == StepStatus.DROPPED) {
			return "dropped";
		}
		return bar.recurring() ? "recurring" : "planned";
	}

	private static String status(StepStatus status) {
		return status == null ? "planned" : status.getLiteral().replace('_', ' ').replace('-', ' ');
	}

	// Small pieces ----------------------------------------------------------------------------

	private void section(String id, String cssClass, String heading) throws XMLStreamException {
		out.writeStartElement("section");
		out.writeAttribute("id", id);
		if (cssClass != null) {
			out.writeAttribute("class", cssClass);
		}
		element("h2", heading);
	}

	private void figure(String caption) throws XMLStreamException {
		out.writeStartElement("figure");
		element("figcaption", caption);
	}

	private void figure2(String term, String value) throws XMLStreamException {
		element("dt", term);
		element("dd", value);
	}

	private void element(String name, String text) throws XMLStreamException {
		out.writeStartElement(name);
		out.writeCharacters(text == null ? "" : text);
		out.writeEndElement();
	}

	private void paragraph(String cssClass, String text) throws XMLStreamException {
		out.writeStartElement("p");
		if (cssClass != null) {
			out.writeAttribute("class", cssClass);
		}
		out.writeCharacters(text);
		out.writeEndElement();
	}

	private void span(String cssClass, String text) throws XMLStreamException {
		out.writeStartElement("span");
		if (cssClass != null) {
			out.writeAttribute("class", cssClass);
		}
		out.writeCharacters(text);
		out.writeEndElement();
	}

	static String hours(double hours) {
		double rounded = Math.round(hours * 10) / 10.0;
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
	}

	static String money(BigDecimal amount) {
		return amount == null ? "0.00" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}
}
