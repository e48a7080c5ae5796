/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;

import dev.upskill.core.plan.check.PlanCheckContext;
import dev.upskill.core.plan.check.PlanCheckSettings;
import dev.upskill.core.plan.check.PlanChecks;
import dev.upskill.core.plan.check.PlanFinding;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.resource.UpskillResource;
import dev.upskill.model.validation.Problem.Severity;

/**
 * Runs the plan checks ({@link PlanChecks}) on the plan an editor shows and puts the findings in
 * the Problems view, each with its check's code, the step it is about and, when there is an obvious
 * one, the learning resource its quick fix adds. The checks run in a Job on a {@link PlanSnapshot}
 * (reading the profile and the frameworks, installed and the workspace's framework files, may take a while); the markers are written back on the
 * UI thread, all of a file's plan-check markers replaced at once, and only by the latest run, so
 * that validating again never duplicates them.
 */
public final class PlanCheckMarkers {

	/** The marker type, a kind of {@code dev.upskill.ui.problem}. */
	public static final String TYPE = "dev.upskill.ui.planCheck";
	/** The attribute that holds the code of the check that found the problem. */
	public static final String CODE = "dev.upskill.checkCode";
	/** The attribute that holds where the element concerned is in the file (its URI fragment). */
	public static final String ELEMENT = "dev.upskill.element";
	/** The attribute that holds the address of the learning resource the quick fix adds. */
	public static final String FIX_RESOURCE = "dev.upskill.fixResource";
	/** The attribute that holds what the quick fix says. */
	public static final String FIX_LABEL = "dev.upskill.fixLabel";
	/** The family of the checking Jobs, to wait for them. */
	public static final Object FAMILY = PlanCheckMarkers.class;

	private record Marker(String code, Severity severity, String message, String element, String fixResource, String fixLabel) {
	}

	private final PlanEditing editor;
	private int latest;
	private Job running;

	public PlanCheckMarkers(PlanEditing editor) {
		this.editor = editor;
	}

	/** Checks the plan as it is now, in a Job; call on the UI thread. */
	public void schedule() {
		IFile file = editor.getFile();
		LearningPlan plan = editor.plan();
		int run = ++latest;
		if (running != null) {
			running.cancel();
		}
		if (plan == null) {
			write(file, List.of()); // an unreadable file has no plan to check: no stale findings
			return;
		}
		PlanSnapshot snapshot;
		try {
			snapshot = PlanSnapshot.of(plan, editor.frameworks());
		} catch (IOException | RuntimeException e) {
			ILog.of(PlanCheckMarkers.class).warn("The plan checks did not run on " + file.getFullPath() + ": " + e.getMessage(), e);
			return;
		}
		Display display = Display.getCurrent();
		running = new Job("Checking the plan " + file.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Marker> markers;
				try {
					markers = check(snapshot, monitor);
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (IOException | RuntimeException e) {
					return Status.warning("The plan checks did not run on " + file.getFullPath() + ": " + e.getMessage(), e);
				}
				if (!monitor.isCanceled()) {
					display.asyncExec(() -> {
						if (run == latest && editor.isOpen()) {
							write(file, markers);
						}
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		running.setPriority(Job.SHORT);
		running.schedule();
	}

	/** Stops a run under way (the editor closes). */
	public void cancel() {
		latest++;
		if (running != null) {
			running.cancel();
		}
	}

	private static List<Marker> check(PlanSnapshot snapshot, IProgressMonitor monitor) throws IOException {
		LearningPlan plan = snapshot.plan(monitor);
		PlanCheckContext context = PlanCheckContext.of(plan, snapshot.resources(), PlanCheckSettings.fromPreferences());
		PlanChecks.Result result = PlanChecks.installed().run(context);
		List<Marker> markers = new ArrayList<>();
		for (PlanFinding finding : result.findings()) {
			Optional<LearningResource> fix = PlanFixes.resourceFor(finding.code(), context);
			String message = finding.message() + (finding.fix() == null || finding.fix().isBlank() ? "" : "; " + finding.fix());
			markers.add(new Marker(finding.code(), finding.severity(), message, PlanSnapshot.fragment(finding.element()),
					fix.map(snapshot::address).orElse(null), fix.map(r -> PlanFixes.label(finding.code(), r)).orElse(null)));
		}
		result.failures().forEach(f -> markers.add(new Marker(null, Severity.WARNING, "The plan check '" + f.source() + "' of "
				+ f.contributor() + " failed and was skipped: " + f.message(), null, null, null)));
		return markers;
	}

	private void write(IFile file, List<Marker> markers) {
		UpskillResource resource = editor.plan() != null && editor.plan().eResource() instanceof UpskillResource r ? r : null;
		try {
			// one batch: the Problems view never shows the old and the new markers together
			ResourcesPlugin.getWorkspace().run(monitor -> {
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Marker found : markers) {
					IMarker marker = file.createMarker(TYPE);
					marker.setAttribute(IMarker.SEVERITY, found.severity() == Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
					marker.setAttribute(IMarker.MESSAGE, found.message());
					if (found.code() != null) {
						marker.setAttribute(CODE, found.code());
					}
					if (found.element() != null) {
						marker.setAttribute(ELEMENT, found.element());
						EObject element = resource == null ? null : resource.getEObject(found.element());
						int line = element == null ? 0 : resource.getLine(element);
						if (line > 0) {
							marker.setAttribute(IMarker.LINE_NUMBER, line);
							marker.setAttribute(IMarker.LOCATION, "line " + line);
						}
					}
					if (found.fixResource() != null) {
						marker.setAttribute(FIX_RESOURCE, found.fixResource());
						marker.setAttribute(FIX_LABEL, found.fixLabel());
					}
				}
			}, ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file), 0, null);
		} catch (CoreException e) {
			ILog.of(PlanCheckMarkers.class).log(e.getStatus());
		}
	}
}
