/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.ResourceSet;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.gap.AnalysisContext.UnknownRoleException;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.Framework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.Problem.Severity;

/**
 * A profile file read for a command ({@code --profile P}), with the roles and learning resources it
 * can be compared with ({@link AnalysisContext}): those of the installed frameworks, of the files
 * the profile refers to and of the framework files named with {@code --framework FILE}.
 * <p>
 * Everything lives in one resource set, and the installed frameworks are read into it by their
 * addresses ({@code upskill:/framework/<id>}), so a plan written next to the profile refers to them
 * by address and to the profile by a relative path.
 */
final class ProfileContext {

	/** The options every command that reads a profile takes. */
	static final List<String> OPTIONS = List.of("profile", "framework");

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
	private final ResourceSet resourceSet;

	private ProfileContext(Profile profile, String file, AnalysisContext context, ResourceSet resourceSet) {
		this.profile = profile;
		this.file = file;
		this.roles = context.roles();
		this.context = context;
		this.resourceSet = resourceSet;
	}

	/** The profile of {@code --profile}, with the frameworks of every {@code --framework}. */
	static ProfileContext load(Options options) throws UsageException, InputException {
		return load(options.required("profile"), options.all("framework"));
	}

	static ProfileContext load(String file, List<String> frameworkFiles) throws InputException {
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
		List<ModelFile> frameworks = new ArrayList<>();
		for (String frameworkFile : frameworkFiles) {
			frameworks.add(readFramework(resourceSet, frameworkFile));
		}
		if (registry != null) {
			for (RegisteredFramework framework : registry.getFrameworks()) {
				try {
					resourceSet.getResource(FrameworkUris.of(framework.id()), true);
				} catch (RuntimeException e) {
					// The registry's own copy is used instead; the plan then refers to its file.
				}
			}
		}
		AnalysisContext context = AnalysisContext.of(profile, registry);
		for (ModelFile framework : frameworks) {
			checkFramework(framework);
		}
		return new ProfileContext(profile, file, context, resourceSet);
	}

	private static ModelFile readFramework(ResourceSet resourceSet, String file) throws InputException {
		ModelFile framework = ModelFile.load(resourceSet, Path.of(file));
		if (!framework.loaded()) {
			throw new InputException(String.join("\n", framework.problems().stream().map(Problem::toString).toList()));
		}
		if (!(framework.resource().getContents().get(0) instanceof Framework)) {
			throw new InputException(file + ": the file is not a framework (--framework takes .framework files)");
		}
		return framework;
	}

	/** A framework file with errors (once its references to other files are resolved) is refused. */
	private static void checkFramework(ModelFile framework) throws InputException {
		List<Problem> errors = ModelChecker.check(framework).stream().filter(p -> p.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new InputException(errors.get(0) + (errors.size() > 1 ? "\n(and " + (errors.size() - 1)
					+ " more errors: upskill validate " + framework.name() + " lists them)" : ""));
		}
	}

	/** The resource set of the profile and its frameworks, to write files that refer to them. */
	ResourceSet resourceSet() {
		return resourceSet;
	}

	/** Every learning resource of every framework, each once ({@code frameworkId#resourceId}). */
	List<LearningResource> resources() {
		Map<String, LearningResource> unique = new LinkedHashMap<>();
		context.resources().forEach(r -> unique.putIfAbsent(SkillKeys.of(r), r));
		return List.copyOf(unique.values());
	}

	/** A role by {@code framework#role} or by its id alone when that is unambiguous. */
	Role role(String id) throws UsageException {
		try {
			return context.role(id);
		} catch (UnknownRoleException e) {
			throw new UsageException(e.getMessage() + "; 'upskill rank --profile " + file + "' lists the roles with their ids");
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}
}
