/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.util.List;
import java.util.Optional;

import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;

/**
 * {@code upskill frameworks}: every installed framework with its counts of skills, roles and
 * resources and the bundle that contributed it, then the broken contributions. Exit 0, or 1 when a
 * contribution is broken.
 */
final class FrameworksCommand implements Command {

	@Override
	public String name() {
		return "frameworks";
	}

	@Override
	public String synopsis() {
		return "";
	}

	@Override
	public String summary() {
		return "list the installed competency frameworks and broken contributions";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		if (!arguments.isEmpty()) {
			io.err().println("upskill frameworks: takes no arguments");
			return CommandLine.BAD_INPUT;
		}
		Optional<FrameworkRegistry> found = Services.frameworkRegistry();
		if (found.isEmpty()) {
			io.err().println("upskill frameworks: the framework registry is not running (is dev.upskill.core installed?)");
			return CommandLine.BAD_INPUT;
		}
		FrameworkRegistry registry = found.get();
		List<RegisteredFramework> frameworks = registry.getFrameworks();
		io.out().printf("%-22s %-44s %6s %6s %9s  %s%n", "ID", "NAME", "SKILLS", "ROLES", "RESOURCES", "CONTRIBUTED BY");
		for (RegisteredFramework framework : frameworks) {
			io.out().printf("%-22s %-44s %6d %6d %9d  %s%n", framework.id(), shorten(framework.name(), 44),
					framework.skills().size(), framework.roles().size(), framework.resources().size(), framework.contributor());
			for (RegisteredFramework.Additions added : framework.additions()) {
				io.out().printf("  + %-62s %6d %6d %9d  %s%n", shorten("additions " + added.model().getId(), 62),
						added.model().getSkills().size(), added.model().getRoles().size(), added.model().getResources().size(),
						added.contributor());
			}
		}
		List<ContributionProblem> problems = registry.getProblems();
		io.out().println(frameworks.size() + (frameworks.size() == 1 ? " framework, " : " frameworks, ") + problems.size()
				+ (problems.size() == 1 ? " broken contribution" : " broken contributions"));
		for (ContributionProblem problem : problems) {
			io.out().println("broken: " + problem);
		}
		return problems.isEmpty() ? CommandLine.OK : CommandLine.PROBLEMS;
	}

	private static String shorten(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 1) + "…";
	}
}
