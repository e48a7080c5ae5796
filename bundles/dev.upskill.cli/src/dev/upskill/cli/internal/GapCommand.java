/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.cli.internal.ProfileContext.InputException;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.table.GapTable;
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
				case "json" -> GapTable.writeDocument(context.profile, Path.of(context.file).getFileName().toString(), fit,
						estimate.plan(), estimate.problem(), GapTable.rows(fit.lines(), estimate.plan()), io.out());
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

	}

	private static void text(ProfileContext context, RoleFit fit, Estimate estimate, CommandLine io) {
		io.out().printf("%s (%s) against %s (%s)%n", context.profile.getName(), context.file, fit.role().getName(), fit.key());
		io.out().printf("Fit %.1f of 100 (the essential skills alone give %.1f); %s%n%n", fit.roundedScore(),
				Figures.score(fit.essentialScore()), estimate.plan() == null ? "no plan: " + estimate.problem() + " (with upskill plan)"
						: planSummary(estimate.plan()));
		new TextTable<>(GapTable.TABLE).column(GapTable.SKILL_NAME, 34).column(GapTable.CATEGORY, 26)
				.column(GapTable.REQUIRED, 8).column(GapTable.CURRENT, 7).column(GapTable.GAP_LEVELS, 3)
				.column(GapTable.WEIGHT, 6).column(GapTable.IMPORTANCE, 10).column(GapTable.SOURCE, 18)
				.column(GapTable.ASSESSED_ON, 11).column(GapTable.HOURS, 5).column(GapTable.LEARN_WITH, 60)
				.print(GapTable.rows(fit.lines(), estimate.plan()), io.out());
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

	private static void csv(RoleFit fit, Estimate estimate, CommandLine io) throws IOException {
		GapTable.TABLE.writeCsv(GapTable.rows(fit.lines(), estimate.plan()), io.out());
	}
}
