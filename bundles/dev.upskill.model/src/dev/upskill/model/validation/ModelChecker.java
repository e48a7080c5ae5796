/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;

import dev.upskill.model.UpskillPackage;
import dev.upskill.model.resource.UpskillResource;
import dev.upskill.model.validation.Problem.Severity;

/**
 * The one entry point to check Upskill files. The rules live in the model's validator
 * ({@link UpskillValidator}, the constraints of {@code upskill.ecore}, run by EMF's
 * {@link Diagnostician}): EMF's own constraints (required values, the identifier pattern) and the
 * rules of the domain (unique ids, levels within their scale, references that resolve, plan steps
 * within the plan). This façade turns the diagnostics into {@link Problem}s that name the file,
 * line and element, each with its {@link ProblemCode}.
 */
public final class ModelChecker {

	/** A problem of the model, with the feature its diagnostic names (or null). */
	private record Finding(Problem problem, EStructuralFeature feature) {
	}

	private static final Diagnostician DIAGNOSTICIAN = new Diagnostician() {
		@Override
		public String getObjectLabel(EObject eObject) {
			return Labels.of(eObject);
		}
	};

	/**
	 * The diagnostician that stops when the monitor is cancelled: it looks at the monitor before each
	 * object, as EMF's {@code ValidateAction} does, and counts one unit of work per object.
	 */
	private static Diagnostician cancellable(IProgressMonitor monitor) {
		return new Diagnostician() {
			@Override
			public String getObjectLabel(EObject eObject) {
				return Labels.of(eObject);
			}

			@Override
			public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				monitor.worked(1);
				return super.validate(eClass, eObject, diagnostics, context);
			}
		};
	}

	private ModelChecker() {
	}

	/** Every problem of the resource's model; empty when it is valid. */
	public static List<Problem> check(String fileName, Resource resource) {
		return new ArrayList<>(findings(fileName, resource, DIAGNOSTICIAN).stream().map(Finding::problem).toList());
	}

	/**
	 * Every problem of a loaded file: what kept it from loading whole, then, when it could be read,
	 * the problems of its model. A reference that named no element is reported once, on its element.
	 */
	public static List<Problem> check(ModelFile file) {
		return check(file, DIAGNOSTICIAN);
	}

	/**
	 * Every problem of a loaded file, as {@link #check(ModelFile)}, or null when the monitor was
	 * cancelled before the check was done (it is looked at before each object of the model).
	 */
	public static List<Problem> check(ModelFile file, IProgressMonitor monitor) {
		try {
			return check(file, cancellable(monitor));
		} catch (OperationCanceledException e) {
			return null;
		}
	}

	private static List<Problem> check(ModelFile file, Diagnostician diagnostician) {
		List<Problem> all = new ArrayList<>(file.problems());
		if (!file.loaded()) {
			return all;
		}
		List<Finding> model = new ArrayList<>(findings(file.name(), file.resource(), diagnostician));
		for (int i = 0; i < all.size(); i++) {
			Problem load = all.get(i);
			EStructuralFeature feature = load.code() == ProblemCode.UNRESOLVED_REFERENCE ? unresolvedFeature(file.resource(), load) : null;
			if (feature == null) {
				continue;
			}
			// EMF dropped the reference: the required-value check then fires on the same element.
			for (Finding missing : List.copyOf(model)) {
				int line = missing.problem().line();
				if (missing.problem().code() == ProblemCode.REQUIRED && missing.feature() == feature && line >= load.line()
						&& line <= load.line() + 2) {
					model.remove(missing);
					all.set(i, load.with(missing.problem().element(), load.message()));
					break;
				}
			}
		}
		model.forEach(f -> all.add(f.problem()));
		return all;
	}

	/** The feature of the reference that the load problem reports as naming nothing. */
	private static EStructuralFeature unresolvedFeature(Resource resource, Problem load) {
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof UnresolvedReferenceException unresolved && unresolved.getLine() == load.line()
					&& unresolved.getColumn() == load.column()) {
				return unresolved.getFeature();
			}
		}
		return null;
	}

	private static List<Finding> findings(String fileName, Resource resource, Diagnostician diagnostician) {
		List<Finding> findings = new ArrayList<>();
		for (EObject root : List.copyOf(resource.getContents())) {
			Diagnostic diagnostic = diagnostician.validate(root);
			for (Diagnostic child : diagnostic.getChildren()) {
				List<?> data = child.getData();
				EObject object = !data.isEmpty() && data.get(0) instanceof EObject o ? o : root;
				EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
				Severity severity = child.getSeverity() == Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING;
				int line = resource instanceof UpskillResource upskill ? upskill.getLine(object) : 0;
				ProblemCode code = code(child, object, feature);
				String message = switch (code) {
					case REQUIRED -> feature.getName() + " is required but not set";
					case ID_PATTERN -> "the id '" + object.eGet(feature)
							+ "' may use only letters, digits, '_', '.' and '-' (no colon, no space)";
					default -> child.getMessage();
				};
				findings.add(new Finding(new Problem(code, severity, fileName, line, 0, Labels.of(object), message), feature));
			}
		}
		return findings;
	}

	/** The code of the validator's own diagnostics, and of those of EMF's constraints it inherits. */
	private static ProblemCode code(Diagnostic diagnostic, EObject object, EStructuralFeature feature) {
		ProblemCode code = ProblemCode.of(diagnostic);
		if (code != null) {
			return code;
		}
		if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) && feature != null) {
			if (diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS && isUnset(object, feature)) {
				return ProblemCode.REQUIRED;
			}
			if (diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_DATA_VALUE_CONFORMS && feature instanceof EAttribute attribute
					&& attribute.getEAttributeType() == UpskillPackage.Literals.IDENTIFIER) {
				return ProblemCode.ID_PATTERN;
			}
		}
		return ProblemCode.MODEL_CONSTRAINT;
	}

	private static boolean isUnset(EObject object, EStructuralFeature feature) {
		return feature.isUnsettable() ? !object.eIsSet(feature) : object.eGet(feature, false) == null;
	}
}
