/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import dev.upskill.model.Profile;
import dev.upskill.model.UpskillPackage.Literals;

/** The overview of a profile: who, where they are, what they aim for, and their learning budget. */
final class ProfileOverviewPage extends FormPage {

	private final ModelEditor editor;
	private final Profile profile;
	private final List<Runnable> refreshers = new ArrayList<>();
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

		Composite person = section(toolkit, form, "Person", "Who this profile is about and where they stand today.");
		field(toolkit, person, "Name", Literals.NAMED_ELEMENT__NAME, String::valueOf, t -> t);
		field(toolkit, person, "Person", Literals.PROFILE__PERSON, String::valueOf, t -> t);
		field(toolkit, person, "Current job title", Literals.PROFILE__CURRENT_ROLE_TITLE, String::valueOf, t -> t);
		field(toolkit, person, "Description", Literals.NAMED_ELEMENT__DESCRIPTION, String::valueOf, t -> t);
		toolkit.createLabel(person, "Target roles");
		targets = toolkit.createLabel(person, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(targets);

		Composite budget = section(toolkit, form, "Learning budget", "What the planner may use: time per week and money.");
		field(toolkit, budget, "Hours per week", Literals.PROFILE__WEEKLY_HOURS, String::valueOf, Double::valueOf);
		field(toolkit, budget, "Budget", Literals.PROFILE__BUDGET, v -> ((BigDecimal) v).toPlainString(), BigDecimal::new);
		field(toolkit, budget, "Currency", Literals.PROFILE__CURRENCY, String::valueOf, t -> t);
		refresh();
	}

	private static Composite section(FormToolkit toolkit, ScrolledForm form, String title, String description) {
		Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(client);
		section.setClient(client);
		return client;
	}

	/** A text field bound to a feature: a change becomes a command (undoable) when the field loses focus or Enter is pressed. */
	private void field(FormToolkit toolkit, Composite parent, String label, EStructuralFeature feature,
			Function<Object, String> toText, Function<String, Object> fromText) {
		toolkit.createLabel(parent, label);
		Text text = toolkit.createText(parent, "", SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		Runnable show = () -> {
			Object value = profile.eGet(feature);
			String shown = value == null ? "" : toText.apply(value);
			if (!text.isDisposed() && !text.getText().equals(shown)) {
				text.setText(shown);
			}
		};
		refreshers.add(show);
		Runnable commit = () -> {
			String entered = text.getText().trim();
			Object current = profile.eGet(feature);
			String shown = current == null ? "" : toText.apply(current);
			if (entered.equals(shown)) {
				return;
			}
			try {
				Object value = entered.isEmpty() && !feature.getEType().getInstanceClass().isPrimitive() ? null : fromText.apply(entered);
				editor.execute(SetCommand.create(editor.getEditingDomain(), profile, feature, value));
				text.setToolTipText(null);
				text.setBackground(null);
			} catch (NumberFormatException e) {
				text.setToolTipText("'" + entered + "' is not a number; the value was not changed");
				text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
			}
		};
		text.addListener(SWT.FocusOut, e -> commit.run());
		text.addListener(SWT.DefaultSelection, e -> commit.run());
	}

	void refresh() {
		refreshers.forEach(Runnable::run);
		if (targets != null && !targets.isDisposed()) {
			targets.setText(String.join(", ", profile.getTargetRoles().stream()
					.map(r -> r.eIsProxy() ? String.valueOf(org.eclipse.emf.ecore.util.EcoreUtil.getURI(r).fragment()) + " (not found)"
							: r.getName())
					.toList()));
			targets.getParent().layout(true);
		}
	}
}
