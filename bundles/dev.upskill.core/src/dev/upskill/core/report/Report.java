/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.internal.report.ReportWriter;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.core.table.Column;
import dev.upskill.core.table.GapTable;
import dev.upskill.core.table.Table;
import dev.upskill.model.Evidence;
import dev.upskill.model.Framework;
import dev.upskill.model.Profile;
import dev.upskill.model.SkillAssessment;

/**
 * A report of one person against one role, to read and print: who and which role, the fit with
 * its radar and largest gaps, the gap table, the plan as a timeline with its hours, cost and
 * finish, the evidence behind the assessments, and the frameworks it rests on. Written as one
 * self-contained HTML file ({@link #writeHtml}): inline CSS and SVG, no script, nothing loaded from
 * elsewhere; the only links are the evidence's, and only http, https and mailto ones.
 *
 * @since 0.5.0
 */
public final class Report {

	/** A framework the report rests on: the role's, the skills' or the plan's resources'. */
	public record Source(String id, String name, String version, String licence, String publisher) {
	}

	/** The frameworks table: one description for the report and any other output. */
	public static final Table<Source> SOURCES = new Table<>("Frameworks", List.of(
			Column.<Source>text("name", "Framework", Source::name),
			Column.<Source>text("id", "ID", Source::id),
			Column.<Source>text("version", "Version", Source::version).blankAs("-"),
			Column.<Source>text("licence", "Licence", Source::licence).blankAs("not stated"),
			Column.<Source>text("publisher", "Publisher", Source::publisher).blankAs("-")), null);

	/** A piece of evidence behind an assessment. */
	public record EvidenceItem(String skill, String title, String kind, LocalDate date, String url) {
	}

	private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

	private final Profile profile;
	private final String profileFile;
	private final RoleFit fit;
	private final ReportPlan plan;
	private final String planProblem;
	private final LocalDate date;

	private Report(Profile profile, String profileFile, RoleFit fit, ReportPlan plan, String planProblem, LocalDate date) {
		this.profile = profile;
		this.profileFile = profileFile;
		this.fit = fit;
		this.plan = plan;
		this.planProblem = planProblem;
		this.date = date;
	}

	/**
	 * @param profile the person's profile
	 * @param profileFile the profile's file name, or null
	 * @param fit the profile against the role ({@code GapAnalysis})
	 * @param plan the plan to show, or null for none
	 * @param planProblem why there is no plan (when plan is null), or null
	 * @param date the day the report is made
	 */
	public static Report of(Profile profile, String profileFile, RoleFit fit, ReportPlan plan, String planProblem, LocalDate date) {
		return new Report(profile, profileFile, fit, plan, planProblem, date);
	}

	/** Writes the report as one self-contained HTML file (UTF-8, XHTML syntax). Does not close {@code out}. */
	public void writeHtml(OutputStream out) throws IOException {
		ReportWriter.write(this, out);
	}

	public Profile profile() {
		return profile;
	}

	public String profileFile() {
		return profileFile;
	}

	public RoleFit fit() {
		return fit;
	}

	/** The plan, or null. */
	public ReportPlan plan() {
		return plan;
	}

	/** Why there is no plan, or null. */
	public String planProblem() {
		return planProblem;
	}

	public LocalDate date() {
		return date;
	}

	/** Who the report is about: the profile's person, else its name. */
	public String person() {
		return GapTable.personOf(profile);
	}

	/** The gap table's rows, with the plan's step for each gap (without a plan: none). */
	public List<GapTable.Row> rows() {
		return plan == null ? GapTable.rows(fit.lines(), null) : plan.rows(fit.lines());
	}

	/** The evidence of the profile's assessments, by skill name, then date. */
	public List<EvidenceItem> evidence() {
		List<EvidenceItem> items = new ArrayList<>();
		for (SkillAssessment assessment : profile.getAssessments()) {
			String skill = assessment.getSkill() == null || assessment.getSkill().eIsProxy() ? "(unknown skill)"
					: assessment.getSkill().getName();
			for (Evidence evidence : assessment.getEvidence()) {
				items.add(new EvidenceItem(skill, evidence.getTitle(), evidence.getKind() == null ? null : evidence.getKind().getLiteral(),
						evidence.getDate(), evidence.getUrl()));
			}
		}
		items.sort(Comparator.comparing(EvidenceItem::skill, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(EvidenceItem::date, Comparator.nullsLast(Comparator.naturalOrder())));
		return items;
	}

	/** The frameworks of the role, of its requirements' skills and of the plan's resources, each once, by name. */
	public List<Source> sources() {
		Map<String, Source> sources = new LinkedHashMap<>();
		add(sources, fit.role());
		for (GapLine line : fit.lines()) {
			add(sources, line.requirement().getSkill());
		}
		if (plan != null) {
			for (PlannedStep step : plan.steps()) {
				add(sources, step.resource());
			}
		}
		return sources.values().stream().sorted(Comparator.comparing(Source::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	private static void add(Map<String, Source> sources, EObject element) {
		EObject at = element;
		while (at != null && !(at instanceof Framework)) {
			at = at.eContainer();
		}
		if (at instanceof Framework framework && framework.getId() != null) {
			sources.computeIfAbsent(framework.getId(), id -> new Source(id, framework.getName() == null ? id : framework.getName(),
					blankToNull(framework.getVersion()), blankToNull(framework.getLicence()), blankToNull(framework.getPublisher())));
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/**
	 * Whether a link may be written as a link: an absolute http, https or mailto address (a
	 * {@code javascript:} or {@code data:} address, a relative one or one that does not parse is
	 * shown as text only).
	 */
	public static boolean isSafeLink(String url) {
		if (url == null || url.isBlank()) {
			return false;
		}
		try {
			URI uri = new URI(url.strip());
			return uri.getScheme() != null && SAFE_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
					&& (uri.getScheme().equalsIgnoreCase("mailto") ? uri.getSchemeSpecificPart() != null : uri.getHost() != null);
		} catch (URISyntaxException e) {
			return false;
		}
	}
}
