/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.widget.NatCombo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanStep;
import dev.upskill.model.Profile;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillRequirement;
import dev.upskill.ui.internal.editors.AssessmentGrid;
import dev.upskill.ui.internal.editors.FrameworkEditor;
import dev.upskill.ui.internal.editors.ModelGrid;
import dev.upskill.ui.internal.editors.PlanEditor;
import dev.upskill.ui.internal.editors.ProfileEditor;

/**
 * Editing in the grids as a user does it, with key presses and clicks on the cells: a level is
 * picked from the skill's scale by name, what the model cannot hold is refused at the cell with a
 * message (nothing changes, the editor stays clean), editing starts on a double-click or a key,
 * and enumeration values read as words.
 */
class CellEditingTest {

	/** The sample's first assessment: SQL at 3 on the built-in 0-5 scale. */
	private static final int SQL_ROW = 0;
	private static final int FROM_WEEK = 1;
	private static final int STATUS = 3;
	/** The sample plan's step in progress (the Machine Learning Specialization). */
	private static final int IN_PROGRESS_ROW = 2;
	/** The Level column of the framework editor's Requirements grid. */
	private static final int REQUIRED_LEVEL = 2;
	private static final URI BUILT_IN = URI.createPlatformPluginURI("dev.upskill.frameworks.ai/frameworks/ai-upskilling.framework", true);

	private IWorkbenchPage page;
	private IProject project;
	private ProfileEditor editor;
	private AssessmentGrid grid;
	private SkillAssessment sql;

	@BeforeEach
	void openTheSampleProfile() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		Ui.processEvents();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Cell Editing Tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana.profile");
		IFile file = copy(sample, "cells.profile");
		editor = (ProfileEditor) IDE.openEditor(page, file, ProfileEditor.ID);
		EditorLoads.await(editor);
		editor.showAssessments();
		Ui.processEvents();
		grid = editor.assessmentGrid();
		sql = grid.cellElement(SQL_ROW);
		assertEquals("SQL", grid.cell(AssessmentGrid.SKILL, SQL_ROW));
		assertEquals(3, sql.getLevel(), "the sample assesses SQL at 3 first");
	}

	@AfterEach
	void closeEditors() {
		NatTable table = grid == null ? null : grid.table();
		if (table != null && !table.isDisposed() && table.getActiveCellEditor() != null) {
			table.getActiveCellEditor().close();
		}
		page.closeAllEditors(false);
		Ui.processEvents();
	}

	private IFile copy(IFile sample, String name) throws Exception {
		IFile file = project.getFile(name);
		byte[] bytes = sample.getContents().readAllBytes();
		if (file.exists()) {
			file.setContents(new ByteArrayInputStream(bytes), true, false, null);
		} else {
			file.create(new ByteArrayInputStream(bytes), true, null);
		}
		return file;
	}

	@Test
	void aLevelOffTheScaleIsRefusedAtTheCellWithAMessage() throws Exception {
		click(grid, AssessmentGrid.LEVEL, SQL_ROW);
		type(grid.table(), '7'); // typing in the selected cell starts editing with the key typed
		NatCombo combo = levelPicker(grid);
		assertEquals("7", text(combo).getText());

		press(text(combo), SWT.CR, '\r');

		assertEquals(3, sql.getLevel(), "the model keeps its level");
		assertFalse(editor.isDirty(), "nothing was changed");
		String message = grid.refusal();
		assertNotNull(message, "a message says why");
		assertTrue(message.contains("7 is not a level") && message.contains("from 0 to 5") && message.contains("3 Practitioner"),
				message);
		assertTrue(grid.refusalShown(), "shown on the cell, not only in the log");
		ICellEditor open = grid.table().getActiveCellEditor();
		assertTrue(open != null && !open.isClosed(), "the editor stays open with what was typed, to be corrected");

		press(text(combo), SWT.ESC, (char) SWT.ESC);
		assertTrue(grid.table().getActiveCellEditor() == null || grid.table().getActiveCellEditor().isClosed(), "Esc cancels");
		assertNull(grid.refusal(), "the message goes with the editor");
		assertEquals("3 - Practitioner", grid.text(AssessmentGrid.LEVEL, SQL_ROW));

		// Any other way in (paste, a program) is refused the same way.
		assertFalse(grid.edit(AssessmentGrid.LEVEL, SQL_ROW, 7));
		assertTrue(grid.refusal().contains("7 is not a level"), grid.refusal());
		assertEquals(3, sql.getLevel());
		assertFalse(editor.isDirty());
	}

	/**
	 * A key and Enter typed at once: GTK's drop-down selects its first item as it opens, before the
	 * typed key is put back in the text; the level typed is taken, not that item (it was: "0 - None").
	 */
	@Test
	void aLevelTypedAndEnteredAtOnceIsTheLevelTyped() throws Exception {
		click(grid, AssessmentGrid.LEVEL, SQL_ROW);
		Event key = new Event();
		key.keyCode = '5';
		key.character = '5';
		grid.table().notifyListeners(SWT.KeyDown, key); // no events processed: the drop-down is not open yet
		NatCombo combo = levelPicker(grid);
		text(combo).setText("0 - None"); // what the drop-down selects as it opens on GTK

		press(text(combo), SWT.CR, '\r');

		assertEquals(5, sql.getLevel(), "the level typed is taken");
		assertEquals("5 - Expert", grid.text(AssessmentGrid.LEVEL, SQL_ROW));
	}

	@Test
	void textThatNamesNoLevelIsRefusedSayingWhatIsExpected() throws Exception {
		click(grid, AssessmentGrid.LEVEL, SQL_ROW);
		type(grid.table(), 'a');
		NatCombo combo = levelPicker(grid);
		Text text = text(combo);
		text.setText("abc");
		text.setSelection(3);
		release(text, 'c');
		String message = grid.refusal();
		assertNotNull(message, "said as it is typed, not only a red cell");
		assertTrue(message.startsWith("'abc' is not a level.\nEnter a level from 0 to 5 of the scale 'Proficiency 0-5':"), message);
		assertTrue(grid.refusalShown());

		press(text, SWT.CR, '\r');
		assertEquals(3, sql.getLevel());
		assertFalse(editor.isDirty());
		assertNotNull(grid.refusal(), "Enter does not take it either");
	}

	@Test
	void aLevelIsChosenByItsNameFromTheSkillsScale() throws Exception {
		assertEquals("3 - Practitioner", grid.text(AssessmentGrid.LEVEL, SQL_ROW), "levels are shown by name");
		click(grid, AssessmentGrid.LEVEL, SQL_ROW);
		press(grid.table(), SWT.F2, '\0');
		NatCombo combo = levelPicker(grid);
		assertEquals(List.of("0 - None", "1 - Awareness", "2 - Beginner", "3 - Practitioner", "4 - Advanced", "5 - Expert"),
				dropDownItems(combo), "the drop-down lists the levels of the skill's scale");
		combo.select(4);
		press(text(combo), SWT.CR, '\r');

		assertEquals(4, sql.getLevel());
		assertEquals("4 - Advanced", grid.text(AssessmentGrid.LEVEL, SQL_ROW));
		assertTrue(editor.isDirty());
		assertNull(grid.refusal());

		// A level can be typed by its name too.
		click(grid, AssessmentGrid.LEVEL, SQL_ROW);
		type(grid.table(), 'p');
		Text text = text(levelPicker(grid));
		text.setText("practitioner");
		press(text, SWT.CR, '\r');
		assertEquals(3, sql.getLevel());
	}

	@Test
	void tabCommitsAndOpensTheNextCellsEditor() throws Exception {
		click(grid, AssessmentGrid.LEVEL, SQL_ROW);
		press(grid.table(), SWT.F2, '\0');
		NatCombo combo = levelPicker(grid);
		combo.select(2);
		Event tab = new Event();
		tab.keyCode = SWT.TAB;
		tab.character = '\t';
		tab.detail = SWT.TRAVERSE_TAB_NEXT;
		tab.doit = true;
		text(combo).notifyListeners(SWT.Traverse, tab);
		Ui.waitFor(() -> sql.getLevel() == 2, "the level committed by Tab");
		// the model change refreshes the grid after the command (asynchronously): the next editor stays open
		for (int i = 0; i < 10; i++) {
			Ui.processEvents();
			Thread.sleep(20);
		}
		ICellEditor next = grid.table().getActiveCellEditor();
		assertTrue(next != null && !next.isClosed(), "Tab opens the next cell's editor");
		assertEquals(AssessmentGrid.DATE, next.getColumnIndex());
		assertEquals(sql, grid.selectedElement());
	}

	@Test
	void aSingleClickSelectsADoubleClickEdits() throws Exception {
		NatTable table = grid.table();
		click(grid, AssessmentGrid.SKILL, SQL_ROW);
		// NatTable waits the double-click time to tell a click from a double-click.
		long until = System.currentTimeMillis() + table.getDisplay().getDoubleClickTime() + 300;
		while (System.currentTimeMillis() < until) {
			Ui.processEvents();
			Thread.sleep(20);
		}
		assertEquals(sql, grid.selectedElement(), "the click selects the row");
		assertTrue(table.getActiveCellEditor() == null || table.getActiveCellEditor().isClosed(),
				"a single click does not open the skill's drop-down");

		doubleClick(grid, AssessmentGrid.SKILL, SQL_ROW);
		ICellEditor open = table.getActiveCellEditor();
		assertTrue(open != null && !open.isClosed(), "a double-click starts editing");
		assertEquals(AssessmentGrid.SKILL, open.getColumnIndex());
		open.close();
		assertEquals("SQL", grid.cell(AssessmentGrid.SKILL, SQL_ROW));
		assertFalse(editor.isDirty());
	}

	@Test
	void statusesReadAsWordsAndWeeksTheModelCannotHoldAreRefused() throws Exception {
		IFile sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana-ai-analyst.plan");
		PlanEditor plan = (PlanEditor) IDE.openEditor(page, copy(sample, "cells.plan"), PlanEditor.ID);
		EditorLoads.await(plan);
		plan.showSteps();
		Ui.processEvents();
		ModelGrid<PlanStep> steps = plan.stepGrid();
		PlanStep step = steps.cellElement(IN_PROGRESS_ROW);
		assertEquals("inProgress", step.getStatus().getLiteral());
		assertEquals("In progress", steps.text(STATUS, IN_PROGRESS_ROW), "the grid");

		IPropertySource properties = plan.propertiesOf(step);
		IPropertyDescriptor status = Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Status")).findFirst().orElseThrow();
		assertEquals("In progress", status.getLabelProvider().getText(properties.getPropertyValue(status.getId())),
				"the Properties view");

		page.showView(IPageLayout.ID_OUTLINE);
		page.activate(plan);
		Ui.processEvents();
		List<String> outline = new ArrayList<>();
		for (Shell shell : page.getWorkbenchWindow().getShell().getDisplay().getShells()) {
			collectTreeLabels(shell, outline);
		}
		assertTrue(outline.stream().anyMatch(l -> l.contains("Machine Learning Specialization") && l.endsWith(", in progress)")),
				"the Outline: " + outline);
		assertFalse(outline.stream().anyMatch(l -> l.contains("inProgress")), outline.toString());

		// Weeks: a negative week and text are refused at the cell.
		int start = step.getStartWeek();
		assertFalse(steps.edit(FROM_WEEK, IN_PROGRESS_ROW, -1));
		assertTrue(steps.refusal().contains("must be 1 or later"), steps.refusal());
		click(steps, FROM_WEEK, IN_PROGRESS_ROW);
		type(steps.table(), 'x');
		Text weeks = assertInstanceOf(Text.class, steps.table().getActiveCellEditor().getEditorControl());
		release(weeks, 'x');
		assertTrue(steps.refusal().contains("'x' is not a whole number"), steps.refusal());
		press(weeks, SWT.CR, '\r');
		assertEquals(start, step.getStartWeek());
		assertFalse(plan.isDirty(), "nothing was changed");
		press(weeks, SWT.ESC, (char) SWT.ESC);
		assertTrue(steps.edit(FROM_WEEK, IN_PROGRESS_ROW, start + 1), "a week the model can hold is taken");
		assertEquals(start + 1, step.getStartWeek());
		assertEquals(step, ((LearningPlan) EcoreUtil.getRootContainer(step)).getSteps().get(IN_PROGRESS_ROW));
	}

	@Test
	void requirementLevelsArePickedFromTheScaleInTheFrameworkEditor() throws Exception {
		IFile file = project.getFile("cells.framework");
		try (InputStream in = URIConverter.INSTANCE.createInputStream(BUILT_IN)) {
			if (file.exists()) {
				file.setContents(in, true, false, null);
			} else {
				file.create(in, true, null);
			}
		}
		FrameworkEditor framework = (FrameworkEditor) IDE.openEditor(page, file, FrameworkEditor.ID);
		EditorLoads.await(framework);
		ModelGrid<SkillRequirement> requirements = framework.grid(3);
		Ui.processEvents();
		SkillRequirement first = requirements.cellElement(0);
		int level = first.getLevel();
		assertTrue(requirements.text(REQUIRED_LEVEL, 0).matches(level + " - \\w+"), requirements.text(REQUIRED_LEVEL, 0));

		assertFalse(requirements.edit(REQUIRED_LEVEL, 0, 9));
		assertTrue(requirements.refusal().startsWith("9 is not a level of the skill's scale."), requirements.refusal());
		assertEquals(level, first.getLevel());
		assertFalse(framework.isDirty());

		int other = level == 5 ? 4 : 5;
		assertTrue(requirements.edit(REQUIRED_LEVEL, 0, other));
		assertEquals(other, first.getLevel());
		assertTrue(framework.isDirty());
	}

	@Test
	void aFormFieldRefusesWhatTheModelCannotHold() throws Exception {
		Profile profile = (Profile) sql.eContainer();
		double hours = profile.getWeeklyHours();
		IFormPage overview = editor.setActivePage("overview");
		Ui.processEvents();
		Text weekly = fieldAfter(overview.getManagedForm().getForm(), "Hours per week");
		assertNotNull(weekly, "the Hours per week field of the overview");
		weekly.setText("500");
		weekly.notifyListeners(SWT.DefaultSelection, new Event());
		Ui.processEvents();
		assertEquals(hours, profile.getWeeklyHours());
		assertFalse(editor.isDirty());
		assertNotNull(weekly.getToolTipText());
		assertTrue(weekly.getToolTipText().contains("must be between 0 and 100"), weekly.getToolTipText());

		weekly.setText("9");
		weekly.notifyListeners(SWT.DefaultSelection, new Event());
		Ui.processEvents();
		assertEquals(9.0, profile.getWeeklyHours());
		assertNull(weekly.getToolTipText(), "the message goes once the value is taken");
	}

	/** The text field after the label with the given text, in a form. */
	private static Text fieldAfter(Composite parent, String label) {
		Control[] children = parent.getChildren();
		for (int i = 0; i < children.length; i++) {
			if (children[i] instanceof Label l && label.equals(l.getText()) && i + 1 < children.length
					&& children[i + 1] instanceof Text text) {
				return text;
			}
			if (children[i] instanceof Composite composite) {
				Text found = fieldAfter(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void collectTreeLabels(Control control, List<String> labels) {
		if (control instanceof Tree tree) {
			for (TreeItem item : tree.getItems()) {
				collectItems(item, labels);
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTreeLabels(child, labels);
			}
		}
	}

	private static void collectItems(TreeItem item, List<String> labels) {
		labels.add(item.getText());
		for (TreeItem child : item.getItems()) {
			collectItems(child, labels);
		}
	}

	/** The level picker open in the grid. */
	private static NatCombo levelPicker(ModelGrid<?> grid) {
		ICellEditor open = grid.table().getActiveCellEditor();
		assertNotNull(open, "a cell editor is open");
		return assertInstanceOf(NatCombo.class, open.getEditorControl(), "the level is picked from a drop-down");
	}

	private static Text text(NatCombo combo) {
		return (Text) Arrays.stream(combo.getChildren()).filter(Text.class::isInstance).findFirst().orElseThrow();
	}

	/** The items of the combo's drop-down (a table in a shell of its own). */
	private static List<String> dropDownItems(NatCombo combo) {
		for (Shell shell : combo.getShell().getShells()) {
			for (Control child : shell.getChildren()) {
				if (child instanceof Table table && table.isVisible()) {
					return Arrays.stream(table.getItems()).map(TableItem::getText).toList();
				}
			}
		}
		throw new AssertionError("the drop-down is open");
	}

	/** The centre of a body cell in the NatTable's coordinates (after the row and column headers). */
	private static Rectangle bounds(ModelGrid<?> grid, int column, int row) {
		return grid.table().getCellByPosition(column + 1, row + 1).getBounds();
	}

	private static void click(ModelGrid<?> grid, int column, int row) {
		Rectangle cell = bounds(grid, column, row);
		mouse(grid.table(), SWT.MouseDown, cell, 1);
		mouse(grid.table(), SWT.MouseUp, cell, 1);
		Ui.processEvents();
	}

	private static void doubleClick(ModelGrid<?> grid, int column, int row) {
		Rectangle cell = bounds(grid, column, row);
		mouse(grid.table(), SWT.MouseDown, cell, 1);
		mouse(grid.table(), SWT.MouseUp, cell, 1);
		mouse(grid.table(), SWT.MouseDown, cell, 2);
		mouse(grid.table(), SWT.MouseDoubleClick, cell, 2);
		mouse(grid.table(), SWT.MouseUp, cell, 2);
		Ui.processEvents();
	}

	private static void mouse(Control control, int type, Rectangle cell, int count) {
		Event event = new Event();
		event.x = cell.x + cell.width / 2;
		event.y = cell.y + cell.height / 2;
		event.button = 1;
		event.count = count;
		event.time = (int) System.currentTimeMillis();
		control.notifyListeners(type, event);
	}

	private static void type(Control control, char character) {
		press(control, character, character);
	}

	private static void press(Control control, int keyCode, char character) {
		Event event = new Event();
		event.keyCode = keyCode;
		event.character = character;
		control.notifyListeners(SWT.KeyDown, event);
		Ui.processEvents();
		if (!control.isDisposed()) {
			release(control, character);
		}
	}

	private static void release(Control control, char character) {
		Event event = new Event();
		event.keyCode = character;
		event.character = character;
		control.notifyListeners(SWT.KeyUp, event);
		Ui.processEvents();
	}
}
