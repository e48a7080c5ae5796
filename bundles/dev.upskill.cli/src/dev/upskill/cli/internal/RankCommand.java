/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.cli.internal.ProfileContext.InputException;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.gap.RoleRanking;
import dev.upskill.core.table.RankTable;

/**
 * {@code upskill rank --profile P [--top N] [--format text|csv|json]}: every role of every
 * framework by fit, best first, and the adjacent roles with the skills that would move them most.
 */
final class RankCommand implements Command {

	@Override
	public String name() {
		return "rank";
	}

	@Override
	public String synopsis() {
		return "--profile P [--top N]";
	}

	@Override
	public String summary() {
		return "the roles a profile fits best, and adjacent roles [--format text|csv|json]";
	}

	@Override
	public String options() {
		return "[--framework FILE]...";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		try {
			Options options = new Options(arguments, Set.of("profile", "framework", "top", "format"));
			String format = options.format();
			int top = options.positiveInt("top", 10);
			ProfileContext context = ProfileContext.load(options);
			RoleRanking ranking = new RoleRanking(context.roles);
			List<RoleFit> ranked = ranking.rank(context.profile, top);
			List<RoleRanking.Adjacent> adjacent = ranking.adjacent(context.profile, 10, 5, 3);
			switch (format) {
				case "csv" -> csv(ranked, io);
				case "json" -> io.out().println(new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(json(context, ranked, adjacent)));
				default -> text(context, ranking, ranked, adjacent, io);
			}
			return CommandLine.OK;
		} catch (UsageException e) {
			io.err().println("upskill rank: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (InputException e) {
			io.err().println(e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (IOException e) {
			io.err().println("upskill rank: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		}
	}

	private static void text(ProfileContext context, RoleRanking ranking, List<RoleFit> ranked,
			List<RoleRanking.Adjacent> adjacent, CommandLine io) {
		io.out().printf("%s (%s) against %d roles%n%n", context.profile.getName(), context.file, ranking.roleCount());
		io.out().printf("%4s %6s  %-44s %s%n", "RANK", "SCORE", "ROLE", "ID");
		for (int i = 0; i < ranked.size(); i++) {
			RoleFit fit = ranked.get(i);
			io.out().printf("%4d %6.1f  %-44s %s%n", i + 1, fit.roundedScore(), Figures.cut(fit.role().getName(), 44), fit.key());
		}
		if (!adjacent.isEmpty()) {
			io.out().println();
			io.out().println("Adjacent roles, and the skills that would move them most:");
			for (RoleRanking.Adjacent next : adjacent) {
				io.out().printf("  %s (%s) %.1f, %s%n", next.fit().role().getName(), next.fit().key(), next.fit().roundedScore(),
						next.why());
				for (RoleRanking.Move move : next.moves()) {
					io.out().printf("      %s to level %d -> %.1f%n", move.requirement().getSkill().getName(),
							move.requirement().getLevel(), Math.round(move.scoreAfter() * 10) / 10.0);
				}
			}
		}
	}

	private static void csv(List<RoleFit> ranked, CommandLine io) throws IOException {
		RankTable.TABLE.writeCsv(RankTable.rows(ranked), io.out());
	}

	private static JsonObject json(ProfileContext context, List<RoleFit> ranked, List<RoleRanking.Adjacent> adjacent) {
		JsonObject root = new JsonObject();
		root.addProperty("profile", context.profile.getId());
		JsonArray roles = RankTable.TABLE.toJson(RankTable.rows(ranked));
		root.add("roles", roles);
		JsonArray next = new JsonArray();
		for (RoleRanking.Adjacent role : adjacent) {
			JsonObject item = new JsonObject();
			item.addProperty("role", role.fit().key());
			item.addProperty("score", role.fit().roundedScore());
			item.addProperty("why", role.why());
			JsonArray moves = new JsonArray();
			for (RoleRanking.Move move : role.moves()) {
				JsonObject m = new JsonObject();
				m.addProperty("skill", move.requirement().getSkill().getId());
				m.addProperty("toLevel", move.requirement().getLevel());
				m.addProperty("scoreAfter", Figures.round(move.scoreAfter()));
				moves.add(m);
			}
			item.add("moves", moves);
			next.add(item);
		}
		root.add("adjacent", next);
		return root;
	}
}
