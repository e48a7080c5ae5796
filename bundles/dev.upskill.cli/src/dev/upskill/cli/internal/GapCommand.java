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
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.OpenGap;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.model.Role;

/**
 * {@code upskill gap --profile P [--role ROLE_ID] [--format text|csv|json]}: the profile against one
 * role, requirement by requirement, with the fit score, and what the planner's plan for the role
 * takes ({@link LearningPlanner#estimate}): its hours and cost, and per gap the step that closes it.
 */
final class GapCommand implements Command {

	@Override
	public String name() {
		return "gap";
	}

	@Override
	public String synopsis() {
		return "--profile P [--role ID]";
	}

	@Override
	public String summary() {
		return "the skill gaps of a profile against a role, and its fit score [--format text|csv|json]";
	}

	@Override
	public String options() {
		return "[--framework FILE]...";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		try {
			Options options = new Options(arguments, Set.of("profile", "framework", "role", "format"));
			String format = options.format();
			ProfileContext context = ProfileContext.load(options);
			// Without --role: the profile's first target role, as the Gap Analysis view opens on it.
			Role target = context.profile.getTargetRoles().stream().filter(r -> !r.eIsProxy()).findFirst().orElse(null);
			if (!options.has("role") && target == null) {
				throw new IllegalArgumentException("the profile has no target role: name one with --role ID");
			}
			Role role = options.has("role") ? context.role(options.get("role", null)) : target;
			RoleFit fit = new GapAnalysis().analyze(context.profile, role);
			Estimate estimate = Estimate.of(context, role);
			switch (format) {
				case "csv" -> csv(fit, estimate, io);
				case "json" -> io.out().println(new GsonBuilder().setPrettyPrinting().serializeNulls().create()
						.toJson(json(context, fit, estimate)));
				default -> text(context, fit, estimate, io);
			}
			return CommandLine.OK;
		} catch (UsageException | IllegalArgumentException e) {
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

	/**
	 * The planner's plan for the role, or why there is none: the gap analysis is shown either way
	 * (for example when a resource's currency has no exchange rate).
	 */
	private record Estimate(PlanResult plan, String problem) {

		static Estimate of(ProfileContext context, Role role) {
			try {
				return new Estimate(new LearningPlanner().estimate(context.profile, role, context.resources(), null), null);
			} catch (IllegalArgumentException e) {
				return new Estimate(null, e.getMessage());
			}
		}

		PlannedStep closer(GapLine line) {
			return plan == null ? null : plan.closer(SkillKeys.of(line.requirement().getSkill())).orElse(null);
		}
	}

	private static void text(ProfileContext context, RoleFit fit, Estimate estimate, CommandLine io) {
		io.out().printf("%s (%s) against %s (%s)%n", context.profile.getName(), context.file, fit.role().getName(), fit.key());
		io.out().printf("Fit %.1f of 100 (the essential skills alone give %.1f); %s%n%n", fit.roundedScore(),
				Figures.score(fit.essentialScore()), estimate.plan() == null ? "no plan: " + estimate.problem() + " (with upskill plan)"
						: planSummary(estimate.plan()));
		io.out().printf("%-34s %-26s %3s %3s %3s %6s  %-10s %-26s %s%n", "SKILL", "CATEGORY", "REQ", "CUR", "GAP", "WEIGHT",
				"IMPORTANCE", "CURRENT LEVEL FROM", "LEARN WITH (HOURS)");
		for (GapLine line : fit.lines()) {
			io.out().println(String.format("%-34s %-26s %3d %3s %3d %6.1f  %-10s %-26s %s", Figures.cut(line.skillName(), 34),
					Figures.cut(line.category() == null ? "" : line.category().getName(), 26), line.requiredLevel(),
					line.currentLevel() == null ? "-" : line.currentLevel().toString(), line.gapLevels(), line.weight(),
					line.importance(), Figures.cut(line.source(), 26), learnWith(line, estimate)).stripTrailing());
		}
	}

	/** For example {@code the plan closes the essential gaps with 212 h and 1234.50 USD of learning}. */
	private static String planSummary(PlanResult plan) {
		if (plan.steps().isEmpty() && plan.open().isEmpty()) {
			return "no essential gap to close";
		}
		String summary = "the plan closes the essential gaps with " + Figures.hours(plan.totalHours()) + " h and "
				+ Figures.money(plan.totalCost()) + " " + plan.currency() + " of learning";
		if (!plan.open().isEmpty()) {
			summary = "the plan takes " + Figures.hours(plan.totalHours()) + " h and " + Figures.money(plan.totalCost()) + " "
					+ plan.currency() + " of learning and leaves " + plan.open().size()
					+ (plan.open().size() == 1 ? " essential gap open" : " essential gaps open");
		}
		return summary;
	}

	/** The plan step that closes the line's gap, or why none does. */
	private static String learnWith(GapLine line, Estimate estimate) {
		if (line.gapLevels() == 0 || estimate.plan() == null) {
			return "";
		}
		PlannedStep step = estimate.closer(line);
		if (step != null) {
			return Figures.cut(step.resource().getName(), 48) + " (" + Figures.hours(step.hours()) + ")";
		}
		String skill = SkillKeys.of(line.requirement().getSkill());
		return estimate.plan().open().stream().filter(g -> g.skill().equals(skill)).map(OpenGap::reason).findFirst()
				.orElse(line.essential() ? "" : "optional: not in the plan");
	}

	private static void csv(RoleFit fit, Estimate estimate, CommandLine io) throws IOException {
		CSVPrinter csv = new CSVPrinter(io.out(), CSVFormat.DEFAULT.builder().setHeader("skill_id", "skill", "category",
				"required_level", "current_level", "gap_levels", "gap", "coverage", "weight", "importance", "source",
				"assessed_on", "resource_id", "resource_hours").get());
		for (GapLine line : fit.lines()) {
			PlannedStep step = estimate.closer(line);
			csv.printRecord(line.requirement().getSkill().getId(), line.skillName(),
					line.category() == null ? "" : line.category().getName(), line.requiredLevel(),
					line.currentLevel() == null ? "" : line.currentLevel(), line.gapLevels(), Figures.round(line.gap()),
					Figures.round(line.coverage()), line.weight(), line.importance(),
					line.assessment() == null ? "" : line.assessment().getSource(),
					line.assessment() == null ? "" : line.assessment().getDate(),
					step == null ? "" : step.key(), step == null ? "" : step.hours());
		}
		csv.flush();
	}

	private static JsonObject json(ProfileContext context, RoleFit fit, Estimate estimate) {
		JsonObject root = new JsonObject();
		root.addProperty("profile", context.profile.getId());
		root.addProperty("person", context.profile.getPerson());
		root.addProperty("role", fit.key());
		root.addProperty("roleName", fit.role().getName());
		root.addProperty("score", fit.roundedScore());
		root.addProperty("essentialScore", Figures.round(fit.essentialScore()));
		PlanResult plan = estimate.plan();
		root.addProperty("planHours", plan == null ? null : plan.totalHours());
		root.addProperty("planCost", plan == null ? null : plan.totalCost());
		root.addProperty("currency", plan == null ? null : plan.currency());
		if (plan == null) {
			root.addProperty("planProblem", estimate.problem());
		}
		JsonArray lines = new JsonArray();
		for (GapLine line : fit.lines()) {
			JsonObject item = new JsonObject();
			item.addProperty("skill", SkillKeys.of(line.requirement().getSkill()));
			item.addProperty("skillName", line.skillName());
			item.addProperty("category", line.category() == null ? null : line.category().getName());
			item.addProperty("requiredLevel", line.requiredLevel());
			item.addProperty("currentLevel", line.currentLevel());
			item.addProperty("gapLevels", line.gapLevels());
			item.addProperty("gap", Figures.round(line.gap()));
			item.addProperty("coverage", Figures.round(line.coverage()));
			item.addProperty("weight", line.weight());
			item.addProperty("importance", line.importance().getLiteral());
			if (line.assessment() != null) {
				item.addProperty("source", line.assessment().getSource().getLiteral());
				item.addProperty("assessedOn", line.assessment().getDate().toString());
			}
			PlannedStep step = estimate.closer(line);
			if (step != null) {
				item.addProperty("resource", step.key());
				item.addProperty("resourceHours", step.hours());
			}
			lines.add(item);
		}
		root.add("lines", lines);
		return root;
	}
}
