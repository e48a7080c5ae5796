/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.resource.ResourceSet;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.plan.check.PlanCheckContext;
import dev.upskill.core.plan.check.PlanCheckSettings;
import dev.upskill.core.plan.check.PlanChecks;
import dev.upskill.core.plan.check.PlanFinding;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanStep;
import dev.upskill.model.resource.UpskillResource;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.Problem.Severity;

/**
 * {@code upskill check PLAN... [--max-tools-per-week N] [--pace-tolerance PERCENT] [--format text|json]}:
 * runs the plan checks, built-in and contributed, on each plan and prints every finding as
 * {@code file:line: warning: [code] message (fix: ...)}. Exit 0 when no check fires, 1 when one
 * does, 2 when a plan cannot be read or is invalid, or on wrong usage. Thresholds come from the
 * preferences, then from the options.
 */
final class CheckCommand implements Command {

	private static final String MAX_TOOLS = "max-tools-per-week";
	private static final String PACE_TOLERANCE = "pace-tolerance";

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String synopsis() {
		return "PLAN...";
	}

	@Override
	public String summary() {
		return "check learning plans for the classic mistakes of learning AI (--help: the checks and options)";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		if (arguments.contains("--help")) {
			help(io);
			return CommandLine.OK;
		}
		List<String> files = new ArrayList<>();
		List<String> optionArguments = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			if (arguments.get(i).startsWith("--")) {
				optionArguments.add(arguments.get(i));
				if (i + 1 < arguments.size()) {
					optionArguments.add(arguments.get(++i));
				}
			} else {
				files.add(arguments.get(i));
			}
		}
		PlanCheckSettings settings;
		boolean json;
		try {
			Options options = new Options(optionArguments, Set.of(MAX_TOOLS, PACE_TOLERANCE, "format"));
			String format = options.get("format", "text");
			if (!Set.of("text", "json").contains(format)) {
				throw new UsageException("--format must be text or json, not '" + format + "'");
			}
			json = format.equals("json");
			if (files.isEmpty()) {
				throw new UsageException("name at least one .plan file");
			}
			settings = settings(options);
		} catch (UsageException e) {
			io.err().println("upskill check: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		}

		FrameworkRegistry registry = Services.frameworkRegistry().orElse(null);
		PlanChecks checks = PlanChecks.installed();
		checks.problems().forEach(p -> io.err().println("upskill check: a plan check is left out: " + p));
		int unreadable = 0;
		int findings = 0;
		JsonArray all = new JsonArray();
		for (String file : files) {
			LearningPlan plan = load(file, registry, io);
			if (plan == null) {
				unreadable++;
				continue;
			}
			PlanChecks.Result result = checks.run(PlanCheckContext.of(plan, registry, settings));
			for (ContributionProblem failure : result.failures()) {
				io.err().println("upskill check: the plan check '" + failure.source() + "' of bundle " + failure.contributor()
						+ " failed and was skipped: " + failure.message());
			}
			for (PlanFinding finding : result.findings()) {
				findings++;
				int line = plan.eResource() instanceof UpskillResource upskill ? upskill.getLine(finding.element()) : 0;
				if (json) {
					all.add(json(file, line, finding));
				} else {
					io.out().println(file + (line > 0 ? ":" + line : "") + ": " + finding);
				}
			}
		}
		if (json) {
			JsonObject root = new JsonObject();
			root.addProperty("plansChecked", files.size() - unreadable);
			root.addProperty("plansNotChecked", unreadable);
			root.add("findings", all);
			io.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
		} else {
			int checked = files.size() - unreadable;
			io.out().println(checked + (checked == 1 ? " plan" : " plans") + " checked"
					+ (unreadable > 0 ? " (" + unreadable + " could not be)" : "") + ": " + findings
					+ (findings == 1 ? " finding" : " findings"));
		}
		if (unreadable > 0) {
			return CommandLine.BAD_INPUT;
		}
		return findings > 0 ? CommandLine.PROBLEMS : CommandLine.OK;
	}

	private static PlanCheckSettings settings(Options options) throws UsageException {
		PlanCheckSettings settings = PlanCheckSettings.fromPreferences();
		if (options.get(MAX_TOOLS, null) != null) {
			settings = settings.with(PlanCheckSettings.MAX_TOOLS_PER_WEEK, String.valueOf(options.positiveInt(MAX_TOOLS, 3)));
		}
		String tolerance = options.get(PACE_TOLERANCE, null);
		if (tolerance != null) {
			try {
				double percent = Double.parseDouble(tolerance);
				if (percent < 0 || Double.isNaN(percent) || Double.isInfinite(percent)) {
					throw new NumberFormatException();
				}
				settings = settings.with(PlanCheckSettings.PACE_TOLERANCE, String.valueOf(percent));
			} catch (NumberFormatException e) {
				throw new UsageException("--" + PACE_TOLERANCE + " must be a percentage of 0 or more, not '" + tolerance + "'");
			}
		}
		return settings;
	}

	/** The plan of a file, or null after saying on standard error why it cannot be checked. */
	private static LearningPlan load(String file, FrameworkRegistry registry, CommandLine io) {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		if (registry != null) {
			registry.configure(resourceSet); // upskill:/framework/... references resolve through the registry
		}
		ModelFile loaded = ModelFile.load(resourceSet, Path.of(file));
		if (!loaded.loaded()) {
			loaded.problems().forEach(io.err()::println);
			return null;
		}
		if (!(loaded.resource().getContents().get(0) instanceof LearningPlan plan)) {
			io.err().println(file + ": error: the file is not a learning plan (check reads .plan files)");
			return null;
		}
		List<Problem> errors = ModelChecker.check(loaded).stream().filter(p -> p.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.forEach(io.err()::println);
			io.err().println(file + ": error: the plan has errors, so it is not checked; 'upskill validate " + file
					+ "' lists them");
			return null;
		}
		return plan;
	}

	private static JsonObject json(String file, int line, PlanFinding finding) {
		JsonObject item = new JsonObject();
		item.addProperty("file", file);
		if (line > 0) {
			item.addProperty("line", line);
		}
		item.addProperty("code", finding.code());
		item.addProperty("severity", finding.severity().name().toLowerCase(Locale.ROOT));
		item.addProperty("message", finding.message());
		item.addProperty("fix", finding.fix());
		if (finding.element() instanceof PlanStep step && step.eContainer() instanceof LearningPlan plan) {
			item.addProperty("step", plan.getSteps().indexOf(step) + 1);
		}
		item.addProperty("contributor", finding.contributor());
		return item;
	}

	private static void help(CommandLine io) {
		io.out().println("Usage: upskill check PLAN... [--" + MAX_TOOLS + " N] [--" + PACE_TOLERANCE + " PERCENT] [--format text|json]");
		io.out().println();
		io.out().println("Runs every plan check on each plan and prints each finding as");
		io.out().println("  file:line: warning: [code] message (fix: ...)");
		io.out().println();
		io.out().println("Checks:");
		for (PlanChecks.Entry check : PlanChecks.installed().checks()) {
			io.out().printf("  %-28s %s%s%n", check.code(), check.name(),
					check.contributor().equals(PlanChecks.BUILT_IN) ? "" : " (" + check.contributor() + ")");
		}
		PlanCheckSettings settings = PlanCheckSettings.fromPreferences();
		io.out().println();
		io.out().println("Options (defaults from the preferences of dev.upskill.core):");
		io.out().printf("  --%-26s at most N new tools learned in the same week (%d)%n", MAX_TOOLS + " N", settings.maxToolsPerWeek());
		io.out().printf("  --%-26s how far a week's load may exceed the profile's hours a week (%s %%)%n",
				PACE_TOLERANCE + " PERCENT", PlanCheckContext.hours(settings.paceTolerancePercent()));
		io.out().printf("  --%-26s text (default) or json%n", "format F");
		io.out().println();
		io.out().println("Exit codes: 0 no check fired, 1 a check fired, 2 a plan cannot be read or is invalid, or wrong usage.");
	}
}
