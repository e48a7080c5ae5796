/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.cli.internal.ProfileContext.InputException;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.OpenGap;
import dev.upskill.core.plan.PlanDocument;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlanStatus;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.core.table.PlanTables;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanObjective;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.Role;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.Problem.Severity;

/**
 * {@code upskill plan --profile P [--role R]... [limits and options] [-o OUT.plan]}: the learning
 * plan that closes the profile's gaps to its target roles ({@link LearningPlanner}), printed as text
 * or json, and written as a {@code .plan} file on request. Exit 0 when the plan closes every gap, 1
 * when it is partial or nothing can be planned, 2 for bad input.
 */
final class PlanCommand implements Command {

	private static final Set<String> OPTIONS = Set.of("role", "objective", "start", "deadline", "parallel", "prefer", "exclude",
			"output", "format");

	@Override
	public String name() {
		return "plan";
	}

	@Override
	public String synopsis() {
		return "--profile P [--role ID]...";
	}

	@Override
	public String summary() {
		return "the learning plan that closes the gaps to the target roles [--format text|json] [-o OUT.plan [--force]]";
	}

	@Override
	public String options() {
		return "[--hours H] [--budget B|none] [--currency C] [--rate CUR=X]... [--objective hours|cost|finish]\n"
				+ String.format("  %-32s %s", "", "[--start DATE] [--deadline DATE] [--optional] [--parallel N]")
				+ String.format("%n  %-32s %s", "", "[--prefer KIND|PROVIDER]... [--exclude KIND|PROVIDER]... [--framework FILE]...");
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		try {
			Set<String> known = new LinkedHashSet<>(OPTIONS);
			known.addAll(ProfileContext.OPTIONS);
			known.addAll(PlanLimits.OPTIONS);
			Options options = new Options(arguments, known, Set.of("optional", "force"));
			String format = options.choice("format", "text", "json");
			Path output = output(options);
			ProfileContext context = ProfileContext.load(options);
			PlanRequest request = request(context, options);
			PlanResult result = new LearningPlanner().plan(request, null);
			if (format.equals("json")) {
				io.out().println(new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(json(result)));
			} else {
				text(context, request, result, io);
			}
			if (output != null) {
				List<Problem> problems = write(context, request, result, output);
				if (!problems.isEmpty()) {
					io.err().println("upskill plan: not written to " + output + ": the plan would not pass 'upskill validate':");
					problems.forEach(problem -> io.err().println("  " + problem));
					if (request.deadline() != null) {
						io.err().println("  (a later --deadline or more --hours would give the steps room)");
					}
					return CommandLine.PROBLEMS;
				}
				if (format.equals("text")) {
					io.out().println();
					io.out().println("Written to " + output);
				}
			}
			return result.open().isEmpty() && result.status() != PlanStatus.INFEASIBLE ? CommandLine.OK : CommandLine.PROBLEMS;
		} catch (UsageException | IllegalArgumentException e) {
			io.err().println("upskill plan: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (InputException e) {
			io.err().println(e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (IOException e) {
			io.err().println("upskill plan: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		}
	}

	/** The {@code -o} file, refused before any planning when it exists and {@code --force} is not given. */
	private static Path output(Options options) throws UsageException {
		String name = options.get("output", null);
		if (name == null) {
			if (options.has("force")) {
				throw new UsageException("--force only applies with -o OUT.plan");
			}
			return null;
		}
		Path file = Path.of(name);
		if (!name.endsWith(".plan")) {
			throw new UsageException("-o must name a .plan file, not '" + name + "'");
		}
		if (Files.exists(file) && !options.has("force")) {
			throw new UsageException(name + " already exists; add --force to replace it (the old file is kept as "
					+ file.resolveSibling("." + file.getFileName() + ".bak").getFileName() + ")");
		}
		if (Files.isDirectory(file)) {
			throw new UsageException(name + " is a folder");
		}
		return file;
	}

	private static PlanRequest request(ProfileContext context, Options options) throws UsageException {
		PlanRequest request = PlanLimits.request(context, options);
		if (options.has("role")) {
			List<Role> roles = new ArrayList<>();
			for (String role : options.all("role")) {
				roles.add(context.role(role));
			}
			request.targets(roles);
		}
		PlanObjective objective = PlanObjective.get(options.choice("objective", "hours", "cost", "finish"));
		request.objective(objective);
		if (options.has("start")) {
			request.start(options.date("start"));
		}
		request.deadline(options.date("deadline"));
		request.includeOptional(options.has("optional"));
		request.maxParallel(options.positiveInt("parallel", request.maxParallel()));
		for (String prefer : options.all("prefer")) {
			Object what = kindOrProvider(context, "prefer", prefer);
			if (what instanceof ResourceKind kind) {
				request.prefer(kind);
			} else {
				request.preferProvider((String) what);
			}
		}
		for (String exclude : options.all("exclude")) {
			Object what = kindOrProvider(context, "exclude", exclude);
			if (what instanceof ResourceKind kind) {
				request.exclude(kind);
			} else {
				request.excludeProvider((String) what);
			}
		}
		return request;
	}

	/** A kind of resource by name, or a provider as the resources spell it (ignoring case). */
	private static Object kindOrProvider(ProfileContext context, String option, String value) throws UsageException {
		ResourceKind kind = ResourceKind.get(value.strip().toLowerCase(Locale.ROOT));
		if (kind != null) {
			return kind;
		}
		for (LearningResource resource : context.resources()) {
			if (resource.getProvider() != null && resource.getProvider().equalsIgnoreCase(value.strip())) {
				return resource.getProvider();
			}
		}
		throw new UsageException("--" + option + " '" + value + "' is neither a kind of resource ("
				+ ResourceKind.VALUES.stream().map(ResourceKind::getLiteral).collect(Collectors.joining(", "))
				+ ") nor the provider of any resource");
	}

	/**
	 * Writes the plan, referring to the profile by a relative path and to installed frameworks by
	 * address. A plan that would not pass {@code upskill validate} (for example steps that end after
	 * the deadline) is not written.
	 *
	 * @return the errors that kept it from being written; empty when it was written
	 */
	private static List<Problem> write(ProfileContext context, PlanRequest request, PlanResult result, Path file) throws IOException {
		String base = file.getFileName().toString().replaceFirst("\\.plan$", "");
		String id = base.replaceAll("[^A-Za-z0-9_.\\-]", "-").replaceFirst("^[.\\-]+", "");
		String who = context.profile.getPerson() != null && !context.profile.getPerson().isBlank() ? context.profile.getPerson()
				: context.profile.getName() != null ? context.profile.getName() : context.profile.getId();
		String name = who + ": towards " + request.targets().stream().map(Role::getName).collect(Collectors.joining(" and "));
		LearningPlan plan = PlanDocument.create(result, request, id.isEmpty() ? "plan" : id, name);
		Resource resource = context.resourceSet().createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
		resource.getContents().add(plan);
		List<Problem> errors = ModelChecker.check(file.toString(), resource).stream().filter(p -> p.severity() == Severity.ERROR)
				.toList();
		if (!errors.isEmpty()) {
			return errors;
		}
		try {
			resource.save(null);
		} catch (IOException e) {
			throw new IOException(file + ": " + e.getMessage(), e);
		}
		return List.of();
	}

	static JsonObject json(PlanResult result) {
		JsonObject root = new JsonObject();
		root.addProperty("status", result.status().label());
		root.addProperty("objective", result.objective().getLiteral());
		root.addProperty("totalHours", result.totalHours());
		root.addProperty("totalCost", result.totalCost());
		root.addProperty("currency", result.currency());
		root.addProperty("finishDate", result.finishDate() == null ? null : result.finishDate().toString());
		root.addProperty("fitBefore", Figures.score(result.fitBefore()));
		root.addProperty("fitAfter", Figures.score(result.fitAfter()));
		root.add("steps", PlanTables.STEPS.toJson(result.steps()));
		JsonArray open = PlanTables.OPEN.toJson(result.open());
		root.add("open", open);
		return root;
	}

	private static void text(ProfileContext context, PlanRequest request, PlanResult result, CommandLine io) {
		var out = io.out();
		out.printf("Plan for %s (%s) towards %s%n%n", context.profile.getName(), context.file, request.targets().stream()
				.map(r -> r.getName() + " (" + SkillKeys.of(r) + ")").collect(Collectors.joining(" and ")));
		out.printf("%-9s %s%n", "Status", status(result));
		out.printf("%-9s %s h at %s h a week%n", "Hours", Figures.hours(result.totalHours()), Figures.hours(result.weeklyHours()));
		out.printf("%-9s %s %s%s%n", "Cost", Figures.money(result.totalCost()), result.currency(), request.budget() == null
				? " (no budget limit)" : " of a budget of " + Figures.money(request.budget()) + " " + result.currency());
		out.printf("%-9s %s%n", "Finish", result.finishDate() == null ? "nothing to do"
				: result.finishDate() + " (week " + result.finishWeek() + "; week 1 starts on " + result.start() + ")"
						+ (request.deadline() == null ? "" : ", deadline " + request.deadline()));
		out.printf("%-9s %.1f -> %.1f%n", "Fit", result.fitBefore(), result.fitAfter());
		out.printf("%-9s %s%n", "Rates", result.rates().isEmpty() ? "none used"
				: result.rates().entrySet().stream().sorted(Map.Entry.comparingByKey())
						.map(e -> "1 " + e.getKey() + " = " + e.getValue().toPlainString() + " " + result.currency())
						.collect(Collectors.joining(", ")));
		if (!result.steps().isEmpty()) {
			Map<String, String> skillNames = skillNames(request);
			out.println();
			out.printf("%-7s  %-48s %6s %9s  %s%n", "WEEKS", "RESOURCE", "HOURS", "COST", "CLOSES");
			for (PlannedStep step : result.steps()) {
				String weeks = step.startWeek() == step.endWeek() ? Integer.toString(step.startWeek())
						: step.startWeek() + "-" + step.endWeek();
				out.println(String.format("%-7s  %-48s %6s %9s  %s", weeks, Figures.cut(step.resource().getName(), 48),
						Figures.hours(step.hours()), Figures.money(step.cost()), step.closes().stream()
								.map(k -> skillNames.getOrDefault(k, k)).collect(Collectors.joining(", "))).stripTrailing());
			}
		}
		Map<String, List<OpenGap>> byReason = new LinkedHashMap<>();
		result.open().forEach(gap -> byReason.computeIfAbsent(gap.reason(), k -> new ArrayList<>()).add(gap));
		if (!byReason.isEmpty()) {
			out.println();
			out.println("Open gaps:");
			byReason.forEach((reason, gaps) -> {
				out.println("  " + reason + ":");
				gaps.forEach(gap -> out.printf("    %s (%s), level %d%n", gap.skillName(), gap.skill(), gap.requiredLevel()));
			});
		}
		List<String> others = result.reasons().stream().filter(r -> byReason.keySet().stream().noneMatch(k -> k.contains(r))).toList();
		if (!others.isEmpty()) {
			out.println();
			out.println("Why:");
			others.forEach(reason -> out.println("  " + reason));
		}
	}

	private static String status(PlanResult result) {
		String goal = switch (result.objective()) {
			case COST -> "the lowest cost";
			case FINISH -> "the earliest finish";
			default -> "the fewest hours";
		};
		return switch (result.status()) {
			case OPTIMAL -> "optimal: closes every gap with " + goal + ", proven";
			case FEASIBLE -> Double.isNaN(result.gap()) ? "feasible: closes every gap; the solver stopped at its time limit"
					+ " before it could prove " + goal
					: String.format(Locale.ROOT, "feasible: closes every gap; the solver stopped at its time limit,"
							+ " at most %.1f%% above %s", result.gap() * 100, goal);
			case PARTIAL -> "partial: not every gap can be closed within the limits; this plan reaches the highest fit that can";
			case INFEASIBLE -> "infeasible: nothing can be planned";
		};
	}

	/** {@code frameworkId#skillId} to the skill's name, for the target roles' skills. */
	private static Map<String, String> skillNames(PlanRequest request) {
		Map<String, String> names = new HashMap<>();
		for (Role role : request.targets()) {
			for (SkillRequirement requirement : role.getRequirements()) {
				if (requirement.getSkill() != null && !requirement.getSkill().eIsProxy()) {
					names.put(SkillKeys.of(requirement.getSkill()), requirement.getSkill().getName());
				}
			}
		}
		return names;
	}
}
