/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;

import dev.upskill.model.Framework;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.Profile;
import dev.upskill.model.Team;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.Problem.Severity;
import dev.upskill.model.validation.Reasons.Reason;

/**
 * Loads one Upskill file and tells, in the user's terms, everything that kept it from loading
 * whole. A model with load problems is never to be treated as complete: EMF reports a truncated
 * file as loaded with most of its objects.
 *
 * @param name the file as the user named it (a path, or a URI for files inside plug-ins)
 * @param resource the loaded resource, or null when the file could not be read at all
 * @param problems what went wrong while reading it; empty when it loaded whole
 * @param whole whether everything but unresolvable references was read: such a model can be
 *            checked and repaired, any other load error makes it partial
 */
public record ModelFile(String name, Resource resource, List<Problem> problems, boolean whole) {

	/** Whether the file could not be opened or parsed as an Upskill file at all. */
	public boolean unreadable() {
		return resource == null || resource.getContents().isEmpty();
	}

	/**
	 * Whether the model was read completely, so that it can be checked and edited. References to
	 * elements that do not exist are problems of such a model, not of reading it.
	 */
	public boolean loaded() {
		return !unreadable() && whole;
	}

	/** Loads {@code path} into {@code resourceSet}. Never throws for bad input: problems say it. */
	public static ModelFile load(ResourceSet resourceSet, Path path) {
		String name = path.toString();
		List<Problem> problems = new ArrayList<>();
		if (!Files.isRegularFile(path)) {
			problems.add(Files.exists(path) ? fileProblem(name, ProblemCode.NOT_A_FILE, "the file is not a file")
					: fileProblem(name, ProblemCode.FILE_MISSING, "the file does not exist"));
			return new ModelFile(name, null, problems, false);
		}
		if (!Files.isReadable(path)) {
			problems.add(fileProblem(name, ProblemCode.FILE_UNREADABLE, "the file cannot be read (permission denied)"));
			return new ModelFile(name, null, problems, false);
		}
		String extension = extension(path);
		if (!UpskillResourceFactory.FILE_EXTENSIONS.contains(extension)) {
			problems.add(notUpskill(name));
			return new ModelFile(name, null, problems, false);
		}
		return load(resourceSet, URI.createFileURI(path.toAbsolutePath().normalize().toString()), name);
	}

	/**
	 * Loads the Upskill file at {@code uri} (for example a {@code platform:/plugin} URI) into
	 * {@code resourceSet}, naming it {@code name} in problems. Never throws for bad input.
	 */
	public static ModelFile load(ResourceSet resourceSet, URI uri, String name) {
		List<Problem> problems = new ArrayList<>();
		String extension = uri.fileExtension() == null ? "" : uri.fileExtension();
		Resource resource;
		try {
			resource = resourceSet.createResource(uri);
		} catch (RuntimeException e) {
			resource = null;
		}
		if (resource == null) {
			problems.add(notUpskill(name));
			return new ModelFile(name, null, problems, false);
		}
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			if (resource.getErrors().isEmpty()) {
				problems.add(describe(name, e, resourceSet, uri, Severity.ERROR));
			}
		}
		for (Resource.Diagnostic error : List.copyOf(resource.getErrors())) {
			problems.add(describe(name, error, resourceSet, uri, Severity.ERROR));
		}
		for (Resource.Diagnostic warning : List.copyOf(resource.getWarnings())) {
			problems.add(describe(name, warning, resourceSet, uri, Severity.WARNING));
		}
		boolean whole = resource.getErrors().stream().allMatch(UnresolvedReferenceException.class::isInstance)
				&& problems.size() == resource.getErrors().size() + resource.getWarnings().size();
		if (whole) {
			whole = checkKind(name, extension, resource, problems);
		}
		return new ModelFile(name, resource, problems, whole);
	}

	private static boolean checkKind(String name, String extension, Resource resource, List<Problem> problems) {
		if (resource.getContents().isEmpty()) {
			problems.add(fileProblem(name, ProblemCode.NO_MODEL, "the file holds no model"));
			return false;
		}
		Class<?> expected = switch (extension) {
			case "framework" -> Framework.class;
			case "profile" -> Profile.class;
			case "team" -> Team.class;
			default -> LearningPlan.class;
		};
		Object root = resource.getContents().get(0);
		if (!expected.isInstance(root)) {
			problems.add(fileProblem(name, ProblemCode.WRONG_KIND, "the file is a ." + extension + " file but holds a "
					+ resource.getContents().get(0).eClass().getName() + " (expected a " + expected.getSimpleName() + ")"));
		}
		if (resource.getContents().size() > 1) {
			problems.add(fileProblem(name, ProblemCode.MULTIPLE_ROOTS,
					"the file holds " + resource.getContents().size() + " root elements; expected one"));
			return false;
		}
		return expected.isInstance(root);
	}

	private static Problem notUpskill(String name) {
		return fileProblem(name, ProblemCode.NOT_UPSKILL_FILE, "the file is not an Upskill file: expected a .framework, .profile, .plan or .team file");
	}

	private static Problem fileProblem(String name, ProblemCode code, String message) {
		return new Problem(code, Severity.ERROR, name, 0, 0, null, message);
	}

	private static String extension(Path path) {
		String file = path.getFileName().toString();
		int dot = file.lastIndexOf('.');
		return dot < 0 ? "" : file.substring(dot + 1);
	}

	private static Problem describe(String name, Throwable failure, ResourceSet resourceSet, URI uri, Severity severity) {
		Reason reason = Reasons.of(failure, resourceSet.getURIConverter(), uri);
		return new Problem(reason.code(), severity, name, Math.max(0, reason.line()), Math.max(0, reason.column()), null,
				reason.message());
	}

	private static Problem describe(String name, Resource.Diagnostic diagnostic, ResourceSet resourceSet, URI uri, Severity severity) {
		if (diagnostic instanceof Throwable failure) {
			return describe(name, failure, resourceSet, uri, severity);
		}
		return new Problem(ProblemCode.LOAD_FAILED, severity, name, Math.max(0, diagnostic.getLine()),
				Math.max(0, diagnostic.getColumn()), null, Reasons.words(String.valueOf(diagnostic.getMessage())));
	}
}
