/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.cli.internal.ProfileContext.InputException;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.progress.BurnUp;
import dev.upskill.core.progress.Progress;
import dev.upskill.core.table.ProgressTables;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.Role;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;

/**
 * {@code upskill progress --profile P [--plan PLAN] [--format text|csv|json]}: the level history
 * of each skill, the fit to each target role at every assessment date and, with a plan, its
 * burn-up and forecast finish ({@link Progress}). Without {@code --plan}, the plan beside the
 * profile that is for it, the most recently changed when there are several (as in the workbench).
 * CSV holds one table: {@code --table} names it.
 */
final class ProgressCommand implements Command {

	private static final String HISTORY = "history";
	private static final String FIT = "fit";
	private static final String BURN_UP = "burnup";

	@Override
	public String name() {
		return "progress";
	}

	@Override
	public String synopsis() {
		return "--profile P [--plan PLAN]";
	}

	@Override
	public String summary() {
		return "level history, fit over time and a plan's burn-up with its forecast [--format text|csv|json]";
	}

	@Override
	public String options() {
		return "[--role ID]... [--as-of DATE] [--table history|fit|burnup] [--framework FILE]...";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		try {
			Options options = new Options(arguments, Set.of("profile", "framework", "plan", "role", "as-of", "table", "format"));
			String format = options.format();
			String table = options.has("table") ? options.choice("table", HISTORY, FIT, BURN_UP) : null;
			if (table != null && !format.equals("csv")) {
				throw new UsageException("--table only applies with --format csv");
			}
			if (format.equals("csv") && table == null) {
				throw new UsageException("--format csv writes one table: name it with --table history, fit or burnup");
			}
			LocalDate asOf = asOf(options);
			ProfileContext context = ProfileContext.load(options);
			List<Role> roles = new ArrayList<>();
			for (String id : options.all("role")) {
				roles.add(context.role(id));
			}
			if (roles.isEmpty()) {
				roles.addAll(Progress.targetRoles(context.profile));
			}
			Path planPath = options.has("plan") ? Path.of(options.get("plan", null)) : besideProfile(context);
			LearningPlan plan = planPath == null ? null : readPlan(context, planPath);
			Progress progress;
			try {
				progress = Progress.of(context.profile, roles, plan, TrustOrder.DEFAULT, asOf);
			} catch (IllegalArgumentException e) {
				throw new InputException(planPath + ": " + e.getMessage());
			}
			String profileFile = Path.of(context.file).getFileName().toString();
			String planFile = planPath == null ? null : planPath.getFileName().toString();
			switch (format) {
				case "csv" -> csv(progress, table, io);
				case "json" -> ProgressTables.writeDocument(progress, profileFile, planFile, io.out());
				default -> text(context, progress, planFile, io);
			}
			return CommandLine.OK;
		} catch (UsageException | IllegalArgumentException e) {
			io.err().println("upskill progress: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (InputException e) {
			io.err().println(e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (IOException e) {
			io.err().println("upskill progress: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		}
	}

	private static LocalDate asOf(Options options) throws UsageException {
		String value = options.get("as-of", null);
		if (value == null) {
			return LocalDate.now();
		}
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			throw new UsageException("--as-of must be a date written YYYY-MM-DD, not '" + value + "'");
		}
	}

	private static void csv(Progress progress, String table, CommandLine io) throws IOException, UsageException {
		switch (table) {
			case HISTORY -> ProgressTables.HISTORY.writeCsv(progress.levelPoints(), io.out());
			case FIT -> ProgressTables.FIT.writeCsv(progress.fit(), io.out());
			default -> {
				if (progress.burnUp() == null) {
					throw new UsageException("--table burnup needs a plan: name it with --plan PLAN");
				}
				ProgressTables.BURN_UP.writeCsv(progress.burnUp().weeks(), io.out());
			}
		}
	}

	private static void text(ProfileContext context, Progress progress, String planFile, CommandLine io) {
		io.out().printf("%s (%s): level history of %d skills%n%n", context.profile.getName(), context.file, progress.history().size());
		new TextTable<>(ProgressTables.HISTORY).column(1, 34).column(2, 10).column(3, 8).column(4, 8).column(5, 5).column(6, 0)
				.print(progress.levelPoints(), io.out());
		io.out().println();
		if (progress.roles().isEmpty()) {
			io.out().println("Fit over time: the profile has no target role (name one with --role ID)");
		} else {
			io.out().println("Fit over time (at every assessment date)");
			new TextTable<>(ProgressTables.FIT).column(0, 10).column(2, 40).column(3, 5).column(4, 0).print(progress.fit(), io.out());
		}
		io.out().println();
		BurnUp burnUp = progress.burnUp();
		if (burnUp == null) {
			io.out().println("Burn-up: no plan (name one with --plan PLAN)");
			return;
		}
		String name = burnUp.plan().getName() == null || burnUp.plan().getName().isBlank() ? burnUp.plan().getId() : burnUp.plan().getName();
		io.out().printf("Burn-up of %s (%s) on %s, week %d%n", name, planFile, burnUp.asOf(), burnUp.currentWeek());
		io.out().printf("Planned %s h, logged %s h, %s h left; %d of %d steps done%n", Figures.hours(burnUp.plannedHours()),
				Figures.hours(burnUp.loggedHours()), Figures.hours(burnUp.remainingHours()), burnUp.stepsDone(), burnUp.steps());
		io.out().printf("Forecast: %s%n%n", burnUp.forecastText());
		new TextTable<>(ProgressTables.BURN_UP).column(0, 4).column(1, 10).column(2, 9).column(3, 15).column(4, 8).column(5, 14)
				.column(6, 0).print(burnUp.weeks(), io.out());
	}

	/**
	 * The plan beside the profile whose profile is this one, the most recently changed of them when
	 * there are several (the one worked on last, as the workbench's Learning Progress view takes), or
	 * null when there is none.
	 */
	private static Path besideProfile(ProfileContext context) {
		Path folder = Path.of(context.file).toAbsolutePath().getParent();
		if (folder == null) {
			return null;
		}
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> plans = Files.newDirectoryStream(folder, "*.plan")) {
			for (Path candidate : plans) {
				try {
					LearningPlan plan = readPlan(context, candidate);
					if (plan.getProfile() != null && !plan.getProfile().eIsProxy()) {
						found.add(candidate);
					}
				} catch (InputException e) {
					// Another person's plan, or one that does not read: not this profile's.
				}
			}
		} catch (IOException e) {
			return null;
		}
		found.sort(Comparator.comparing(ProgressCommand::lastModified).reversed());
		return found.isEmpty() ? null : found.get(0);
	}

	private static long lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		} catch (IOException e) {
			return 0;
		}
	}

	/** The plan file, read beside the profile (its references to the profile resolve to the same objects). */
	private static LearningPlan readPlan(ProfileContext context, Path file) throws InputException {
		ModelFile loaded = ModelFile.load(context.resourceSet(), file);
		if (!loaded.loaded()) {
			throw new InputException(String.join("\n", loaded.problems().stream().map(Problem::toString).toList()));
		}
		if (!(loaded.resource().getContents().get(0) instanceof LearningPlan plan)) {
			throw new InputException(file + ": the file is not a learning plan (--plan takes .plan files)");
		}
		if (plan.getProfile() == null || plan.getProfile().eIsProxy()) {
			throw new InputException(file + ": the plan names no profile that can be read, so it cannot be shown for '"
					+ context.profile.getId() + "' (" + context.file + ")");
		}
		if (plan.getProfile() != context.profile && !context.profile.getId().equals(plan.getProfile().getId())) {
			throw new InputException(file + ": the plan is for the profile '" + plan.getProfile().getId() + "', not for '"
					+ context.profile.getId() + "' (" + context.file + ")");
		}
		return plan;
	}
}
