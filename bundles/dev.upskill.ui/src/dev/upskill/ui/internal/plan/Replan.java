/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.plan;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.PlanDocument;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.validation.Reasons;

/**
 * Re-plan on the plan editor: plans the plan's remaining learning again from this week
 * ({@link PlanRequest#replan}) in a Job with progress, shows what would change and, when the user
 * accepts, replaces the planned steps ({@link PlanDocument#apply}) in one command that Edit > Undo
 * takes back whole. Done, in-progress and dropped steps are never touched. A plan that cannot be
 * planned is said in a dialog that names the file and the reason; a plan edited while the planner
 * ran is left alone.
 */
public final class Replan {

	/** The family of the planning Jobs, to wait for them. */
	public static final Object FAMILY = Replan.class;
	static final String TITLE = "Re-plan";

	private Replan() {
	}

	/** Starts re-planning the editor's plan as of {@code today}; returns the Job, or null when there is no plan. */
	public static Job start(PlanEditing editor, LocalDate today) {
		LearningPlan plan = editor.plan();
		if (plan == null) {
			return null;
		}
		String file = editor.getFile().getName();
		PlanSnapshot snapshot;
		try {
			snapshot = PlanSnapshot.of(plan, editor.frameworks());
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(editor.shell(), TITLE, "Could not re-plan " + file + ": it cannot be copied for the planner (" + e.getMessage() + ").");
			return null;
		}
		Command before = editor.getEditingDomain().getCommandStack().getMostRecentCommand();
		Display display = Display.getCurrent();
		Job job = new Job("Re-planning " + file) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				PlanResult result;
				String failure = null;
				try {
					LearningPlan copy = snapshot.plan(monitor);
					if (copy.getProfile() == null || copy.getProfile().eIsProxy()) {
						throw new IllegalArgumentException("the profile it is for cannot be found");
					}
					result = new LearningPlanner().plan(PlanRequest.replan(copy, snapshot.resources(), today), monitor);
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (IllegalArgumentException | IOException e) {
					result = null;
					failure = e.getMessage();
				} catch (RuntimeException e) {
					result = null;
					failure = Reasons.words(e);
					ILog.of(Replan.class).error("Re-planning " + file + " failed", e);
				}
				PlanResult planned = result;
				String reason = failure;
				display.asyncExec(() -> {
					if (!editor.isOpen()) {
						return;
					}
					if (planned == null) {
						MessageDialog.openError(editor.shell(), TITLE, "Could not re-plan " + file + ": " + reason + ".");
					} else {
						offer(editor, snapshot, planned, today, before);
					}
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static void offer(PlanEditing editor, PlanSnapshot snapshot, PlanResult result, LocalDate today, Command before) {
		LearningPlan plan = editor.plan();
		String file = editor.getFile().getName();
		if (plan == null || editor.getEditingDomain().getCommandStack().getMostRecentCommand() != before) {
			MessageDialog.openInformation(editor.shell(), TITLE, file + " was changed while the planner ran, so nothing was replaced."
					+ " Re-plan again to plan the plan as it is now.");
			return;
		}
		List<PlannedStep> local = new ArrayList<>();
		for (PlannedStep step : result.steps()) {
			LearningResource resource = step.kept() ? step.resource() : local(editor, snapshot, step.resource());
			if (resource == null) {
				MessageDialog.openError(editor.shell(), TITLE, "Could not re-plan " + file + ": the learning resource '"
						+ step.resource().getName() + "' the planner chose cannot be found from the plan. Nothing was changed.");
				return;
			}
			local.add(new PlannedStep(resource, step.key(), step.startWeek(), step.endWeek(), step.hours(), step.cost(), step.closes(),
					step.recurring(), step.status(), step.kept()));
		}
		PlanResult applied = new PlanResult(result.status(), result.objective(), result.gap(), result.totalHours(), result.totalCost(),
				result.currency(), result.start(), result.finishWeek(), result.finishDate(), result.fitBefore(), result.fitAfter(),
				List.copyOf(local), result.open(), result.reasons(), result.rates(), result.weeklyHours(), result.candidates());
		if (!editor.ask(TITLE, ReplanSummary.describe(file, plan, applied, today) + "\n\nReplace the planned steps?")) {
			return;
		}
		ChangeCommand command = new ChangeCommand(plan) {
			@Override
			protected void doExecute() {
				PlanDocument.apply(applied, plan);
			}
		};
		command.setLabel(TITLE);
		command.setDescription("Replaces the planned steps by the planner's");
		editor.execute(command);
	}

	private static LearningResource local(PlanEditing editor, PlanSnapshot snapshot, LearningResource resource) {
		EObject found = PlanSnapshot.find(editor.getEditingDomain().getResourceSet(), snapshot.address(resource));
		return found instanceof LearningResource local && !local.eIsProxy() ? local : null;
	}

	/** Money as the summary writes it: {@code 1,250 USD}. */
	static String money(BigDecimal amount, String currency) {
		return String.format(Locale.ROOT, "%,.0f %s", amount == null ? BigDecimal.ZERO : amount, currency == null ? "" : currency).strip();
	}
}
