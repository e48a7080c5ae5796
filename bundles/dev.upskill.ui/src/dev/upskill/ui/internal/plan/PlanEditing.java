/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.plan;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Shell;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.model.LearningPlan;
import dev.upskill.ui.internal.frameworks.AllFrameworks;

/**
 * What the plan checks, their quick fixes and Re-plan need of the editor that shows a plan: its
 * file, its model and the command stack every change goes through (so that it can be undone).
 */
public interface PlanEditing {

	/** The plan editor's id, to open a plan file in it. */
	String EDITOR_ID = "dev.upskill.ui.editors.plan";

	IFile getFile();

	/**
	 * Waits for the editor to have read its file (it reads it in a Job when it opens); true when the
	 * plan was read whole.
	 */
	boolean awaitRead();

	/** The plan as edited, or null when the file could not be read. */
	LearningPlan plan();

	EditingDomain getEditingDomain();

	/** Runs a command on the editor's command stack, so it can be undone. */
	void execute(Command command);

	/** Asks the user a yes/no question (tests answer it themselves). */
	boolean ask(String title, String question);

	/** Checks the plan again: model problems and plan checks. */
	void validate();

	/** Whether the editor still shows the plan (it is not closed). */
	boolean isOpen();

	Shell shell();

	/** The installed frameworks (the DS service, from the editor's site), or null when there is none. */
	FrameworkRegistry registry();

	/**
	 * Every framework the plan checks and Re-plan use, as the Gap Analysis and Role Fit views do:
	 * the installed ones and the framework files of the workspace (read in a Job, see
	 * {@link AllFrameworks#read}).
	 */
	default AllFrameworks frameworks() {
		return AllFrameworks.of(registry());
	}
}
