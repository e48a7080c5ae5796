/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;


import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.upskill.model.Profile;
import dev.upskill.model.UpskillPackage.Literals;

/** The overview of a profile: who, where they are, what they aim for, and their learning budget. */
final class ProfileOverviewPage extends FormPage {

	private final ModelEditor editor;
	private final Profile profile;
	private FormFields fields;
	private Label targets;

	ProfileOverviewPage(ModelEditor editor, Profile profile) {
		super(editor, "overview", "Overview");
		this.editor = editor;
		this.profile = profile;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText("Profile of " + (profile.getPerson() == null ? profile.getName() : profile.getPerson()));
		toolkit.decorateFormHeading(form.getForm());
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(form.getBody());
		fields = new FormFields(editor, toolkit);

		Composite person = fields.section(form, "Person", "Who this profile is about and where they stand today.");
		fields.field(person, "Name", profile, Literals.NAMED_ELEMENT__NAME, FormFields.Format.TEXT);
		fields.field(person, "Person", profile, Literals.PROFILE__PERSON, FormFields.Format.TEXT);
		fields.field(person, "Current job title", profile, Literals.PROFILE__CURRENT_ROLE_TITLE, FormFields.Format.TEXT);
		fields.field(person, "Description", profile, Literals.NAMED_ELEMENT__DESCRIPTION, FormFields.Format.TEXT);
		toolkit.createLabel(person, "Target roles");
		targets = toolkit.createLabel(person, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(targets);

		Composite budget = fields.section(form, "Learning budget", "What the planner may use: time per week and money.");
		fields.field(budget, "Hours per week", profile, Literals.PROFILE__WEEKLY_HOURS, FormFields.Format.NUMBER);
		fields.field(budget, "Budget", profile, Literals.PROFILE__BUDGET, FormFields.Format.MONEY);
		fields.field(budget, "Currency", profile, Literals.PROFILE__CURRENCY, FormFields.Format.TEXT);
		refresh();
	}

	void refresh() {
		if (fields != null) {
			fields.refresh();
		}
		if (targets != null && !targets.isDisposed()) {
			targets.setText(String.join(", ", profile.getTargetRoles().stream()
					.map(r -> r.eIsProxy() ? String.valueOf(org.eclipse.emf.ecore.util.EcoreUtil.getURI(r).fragment()) + " (not found)"
							: r.getName())
					.toList()));
			targets.getParent().layout(true);
		}
	}
}
