/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.upskill.core.team.TeamAnalysis;
import dev.upskill.core.team.TeamAnalysis.PersonLine;
import dev.upskill.core.team.TeamAnalysis.SkillColumn;
import dev.upskill.core.team.TeamMember;
import dev.upskill.core.team.TeamSummary.Readiness;
import dev.upskill.core.team.TeamSummary.SharedResource;
import dev.upskill.model.Importance;

/**
 * The tables of a team against a role: the heatmap (people by the role's skills, with the
 * required level and the coverage as heading rows), the skills (coverage and bus factor), each
 * person's readiness (the planner's hours, cost and weeks), the fit distribution and the shared
 * learning resources. The Team Heatmap and Team Summary views, their exports and
 * {@code upskill team --format csv|json} come from them.
 *
 * @since 0.6.0
 */
public final class TeamTables {

	/** What a heatmap row holds. */
	public enum Kind {
		/** The role's required level of each skill. */
		REQUIRED,
		/** How many people reach the required level of each skill. */
		COVERAGE,
		/** A person's current level of each skill. */
		PERSON
	}

	/** A row of the heatmap: a person, or one of the heading rows above them. */
	public record HeatRow(Kind kind, PersonLine person) {

		public boolean isHeading() {
			return kind != Kind.PERSON;
		}
	}

	/** A skill of the role across a team of {@code people}. */
	public record SkillRow(SkillColumn skill, int people) {
	}

	/** A bin of the fit distribution: the people whose fit is from {@code from} up to {@code to}. */
	public record FitBin(int bin, String range, int people) {
	}

	/**
	 * The decimals a fit is written with: every Fit column of these tables, and every fit the views
	 * and {@code upskill team} write in words, take this column's format ({@link #fit(double)}).
	 */
	public static final int FIT_DECIMALS = 1;

	/** The columns of the heatmap before the skills: person, groups, fit, requirements met, file. */
	public static final int PERSON = 0;
	public static final int GROUPS = 1;
	public static final int FIT = 2;
	public static final int MET = 3;
	public static final int FILE = 4;
	/** The first skill column of the heatmap: skill {@code c} of the analysis is column {@code FIRST_SKILL + c}. */
	public static final int FIRST_SKILL = 5;

	public static final Table<SkillRow> SKILLS = new Table<>("Skills of the team", List.of(
			Column.<SkillRow>text("skill", "Id", r -> r.skill().key()),
			Column.<SkillRow>text("name", "Skill", r -> r.skill().name()),
			Column.<SkillRow>text("category", "Category", r -> r.skill().category()),
			Column.<SkillRow>integer("requiredLevel", "Required", r -> r.skill().requiredLevel()),
			Column.<SkillRow>bool("essential", "Essential", r -> r.skill().requirement().getImportance() == Importance.ESSENTIAL),
			Column.<SkillRow>integer("reached", "People at the level", r -> r.skill().reached()),
			Column.<SkillRow>integer("assessed", "People assessed", r -> r.skill().assessed()),
			Column.<SkillRow>decimal("coverage", "Coverage", 3, r -> r.people() == 0 ? 0.0 : r.skill().reached() / (double) r.people()),
			Column.<SkillRow>bool("busFactor", "Only one person", r -> r.skill().busFactor()),
			Column.<SkillRow>list("holders", "Who reaches it", r -> r.skill().holders().stream().map(TeamMember::name).toList())), null);

	public static final int SKILL_NAME = 1;
	public static final int SKILL_REQUIRED = 3;
	public static final int SKILL_REACHED = 5;
	public static final int SKILL_COVERAGE = 7;
	public static final int SKILL_BUS_FACTOR = 8;
	public static final int SKILL_HOLDERS = 9;

	public static final Table<Readiness> READINESS = new Table<>("Readiness", List.of(
			Column.<Readiness>text("person", "Person", r -> r.member().name()),
			Column.<Readiness>list("groups", "Groups", r -> r.member().groups()),
			fitColumn(Readiness::fit),
			Column.<Readiness>decimal("hours", "Hours to ready", 1, Readiness::hours).blankAs("-"),
			Column.<Readiness>money("cost", "Cost", Readiness::cost).blankAs("-"),
			Column.<Readiness>integer("weeks", "Weeks", Readiness::weeks).blankAs("-"),
			Column.<Readiness>date("finish", "Ready by", Readiness::finish).blankAs("-"),
			Column.<Readiness>integer("steps", "Steps", r -> r.plan() == null ? null : r.plan().steps().size()),
			Column.<Readiness>text("note", "Note", Readiness::note),
			Column.<Readiness>text("file", "File", r -> r.member().file().toString())), null);

	public static final int READY_PERSON = 0;
	public static final int READY_FIT = 2;
	public static final int READY_HOURS = 3;
	public static final int READY_COST = 4;
	public static final int READY_WEEKS = 5;
	public static final int READY_FINISH = 6;
	public static final int READY_NOTE = 8;

	public static final Table<FitBin> FIT_DISTRIBUTION = new Table<>("Fit distribution", List.of(
			Column.<FitBin>text("range", "Fit", FitBin::range),
			Column.<FitBin>integer("people", "People", FitBin::people)), null);

	public static final Table<SharedResource> RESOURCES = new Table<>("Learning resources", List.of(
			Column.<SharedResource>text("resource", "Id", SharedResource::key),
			Column.<SharedResource>text("name", "Resource", r -> r.resource().getName()),
			Column.<SharedResource>text("kind", "Kind", r -> r.resource().getKind() == null ? null : r.resource().getKind().getLiteral()),
			Column.<SharedResource>integer("people", "People", SharedResource::people),
			Column.<SharedResource>decimal("hours", "Hours", 1, SharedResource::hours),
			Column.<SharedResource>money("cost", "Cost", SharedResource::cost)), null);

	public static final int RESOURCE_NAME = 1;
	public static final int RESOURCE_PEOPLE = 3;
	public static final int RESOURCE_HOURS = 4;
	public static final int RESOURCE_COST = 5;

	private TeamTables() {
	}

	/** A Fit column: the fit to the role, 0 to 100, with {@link #FIT_DECIMALS} decimals. */
	private static <R> Column<R> fitColumn(Function<? super R, Double> fit) {
		return Column.<R>decimal("fit", "Fit", FIT_DECIMALS, fit);
	}

	/**
	 * A fit as the Fit columns write it (the heatmap's and the readiness table's cells, in the grid,
	 * CSV and text): {@code 63}, {@code 63.5}. What a view or {@code upskill team} says of a
	 * person's fit in words is written this way too, so that it reads as the column does.
	 */
	public static String fit(double score) {
		Column<Double> column = fitColumn(Function.identity());
		return column.text(column.valueOf(score));
	}

	/**
	 * The heatmap of a team against a role: the person's columns, then one column per skill of the
	 * role (its id as the key, its name as the title) holding the person's current level (empty:
	 * never assessed), the required level in the {@link Kind#REQUIRED} row and the number of people
	 * at the level in the {@link Kind#COVERAGE} row.
	 */
	public static Table<HeatRow> heatmap(TeamAnalysis analysis) {
		List<Column<HeatRow>> columns = new ArrayList<>();
		columns.add(Column.<HeatRow>text("person", "Person", r -> switch (r.kind()) {
			case REQUIRED -> "Required level";
			case COVERAGE -> "People at the level";
			case PERSON -> r.person().member().name();
		}));
		columns.add(Column.<HeatRow>list("groups", "Groups", r -> r.isHeading() ? null : r.person().member().groups()));
		columns.add(fitColumn(r -> r.isHeading() ? null : r.person().score()));
		columns.add(Column.<HeatRow>integer("met", "Met", r -> r.isHeading() ? null : r.person().met()));
		columns.add(Column.<HeatRow>text("file", "File", r -> r.isHeading() ? null : r.person().member().file().toString()));
		for (SkillColumn skill : analysis.skills()) {
			int c = skill.index();
			columns.add(Column.<HeatRow>integer(skill.column(), skill.name(), r -> switch (r.kind()) {
				case REQUIRED -> skill.requiredLevel();
				case COVERAGE -> skill.reached();
				case PERSON -> r.person().level(c);
			}).blankAs("-"));
		}
		return new Table<>("Team heatmap", columns, r -> r.isHeading());
	}

	/** The heading rows, then a row per person, as the heatmap and its workbook show them. */
	public static List<HeatRow> heatRows(TeamAnalysis analysis) {
		List<HeatRow> rows = new ArrayList<>(analysis.people().size() + 2);
		rows.add(new HeatRow(Kind.REQUIRED, null));
		rows.add(new HeatRow(Kind.COVERAGE, null));
		rows.addAll(personRows(analysis));
		return rows;
	}

	/** A row per person, without the heading rows: what CSV and JSON hold. */
	public static List<HeatRow> personRows(TeamAnalysis analysis) {
		return analysis.people().stream().map(p -> new HeatRow(Kind.PERSON, p)).toList();
	}

	public static List<SkillRow> skillRows(TeamAnalysis analysis) {
		int people = analysis.people().size();
		return analysis.skills().stream().map(s -> new SkillRow(s, people)).toList();
	}

	public static List<FitBin> fitRows(TeamAnalysis analysis) {
		int[] histogram = analysis.histogram();
		List<FitBin> rows = new ArrayList<>(histogram.length);
		for (int b = 0; b < histogram.length; b++) {
			rows.add(new FitBin(b, TeamAnalysis.binLabel(b), histogram[b]));
		}
		return rows;
	}
}
