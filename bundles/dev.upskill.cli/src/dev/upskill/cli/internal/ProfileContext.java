/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.gap.LearningIndex;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;

/**
 * A profile file read for a command, with the roles and learning resources it can be compared
 * with ({@link AnalysisContext}).
 */
final class ProfileContext {

	/** The profile could not be read; the message names the file and the reason. */
	static final class InputException extends Exception {
		private static final long serialVersionUID = 1L;

		InputException(String message) {
			super(message);
		}
	}

	final Profile profile;
	final String file;
	final List<Role> roles;
	private final AnalysisContext context;

	private ProfileContext(Profile profile, String file, AnalysisContext context) {
		this.profile = profile;
		this.file = file;
		this.roles = context.roles();
		this.context = context;
	}

	static ProfileContext load(String file) throws InputException {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		FrameworkRegistry registry = Services.frameworkRegistry().orElse(null);
		if (registry != null) {
			registry.configure(resourceSet);
		}
		ModelFile loaded = ModelFile.load(resourceSet, Path.of(file));
		if (!loaded.loaded()) {
			throw new InputException(String.join("\n", loaded.problems().stream().map(Problem::toString).toList()));
		}
		if (!(loaded.resource().getContents().get(0) instanceof Profile profile)) {
			throw new InputException(file + ": the file is not a profile");
		}
		AnalysisContext context = AnalysisContext.of(profile, registry);
		return new ProfileContext(profile, file, context);
	}

	LearningIndex learning() {
		return context.learning();
	}

	/** A role by {@code framework#role} or by its id alone when that is unambiguous. */
	Role role(String id) throws UsageException {
		try {
			return context.role(id);
		} catch (IllegalArgumentException e) {
			String hint = e.getMessage().startsWith("unknown") ? "; 'upskill rank --profile " + file
					+ "' lists the roles with their ids" : "";
			throw new UsageException(e.getMessage() + hint);
		}
	}
}
