/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Upskill perspective: files on the left, editors in the middle, the outline of the open
 * model and the properties of the selected element on the right (beside the views whose selection
 * they show); below, across the whole width, gap analysis, role fit, problems and frameworks.
 */
public class UpskillPerspective implements IPerspectiveFactory {

	public static final String ID = "dev.upskill.app.perspective";
	public static final String PROJECT_EXPLORER = IPageLayout.ID_PROJECT_EXPLORER;
	/** The Frameworks view of dev.upskill.ui. */
	public static final String FRAMEWORKS = "dev.upskill.ui.views.frameworks";
	/** The Gap Analysis and Role Fit views of dev.upskill.ui. */
	public static final String GAP_ANALYSIS = "dev.upskill.ui.views.gap";
	public static final String ROLE_FIT = "dev.upskill.ui.views.rolefit";
	/** The Team Heatmap view of dev.upskill.ui: a folder of profiles or a .team file against a role. */
	public static final String TEAM = "dev.upskill.ui.views.team";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		// The analysis views get the whole width below: their grids and charts need it.
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.45f, editors);
		bottom.addView(GAP_ANALYSIS);
		bottom.addView(ROLE_FIT);
		bottom.addView(TEAM);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(FRAMEWORKS);
		bottom.addPlaceholder("org.eclipse.pde.runtime.LogView");
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
		left.addView(PROJECT_EXPLORER);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout properties = layout.createFolder("properties", IPageLayout.BOTTOM, 0.5f, "right");
		properties.addView(IPageLayout.ID_PROP_SHEET);

		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(FRAMEWORKS);
		layout.addShowViewShortcut(GAP_ANALYSIS);
		layout.addShowViewShortcut(ROLE_FIT);
		layout.addShowViewShortcut("dev.upskill.ui.views.progress");
		layout.addShowViewShortcut(TEAM);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut("org.eclipse.pde.runtime.LogView");
		layout.addNewWizardShortcut("dev.upskill.ui.wizards.profile");
		layout.addNewWizardShortcut("dev.upskill.ui.wizards.plan");
		layout.addNewWizardShortcut("dev.upskill.ui.wizards.framework");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
