/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.plan.timeline.TimelineLayout;
import dev.upskill.core.plan.timeline.WeeklyLoad;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanStep;
import dev.upskill.model.StepStatus;
import dev.upskill.model.UpskillPackage.Literals;
import dev.upskill.ui.internal.editors.PlanEditor;
import dev.upskill.ui.internal.plan.TimelineCanvas;

/** The plan editor's Timeline page on a copy of the sample plan. */
class PlanTimelineTest {

	private PlanEditor editor;
	private LearningPlan plan;
	private TimelineCanvas timeline;

	@BeforeEach
	void open() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		IFile sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana-ai-analyst.plan");
		IFile file = sample.getParent().getFile(new Path("timeline.plan"));
		if (file.exists()) {
			file.delete(true, null);
		}
		sample.copy(file.getFullPath(), true, null);
		editor = (PlanEditor) IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, PlanEditor.ID);
		EditorLoads.await(editor);
		plan = (LearningPlan) editor.getEditingDomain().getResourceSet().getResources().get(0).getContents().get(0);
		timeline = editor.showTimeline();
		Ui.processEvents();
		assertNotNull(timeline, "the Timeline page has its canvas once shown");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	private PlanStep step(String resourceId) {
		return plan.getSteps().stream().filter(s -> s.getResource().getId().equals(resourceId)).findFirst().orElseThrow();
	}

	private static double hoursPerWeekByHand(PlanStep step) {
		return step.getResource().getHours() / (step.getEndWeek() - step.getStartWeek() + 1);
	}

	@Test
	void weeklyLoadIsEachStepsHoursSpreadOverItsWeeks() {
		PlanStep python = step("res.python-for-data-analysis");
		PlanStep ml = step("res.coursera-ml-specialization");
		PlanStep pipeline = step("res.project-sql-feature-pipeline");
		PlanStep meetup = step("res.meetup-pydata");
		WeeklyLoad load = timeline.layout().load();

		// week 1: the Python book and the meetup; week 9: the ML course and the meetup; the first week
		// of the pipeline project: the project and the meetup; the week after the meetup's last: nothing
		assertEquals(hoursPerWeekByHand(python) + hoursPerWeekByHand(meetup), load.hours(1), 1e-9);
		assertEquals(hoursPerWeekByHand(ml) + hoursPerWeekByHand(meetup), load.hours(ml.getStartWeek()), 1e-9);
		assertEquals(hoursPerWeekByHand(pipeline) + hoursPerWeekByHand(meetup), load.hours(pipeline.getStartWeek()), 1e-9);
		assertEquals(0, load.hours(meetup.getEndWeek() + 1), 1e-9);
		assertEquals(plan.getWeeklyHours(), load.capacity());
		assertEquals(load.hours(1) > plan.getWeeklyHours(), load.over(1));

		// the axis runs to the week of the deadline (the sample's end date is after the last step)
		int deadlineWeek = TimelineLayout.week(plan.getStartDate(), plan.getEndDate());
		assertEquals(Math.max(deadlineWeek, plan.getSteps().stream().mapToInt(PlanStep::getEndWeek).max().orElseThrow()),
				timeline.layout().weeks());
		assertEquals(plan.getSteps().size(), timeline.layout().bars().size());
	}

	@Test
	void clickingABarSelectsItsStepAndSelectingElsewhereHighlightsIt() {
		PlanStep ml = step("res.coursera-ml-specialization");
		assertNotEquals(ml, selected());
		click(ml);
		assertEquals(ml, selected(), "the step is the editor's selection");
		assertEquals(ml, timeline.selected());

		PlanStep other = plan.getSteps().get(0);
		click(other);
		assertEquals(other, selected());

		// selecting a row of the steps grid highlights its bar on the timeline
		PlanStep last = plan.getSteps().get(plan.getSteps().size() - 1);
		editor.showSteps();
		Ui.processEvents();
		editor.stepGrid().select(last);
		Ui.processEvents();
		assertEquals(last, selected());
		assertEquals(last, editor.showTimeline().selected());
	}

	private void click(PlanStep step) {
		TimelineLayout.Box bar = timeline.layout().bar(step).box();
		Event event = new Event();
		event.button = 1;
		event.x = bar.centerX() - timeline.originX();
		event.y = bar.centerY() - timeline.originY();
		timeline.control().notifyListeners(SWT.MouseDown, event);
		Ui.processEvents();
	}

	private Object selected() {
		return ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
	}

	@Test
	void editsAndUndoRedrawTheBars() {
		PlanStep ml = step("res.coursera-ml-specialization");
		int endWeek = ml.getEndWeek();
		TimelineLayout.Box before = timeline.layout().bar(ml).box();
		assertEquals(timeline.layout().x(ml.getStartWeek()), before.x());
		assertEquals(timeline.layout().x(endWeek + 1) - 1, before.right());
		double loadAfter = timeline.layout().load().hours(endWeek + 1);

		int longer = 4;
		editor.execute(SetCommand.create(editor.getEditingDomain(), ml, Literals.PLAN_STEP__END_WEEK, endWeek + longer));
		Ui.processEvents();
		TimelineLayout.Box after = timeline.layout().bar(ml).box();
		int weekWidth = timeline.layout().metrics().weekWidth();
		assertEquals(before.x(), after.x());
		assertEquals(before.width() + longer * weekWidth, after.width(), "the bar grows by the weeks added");
		assertEquals(loadAfter + ml.getResource().getHours() / (endWeek + longer - ml.getStartWeek() + 1),
				timeline.layout().load().hours(endWeek + 1), 1e-9, "the load of the week after now has the course");

		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Ui.processEvents();
		assertEquals(before, timeline.layout().bar(ml).box(), "undo restores the bar");

		// a status edit in the grid shows in the bar's tooltip
		assertTrue(tooltipOf(ml).endsWith("Status: in progress"), tooltipOf(ml));
		editor.execute(SetCommand.create(editor.getEditingDomain(), ml, Literals.PLAN_STEP__STATUS, StepStatus.DONE));
		Ui.processEvents();
		assertTrue(tooltipOf(ml).endsWith("Status: done"), tooltipOf(ml));
	}

	private String tooltipOf(PlanStep step) {
		TimelineLayout.Box bar = timeline.layout().bar(step).box();
		Event event = new Event();
		event.x = bar.centerX() - timeline.originX();
		event.y = bar.centerY() - timeline.originY();
		timeline.control().notifyListeners(SWT.MouseMove, event);
		return timeline.control().getToolTipText();
	}

	@Test
	void aLongPlanScrollsSideways() {
		PlanStep last = plan.getSteps().get(plan.getSteps().size() - 1);
		int weeks = 4 * timeline.layout().weeks();
		editor.execute(SetCommand.create(editor.getEditingDomain(), last, Literals.PLAN_STEP__END_WEEK, weeks));
		Ui.processEvents();
		assertEquals(weeks, timeline.layout().weeks());
		var bar = timeline.control().getHorizontalBar();
		assertTrue(timeline.layout().width() > timeline.control().getClientArea().width, "wider than the page");
		assertEquals(timeline.layout().width(), bar.getMaximum());
		assertTrue(bar.getVisible());

		// selecting the step scrolls its bar into view
		timeline.select(last);
		Ui.processEvents();
		assertTrue(timeline.originX() > 0);
		assertEquals(last, selected());
	}
}
