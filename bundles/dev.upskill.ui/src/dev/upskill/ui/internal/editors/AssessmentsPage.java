/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.upskill.model.Evidence;
import dev.upskill.model.Profile;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.UpskillPackage.Literals;
import dev.upskill.ui.internal.editors.ModelGrid.Column;
import dev.upskill.ui.internal.editors.ModelGrid.Kind;

/**
 * The dated assessments of a profile in a grid, and below it the evidence of the selected one. A
 * new assessment is added as a copy of the selected one dated today: history is kept, never
 * overwritten.
 */
public final class AssessmentsPage extends FormPage {

	private final ModelEditor editor;
	private final Profile profile;
	private AssessmentGrid grid;
	private final DetailList<SkillAssessment, Evidence> evidenceRows = new DetailList<>(SkillAssessment::getEvidence);
	private ModelGrid<Evidence> evidence;
	private ElementActions evidenceActions;
	private Label evidenceTitle;

	/** The context menus of the assessments and the evidence grids ({@code popup:} these ids). */
	static final String ASSESSMENTS_MENU = "dev.upskill.ui.editors.profile.assessments";
	static final String EVIDENCE_MENU = "dev.upskill.ui.editors.profile.evidence";

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
		// room for the evidence below it in a short editor
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 180).applyTo(grid.table());
		Action reassess = new Action("Assess &Again") {
			@Override
			public void run() {
				SkillAssessment selected = grid.selectedElement();
				if (selected != null) {
					SkillAssessment next = UpskillFactory.eINSTANCE.createSkillAssessment();
					next.setSkill(selected.getSkill());
					next.setLevel(selected.getLevel());
					next.setSource(selected.getSource());
					next.setDate(LocalDate.now());
					editor.execute(AddCommand.create(editor.getEditingDomain(), profile, Literals.PROFILE__ASSESSMENTS, next));
				}
			}
		};
		ElementActions actions = ElementActions.forGrid(editor, grid, SkillAssessment.class, ASSESSMENTS_MENU, () -> profile,
				Literals.PROFILE__ASSESSMENTS).withAdd(reassess);
		Composite buttons = toolkit.createComposite(form.getBody());
		buttons.moveBelow(grid.table());
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(toolkit, buttons, "Assess again",
				"Adds a new assessment of the selected skill, dated today; the old one stays in the history.", reassess);
		button(toolkit, buttons, "Remove", "Removes the selected assessment (Delete)", actions.delete);

		evidenceTitle = toolkit.createLabel(form.getBody(), "");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 8).applyTo(evidenceTitle);
		evidence = new ModelGrid<>(form.getBody(), editor, evidenceRows, List.of(
				Column.of("Title", Literals.EVIDENCE__TITLE, Kind.TEXT, 260),
				Column.of("Kind", Literals.EVIDENCE__KIND, Kind.ENUM, 90),
				Column.of("Date", Literals.EVIDENCE__DATE, Kind.DATE, 95),
				Column.of("Link", Literals.EVIDENCE__URL, Kind.TEXT, 300)));
		GridDataFactory.fillDefaults().grab(true, false).hint(600, 110).applyTo(evidence.table());
		Action addEvidence = new Action("Add &Evidence") {
			@Override
			public void run() {
				addEvidence();
			}
		};
		evidenceActions = ElementActions.forGrid(editor, evidence, Evidence.class, EVIDENCE_MENU, evidenceRows::master,
				Literals.SKILL_ASSESSMENT__EVIDENCE).withAdd(addEvidence);
		Composite evidenceButtons = toolkit.createComposite(form.getBody());
		GridLayoutFactory.fillDefaults().applyTo(evidenceButtons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(evidenceButtons);
		button(toolkit, evidenceButtons, "Add evidence", "Adds evidence to the selected assessment, dated today", addEvidence);
		button(toolkit, evidenceButtons, "Remove", "Removes the selected evidence (Delete)", evidenceActions.delete);
		// the evidence grid follows the assessment selected (in the grid or the Outline)
		editor.getSite().getSelectionProvider().addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			SkillAssessment shown = first instanceof SkillAssessment a ? a
					: first instanceof Evidence e && e.eContainer() instanceof SkillAssessment a ? a : evidenceRows.master();
			if (shown != evidenceRows.master()) {
				evidenceRows.setMaster(shown);
				refreshEvidence();
			}
		});
		refreshEvidence();
	}

	private static void button(FormToolkit toolkit, Composite parent, String text, String tip, IAction action) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.setToolTipText(tip);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Adds evidence, dated today, to the assessment whose evidence is shown; one command (Undo Add Evidence). */
	public Evidence addEvidence() {
		SkillAssessment assessment = evidenceRows.master();
		if (assessment == null) {
			return null;
		}
		Evidence added = UpskillFactory.eINSTANCE.createEvidence();
		added.setDate(LocalDate.now());
		editor.execute(AddCommand.create(editor.getEditingDomain(), assessment, Literals.SKILL_ASSESSMENT__EVIDENCE, added));
		Display.getCurrent().asyncExec(() -> {
			if (evidence != null && !evidence.table().isDisposed() && assessment.getEvidence().contains(added)) {
				evidence.select(added);
			}
		});
		return added;
	}

	private void refreshEvidence() {
		if (evidence == null || evidence.table().isDisposed()) {
			return;
		}
		evidence.refresh();
		SkillAssessment assessment = evidenceRows.master();
		evidenceTitle.setText(assessment == null ? "Evidence: select an assessment to see the evidence for it"
				: "Evidence for " + AssessmentGrid.skillName(assessment.getSkill()) + " at level " + assessment.getLevel()
						+ " (" + assessment.getDate() + ")");
	}

	/** The evidence grid: the evidence of the assessment selected. */
	public ModelGrid<Evidence> evidenceGrid() {
		return evidence;
	}

	AssessmentGrid grid() {
		return grid;
	}

	void refresh() {
		if (grid != null && !grid.table().isDisposed()) {
			grid.refresh();
			getManagedForm().getForm().setText("Skill assessments (" + profile.getAssessments().size() + ")");
		}
		refreshEvidence();
	}
}
