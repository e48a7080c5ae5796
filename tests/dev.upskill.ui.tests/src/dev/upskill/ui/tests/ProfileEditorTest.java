/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.resource.AtomicFileWriter;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ProblemCode;
import dev.upskill.ui.internal.editors.AssessmentGrid;
import dev.upskill.ui.internal.editors.ProblemMarkers;
import dev.upskill.ui.internal.editors.ProfileEditor;

/** The profile editor in the running workbench: edit, undo, redo, save, reopen; unreadable files; changes on disk. */
class ProfileEditorTest {

	/** The row of the sample's "Model evaluation" self-assessment at level 1: its place in the file. */
	private int modelEvaluationRow;

	private IWorkbenchPage page;
	private IProject project;
	private String sample;

	@BeforeEach
	void project() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		// The sample profile opens once its project is made; let it open now, not in the middle of a test.
		Ui.processEvents();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Editor Tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile original = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana.profile");
		sample = new String(original.getContents().readAllBytes(), StandardCharsets.UTF_8);
		Profile profile = (Profile) UpskillResourceFactory.createResourceSet()
				.getResource(URI.createPlatformResourceURI(original.getFullPath().toString(), true), true).getContents().get(0);
		modelEvaluationRow = -1;
		for (int row = 0; row < profile.getAssessments().size(); row++) {
			SkillAssessment assessment = profile.getAssessments().get(row);
			if ("skill.model-evaluation".equals(EcoreUtil.getURI(assessment.getSkill()).fragment()) && assessment.getLevel() == 1) {
				modelEvaluationRow = row;
			}
		}
		assertTrue(modelEvaluationRow >= 0, "the sample assesses model evaluation at level 1");
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
		Ui.processEvents();
	}

	private IFile file(String name, String content) throws Exception {
		IFile file = project.getFile(name);
		ByteArrayInputStream bytes = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(bytes, true, false, null);
		} else {
			file.create(bytes, true, null);
		}
		return file;
	}

	private ProfileEditor open(IFile file) throws Exception {
		ProfileEditor editor = (ProfileEditor) IDE.openEditor(page, file, ProfileEditor.ID);
		EditorLoads.await(editor);
		return editor;
	}

	@Test
	void editUndoRedoSaveAndReopen() throws Exception {
		IFile file = file("edit.profile", sample);
		ProfileEditor editor = open(file);
		editor.showAssessments();
		AssessmentGrid grid = editor.assessmentGrid();
		assertEquals("Model evaluation", grid.cell(AssessmentGrid.SKILL, modelEvaluationRow));
		assertEquals(1, grid.cell(AssessmentGrid.LEVEL, modelEvaluationRow));

		assertTrue(grid.edit(AssessmentGrid.LEVEL, modelEvaluationRow, 3));
		Ui.processEvents();
		assertEquals(3, grid.cell(AssessmentGrid.LEVEL, modelEvaluationRow));
		assertTrue(editor.isDirty(), "an edit makes the editor dirty");

		IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		IAction redo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
		assertNotNull(undo, "Edit > Undo is connected to the editor");
		Ui.waitFor(undo::isEnabled, "Edit > Undo enabled by the edit (the editor updates it after the command stack changes)");
		assertEquals("&Undo Set Level", undo.getText(), "Edit > Undo says what it undoes");
		undo.run();
		Ui.processEvents();
		assertEquals(1, grid.cell(AssessmentGrid.LEVEL, modelEvaluationRow), "undone");
		assertFalse(editor.isDirty(), "back to the saved state");
		Ui.waitFor(redo::isEnabled, "Edit > Redo enabled by the undo");
		assertEquals("&Redo Set Level", redo.getText());
		redo.run();
		Ui.processEvents();
		assertEquals(3, grid.cell(AssessmentGrid.LEVEL, modelEvaluationRow), "redone");

		editor.doSave(null);
		Ui.processEvents();
		assertFalse(editor.isDirty());
		String saved = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(saved.contains("skill=\"upskill:/framework/ai-upskilling#skill.model-evaluation\" level=\"3\""), saved);
		Path backup = AtomicFileWriter.backupOf(file.getLocation().toFile().toPath());
		assertEquals(sample, Files.readString(backup), "the previous version is kept as a backup");

		page.closeEditor(editor, false);
		ProfileEditor reopened = open(file);
		reopened.showAssessments();
		assertEquals(3, reopened.assessmentGrid().cell(AssessmentGrid.LEVEL, modelEvaluationRow), "the value is in the file");
	}

	@Test
	void aSkillIsPickedFromTheInstalledFrameworks() throws Exception {
		IFile file = file("pick.profile", sample);
		ProfileEditor editor = open(file);
		editor.showAssessments();
		AssessmentGrid grid = editor.assessmentGrid();
		Skill docker = editor.skillChoices().stream().filter(s -> "Docker".equals(s.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("Docker among the choices"));
		List<String> builtIn = PlatformUI.getWorkbench().getService(FrameworkRegistry.class).getFramework("ai-upskilling").orElseThrow()
				.skills().stream().map(SkillKeys::of).toList();
		assertTrue(editor.skillChoices().stream().map(SkillKeys::of).toList().containsAll(builtIn),
				"the " + builtIn.size() + " skills of the built-in framework are offered");
		grid.edit(AssessmentGrid.SKILL, modelEvaluationRow, docker);
		Ui.processEvents();
		assertEquals("Docker", grid.cell(AssessmentGrid.SKILL, modelEvaluationRow));
		editor.doSave(null);
		String saved = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(saved.contains("skill=\"upskill:/framework/ai-upskilling#skill.docker\" level=\"1\" date=\"2026-06-10\""),
				"stored by its framework address: " + saved);
	}

	@Test
	void aTargetRoleIsPickedFromTheInstalledFrameworks() throws Exception {
		IFile file = file("targets.profile", sample);
		ProfileEditor editor = open(file);
		Role genai = editor.roleChoices().stream().filter(r -> "role.genai-engineer".equals(r.getId()))
				.findFirst().orElseThrow();
		editor.addTargetRole(genai);
		Ui.processEvents();
		editor.doSave(null);
		String saved = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
		assertTrue(saved.contains("upskill:/framework/ai-upskilling#role.ml-engineer upskill:/framework/ai-upskilling#role.genai-engineer"),
				saved);
	}

	@Test
	void corruptFileOpensOnAnErrorPageAndIsLeftAlone() throws Exception {
		String truncated = sample.substring(0, sample.length() / 2);
		IFile file = file("corrupt.profile", truncated);
		byte[] before = file.getContents().readAllBytes();
		ProfileEditor editor = open(file);
		assertFalse(editor.isReadable());
		String error = editor.errorText();
		assertNotNull(error, "the error page is shown");
		assertTrue(error.contains("corrupt.profile"), error);
		assertTrue(error.contains("ends too early"), error);
		assertTrue(error.matches("(?s).*:\\d+:\\d+: error: .*"), "names the line: " + error);
		assertFalse(editor.isDirty());
		editor.doSave(null);
		page.closeEditor(editor, true);
		Ui.processEvents();
		assertArrayEquals(before, file.getContents().readAllBytes(), "the file is unchanged byte for byte");
	}

	@Test
	void fileChangedOnDiskUnderUnsavedChangesAsksFirst() throws Exception {
		IFile file = file("changed.profile", sample);
		ProfileEditor editor = open(file);
		editor.showAssessments();
		List<String> questions = new ArrayList<>();
		boolean[] answer = { false };
		editor.setPrompter((title, question) -> {
			questions.add(question);
			return answer[0];
		});
		editor.assessmentGrid().edit(AssessmentGrid.LEVEL, modelEvaluationRow, 2);
		Ui.processEvents();
		assertTrue(editor.isDirty());

		// Someone else changes the file: the person's weekly hours.
		file("changed.profile", sample.replace("weeklyHours=\"7.0\"", "weeklyHours=\"9.0\""));
		Ui.waitFor(() -> !questions.isEmpty(), "the question");
		assertTrue(questions.get(0).contains("changed on disk"), questions.toString());
		assertTrue(editor.isDirty(), "keeping the unsaved changes when the user says no");
		assertEquals(2, editor.assessmentGrid().cell(AssessmentGrid.LEVEL, modelEvaluationRow));

		// Saving now would overwrite the other change: asked again; "no" writes nothing.
		editor.doSave(null);
		assertEquals(2, questions.size(), "asked before overwriting: " + questions);
		assertTrue(new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8).contains("weeklyHours=\"9.0\""));

		answer[0] = true;
		file("changed.profile", sample.replace("weeklyHours=\"7.0\"", "weeklyHours=\"8.0\""));
		Ui.waitFor(() -> !editor.isDirty(), "the reload after yes");
		EditorLoads.await(editor); // the reload reads the file in a Job, then shows the pages again
		editor.showAssessments();
		assertEquals(1, editor.assessmentGrid().cell(AssessmentGrid.LEVEL, modelEvaluationRow), "the file's content replaced the edit");
	}

	@Test
	void problemsAreMarkersAndAMarkerShowsItsElement() throws Exception {
		// Model evaluation assessed at 9, on a 0-5 scale.
		String broken = sample.replace("skill.model-evaluation\" level=\"1\"", "skill.model-evaluation\" level=\"9\"");
		IFile file = file("invalid.profile", broken);
		ProfileEditor editor = open(file);
		IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, 0);
		assertEquals(1, markers.length, "one problem");
		IMarker marker = markers[0];
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(ProblemCode.LEVEL_NOT_IN_SCALE.id(), marker.getAttribute(ProblemMarkers.CODE, ""), "the marker carries the code");
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("level 9"), marker.getAttribute(IMarker.MESSAGE, ""));
		int line = broken.lines().toList().indexOf(broken.lines().filter(l -> l.contains("level=\"9\"")).findFirst().orElseThrow()) + 1;
		assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, 0));

		IDE.gotoMarker(editor, marker);
		Ui.processEvents();
		assertEquals("Model evaluation", editor.assessmentGrid().selectedElement().getSkill().getName(),
				"the marker selects its assessment");

		editor.showAssessments();
		editor.assessmentGrid().edit(AssessmentGrid.LEVEL, modelEvaluationRow, 3);
		editor.doSave(null);
		assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, false, 0).length, "fixed and saved: no marker");
	}

	@Test
	void outlineAndPropertiesFollowTheModel() throws Exception {
		IFile file = file("properties.profile", sample);
		ProfileEditor editor = open(file);
		assertNotNull(editor.getAdapter(IContentOutlinePage.class), "an Outline page");
		assertNotNull(editor.getAdapter(IPropertySheetPage.class), "a Properties page");
		editor.showAssessments();
		SkillAssessment assessment = ((Profile) editor.getEditingDomain().getResourceSet()
				.getResources().get(0).getContents().get(0)).getAssessments().get(modelEvaluationRow);
		editor.assessmentGrid().select(assessment);
		Ui.processEvents();
		assertEquals(assessment, ((IStructuredSelection) editor.getSite().getSelectionProvider()
				.getSelection()).getFirstElement(), "the grid's selection is the editor's, for the Properties view");

		IPropertySource properties = editor.propertiesOf(assessment);
		IPropertyDescriptor note = Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Note")).findFirst().orElseThrow();
		properties.setPropertyValue(note.getId(), "Reviewed with Priya");
		Ui.processEvents();
		assertEquals("Reviewed with Priya", assessment.getNote());
		assertTrue(editor.isDirty(), "a change in the Properties view is an edit like any other");
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Ui.processEvents();
		assertEquals(null, assessment.getNote(), "and it can be undone");
	}

}
