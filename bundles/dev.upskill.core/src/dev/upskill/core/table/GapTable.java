/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.plan.OpenGap;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;

/**
 * The gap table: a profile against a role, one row per requirement, with the step of the
 * planner's plan that closes each gap. The Gap Analysis view's grid, its CSV and XLSX exports and
 * {@code upskill gap --format csv|json} all write these columns.
 *
 * @since 0.3.0
 */
public final class GapTable {

	/**
	 * A row: a requirement's line with what the plan says about it, or (when {@code line} is
	 * null) a heading of a group of lines, such as a skill category with how many of its
	 * requirements are open.
	 *
	 * @param line the requirement's line, or null for a heading
	 * @param step the plan's step that closes the gap, or null
	 * @param learnWith what the "Learn with" column says: the step's resource, or why no step closes the gap; "" when met
	 * @param heading the heading's text (for a heading row), else null
	 * @param headingNote what a heading says beside it ({@code 2 of 5 open}), else null
	 */
	public record Row(GapLine line, PlannedStep step, String learnWith, String heading, String headingNote) {

		public static Row heading(String text, int requirements, int open) {
			return new Row(null, null, "", text, open + " of " + requirements + " open");
		}

		public boolean isHeading() {
			return line == null;
		}
	}

	public static final int SKILL_NAME = 0;
	public static final int CATEGORY = 1;
	public static final int REQUIRED = 2;
	public static final int CURRENT = 3;
	public static final int GAP_LEVELS = 4;
	public static final int WEIGHT = 5;
	public static final int IMPORTANCE = 6;
	public static final int SOURCE = 7;
	public static final int LEARN_WITH = 8;
	public static final int HOURS = 9;
	public static final int ASSESSED_ON = 10;

	/** What a line in a category-less skill is grouped under. */
	public static final String NO_CATEGORY = "(no category)";

	/** The columns; the first ten are those the text output of {@code upskill gap} shows too. */
	public static final Table<Row> TABLE = new Table<>("Gaps", List.of(
			Column.<Row>text("skillName", "Skill", r -> r.isHeading() ? r.heading() : r.line().skillName()),
			Column.<Row>text("category", "Category", r -> r.isHeading() ? r.headingNote() : categoryName(r.line())),
			Column.<Row>integer("requiredLevel", "Required", r -> r.isHeading() ? null : r.line().requiredLevel()),
			Column.<Row>integer("currentLevel", "Current", r -> r.isHeading() ? null : r.line().currentLevel()).blankAs("-"),
			Column.<Row>integer("gapLevels", "Gap", r -> r.isHeading() ? null : r.line().gapLevels()),
			Column.<Row>decimal("weight", "Weight", 2, r -> r.isHeading() ? null : r.line().weight()),
			Column.<Row>text("importance", "Importance", r -> r.isHeading() ? null : r.line().importance().getLiteral()),
			Column.<Row>text("source", "Current level from",
					r -> r.isHeading() || r.line().assessment() == null ? null : r.line().assessment().getSource().getLiteral())
					.blankAs("not assessed"),
			Column.<Row>text("learnWith", "Learn with", r -> r.isHeading() || r.learnWith().isEmpty() ? null : r.learnWith()),
			Column.<Row>decimal("resourceHours", "Hours", 1, r -> r.step() == null ? null : r.step().hours()),
			Column.<Row>date("assessedOn", "Assessed on",
					r -> r.isHeading() || r.line().assessment() == null ? null : r.line().assessment().getDate()),
			Column.<Row>decimal("gap", "Gap (share of scale)", 3, r -> r.isHeading() ? null : r.line().gap()),
			Column.<Row>decimal("coverage", "Coverage", 3, r -> r.isHeading() ? null : r.line().coverage()),
			Column.<Row>text("skill", "Skill ID", r -> r.isHeading() ? null : SkillKeys.of(r.line().requirement().getSkill())),
			Column.<Row>text("resource", "Resource ID", r -> r.step() == null ? null : r.step().key())), Row::isHeading);

	private GapTable() {
	}

	/** The rows of these lines, in order, with what the plan says about each (plan may be null: no plan). */
	public static List<Row> rows(List<GapLine> lines, PlanResult plan) {
		List<Row> rows = new ArrayList<>(lines.size());
		for (GapLine line : lines) {
			rows.add(row(line, plan));
		}
		return rows;
	}

	/** The row of a line with what the plan says about it (plan may be null: no plan). */
	public static Row row(GapLine line, PlanResult plan) {
		if (line.gapLevels() <= 0 || plan == null) {
			return new Row(line, null, "", null, null);
		}
		String skill = SkillKeys.of(line.requirement().getSkill());
		Optional<PlannedStep> step = plan.closer(skill);
		if (step.isPresent()) {
			return new Row(line, step.get(), step.get().resource().getName(), null, null);
		}
		Optional<OpenGap> open = plan.open().stream().filter(g -> g.skill().equals(skill)).findFirst();
		if (open.isPresent()) {
			return new Row(line, null, "open: " + open.get().reason(), null, null);
		}
		return new Row(line, null, line.essential() ? "not closed by the plan" : "optional: not in the plan", null, null);
	}

	/** The row of a line while the plan is being made. */
	public static Row planning(GapLine line) {
		return new Row(line, null, line.gapLevels() > 0 ? "planning..." : "", null, null);
	}

	/** The name of a line's category, or {@link #NO_CATEGORY}. */
	public static String categoryName(GapLine line) {
		return line.category() == null || line.category().getName() == null ? NO_CATEGORY : line.category().getName();
	}
}
