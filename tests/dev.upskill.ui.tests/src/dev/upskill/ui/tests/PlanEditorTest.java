/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.model.LearningResource;
import dev.upskill.ui.internal.editors.PlanEditor;

/** The plan editor on the sample plan: the steps grid edits status and hours through the command stack. */
class PlanEditorTest {

	private static final int STATUS = 3;
	private static final int HOURS = 4;

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void stepsAreEditedUndoneAndSaved() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		IFile sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana-ai-analyst.plan");
		IFile file = sample.getParent().getFile(new Path("copy.plan"));
		if (file.exists()) {
			file.delete(true, null);
		}
		sample.copy(file.getFullPath(), true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, file, PlanEditor.ID);
		EditorLoads.await(editor);
		editor.showSteps();
		Ui.processEvents();
		assertEquals("Machine Learning Specialization", editor.stepGrid().cell(0, 2), "the step's resource, from the built-in framework");
		assertEquals("inProgress", editor.stepGrid().cell(STATUS, 2));

		editor.stepGrid().edit(STATUS, 2, "done");
		editor.stepGrid().edit(HOURS, 2, 88.0);
		Ui.processEvents();
		assertEquals("done", editor.stepGrid().cell(STATUS, 2));
		assertTrue(editor.isDirty());
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Ui.processEvents();
		assertEquals(31.0, editor.stepGrid().cell(HOURS, 2), "the hours edit undone");
		assertEquals("done", editor.stepGrid().cell(STATUS, 2), "the status edit kept");

		// The resource of a step is picked from the installed frameworks' resources.
		LearningResource book = editor.resourceChoices().stream()
				.filter(r -> "res.hands-on-ml".equals(r.getId())).findFirst().orElseThrow();
		editor.stepGrid().edit(0, 2, book);
		Ui.processEvents();
		assertTrue(((String) editor.stepGrid().cell(0, 2)).startsWith("Hands-On Machine Learning"));

		editor.doSave(null);
		assertFalse(editor.isDirty());
		// Long elements are wrapped over lines: compare with runs of white space made one space.
		String saved = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
		assertTrue(saved.contains("res.hands-on-ml\" startWeek=\"10\" endWeek=\"23\" status=\"done\" hoursLogged=\"31.0\""),
				saved);
	}

}
