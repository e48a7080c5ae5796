/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;


import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
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
		ProfileEditor.contributeGeneratePlan(form, getSite());
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
		toolkit.createLabel(person, "");
		Composite buttons = toolkit.createComposite(person);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		toolkit.createButton(buttons, "Add target role...", SWT.PUSH).addListener(SWT.Selection, e -> chooseTargetRole());
		toolkit.createButton(buttons, "Remove last", SWT.PUSH).addListener(SWT.Selection, e -> {
			if (!profile.getTargetRoles().isEmpty()) {
				editor.execute(RemoveCommand.create(editor.getEditingDomain(), profile,
						Literals.PROFILE__TARGET_ROLES, profile.getTargetRoles().get(profile.getTargetRoles().size() - 1)));
			}
		});

		Composite budget = fields.section(form, "Learning budget", "What the planner may use: time per week and money.");
		fields.field(budget, "Hours per week", profile, Literals.PROFILE__WEEKLY_HOURS, FormFields.Format.NUMBER);
		fields.field(budget, "Budget", profile, Literals.PROFILE__BUDGET, FormFields.Format.MONEY);
		fields.field(budget, "Currency", profile, Literals.PROFILE__CURRENCY, FormFields.Format.TEXT);
		refresh();
	}

	private void chooseTargetRole() {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(
				getSite().getShell(), new LabelProvider() {
					@Override
					public String getText(Object element) {
						Role role = (Role) element;
						return role.getName() + "  [" + SkillKeys.of(role) + "]";
					}
				});
		dialog.setTitle("Add a target role");
		dialog.setMessage("The role you want (type to filter):");
		dialog.setElements(editor.roleChoices().toArray());
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Role role) {
			addTargetRole(role);
		}
	}

	/** Adds a target role (stored by its framework address), as the dialog does; once its file is read into the editor. */
	void addTargetRole(Role role) {
		editor.withLocal(role, local -> editor.execute(AddCommand.create(editor.getEditingDomain(), profile,
				Literals.PROFILE__TARGET_ROLES, local)));
	}

	void refresh() {
		if (fields != null) {
			fields.refresh();
		}
		if (targets != null && !targets.isDisposed()) {
			targets.setText(String.join(", ", profile.getTargetRoles().stream()
					.map(r -> r.eIsProxy() ? String.valueOf(EcoreUtil.getURI(r).fragment()) + " (not found)"
							: r.getName())
					.toList()));
			targets.getParent().layout(true);
		}
	}
}
