/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.upskill.model.LearningPlan;
import dev.upskill.model.Profile;
import dev.upskill.model.UpskillFactory;

/**
 * New Plan: for the profile selected when the wizard starts, towards its first target role, from
 * next Monday, with the profile's hours and budget. Its steps come from the planner.
 */
public class NewPlanWizard extends NewModelFileWizard {

	private IFile profileFile;

	public NewPlanWizard() {
		super("Learning Plan", "plan");
	}

	@Override
	protected void addQuestionPages() {
		Object first = selection == null ? null : selection.getFirstElement();
		IFile file = first == null ? null : Adapters.adapt(first, IFile.class);
		profileFile = file != null && "profile".equals(file.getFileExtension()) ? file : null;
		addPage(new WizardPage("questions") {
			@Override
			public void createControl(Composite parent) {
				setTitle("Learning plan");
				setDescription(profileFile == null ? "Select a .profile file before starting this wizard to plan for it."
						: "A plan for " + profileFile.getName() + ".");
				Composite page = new Composite(parent, SWT.NONE);
				GridLayoutFactory.swtDefaults().applyTo(page);
				Label text = new Label(page, SWT.WRAP);
				text.setText(profileFile == null ? "The plan will not refer to a profile; you can set it later."
						: "The plan starts next Monday, aims at the profile's first target role and uses its hours a week and budget.");
				GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(text);
				setControl(page);
			}
		});
	}

	@Override
	protected EObject createModel(String id) {
		LearningPlan plan = UpskillFactory.eINSTANCE.createLearningPlan();
		plan.setId(id);
		plan.setName(id);
		plan.setStartDate(LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
		if (profileFile != null) {
			Profile profile = (Profile) resourceSet()
					.getResource(URI.createPlatformResourceURI(profileFile.getFullPath().toString(), true), true).getContents().get(0);
			plan.setProfile(profile);
			plan.setWeeklyHours(profile.getWeeklyHours());
			plan.setBudget(profile.getBudget() == null ? BigDecimal.ZERO : profile.getBudget());
			plan.setCurrency(profile.getCurrency());
			if (!profile.getTargetRoles().isEmpty()) {
				plan.setTargetRole(profile.getTargetRoles().get(0));
			}
			plan.setName("Plan for " + (profile.getPerson() == null ? profile.getName() : profile.getPerson()));
		}
		return plan;
	}
}
