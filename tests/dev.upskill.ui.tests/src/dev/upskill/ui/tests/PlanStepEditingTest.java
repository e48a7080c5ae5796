/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.ui.internal.editors.AddStepDialog;
import dev.upskill.ui.internal.editors.ModelGrid;
import dev.upskill.ui.internal.editors.PlanEditor;

/**
 * A plan edited by hand, on a copy of the sample plan: Add Step... lists the resources that teach
 * the plan's gaps first and adds the picked one after the last step, as one command Edit > Undo
 * names; Move Up and Move Down reorder the steps; the steps grid has a context menu with the usual
 * commands.
 */
class PlanStepEditingTest {

	private static final String MOVE_UP = "dev.upskill.ui.edit.moveUp";
	private static final String MOVE_DOWN = "dev.upskill.ui.edit.moveDown";

	private IFile file;
	private PlanEditor editor;

	@BeforeEach
	void open() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		Ui.processEvents();
		IFile sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana-ai-analyst.plan");
		// beside the sample profile, which the plan names by a relative address
		file = sample.getParent().getFile(new Path("hand-edited.plan"));
		if (file.exists()) {
			file.delete(true, null);
		}
		sample.copy(file.getFullPath(), true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (PlanEditor) IDE.openEditor(page, file, PlanEditor.ID);
		EditorLoads.await(editor);
		editor.showSteps();
		Ui.processEvents();
	}

	@AfterEach
	void close() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		if (file.exists()) {
			file.delete(true, null);
		}
	}

	private String undoText() {
		return editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).getText();
	}

	@Test
	void aStepIsAddedFromTheResourcesThatTeachTheGapsFirst() throws Exception {
		LearningPlan plan = editor.plan();
		int before = plan.getSteps().size();
		AddStepDialog dialog = editor.addStepDialog();
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.processEvents();
		try {
			List<LearningResource> shown = dialog.shown();
			assertTrue(shown.size() > 50, "every resource of the installed frameworks is offered: " + shown.size());
			int firstOther = 0;
			while (firstOther < shown.size() && !dialog.teaches(shown.get(firstOther)).isEmpty()) {
				firstOther++;
			}
			assertTrue(firstOther > 0, "some resources teach Dana's gaps to Data analyst using AI");
			for (LearningResource later : shown.subList(firstOther, shown.size())) {
				assertEquals("", dialog.teaches(later), later.getName() + " teaches no gap, so it comes after those that do");
			}
			LearningResource pick = shown.get(0);
			assertFalse(plan.getSteps().stream().anyMatch(s -> SkillKeys.of(s.getResource()).equals(SkillKeys.of(pick))),
					"the first offered is not in the plan yet: " + pick.getName());

			// the filter narrows the list, case does not matter
			String word = pick.getName().split(" ")[0].toUpperCase(Locale.ROOT);
			dialog.setFilter(word);
			Ui.processEvents();
			assertTrue(dialog.shown().contains(pick), word);
			assertTrue(dialog.shown().size() < shown.size(), "the filter '" + word + "' leaves out some resources");

			dialog.choose(pick);
			Ui.processEvents();
			// the sample's last step (other than the monthly meetup, which runs alongside) ends in week 48
			assertEquals(49, dialog.fromWeek(), "the new step starts after the last step");
			int weeks = Math.max(1, (int) Math.ceil(pick.getHours() / plan.getWeeklyHours()));
			// the sample plan runs from 2026-07-06 to 2027-06-28: its last week is 51
			assertEquals(Math.min(51, 49 + weeks - 1), dialog.toWeek(),
					"and lasts as long as its " + pick.getHours() + " h take at 7 h a week, within the plan");
			dialog.setToWeek(56);
			assertEquals(51, dialog.toWeek(), "no week past the plan's end date can be typed");
			dialog.add();
		} finally {
			dialog.close();
		}
		Ui.processEvents();

		assertEquals(before + 1, plan.getSteps().size());
		PlanStep added = plan.getSteps().get(before);
		assertEquals(49, added.getStartWeek());
		assertEquals(51, added.getEndWeek());
		assertTrue(Diagnostician.INSTANCE.validate(added).getSeverity() < Diagnostic.ERROR, "the step is within the plan");
		assertEquals("upskill:/framework/ai-upskilling", EcoreUtil.getURI(added.getResource()).trimFragment().toString(),
				"the step names the resource by its framework address, so the file stays portable");
		assertTrue(editor.isDirty());
		assertSame(added, editor.stepGrid().selectedElement(), "the new step is selected in the grid");
		assertEquals("&Undo Add Plan Step", undoText(), "Edit > Undo names what it undoes");

		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Ui.processEvents();
		assertEquals(before, plan.getSteps().size(), "undo removes the step");
		assertFalse(editor.isDirty());
	}

	@Test
	void stepsMoveUpAndDown() throws Exception {
		LearningPlan plan = editor.plan();
		List<PlanStep> order = new ArrayList<>(plan.getSteps());
		ModelGrid<PlanStep> steps = editor.stepGrid();
		steps.select(order.get(1));
		Ui.processEvents();

		editor.moveSelectedStep(false);
		Ui.processEvents();
		assertEquals(List.of(order.get(0), order.get(2), order.get(1)), plan.getSteps().subList(0, 3), "moved down one place");
		assertSame(order.get(1), steps.selectedElement(), "the moved step stays selected");
		assertEquals("&Undo Move Plan Step", undoText());
		assertTrue(editor.isDirty());

		editor.moveSelectedStep(true);
		editor.moveSelectedStep(true);
		Ui.processEvents();
		assertEquals(List.of(order.get(1), order.get(0), order.get(2)), plan.getSteps().subList(0, 3), "moved up twice: first");
		editor.moveSelectedStep(true);
		Ui.processEvents();
		assertSame(order.get(1), plan.getSteps().get(0), "the first step cannot move up");
	}

	@Test
	void altDownMovesTheStepWhileTheGridHasTheFocus() throws Exception {
		// the keys are bound in the workbench; pressing them runs the command, as executeCommand does here
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals(KeySequence.getInstance("M3+ARROW_DOWN"), bindings.getBestActiveBindingFor(MOVE_DOWN), "the Eclipse habit");
		assertEquals(KeySequence.getInstance("M3+ARROW_UP"), bindings.getBestActiveBindingFor(MOVE_UP));

		LearningPlan plan = editor.plan();
		List<PlanStep> order = new ArrayList<>(plan.getSteps());
		ModelGrid<PlanStep> steps = editor.stepGrid();
		steps.select(order.get(0));
		steps.table().forceFocus();
		Ui.processEvents();
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		handlers.executeCommand(MOVE_DOWN, null);
		Ui.processEvents();
		assertEquals(List.of(order.get(1), order.get(0)), plan.getSteps().subList(0, 2), "the key's command moved the step down");
		assertSame(order.get(0), steps.selectedElement());
	}

	@Test
	void theStepsGridHasAContextMenuWithTheUsualCommands() throws Exception {
		ModelGrid<PlanStep> steps = editor.stepGrid();
		steps.select(editor.plan().getSteps().get(2));
		Ui.processEvents();
		Menu menu = steps.table().getMenu();
		assertNotNull(menu, "the steps grid has a context menu");
		menu.notifyListeners(SWT.Show, new Event());
		Ui.processEvents();
		List<String> items = Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
				.map(i -> i.getText().replace("&", "").split("\t")[0]).toList();
		assertEquals(List.of("Add Step...", "Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Move Up", "Move Down", "Log Learning..."), items);
		MenuItem moveUp = Arrays.stream(menu.getItems()).filter(i -> i.getText().startsWith("Move &Up")).findFirst().orElseThrow();
		assertTrue(moveUp.isEnabled(), "a step in the middle moves up");
		assertTrue(moveUp.getText().contains("\t"), "Move Up shows its key (" + moveUp.getText() + ")");
		menu.notifyListeners(SWT.Hide, new Event());

		// Cut and Paste: the cut step is pasted after the selected one, each an undoable command
		LearningPlan plan = editor.plan();
		PlanStep third = plan.getSteps().get(2);
		int count = plan.getSteps().size();
		actionOf(menu, "Cu&t").run();
		Ui.processEvents();
		assertEquals(count - 1, plan.getSteps().size(), "cut removes the step");
		steps.select(plan.getSteps().get(0));
		Ui.processEvents();
		menu.notifyListeners(SWT.Show, new Event());
		IAction paste = actionOf(menu, "&Paste");
		assertTrue(paste.isEnabled(), "something was cut, so it can be pasted");
		paste.run();
		menu.notifyListeners(SWT.Hide, new Event());
		Ui.processEvents();
		assertEquals(count, plan.getSteps().size());
		assertSame(third.getResource(), plan.getSteps().get(1).getResource(), "pasted after the selected first step");
		assertEquals("&Undo Paste from Clipboard", undoText());
	}

	private static IAction actionOf(Menu menu, String text) {
		return Arrays.stream(menu.getItems()).filter(i -> i.getText().startsWith(text))
				.map(i -> i.getData() instanceof ActionContributionItem item ? item.getAction() : null)
				.findFirst().orElseThrow();
	}
}
