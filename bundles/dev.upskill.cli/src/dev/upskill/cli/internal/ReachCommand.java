/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.cli.internal.ProfileContext.InputException;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.core.plan.RolesWithinReach;
import dev.upskill.core.plan.RolesWithinReach.Reach;
import dev.upskill.core.table.ReachTable;

/**
 * {@code upskill reach --profile P [limits] [--weeks N] [--top K]}: every role of every framework
 * by how soon the profile can be ready for it ({@link RolesWithinReach}). The first {@code K} roles
 * get exact plans; the figures of the others are lower bounds.
 */
final class ReachCommand implements Command {

	private static final Set<String> OPTIONS = Set.of("weeks", "top", "format");

	@Override
	public String name() {
		return "reach";
	}

	@Override
	public String synopsis() {
		return "--profile P [--top K]";
	}

	@Override
	public String summary() {
		return "the roles a profile can be ready for soonest, with weeks, hours and cost [--format text|csv|json]";
	}

	@Override
	public String options() {
		return "[--hours H] [--budget B|none] [--currency C] [--rate CUR=X]... [--weeks N] [--framework FILE]...";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		try {
			Set<String> known = new LinkedHashSet<>(OPTIONS);
			known.addAll(ProfileContext.OPTIONS);
			known.addAll(PlanLimits.OPTIONS);
			Options options = new Options(arguments, known);
			String format = options.format();
			int top = options.positiveInt("top", 10);
			int weeks = options.has("weeks") ? options.positiveInt("weeks", 0) : 0;
			ProfileContext context = ProfileContext.load(options);
			PlanRequest request = PlanLimits.request(context, options);
			List<Reach> ranked = new RolesWithinReach().rank(request, context.roles, weeks, top, null);
			List<Reach> shown = ranked.subList(0, Math.min(top, ranked.size()));
			switch (format) {
				case "csv" -> csv(shown, request, io);
				case "json" -> io.out().println(new GsonBuilder().setPrettyPrinting().serializeNulls().create()
						.toJson(json(context, request, weeks, shown)));
				default -> text(context, request, weeks, ranked.size(), shown, io);
			}
			return CommandLine.OK;
		} catch (UsageException | IllegalArgumentException e) {
			io.err().println("upskill reach: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (InputException e) {
			io.err().println(e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (IOException e) {
			io.err().println("upskill reach: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		}
	}

	private static void text(ProfileContext context, PlanRequest request, int horizon, int roles, List<Reach> shown, CommandLine io) {
		io.out().printf("%s (%s): %d roles by the weeks to be ready, at %s%s%n%n", context.profile.getName(), context.file, roles,
				PlanLimits.describe(request), horizon > 0 ? ", within " + horizon + " weeks" : "");
		io.out().printf("%4s  %-36s %-40s %5s %5s %6s %10s  %-8s  %s%n", "RANK", "ROLE", "ID", "FIT", "WEEKS", "HOURS",
				"COST", "FIGURES", "NOTE");
		for (int i = 0; i < shown.size(); i++) {
			Reach reach = shown.get(i);
			io.out().println(String.format("%4d  %-36s %-40s %5.1f %5s %6s %10s  %-8s  %s", i + 1, Figures.cut(reach.role().getName(), 36),
					Figures.cut(reach.key(), 40), reach.fit(), reach.reachable() ? Integer.toString(reach.weeks()) : "-",
					reach.reachable() || reach.hours() > 0 ? Figures.hours(reach.hours()) : "-",
					reach.reachable() || reach.cost().signum() > 0 ? Figures.money(reach.cost()) : "-",
					reach.exact() ? "exact" : "at least", reach.note()).stripTrailing());
		}
		io.out().printf("%nCosts in %s. Exact: from the role's best plan; at least: a lower bound (the role cannot be ready"
				+ " sooner than the exact ones above it).%n", request.currency());
	}

	private static void csv(List<Reach> shown, PlanRequest request, CommandLine io) throws IOException {
		ReachTable.TABLE.writeCsv(ReachTable.rows(shown, request.currency()), io.out());
	}

	private static JsonObject json(ProfileContext context, PlanRequest request, int horizon, List<Reach> shown) {
		JsonObject root = new JsonObject();
		root.addProperty("profile", context.profile.getId());
		root.addProperty("weeklyHours", request.weeklyHours());
		root.addProperty("budget", request.budget());
		root.addProperty("currency", request.currency());
		root.addProperty("horizonWeeks", horizon > 0 ? Integer.valueOf(horizon) : null);
		JsonArray roles = ReachTable.TABLE.toJson(ReachTable.rows(shown, request.currency()));
		root.add("roles", roles);
		return root;
	}
}
