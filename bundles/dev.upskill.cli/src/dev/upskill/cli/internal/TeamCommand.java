/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.core.gap.RoleRanking;
import dev.upskill.core.table.TeamTables;
import dev.upskill.core.team.LoadedTeam;
import dev.upskill.core.team.PeopleByRole;
import dev.upskill.core.team.TeamAnalysis;
import dev.upskill.core.team.TeamAnalysis.SkillColumn;
import dev.upskill.core.team.TeamLoader;
import dev.upskill.core.team.TeamSummary;
import dev.upskill.core.team.TeamSummary.Readiness;
import dev.upskill.model.Role;
import dev.upskill.model.validation.Problem;

/**
 * {@code upskill team DIR|TEAM --role R [--format text|csv|json]}: a team (a folder of profiles or
 * a {@code .team} file) against a role: each person's fit and what the planner says it takes them
 * to be ready, the coverage of each skill and the skills only one person reaches (the bus factor),
 * the fit distribution, the total hours and cost, and the people closest to each role. Profiles
 * that cannot be read are listed with their file and reason; the others are analysed.
 */
final class TeamCommand implements Command {

	private static final List<String> TABLES = List.of("people", "skills", "readiness", "fit", "resources");

	@Override
	public String name() {
		return "team";
	}

	@Override
	public String synopsis() {
		return "DIR|TEAM --role ID";
	}

	@Override
	public String summary() {
		return "a team against a role: heatmap, coverage, bus factor, readiness [--format text|csv|json]";
	}

	@Override
	public String options() {
		return "[--table people|skills|readiness|fit|resources] [--top N] [--currency C] [--start DATE] [--no-plan] [--framework FILE]...";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		try {
			List<String> positional = new ArrayList<>();
			List<String> optionArguments = new ArrayList<>();
			ImportCommand.split(arguments, Set.of("no-plan"), positional, optionArguments);
			Options options = new Options(optionArguments, Set.of("role", "format", "framework", "table", "top", "currency", "start"),
					Set.of("no-plan"));
			if (positional.size() != 1) {
				throw new UsageException("name one team: a folder of profiles or a .team file (upskill team DIR|TEAM --role ID)");
			}
			String format = options.format();
			String table = options.choice("table", TABLES.toArray(String[]::new));
			int top = options.positiveInt("top", 5);
			// without --currency: the one most of the team's profiles use, as in the workbench
			String currency = options.get("currency", "").toUpperCase(Locale.ROOT);
			if (!currency.isEmpty() && !currency.matches("[A-Z]{3}")) {
				throw new UsageException("--currency takes an ISO 4217 code such as USD or EUR, not '" + options.get("currency", "") + "'");
			}
			LocalDate start = options.date("start");
			String roleId = options.required("role");
			Path source = path(positional.get(0));
			List<Path> frameworks = new ArrayList<>();
			for (String file : options.all("framework")) {
				frameworks.add(path(file));
			}
			LoadedTeam team = new TeamLoader(Services.frameworkRegistry().orElse(null), frameworks).load(source, null);
			if (team.members().isEmpty()) {
				team.problems().forEach(io.err()::println);
				io.err().println("upskill team: " + source + ": no profile of the team could be read");
				return CommandLine.BAD_INPUT;
			}
			Role role;
			try {
				role = team.role(roleId);
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage() + "; 'upskill frameworks' lists the installed frameworks");
			}
			TeamAnalysis analysis = TeamAnalysis.of(team, role);
			if (currency.isEmpty()) {
				currency = TeamSummary.currencyOf(team.members());
			}
			int threads = Runtime.getRuntime().availableProcessors();
			TeamSummary summary = options.has("no-plan") ? null
					: TeamSummary.of(analysis, team.resources(), currency, start == null ? LocalDate.now() : start, threads, null);
			// the closest people to every role: in the text and the JSON, never in a CSV table
			List<PeopleByRole.Closest> closest = format.equals("csv") ? List.of()
					: PeopleByRole.closest(new RoleRanking(team.roles()), team.members(), top, threads, null);
			switch (format) {
				case "csv" -> csv(table, analysis, summary, io);
				case "json" -> io.out().println(new GsonBuilder().setPrettyPrinting().serializeNulls().create()
						.toJson(json(source, analysis, summary, closest, top)));
				default -> text(source, analysis, summary, closest, top, io.out());
			}
			if (!format.equals("text")) {
				team.problems().forEach(io.err()::println);
			}
			return team.problems().isEmpty() ? CommandLine.OK : CommandLine.PROBLEMS;
		} catch (UsageException | IllegalArgumentException e) {
			io.err().println("upskill team: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (IOException e) {
			io.err().println("upskill team: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		}
	}

	private static Path path(String name) throws UsageException {
		try {
			return Path.of(name);
		} catch (InvalidPathException e) {
			throw new UsageException("'" + name + "' is not a file name the system accepts (" + e.getReason() + ")");
		}
	}

	private static void csv(String table, TeamAnalysis analysis, TeamSummary summary, CommandLine io) throws IOException, UsageException {
		switch (table) {
			case "skills" -> TeamTables.SKILLS.writeCsv(TeamTables.skillRows(analysis), io.out());
			case "fit" -> TeamTables.FIT_DISTRIBUTION.writeCsv(TeamTables.fitRows(analysis), io.out());
			case "readiness" -> TeamTables.READINESS.writeCsv(planned(summary, table).people(), io.out());
			case "resources" -> TeamTables.RESOURCES.writeCsv(planned(summary, table).resources(), io.out());
			default -> TeamTables.heatmap(analysis).writeCsv(TeamTables.personRows(analysis), io.out());
		}
	}

	private static TeamSummary planned(TeamSummary summary, String table) throws UsageException {
		if (summary == null) {
			throw new UsageException("--table " + table + " needs the plans: leave out --no-plan");
		}
		return summary;
	}

	private static JsonObject json(Path source, TeamAnalysis analysis, TeamSummary summary, List<PeopleByRole.Closest> closest, int top) {
		LoadedTeam team = analysis.team();
		JsonObject root = new JsonObject();
		root.addProperty("team", team.name());
		root.addProperty("source", source.toString());
		root.addProperty("role", analysis.roleKey());
		root.addProperty("roleName", analysis.role().getName());
		root.addProperty("people", analysis.people().size());
		JsonArray groups = new JsonArray();
		team.groups().forEach(groups::add);
		root.add("groups", groups);
		root.add("heatmap", TeamTables.heatmap(analysis).toJson(TeamTables.personRows(analysis)));
		root.add("skills", TeamTables.SKILLS.toJson(TeamTables.skillRows(analysis)));
		root.add("fitDistribution", TeamTables.FIT_DISTRIBUTION.toJson(TeamTables.fitRows(analysis)));
		if (summary != null) {
			root.addProperty("currency", summary.currency());
			root.addProperty("totalHours", Figures.round(summary.totalHours()));
			root.addProperty("totalCost", summary.totalCost().setScale(2, RoundingMode.HALF_UP));
			root.addProperty("reachable", summary.reachable());
			root.addProperty("readyNow", summary.readyNow());
			root.add("readiness", TeamTables.READINESS.toJson(summary.people()));
			JsonArray soonest = new JsonArray();
			summary.soonest(top).forEach(r -> soonest.add(r.member().name()));
			root.add("soonest", soonest);
			root.add("resources", TeamTables.RESOURCES.toJson(summary.resources()));
		} else {
			root.add("readiness", null);
		}
		JsonArray byRole = new JsonArray();
		for (PeopleByRole.Closest role : closest) {
			JsonObject item = new JsonObject();
			item.addProperty("role", role.key());
			item.addProperty("name", role.role().getName());
			JsonArray people = new JsonArray();
			for (PeopleByRole.Candidate candidate : role.people()) {
				JsonObject person = new JsonObject();
				person.addProperty("person", candidate.member().name());
				person.addProperty("fit", Figures.score(candidate.score()));
				people.add(person);
			}
			item.add("closest", people);
			byRole.add(item);
		}
		root.add("closestByRole", byRole);
		JsonArray problems = new JsonArray();
		for (Problem problem : team.problems()) {
			JsonObject item = new JsonObject();
			item.addProperty("file", problem.file());
			item.addProperty("code", problem.code().id());
			item.addProperty("message", problem.message());
			problems.add(item);
		}
		root.add("problems", problems);
		return root;
	}

	private static void text(Path source, TeamAnalysis analysis, TeamSummary summary, List<PeopleByRole.Closest> closest, int top,
			PrintStream out) {
		LoadedTeam team = analysis.team();
		int people = analysis.people().size();
		out.printf("%s (%s): %d %s against %s (%s)%n", team.name(), source, people, people == 1 ? "person" : "people",
				analysis.role().getName(), analysis.roleKey());
		double[] scores = analysis.people().stream().mapToDouble(p -> p.score()).sorted().toArray();
		out.printf("Fit from %s to %s, median %s; %d of %d skills only one person reaches, %d nobody reaches%n%n",
				TeamTables.fit(scores[0]), TeamTables.fit(scores[scores.length - 1]), TeamTables.fit(median(scores)),
				analysis.busFactor().size(), analysis.skills().size(), analysis.uncovered().size());
		if (summary != null) {
			new TextTable<>(TeamTables.READINESS).column(TeamTables.READY_PERSON, 22).column(1, 16).column(TeamTables.READY_FIT, 5)
					.column(TeamTables.READY_HOURS, 14).column(TeamTables.READY_COST, 9).column(TeamTables.READY_WEEKS, 5)
					.column(TeamTables.READY_FINISH, 10).column(TeamTables.READY_NOTE, 0).print(summary.people(), out);
			out.printf("%nTo bring everyone to the role: %s h and %s %s of learning (%d of %d can be made ready, %d %s already)%n",
					Figures.hours(summary.totalHours()), Figures.money(summary.totalCost()), summary.currency(), summary.reachable(), people,
					summary.readyNow(), summary.readyNow() == 1 ? "is" : "are");
			List<Readiness> soonest = summary.soonest(top);
			if (!soonest.isEmpty()) {
				out.println("Ready soonest: " + String.join(", ", soonest.stream()
						.map(r -> r.member().name() + " (" + (r.plan().finishWeek() == 0 ? "now" : r.plan().finishWeek() + " weeks") + ")")
						.toList()));
			}
		}
		out.println("Closest: " + String.join(", ", analysis.closest(top).stream()
				.map(p -> p.member().name() + " " + TeamTables.fit(p.score())).toList()));
		out.println();
		new TextTable<>(TeamTables.SKILLS).column(TeamTables.SKILL_NAME, 40).column(TeamTables.SKILL_REQUIRED, 8)
				.column(TeamTables.SKILL_REACHED, 19).column(TeamTables.SKILL_BUS_FACTOR, 15).column(TeamTables.SKILL_HOLDERS, 0)
				.print(TeamTables.skillRows(analysis), out);
		out.println();
		out.println("Fit distribution:");
		int[] histogram = analysis.histogram();
		for (int b = histogram.length - 1; b >= 0; b--) {
			out.printf("  %-7s %3d %s%n", TeamAnalysis.binLabel(b), histogram[b], "#".repeat(histogram[b]));
		}
		if (closest.size() <= 20) {
			out.println();
			out.println("Closest people to each role:");
			for (PeopleByRole.Closest role : closest) {
				out.printf("  %-44s %s%n", Figures.cut(role.role().getName(), 44), String.join(", ", role.people().stream().limit(3)
						.map(c -> c.member().name() + " " + TeamTables.fit(c.score())).toList()));
			}
		} else {
			out.printf("%n%d roles: --format json lists the people closest to each%n", closest.size());
		}
		List<SkillColumn> bus = analysis.busFactor();
		if (!bus.isEmpty()) {
			out.println();
			out.println("Bus factor (only one person reaches the level):");
			for (SkillColumn skill : bus) {
				out.printf("  %s: %s%n", skill.name(), skill.holders().get(0).name());
			}
		}
		if (!team.problems().isEmpty()) {
			out.println();
			out.println("Profiles left out (" + team.problems().size() + "):");
			team.problems().forEach(p -> out.println("  " + p));
		}
	}

	private static double median(double[] sorted) {
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}
}
