/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.cli.internal.ProfileContext.InputException;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.Role;

/**
 * {@code upskill gap --profile P --role ROLE_ID [--format text|csv|json]}: the profile against one
 * role, requirement by requirement, with the fit score.
 */
final class GapCommand implements Command {

	@Override
	public String name() {
		return "gap";
	}

	@Override
	public String synopsis() {
		return "--profile P --role ID";
	}

	@Override
	public String summary() {
		return "the skill gaps of a profile against a role, and its fit score [--format text|csv|json]";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		try {
			Options options = new Options(arguments, Set.of("profile", "role", "format"));
			String format = options.format();
			ProfileContext context = ProfileContext.load(options.required("profile"));
			Role role = context.role(options.required("role"));
			RoleFit fit = new GapAnalysis(context.learning()).analyze(context.profile, role);
			switch (format) {
				case "csv" -> csv(fit, io);
				case "json" -> io.out().println(new GsonBuilder().setPrettyPrinting().create().toJson(json(context, fit)));
				default -> text(context, fit, io);
			}
			return CommandLine.OK;
		} catch (UsageException e) {
			io.err().println("upskill gap: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (InputException e) {
			io.err().println(e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (IOException e) {
			io.err().println("upskill gap: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		}
	}

	private static void text(ProfileContext context, RoleFit fit, CommandLine io) {
		io.out().printf("%s (%s) against %s (%s)%n", context.profile.getName(), context.file, fit.role().getName(), fit.key());
		io.out().printf("Fit %.1f of 100 (the essential skills alone give %.1f); about %.0f h of learning closes the open gaps%n%n",
				fit.roundedScore(), Math.round(fit.essentialScore() * 10) / 10.0, fit.hoursToClose());
		io.out().printf("%-34s %-26s %3s %3s %3s %6s  %-10s %-26s %s%n", "SKILL", "CATEGORY", "REQ", "CUR", "GAP", "WEIGHT",
				"IMPORTANCE", "CURRENT LEVEL FROM", "LEARN WITH (HOURS)");
		for (GapLine line : fit.lines()) {
			io.out().printf("%-34s %-26s %3d %3s %3d %6.1f  %-10s %-26s %s%n", cut(line.skillName(), 34),
					cut(line.category() == null ? "" : line.category().getName(), 26), line.requiredLevel(),
					line.currentLevel() == null ? "-" : line.currentLevel().toString(), line.gapLevels(), line.weight(),
					line.importance(), cut(line.source(), 26),
					line.learning() == null ? (line.gapLevels() > 0 ? "no resource teaches this level" : "")
							: cut(line.learning().resource().getName(), 48) + " (" + Math.round(line.learning().hours()) + ")");
		}
	}

	private static void csv(RoleFit fit, CommandLine io) throws IOException {
		CSVPrinter csv = new CSVPrinter(io.out(), CSVFormat.DEFAULT.builder().setHeader("skill_id", "skill", "category",
				"required_level", "current_level", "gap_levels", "gap", "coverage", "weight", "importance", "source",
				"assessed_on", "resource_id", "resource_hours").get());
		for (GapLine line : fit.lines()) {
			csv.printRecord(line.requirement().getSkill().getId(), line.skillName(),
					line.category() == null ? "" : line.category().getName(), line.requiredLevel(),
					line.currentLevel() == null ? "" : line.currentLevel(), line.gapLevels(), round(line.gap()),
					round(line.coverage()), line.weight(), line.importance(),
					line.assessment() == null ? "" : line.assessment().getSource(),
					line.assessment() == null ? "" : line.assessment().getDate(),
					line.learning() == null ? "" : line.learning().resource().getId(),
					line.learning() == null ? "" : line.learning().hours());
		}
		csv.flush();
	}

	static JsonObject json(ProfileContext context, RoleFit fit) {
		JsonObject root = new JsonObject();
		root.addProperty("profile", context.profile.getId());
		root.addProperty("person", context.profile.getPerson());
		root.addProperty("role", fit.key());
		root.addProperty("roleName", fit.role().getName());
		root.addProperty("score", fit.roundedScore());
		root.addProperty("essentialScore", round(fit.essentialScore()));
		root.addProperty("hoursToClose", fit.hoursToClose());
		JsonArray lines = new JsonArray();
		for (GapLine line : fit.lines()) {
			JsonObject item = new JsonObject();
			item.addProperty("skill", SkillKeys.of(line.requirement().getSkill()));
			item.addProperty("skillName", line.skillName());
			item.addProperty("category", line.category() == null ? null : line.category().getName());
			item.addProperty("requiredLevel", line.requiredLevel());
			item.addProperty("currentLevel", line.currentLevel());
			item.addProperty("gapLevels", line.gapLevels());
			item.addProperty("gap", round(line.gap()));
			item.addProperty("coverage", round(line.coverage()));
			item.addProperty("weight", line.weight());
			item.addProperty("importance", line.importance().getLiteral());
			if (line.assessment() != null) {
				item.addProperty("source", line.assessment().getSource().getLiteral());
				item.addProperty("assessedOn", line.assessment().getDate().toString());
			}
			if (line.learning() != null) {
				item.addProperty("resource", line.learning().resource().getId());
				item.addProperty("resourceHours", line.learning().hours());
			}
			lines.add(item);
		}
		root.add("lines", lines);
		return root;
	}

	static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	static String cut(String text, int width) {
		return text == null ? "" : text.length() <= width ? text : text.substring(0, width - 1) + "…";
	}
}
