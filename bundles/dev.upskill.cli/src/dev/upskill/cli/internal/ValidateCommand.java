/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;

import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.Problem.Severity;

/**
 * {@code upskill validate FILE...}: loads each model file and prints every problem with file,
 * line, element and reason. Exit 0 when all are clean (warnings allowed), 1 when a model has
 * errors, 2 when a file cannot be read at all.
 */
final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String synopsis() {
		return "FILE...";
	}

	@Override
	public String summary() {
		return "check .framework, .profile, .plan and .team files and print every problem";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		if (arguments.isEmpty()) {
			io.err().println("upskill validate: name at least one .framework, .profile, .plan or .team file");
			return CommandLine.BAD_INPUT;
		}
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		// References to contributed frameworks (upskill:/framework/...) resolve through the registry.
		Services.frameworkRegistry().ifPresent(registry -> registry.configure(resourceSet));
		boolean unreadable = false;
		int errors = 0;
		int warnings = 0;
		for (String argument : arguments) {
			Path path;
			try {
				path = Path.of(argument);
			} catch (InvalidPathException e) {
				io.out().println(argument + ": error: not a file name the system accepts (" + e.getReason() + ")");
				unreadable = true;
				errors++;
				continue;
			}
			ModelFile file = ModelFile.load(resourceSet, path);
			unreadable |= file.unreadable();
			List<Problem> problems = ModelChecker.check(file);
			for (Problem problem : problems) {
				io.out().println(problem);
				if (problem.severity() == Severity.ERROR) {
					errors++;
				} else {
					warnings++;
				}
			}
		}
		io.out().println(arguments.size() + (arguments.size() == 1 ? " file" : " files") + " checked: " + errors
				+ (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
		if (unreadable) {
			return CommandLine.BAD_INPUT;
		}
		return errors > 0 ? CommandLine.PROBLEMS : CommandLine.OK;
	}
}
