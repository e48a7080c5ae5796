/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.SkillAssessment;

/**
 * The editor of {@code *.profile} files: an overview (person, current role, learning budget,
 * targets) and a grid of the dated skill assessments.
 */
public class ProfileEditor extends ModelEditor {

	public static final String ID = "dev.upskill.ui.editors.profile";
	static final String GENERATE_PLAN = "dev.upskill.ui.commands.generatePlan";

	private ProfileOverviewPage overview;
	private AssessmentsPage assessments;

	@Override
	protected void addModelPages(EObject root) throws PartInitException {
		Profile profile = (Profile) root;
		overview = new ProfileOverviewPage(this, profile);
		assessments = new AssessmentsPage(this, profile);
		addPage(overview);
		addPage(assessments);
	}

	@Override
	protected void modelChanged() {
		if (overview != null) {
			overview.refresh();
		}
		if (assessments != null) {
			assessments.refresh();
		}
	}

	@Override
	protected void reveal(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof SkillAssessment assessment && assessments != null) {
				showAssessments();
				assessments.grid().select(assessment);
				return;
			}
		}
		setActivePage(0);
	}

	/** Adds a target role, as Add target role... does after the user picked it. */
	public void addTargetRole(Role role) {
		overview.addTargetRole(role);
	}

	/** The assessments grid, for tests. */
	public AssessmentGrid assessmentGrid() {
		return assessments == null ? null : assessments.grid();
	}

	/** Puts Generate Plan... in a page's heading, so the plan is one click away from the profile being edited. */
	static void contributeGeneratePlan(ScrolledForm form, IWorkbenchPartSite site) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(site,
				null, GENERATE_PLAN, CommandContributionItem.STYLE_PUSH);
		parameter.label = "Generate Plan...";
		parameter.tooltip = "Plan the learning that closes this profile's gaps (unsaved changes included); preview, then write a new .plan file";
		parameter.mode = CommandContributionItem.MODE_FORCE_TEXT;
		form.getToolBarManager().add(new CommandContributionItem(parameter));
		form.updateToolBar();
	}

	public void showAssessments() {
		setActivePage(1);
	}
}
