/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.validation;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import dev.upskill.model.Framework;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.Profile;
import dev.upskill.model.resource.UnknownNamespaceException;
import dev.upskill.model.validation.Problem.Severity;

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
			problems.add(fileProblem(name, Files.exists(path) ? "is not a file" : "does not exist"));
			return new ModelFile(name, null, problems, false);
		}
		if (!Files.isReadable(path)) {
			problems.add(fileProblem(name, "cannot be read (permission denied)"));
			return new ModelFile(name, null, problems, false);
		}
		String extension = extension(path);
		if (!List.of("framework", "profile", "plan").contains(extension)) {
			problems.add(fileProblem(name, "is not an Upskill file: expected a .framework, .profile or .plan file"));
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
		Resource resource = resourceSet.createResource(uri);
		if (resource == null) {
			problems.add(fileProblem(name, "is not an Upskill file: expected a .framework, .profile or .plan file"));
			return new ModelFile(name, null, problems, false);
		}
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			if (resource.getErrors().isEmpty()) {
				problems.add(describe(name, e));
			}
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			problems.add(describe(name, error, Severity.ERROR));
		}
		for (Resource.Diagnostic warning : resource.getWarnings()) {
			problems.add(describe(name, warning, Severity.WARNING));
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
			problems.add(fileProblem(name, "holds no model"));
			return false;
		}
		Class<?> expected = switch (extension) {
			case "framework" -> Framework.class;
			case "profile" -> Profile.class;
			default -> LearningPlan.class;
		};
		Object root = resource.getContents().get(0);
		if (!expected.isInstance(root)) {
			problems.add(fileProblem(name, "is a ." + extension + " file but holds a "
					+ resource.getContents().get(0).eClass().getName() + " (expected a " + expected.getSimpleName() + ")"));
		}
		if (resource.getContents().size() > 1) {
			problems.add(fileProblem(name, "holds " + resource.getContents().size() + " root elements; expected one"));
			return false;
		}
		return expected.isInstance(root);
	}

	private static Problem fileProblem(String name, String message) {
		return new Problem(Severity.ERROR, name, 0, 0, null, "the file " + message);
	}

	private static String extension(Path path) {
		String file = path.getFileName().toString();
		int dot = file.lastIndexOf('.');
		return dot < 0 ? "" : file.substring(dot + 1);
	}

	private static Problem describe(String name, Exception e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause
				&& !(cause instanceof SAXParseException) && !(cause instanceof XMIException)) {
			cause = cause.getCause();
		}
		if (cause instanceof SAXParseException sax) {
			return new Problem(Severity.ERROR, name, sax.getLineNumber(), sax.getColumnNumber(), null, explain(sax));
		}
		if (cause instanceof XMIException xmi) {
			return new Problem(Severity.ERROR, name, xmi.getLine(), xmi.getColumn(), null, explain(xmi));
		}
		if (cause instanceof FileNotFoundException) {
			return fileProblem(name, "does not exist");
		}
		return new Problem(Severity.ERROR, name, 0, 0, null, "cannot be read: " + cause.getMessage());
	}

	private static Problem describe(String name, Resource.Diagnostic diagnostic, Severity severity) {
		if (diagnostic instanceof Exception e && !(diagnostic instanceof XMIException)) {
			return describe(name, e);
		}
		String message = diagnostic instanceof Exception e ? explain(e) : diagnostic.getMessage();
		return new Problem(severity, name, diagnostic.getLine(), diagnostic.getColumn(), null, message);
	}

	/** Turns parser and EMF messages into reasons a user can act on. */
	static String explain(Exception e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		if (e instanceof XMIException && e.getCause() instanceof SAXParseException sax) {
			return explain(sax);
		}
		if (message.contains("DOCTYPE is disallowed")) {
			return "DOCTYPE declarations are not allowed in Upskill files (they can make a reader fetch URLs or read"
					+ " local files); remove the <!DOCTYPE ...> declaration";
		}
		if (message.contains("Premature end of file") || message.contains("XML document structures must start and end")) {
			return "the file ends too early (truncated or incomplete XML): " + message;
		}
		if (e instanceof UnknownNamespaceException) {
			return message;
		}
		if (e instanceof FeatureNotFoundException f) {
			return "unknown attribute or element '" + f.getName() + "' (misspelled, or written by a newer version)";
		}
		if (e instanceof ClassNotFoundException c) {
			return "unknown element type '" + c.getName() + "'";
		}
		if (e instanceof IllegalValueException v) {
			return "invalid value '" + v.getValue() + "' for '" + v.getFeature().getName() + "'";
		}
		if (e instanceof UnresolvedReferenceException u) {
			return u.getFeature().getName() + " refers to '" + u.getReference() + "', which is not in this file";
		}
		return message;
	}
}
