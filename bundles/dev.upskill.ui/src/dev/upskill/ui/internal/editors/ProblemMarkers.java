/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;

import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.ui.internal.plan.PlanCheckMarkers;

/**
 * Turns the problems of a model file ({@link ModelChecker}: the model's validator, with EMF's
 * constraints and the domain's rules) into markers of the Problems view, with the line, the element
 * and the problem's code.
 */
public final class ProblemMarkers {

	/** The marker type ({@code dev.upskill.ui.problem}). */
	public static final String TYPE = "dev.upskill.ui.problem";
	/**
	 * The attribute that holds the problem's code ({@link ProblemCode#id()}, such as
	 * {@code level-not-in-scale}): quick fixes and tests match on it, never on the message.
	 */
	public static final String CODE = "dev.upskill.problemCode";
	/** The attribute that holds where the element concerned is in the file (its URI fragment), when a marker names it. */
	public static final String ELEMENT = PlanCheckMarkers.ELEMENT;

	private ProblemMarkers() {
	}

	/**
	 * Replaces the file's markers by the problems of the model as loaded, in one workspace operation
	 * (one change event for the Problems view however many problems an imported file has). Any
	 * thread: the editors call it from the Job that reads the file.
	 */
	public static List<Problem> update(IFile file, ModelFile model) {
		return replace(file, ModelChecker.check(model));
	}

	/**
	 * Checks the model as {@link #update(IFile, ModelFile)} does, looking at the monitor before each
	 * object of the model (Validate's Cancel): when it is cancelled, the file's markers are left as
	 * they were, those of the last check done, and the result is null.
	 */
	public static List<Problem> update(IFile file, ModelFile model, IProgressMonitor monitor) {
		List<Problem> problems = ModelChecker.check(model, monitor);
		return problems == null || monitor.isCanceled() ? null : replace(file, problems);
	}

	private static List<Problem> replace(IFile file, List<Problem> problems) {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.run(monitor -> {
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Problem problem : problems) {
					Map<String, Object> attributes = new HashMap<>();
					attributes.put(CODE, problem.code().id());
					attributes.put(IMarker.SEVERITY,
							problem.severity() == Problem.Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
					attributes.put(IMarker.MESSAGE,
							problem.element() == null ? problem.message() : problem.element() + ": " + problem.message());
					if (problem.line() > 0) {
						attributes.put(IMarker.LINE_NUMBER, problem.line());
						attributes.put(IMarker.LOCATION, "line " + problem.line());
					}
					file.createMarker(TYPE, attributes);
				}
			}, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			ILog.of(ProblemMarkers.class).log(e.getStatus());
		}
		return problems;
	}
}
