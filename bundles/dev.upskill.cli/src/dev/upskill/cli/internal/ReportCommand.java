/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.cli.internal.ProfileContext.InputException;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.report.Report;
import dev.upskill.core.report.ReportPlan;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.Role;
import dev.upskill.model.resource.AtomicFileWriter;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;

/**
 * {@code upskill report --profile P [--role R] [--plan PLAN] [--framework FILE]... -o report.html}:
 * one self-contained HTML file of the profile against a role (the fit with its radar and largest
 * gaps, the gap table, the plan as a timeline, the evidence, the frameworks used), to read in a
 * browser and print. Without {@code --plan} the plan is the planner's for the role, as
 * {@code gap} shows it.
 */
final class ReportCommand implements Command {

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String synopsis() {
		return "--profile P -o FILE.html";
	}

	@Override
	public String summary() {
		return "a report to read and print: fit, charts, gaps, plan timeline, evidence (one HTML file)";
	}

	@Override
	public String options() {
		return "[--role ID] [--plan PLAN] [--framework FILE]... [--force]";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		try {
			Options options = new Options(arguments, Set.of("profile", "framework", "role", "plan", "output"), Set.of("force"));
			Path output = Path.of(options.required("output"));
			if (Files.isDirectory(output)) {
				throw new UsageException(output + ": is a folder; -o names the HTML file to write");
			}
			if (Files.exists(output) && !options.has("force")) {
				throw new UsageException(output + ": the file exists; give --force to replace it");
			}
			ProfileContext context = ProfileContext.load(options);
			LearningPlan planFile = options.has("plan") ? readPlan(context, options.get("plan", null)) : null;
			Role role = role(context, options, planFile);
			RoleFit fit = new GapAnalysis().analyze(context.profile, role);
			ReportPlan plan = null;
			String problem = null;
			if (planFile != null) {
				String file = Path.of(options.get("plan", null)).getFileName().toString();
				plan = ReportPlan.of(planFile, fit.lines(), (planFile.getName() == null || planFile.getName().isBlank() ? "The plan"
						: planFile.getName()) + " (" + file + ")");
			} else {
				try {
					plan = ReportPlan.estimate(new LearningPlanner().estimate(context.profile, role, context.resources(), null));
				} catch (IllegalArgumentException e) {
					problem = e.getMessage();
				}
			}
			Report report = Report.of(context.profile, Path.of(context.file).getFileName().toString(), fit, plan, problem, LocalDate.now());
			write(report, output);
			io.out().println("Wrote " + output + ": " + report.person() + " against " + role.getName() + " (" + fit.key() + "), fit "
					+ Figures.score(fit.score()) + (plan == null ? ", no plan" : ", " + plan.steps().size() + " plan steps"));
			return CommandLine.OK;
		} catch (UsageException | IllegalArgumentException e) {
			io.err().println("upskill report: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (InputException e) {
			io.err().println(e.getMessage());
			return CommandLine.BAD_INPUT;
		}
	}

	/** --role, else the plan's target role, else the profile's first target role. */
	private static Role role(ProfileContext context, Options options, LearningPlan plan) throws UsageException {
		if (options.has("role")) {
			return context.role(options.get("role", null));
		}
		if (plan != null && plan.getTargetRole() != null && !plan.getTargetRole().eIsProxy()) {
			return plan.getTargetRole();
		}
		return context.profile.getTargetRoles().stream().filter(r -> !r.eIsProxy()).findFirst().orElseThrow(
				() -> new UsageException(context.file + ": the profile has no target role: name one with --role ID"));
	}

	/** The plan file, read beside the profile (its references to the profile and frameworks resolve to the same objects). */
	private static LearningPlan readPlan(ProfileContext context, String file) throws InputException {
		ModelFile loaded = ModelFile.load(context.resourceSet(), Path.of(file));
		if (!loaded.loaded()) {
			throw new InputException(String.join("\n", loaded.problems().stream().map(Problem::toString).toList()));
		}
		if (!(loaded.resource().getContents().get(0) instanceof LearningPlan plan)) {
			throw new InputException(file + ": the file is not a learning plan (--plan takes .plan files)");
		}
		if (plan.getProfile() != null && !plan.getProfile().eIsProxy() && plan.getProfile().getId() != null
				&& !plan.getProfile().getId().equals(context.profile.getId())) {
			throw new InputException(file + ": the plan is for the profile '" + plan.getProfile().getId() + "', not for '"
					+ context.profile.getId() + "' (" + context.file + ")");
		}
		return plan;
	}

	/** Writes the file atomically (a temporary file renamed over it); a replaced file is kept as {@code .NAME.bak}. */
	private static void write(Report report, Path output) throws InputException {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			report.writeHtml(bytes);
			AtomicFileWriter.write(output, bytes.toByteArray());
		} catch (IOException e) {
			throw new InputException(output + ": the report could not be written: " + e.getMessage());
		}
	}
}
