/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.upskill.core.gap.GapLine;
import dev.upskill.core.posting.CvCheck;
import dev.upskill.core.posting.MatchedSkill;
import dev.upskill.core.posting.Occurrence;
import dev.upskill.core.posting.PostingFit;
import dev.upskill.core.posting.PostingMatch;
import dev.upskill.core.posting.UnknownPhrase;
import dev.upskill.model.Profile;

/**
 * The skills a job posting names: one row per skill with how the posting asks for it, where, and,
 * against a profile, the person's level and the gap. The Job Posting editor's table and
 * {@code upskill posting --format text|json} come from it.
 * <p>
 * In JSON ({@link #document}) the places are pairs of offsets, {@code [[start, end], ...]}; in
 * text, CSV and XLSX they read {@code start-end}.
 *
 * @since 0.5.0
 */
public final class PostingTable {

	/**
	 * A skill of the posting.
	 *
	 * @param skill the skill and its places
	 * @param requiredLevel the level the posting is taken to ask for ({@link PostingFit#requiredLevel}), or null
	 * @param line its gap line against the profile, or null without a profile (or when only mentioned)
	 */
	public record Row(MatchedSkill skill, Integer requiredLevel, GapLine line) {
	}

	public static final int SKILL = 0;
	public static final int NAME = 1;
	public static final int REQUIRED = 2;
	public static final int DEMAND = 3;
	public static final int COUNT = 4;
	public static final int TERMS = 5;
	public static final int OCCURRENCES = 6;
	public static final int REQUIRED_LEVEL = 7;
	public static final int CURRENT = 8;
	public static final int GAP = 9;

	public static final Table<Row> TABLE = new Table<>("Posting skills", List.of(
			Column.<Row>text("skill", "Id", r -> r.skill().key()),
			Column.<Row>text("name", "Skill", r -> r.skill().name()),
			Column.<Row>bool("required", "Required", r -> r.skill().required()),
			Column.<Row>text("demand", "Asked", r -> r.skill().demand().label()),
			Column.<Row>integer("count", "Found", r -> r.skill().occurrences().size()),
			Column.<Row>list("terms", "Found as", r -> r.skill().terms()),
			Column.<Row>list("occurrences", "Places", r -> r.skill().occurrences().stream().map(o -> o.start() + "-" + o.end()).toList()),
			Column.<Row>integer("requiredLevel", "Level", Row::requiredLevel),
			Column.<Row>integer("current", "Current", r -> r.line() == null ? null : r.line().currentLevel()).blankAs("-"),
			Column.<Row>integer("gap", "Gap", r -> r.line() == null ? null : r.line().gapLevels())), null);

	private PostingTable() {
	}

	/** The rows of a posting's skills, in the match's order, with their gaps when there is a fit (else null). */
	public static List<Row> rows(PostingMatch match, PostingFit fit) {
		Map<String, GapLine> lines = fit == null ? Map.of() : fit.lines();
		List<Row> rows = new ArrayList<>(match.skills().size());
		for (MatchedSkill skill : match.skills()) {
			rows.add(new Row(skill, skill.demand().asked() ? PostingFit.requiredLevel(skill).orElse(null) : null,
					lines.get(skill.key())));
		}
		return rows;
	}

	/**
	 * The JSON document of {@code upskill posting --format json}: {@code posting} (the file),
	 * {@code skills} (the rows, places as offset pairs), {@code unknownPhrases} ({@code phrase},
	 * {@code count}, {@code occurrences}), and with a profile {@code profile}, {@code person},
	 * {@code score}, {@code essentialScore}; with a CV {@code cv}: {@code file}, {@code missing},
	 * {@code unsaid} (the profile has them), {@code gaps}, as skill keys.
	 *
	 * @param profile the profile, or null
	 * @param fit the fit against it, or null
	 * @param cv the CV check, or null
	 */
	public static JsonObject document(String postingFile, PostingMatch match, Profile profile, PostingFit fit, String cvFile,
			CvCheck cv) {
		JsonObject root = new JsonObject();
		root.addProperty("posting", postingFile);
		if (profile != null) {
			root.addProperty("profile", profile.getId());
			root.addProperty("person", profile.getPerson());
		}
		if (fit != null) {
			root.addProperty("score", fit.fit().roundedScore());
			root.addProperty("essentialScore", Math.round(fit.fit().essentialScore() * 1000) / 1000.0);
		}
		List<Row> rows = rows(match, fit);
		JsonArray skills = TABLE.toJson(rows);
		for (int i = 0; i < rows.size(); i++) {
			skills.get(i).getAsJsonObject().add("occurrences", places(rows.get(i).skill().occurrences()));
		}
		root.add("skills", skills);
		JsonArray phrases = new JsonArray();
		for (UnknownPhrase phrase : match.unknownPhrases()) {
			JsonObject object = new JsonObject();
			object.addProperty("phrase", phrase.phrase());
			object.addProperty("count", phrase.count());
			object.add("occurrences", places(phrase.occurrences()));
			phrases.add(object);
		}
		root.add("unknownPhrases", phrases);
		if (cv != null) {
			JsonObject check = new JsonObject();
			check.addProperty("file", cvFile);
			check.add("missing", keys(cv.missing()));
			check.add("unsaid", cv.profileKnown() ? keys(cv.unsaid()) : null);
			check.add("gaps", cv.profileKnown() ? keys(cv.gaps()) : null);
			root.add("cv", check);
		}
		return root;
	}

	/** Writes the {@link #document} as indented JSON, nulls written. */
	public static void writeDocument(String postingFile, PostingMatch match, Profile profile, PostingFit fit, String cvFile,
			CvCheck cv, Appendable out) throws IOException {
		out.append(new GsonBuilder().setPrettyPrinting().serializeNulls().create()
				.toJson(document(postingFile, match, profile, fit, cvFile, cv)));
		out.append(System.lineSeparator());
	}

	private static JsonElement places(List<Occurrence> occurrences) {
		JsonArray places = new JsonArray();
		for (Occurrence occurrence : occurrences) {
			JsonArray pair = new JsonArray();
			pair.add(occurrence.start());
			pair.add(occurrence.end());
			places.add(pair);
		}
		return places;
	}

	private static JsonArray keys(List<MatchedSkill> skills) {
		JsonArray keys = new JsonArray();
		skills.forEach(s -> keys.add(s.key()));
		return keys;
	}
}
