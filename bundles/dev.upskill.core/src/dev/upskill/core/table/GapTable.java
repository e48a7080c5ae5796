/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.plan.OpenGap;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.model.Framework;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;

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
	 * requirements are open, in its Skill cell ({@code Data cleaning (1 of 2 open)}).
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
	public static final int REQUIRED = 1;
	public static final int CURRENT = 2;
	public static final int GAP_LEVELS = 3;
	public static final int LEARN_WITH = 4;
	public static final int HOURS = 5;
	public static final int IMPORTANCE = 6;
	public static final int CATEGORY = 7;
	public static final int WEIGHT = 8;
	public static final int SOURCE = 9;
	public static final int ASSESSED_ON = 10;

	/**
	 * How many columns people read, from the first: a grid shows these, fitted to its width; the
	 * columns after them (the gap as a share of the scale, the coverage, the skill's and the
	 * resource's ids) are for spreadsheets and scripts, in every export and the command line.
	 */
	public static final int READ_COLUMNS = ASSESSED_ON + 1;

	/** What a line in a category-less skill is grouped under. */
	public static final String NO_CATEGORY = "(no category)";

	/**
	 * The columns, what people read first (the skill, its levels, the gap and what closes it);
	 * the command line's text output picks its columns by these indexes.
	 */
	public static final Table<Row> TABLE = new Table<>("Gaps", List.of(
			Column.<Row>text("skillName", "Skill",
					r -> r.isHeading() ? r.heading() + (r.headingNote() == null ? "" : " (" + r.headingNote() + ")") : r.line().skillName()),
			Column.<Row>integer("requiredLevel", "Required", r -> r.isHeading() ? null : r.line().requiredLevel()),
			Column.<Row>integer("currentLevel", "Current", r -> r.isHeading() ? null : r.line().currentLevel()).blankAs("-"),
			Column.<Row>integer("gapLevels", "Gap", r -> r.isHeading() ? null : r.line().gapLevels()),
			Column.<Row>text("learnWith", "Learn with", r -> r.isHeading() || r.learnWith().isEmpty() ? null : r.learnWith()),
			Column.<Row>decimal("resourceHours", "Hours", 1, r -> r.step() == null ? null : r.step().hours()),
			Column.<Row>text("importance", "Importance", r -> r.isHeading() ? null : r.line().importance().getLiteral()),
			Column.<Row>text("category", "Category", r -> r.isHeading() ? null : categoryName(r.line())),
			Column.<Row>decimal("weight", "Weight", 2, r -> r.isHeading() ? null : r.line().weight()),
			Column.<Row>text("source", "Assessed by",
					r -> r.isHeading() || r.line().assessment() == null ? null : r.line().assessment().getSource().getLiteral())
					.blankAs("not assessed"),
			Column.<Row>date("assessedOn", "Assessed on",
					r -> r.isHeading() || r.line().assessment() == null ? null : r.line().assessment().getDate()),
			Column.<Row>decimal("gap", "Gap (share of scale)", 3, r -> r.isHeading() ? null : r.line().gap()),
			Column.<Row>decimal("coverage", "Coverage", 3, r -> r.isHeading() ? null : r.line().coverage()),
			Column.<Row>text("skill", "Skill ID", r -> r.isHeading() ? null : SkillKeys.of(r.line().requirement().getSkill())),
			Column.<Row>text("resource", "Resource ID", r -> r.step() == null ? null : r.step().key())), Row::isHeading);

	private GapTable() {
	}

	/**
	 * Whose gaps these are and against which role: what an export says about itself (the title
	 * row of a workbook, the header of a JSON document).
	 *
	 * @param person the person (or the profile's name when it names no person)
	 * @param profileFile the profile's file name, or null
	 * @param roleName the role's name
	 * @param frameworkName the name of the role's framework, or null
	 * @param roleKey the role, {@code framework#role}
	 * @param score the fit, from 0 to 100
	 * @since 0.4.0
	 */
	public record Title(String person, String profileFile, String roleName, String frameworkName, String roleKey, double score) {

		/** The title of a profile's fit to a role. */
		public static Title of(Profile profile, String profileFile, RoleFit fit) {
			return new Title(personOf(profile), profileFile, fit.role().getName(), GapTable.frameworkName(fit.role()), fit.key(), fit.score());
		}

		/** For example {@code Gaps of Dana Okafor (dana.profile) for Data analyst using AI (AI Upskilling), fit 77.4 of 100}. */
		public String text() {
			return "Gaps of " + person + (profileFile == null ? "" : " (" + profileFile + ")") + " for " + roleName
					+ (frameworkName == null ? "" : " (" + frameworkName + ")")
					+ String.format(Locale.ROOT, ", fit %.1f of 100", Math.round(score * 10) / 10.0);
		}
	}

	/** Who a profile is about: its person, else its name, else its id. */
	public static String personOf(Profile profile) {
		if (profile.getPerson() != null && !profile.getPerson().isBlank()) {
			return profile.getPerson();
		}
		return profile.getName() != null && !profile.getName().isBlank() ? profile.getName() : String.valueOf(profile.getId());
	}

	/** The name of the framework a role belongs to (its id when it has no name), or null. */
	public static String frameworkName(Role role) {
		if (role.eContainer() instanceof Framework framework) {
			return framework.getName() != null && !framework.getName().isBlank() ? framework.getName() : framework.getId();
		}
		return null;
	}

	/**
	 * A gap analysis as a JSON document, as {@code upskill gap --format json} and the Gap Analysis
	 * view's JSON export write it: a header (the profile, the person, the role, its framework, the
	 * title, the fit and what the planner's plan takes), then {@code lines}, the rows in the
	 * table's columns (heading rows left out: a JSON reader groups by itself).
	 *
	 * @param plan the planner's plan for the role, or null
	 * @param planProblem why there is no plan (when plan is null), or null
	 * @since 0.4.0
	 */
	public static JsonObject document(Profile profile, String profileFile, RoleFit fit, PlanResult plan, String planProblem,
			List<Row> rows) {
		Title title = Title.of(profile, profileFile, fit);
		JsonObject root = new JsonObject();
		root.addProperty("title", title.text());
		root.addProperty("profile", profile.getId());
		root.addProperty("person", profile.getPerson());
		root.addProperty("role", fit.key());
		root.addProperty("roleName", fit.role().getName());
		root.addProperty("framework", title.frameworkName());
		root.addProperty("score", fit.roundedScore());
		root.addProperty("essentialScore", Math.round(fit.essentialScore() * 1000) / 1000.0);
		root.addProperty("planHours", plan == null ? null : plan.totalHours());
		root.addProperty("planCost", plan == null ? null : plan.totalCost());
		root.addProperty("currency", plan == null ? null : plan.currency());
		if (plan == null) {
			root.addProperty("planProblem", planProblem);
		}
		root.add("lines", TABLE.toJson(rows.stream().filter(r -> !r.isHeading()).toList()));
		return root;
	}

	/**
	 * Writes the {@link #document} as indented JSON, nulls written (a cell without value is
	 * {@code null}, never left out), as {@code upskill gap --format json} prints it.
	 *
	 * @since 0.4.0
	 */
	public static void writeDocument(Profile profile, String profileFile, RoleFit fit, PlanResult plan, String planProblem,
			List<Row> rows, Appendable out) throws IOException {
		out.append(new GsonBuilder().setPrettyPrinting().serializeNulls().create()
				.toJson(document(profile, profileFile, fit, plan, planProblem, rows)));
		out.append(System.lineSeparator());
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
