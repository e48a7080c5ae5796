/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.plan;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanStep;

/**
 * The plan editor's Timeline page: the steps as bars over the weeks and the weekly load below
 * them. A click on a bar makes its step the editor's selection; a double-click opens it in the
 * steps grid.
 */
public final class TimelinePage extends FormPage {

	public static final String ID = "timeline";

	private final LearningPlan plan;
	private final Consumer<PlanStep> select;
	private final Consumer<PlanStep> open;
	private TimelineCanvas canvas;

	/**
	 * @param select makes a step the editor's selection
	 * @param open   shows a step in the steps grid
	 */
	public TimelinePage(FormEditor editor, LearningPlan plan, Consumer<PlanStep> select, Consumer<PlanStep> open) {
		super(editor, ID, "Timeline");
		this.plan = plan;
		this.select = select;
		this.open = open;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText("Timeline");
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(form.getBody());
		canvas = new TimelineCanvas(form.getBody(), plan, getEditor().getSite().getSelectionProvider(), select, open, LocalDate::now);
		// a small hint: the form fills the page, the canvas scrolls itself
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(canvas.control());
	}

	/** The canvas, or null before the page was first shown. */
	public TimelineCanvas canvas() {
		return canvas == null || canvas.control().isDisposed() ? null : canvas;
	}

	/** Redraws from the model, if the page has been shown. */
	public void refresh() {
		if (canvas() != null) {
			canvas.refresh();
		}
	}
}
