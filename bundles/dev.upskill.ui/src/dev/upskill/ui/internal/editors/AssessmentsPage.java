/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.time.LocalDate;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.upskill.model.Profile;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.UpskillPackage.Literals;

/**
 * The dated assessments of a profile in a grid. A new assessment is added as a copy of the
 * selected one dated today: history is kept, never overwritten.
 */
final class AssessmentsPage extends FormPage {

	private final ModelEditor editor;
	private final Profile profile;
	private AssessmentGrid grid;

	AssessmentsPage(ModelEditor editor, Profile profile) {
		super(editor, "assessments", "Assessments");
		this.editor = editor;
		this.profile = profile;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText("Skill assessments (" + profile.getAssessments().size() + ")");
		toolkit.decorateFormHeading(form.getForm());
		ProfileEditor.contributeGeneratePlan(form, getSite());
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form.getBody());
		grid = new AssessmentGrid(form.getBody(), editor, profile);
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).span(2, 1).applyTo(ModelGrid.filterField(form.getBody(), grid));
		grid.table().moveBelow(null);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(grid.table());
		Composite buttons = toolkit.createComposite(form.getBody());
		buttons.moveBelow(grid.table());
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		Button reassess = toolkit.createButton(buttons, "Assess again", SWT.PUSH);
		reassess.setToolTipText("Adds a new assessment of the selected skill, dated today; the old one stays in the history.");
		GridDataFactory.fillDefaults().applyTo(reassess);
		reassess.addListener(SWT.Selection, e -> {
			SkillAssessment selected = grid.selectedElement();
			if (selected != null) {
				SkillAssessment next = UpskillFactory.eINSTANCE.createSkillAssessment();
				next.setSkill(selected.getSkill());
				next.setLevel(selected.getLevel());
				next.setSource(selected.getSource());
				next.setDate(LocalDate.now());
				editor.execute(AddCommand.create(editor.getEditingDomain(), profile, Literals.PROFILE__ASSESSMENTS, next));
			}
		});
		Button remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.addListener(SWT.Selection, e -> {
			SkillAssessment selected = grid.selectedElement();
			if (selected != null) {
				editor.execute(RemoveCommand.create(editor.getEditingDomain(), profile, Literals.PROFILE__ASSESSMENTS, selected));
			}
		});
	}

	AssessmentGrid grid() {
		return grid;
	}

	void refresh() {
		if (grid != null && !grid.table().isDisposed()) {
			grid.refresh();
			getManagedForm().getForm().setText("Skill assessments (" + profile.getAssessments().size() + ")");
		}
	}
}
