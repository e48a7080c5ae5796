/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.table;

import java.io.IOException;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import dev.upskill.core.progress.BurnUp;
import dev.upskill.core.progress.BurnUpWeek;
import dev.upskill.core.progress.FitPoint;
import dev.upskill.core.progress.LevelPoint;
import dev.upskill.core.progress.Progress;

/**
 * The tables of a person's progress ({@code upskill progress}, the Progress view): the level
 * history of each skill, the fit to each role over time and a plan's burn-up week by week.
 *
 * @since 0.6.0
 */
public final class ProgressTables {

	/** The level history: one row per dated assessment, skill by skill. */
	public static final Table<LevelPoint> HISTORY = new Table<>("Level history", List.of(
			Column.<LevelPoint>text("skill", "Skill ID", LevelPoint::skillKey),
			Column.<LevelPoint>text("skillName", "Skill", LevelPoint::skillName),
			Column.<LevelPoint>date("date", "Date", LevelPoint::date),
			Column.<LevelPoint>integer("assessedLevel", "Assessed", LevelPoint::assessedLevel),
			Column.<LevelPoint>text("source", "Source", p -> p.source().getLiteral()),
			Column.<LevelPoint>integer("level", "Level", LevelPoint::level),
			Column.<LevelPoint>text("decidingSource", "Level from", p -> p.decidingSource().getLiteral())), null);

	/** The fit to each role at every assessment date. */
	public static final Table<FitPoint> FIT = new Table<>("Fit over time", List.of(
			Column.<FitPoint>date("date", "Date", FitPoint::date),
			Column.<FitPoint>text("role", "Role ID", FitPoint::roleKey),
			Column.<FitPoint>text("roleName", "Role", FitPoint::roleName),
			Column.<FitPoint>decimal("score", "Fit", 1, FitPoint::score),
			Column.<FitPoint>decimal("essentialScore", "Essentials", 1, FitPoint::essentialScore)), null);

	/** A plan's burn-up, week by week. */
	public static final Table<BurnUpWeek> BURN_UP = new Table<>("Burn-up", List.of(
			Column.<BurnUpWeek>integer("week", "Week", BurnUpWeek::week),
			Column.<BurnUpWeek>date("start", "From", BurnUpWeek::start),
			Column.<BurnUpWeek>decimal("planned", "Planned h", 2, BurnUpWeek::planned),
			Column.<BurnUpWeek>decimal("plannedToDate", "Planned to date", 2, BurnUpWeek::plannedToDate),
			Column.<BurnUpWeek>decimal("logged", "Logged h", 2, BurnUpWeek::logged),
			Column.<BurnUpWeek>decimal("loggedToDate", "Logged to date", 2, BurnUpWeek::loggedToDate),
			Column.<BurnUpWeek>integer("stepsDone", "Steps done", BurnUpWeek::stepsDone)), null);

	private ProgressTables() {
	}

	/**
	 * The whole progress as one JSON object: the profile, the history, the fit over time, and the
	 * plan's summary and weeks ({@code null} without a plan).
	 *
	 * @param planFile the plan file's name, or null
	 */
	public static JsonObject document(Progress progress, String profileFile, String planFile) {
		JsonObject root = new JsonObject();
		root.addProperty("profile", progress.profile().getId());
		root.addProperty("profileFile", profileFile);
		root.addProperty("person", progress.profile().getPerson());
		root.add("history", HISTORY.toJson(progress.levelPoints()));
		root.add("fit", FIT.toJson(progress.fit()));
		BurnUp burnUp = progress.burnUp();
		if (burnUp == null) {
			root.add("plan", null);
			return root;
		}
		JsonObject plan = new JsonObject();
		plan.addProperty("id", burnUp.plan().getId());
		plan.addProperty("file", planFile);
		plan.addProperty("name", burnUp.plan().getName());
		plan.addProperty("asOf", burnUp.asOf().toString());
		plan.addProperty("currentWeek", burnUp.currentWeek());
		plan.addProperty("startDate", burnUp.plan().getStartDate().toString());
		plan.addProperty("endDate", burnUp.plan().getEndDate() == null ? null : burnUp.plan().getEndDate().toString());
		plan.addProperty("plannedHours", round(burnUp.plannedHours()));
		plan.addProperty("loggedHours", round(burnUp.loggedHours()));
		plan.addProperty("remainingHours", round(burnUp.remainingHours()));
		plan.addProperty("steps", burnUp.steps());
		plan.addProperty("stepsDone", burnUp.stepsDone());
		plan.addProperty("pace", Double.isNaN(burnUp.pace()) ? null : round(burnUp.pace()));
		plan.addProperty("paceWeeks", burnUp.paceWeeks());
		plan.addProperty("forecast", burnUp.forecast() == null ? null : burnUp.forecast().toString());
		plan.addProperty("late", burnUp.late());
		plan.add("weeks", BURN_UP.toJson(burnUp.weeks()));
		root.add("plan", plan);
		return root;
	}

	/** Writes the {@link #document} as indented JSON, nulls written. */
	public static void writeDocument(Progress progress, String profileFile, String planFile, Appendable out) throws IOException {
		out.append(new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(document(progress, profileFile, planFile)));
		out.append(System.lineSeparator());
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
