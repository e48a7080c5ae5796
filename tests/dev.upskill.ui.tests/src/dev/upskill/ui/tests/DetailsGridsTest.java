/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.model.Evidence;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillGain;
import dev.upskill.model.UpskillPackage.Literals;
import dev.upskill.ui.internal.editors.AssessmentsPage;
import dev.upskill.ui.internal.editors.FrameworkEditor;
import dev.upskill.ui.internal.editors.ModelEditor;
import dev.upskill.ui.internal.editors.ModelGrid;
import dev.upskill.ui.internal.editors.ProfileEditor;

/**
 * The details grids: the evidence of the selected assessment, the related roles of the selected
 * role and the gains and prerequisites of the selected resource follow the selection and are
 * edited through commands that Edit > Undo names.
 */
class DetailsGridsTest {

	private static final URI BUILT_IN = URI.createPlatformPluginURI("dev.upskill.frameworks.ai/frameworks/ai-upskilling.framework", true);

	private IProject project;
	private IWorkbenchPage page;

	@BeforeEach
	void project() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		Ui.processEvents();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Details Tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
	}

	@AfterEach
	void close() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, null);
	}

	private IFile copy(InputStream in, String name) throws Exception {
		IFile file = project.getFile(name);
		try (in) {
			if (file.exists()) {
				file.setContents(in, true, false, null);
			} else {
				file.create(in, true, null);
			}
		}
		return file;
	}

	private static String undoText(ModelEditor editor) {
		return editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).getText();
	}

	private static void undo(ModelEditor editor) {
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Ui.processEvents();
	}

	@Test
	void theEvidenceOfTheSelectedAssessment() throws Exception {
		IFile sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana.profile");
		IFile file = copy(sample.getContents(), "dana.profile");
		ProfileEditor editor = (ProfileEditor) IDE.openEditor(page, file, ProfileEditor.ID);
		EditorLoads.await(editor);
		editor.showAssessments();
		Ui.processEvents();
		AssessmentsPage assessments = (AssessmentsPage) editor.findPage("assessments");
		ModelGrid<Evidence> evidence = assessments.evidenceGrid();
		assertEquals(0, evidence.rowCount(), "no assessment selected, no evidence shown");

		Profile profile = (Profile) editor.getEditingDomain().getResourceSet().getResources().get(0).getContents().get(0);
		SkillAssessment withEvidence = profile.getAssessments().stream()
				.filter(a -> a.getEvidence().size() == 1 && "skill.pandas".equals(a.getSkill().getId())).findFirst().orElseThrow();
		SkillAssessment without = profile.getAssessments().stream().filter(a -> a.getEvidence().isEmpty()).findFirst().orElseThrow();
		editor.assessmentGrid().select(withEvidence);
		Ui.processEvents();
		assertEquals(1, evidence.rowCount());
		assertEquals("Monthly store report in pandas", evidence.cell(0, 0));
		assertEquals("project", evidence.cell(1, 0));
		editor.assessmentGrid().select(without);
		Ui.processEvents();
		assertEquals(0, evidence.rowCount(), "the grid follows the selected assessment");

		editor.assessmentGrid().select(withEvidence);
		Ui.processEvents();
		Evidence added = assessments.addEvidence();
		Ui.processEvents();
		assertEquals(2, withEvidence.getEvidence().size());
		assertEquals(2, evidence.rowCount());
		evidence.edit(0, 1, "Store report walkthrough");
		Ui.processEvents();
		assertEquals("Store report walkthrough", added.getTitle(), "the new evidence is edited in its row");
		assertEquals("&Undo Set Title", undoText(editor));
		undo(editor);
		assertEquals("&Undo Add Evidence", undoText(editor), "Edit > Undo names what it undoes");
		assertTrue(editor.isDirty());
		undo(editor);
		assertEquals(1, evidence.rowCount(), "undo removes the evidence");
		assertFalse(editor.isDirty());
	}

	@Test
	void relatedRolesGainsAndPrerequisites() throws Exception {
		IFile file = copy(URIConverter.INSTANCE.createInputStream(BUILT_IN), "ai-copy.framework");
		FrameworkEditor editor = (FrameworkEditor) IDE.openEditor(page, file, FrameworkEditor.ID);
		EditorLoads.await(editor);

		ModelGrid<Role> roles = editor.grid(2);
		Ui.processEvents();
		Role role = roles.cellElement(0);
		roles.select(role);
		Ui.processEvents();
		ModelGrid<Role> related = editor.relatedRolesGrid();
		assertEquals(role.getRelatedRoles().size(), related.rowCount());
		Role other = editor.roleChoices().stream().filter(r -> r.eResource() == role.eResource() && r != role
				&& !role.getRelatedRoles().contains(r)).findFirst().orElseThrow();
		int before = role.getRelatedRoles().size();
		editor.addRelatedRole(role, other);
		Ui.processEvents();
		assertEquals(before + 1, related.rowCount());
		assertEquals(other.getName(), related.cell(0, related.rowCount() - 1));
		assertEquals("&Undo Add Related Role", undoText(editor));
		undo(editor);
		assertEquals(before, role.getRelatedRoles().size());

		ModelGrid<LearningResource> resources = editor.grid(4);
		Ui.processEvents();
		LearningResource resource = resources.cellElement(0);
		resources.select(resource);
		Ui.processEvents();
		ModelGrid<SkillGain> gains = editor.gainsGrid();
		assertTrue(resource.getGains().size() > 0, resource.getName() + " teaches something");
		assertEquals(resource.getGains().size(), gains.rowCount());
		assertEquals(resource.getGains().get(0).getSkill().getName(), gains.cell(0, 0));
		assertEquals(resource.getPrerequisites().size(), editor.prerequisitesGrid().rowCount());
		int prerequisites = resource.getPrerequisites().size();
		SkillGain needed = editor.addGain(resource, Literals.LEARNING_RESOURCE__PREREQUISITES, resource.getGains().get(0).getSkill());
		Ui.processEvents();
		assertEquals(prerequisites + 1, editor.prerequisitesGrid().rowCount());
		assertEquals(1, needed.getLevel(), "the first level above the bottom of the 0-5 scale");
		assertEquals("&Undo Add Skill Gain", undoText(editor));
		undo(editor);
		assertEquals(prerequisites, resource.getPrerequisites().size());
	}
}
