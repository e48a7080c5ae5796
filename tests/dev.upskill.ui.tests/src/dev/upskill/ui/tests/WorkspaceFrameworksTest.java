/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.model.Framework;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillPackage.Literals;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.ui.internal.editors.FrameworkEditor;
import dev.upskill.ui.internal.editors.ModelEditor;
import dev.upskill.ui.internal.frameworks.FrameworksView;
import dev.upskill.ui.internal.frameworks.WorkspaceFrameworks;
import dev.upskill.ui.internal.gap.GapAnalysisView;
import dev.upskill.ui.internal.gap.RoleFitView;
import dev.upskill.ui.internal.wizards.NewProfileWizard;
import dev.upskill.ui.internal.wizards.RolePicker;

/**
 * Framework files of the workspace's projects join the installed frameworks: in the Frameworks view
 * (marked "workspace"), in Gap Analysis and Role Fit, in the New Profile wizard's role pickers; they
 * follow the files as they are added, changed on disk or in the framework editor, and deleted; a
 * file that cannot be read is reported by name and reason, and the others still show.
 */
class WorkspaceFrameworksTest {

	static final String PROJECT = "Workspace Frameworks";
	private static final String BROKEN_GROUP = "Framework files that cannot be read";

	private IWorkbenchPage page;
	private IProject project;
	private FrameworksView view;

	/**
	 * A small framework, on a 0-4 scale: Team lead requires Team SQL at {@code sqlLevel}, Writing
	 * docs at 2 (essential) and Code review at 4 (optional).
	 */
	static String team(String name, int sqlLevel) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:Framework xmlns:upskill="https://upskill.dev/model/1.0" id="team" name="%s" version="1">
				  <scales id="scale.0-4" name="Levels 0-4">
				    <levels value="0" name="None"/>
				    <levels value="1" name="Basic"/>
				    <levels value="2" name="Working"/>
				    <levels value="3" name="Skilled"/>
				    <levels value="4" name="Expert"/>
				  </scales>
				  <skills id="skill.sql" name="Team SQL"/>
				  <skills id="skill.docs" name="Writing docs"/>
				  <skills id="skill.review" name="Code review"/>
				  <roles id="role.lead" name="Team lead">
				    <requirements skill="#skill.sql" level="%d" weight="1.0"/>
				    <requirements skill="#skill.docs" level="2" weight="1.0"/>
				    <requirements skill="#skill.review" level="4" importance="optional" weight="0.5"/>
				  </roles>
				</upskill:Framework>
				""".formatted(name, sqlLevel);
	}

	/** A profile that refers to the team framework's file by a path relative to itself. */
	private static final String PROFILE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="pat" name="Pat Lee" person="Pat Lee"
			    targetRoles="team.framework#role.lead" weeklyHours="5.0" currency="USD">
			  <assessments skill="team.framework#skill.sql" level="2" date="2026-01-10"/>
			  <assessments skill="team.framework#skill.docs" level="3" date="2026-01-10"/>
			</upskill:Profile>
			""";

	@BeforeEach
	void project() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		view = FrameworksViewTest.viewOf(page.showView(FrameworksView.ID));
		Ui.waitFor(() -> !view.loading(), "the frameworks shown");
	}

	@AfterEach
	void removeProject() throws Exception {
		page.closeAllEditors(false);
		for (String id : new String[] { GapAnalysisView.ID, RoleFitView.ID }) {
			IViewPart part = page.findView(id);
			if (part != null) {
				page.hideView(part);
			}
		}
		project.delete(true, true, null);
		// The other tests count the installed roles: the workspace's must be gone from every view first.
		Ui.waitFor(() -> !ofProject(workspaceFrameworks().state()) && !view.loading() && rootItem("team") == null && rootItem(BROKEN_GROUP) == null, "the project's frameworks gone");
	}

	private static WorkspaceFrameworks workspaceFrameworks() {
		return WorkspaceFrameworks.get(PlatformUI.getWorkbench().getService(FrameworkRegistry.class));
	}

	/** Whether the workspace frameworks hold anything of the test's project. */
	private boolean ofProject(WorkspaceFrameworks.State state) {
		return state.frameworks().stream().anyMatch(l -> l.file().getProject().equals(project))
				|| state.failures().stream().anyMatch(f -> f.file().getProject().equals(project));
	}

	private IFile write(String name, String text) throws Exception {
		IFile file = project.getFile(name);
		ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, true, true, null);
		} else {
			file.create(content, true, null);
		}
		return file;
	}

	/** The root item of the Frameworks view with this id (a framework) or whose name starts so (a group), or null. */
	private TreeItem rootItem(String idOrName) {
		return Arrays.stream(view.getViewer().getTree().getItems())
				.filter(i -> i.getText(1).equals(idOrName) || i.getText(0).startsWith(idOrName)).findFirst().orElse(null);
	}

	private List<String> childTexts(TreeItem parent) {
		view.getViewer().expandToLevel(parent.getData(), 1);
		Ui.processEvents();
		return Arrays.stream(parent.getItems()).map(i -> i.getText(0)).toList();
	}

	@Test
	void aFrameworkFileAddedChangedAndDeletedFollowsInTheFrameworksView() throws Exception {
		IFile file = write("team.framework", team("Team skills", 3));
		Ui.waitFor(() -> !view.loading() && rootItem("team") != null, "the workspace framework in the Frameworks view");
		TreeItem team = rootItem("team");
		assertEquals(WorkspaceFrameworks.CONTRIBUTOR, team.getText(2), "marked workspace");
		assertEquals("Team skills 1  (3 skills, 1 roles, 0 resources)", team.getText(0));
		List<String> roots = Arrays.stream(view.getViewer().getTree().getItems()).map(i -> i.getText(1)).toList();
		assertTrue(roots.indexOf("ai-upskilling") < roots.indexOf("team"), "installed frameworks first: " + roots);
		assertEquals("ai-upskilling", rootItem("ai-upskilling").getText(1));
		assertEquals("dev.upskill.frameworks.ai", rootItem("ai-upskilling").getText(2), "installed ones keep their bundle");

		// Browsable like the installed ones, and opened for editing in the file's framework editor.
		List<String> groups = childTexts(team);
		assertTrue(groups.contains("Roles (1)"), groups.toString());
		TreeItem roles = Arrays.stream(team.getItems()).filter(i -> i.getText(0).equals("Roles (1)")).findFirst().orElseThrow();
		assertEquals(List.of("Team lead"), childTexts(roles));
		Role lead = (Role) roles.getItems()[0].getData();
		ModelEditor editor = view.open(lead);
		assertNotNull(editor, "the role opens in the framework editor");
		assertTrue(editor instanceof FrameworkEditor);
		assertEquals(file, editor.getFile(), "the workspace file's own editor");
		assertFalse(editor.isReadOnly(), "a workspace framework is edited, unlike an installed one");
		page.closeAllEditors(false);

		// Changed on disk: read again, shown again.
		write("team.framework", team("Team skills renamed", 3));
		Ui.waitFor(() -> !view.loading() && rootItem("team") != null && rootItem("team").getText(0).startsWith("Team skills renamed"),
				"the changed name in the Frameworks view");

		// Deleted: gone.
		file.delete(true, null);
		Ui.waitFor(() -> !view.loading() && rootItem("team") == null, "the deleted framework gone from the Frameworks view");
		assertFalse(ofProject(workspaceFrameworks().state()), "nothing left of the project");
	}

	@Test
	void aFileThatCannotBeReadIsReportedByNameAndReasonAndHidesNoOther() throws Exception {
		write("team.framework", team("Team skills", 3));
		// Cut off in the middle of an element.
		write("broken.framework", team("Broken", 3).replace("id=\"team\"", "id=\"broken\"").substring(0, 400));
		Ui.waitFor(() -> !view.loading() && rootItem("team") != null && rootItem(BROKEN_GROUP) != null,
				"the readable framework and the broken file in the Frameworks view");
		TreeItem group = rootItem(BROKEN_GROUP);
		assertEquals(BROKEN_GROUP + " (1)", group.getText(0));
		List<String> problems = childTexts(group);
		assertEquals(1, problems.size(), problems.toString());
		String problem = problems.get(0);
		assertTrue(problem.startsWith(PROJECT + "/broken.framework: "), "names the file: " + problem);
		String reason = problem.substring((PROJECT + "/broken.framework: ").length());
		assertFalse(reason.isBlank(), "and the reason");
		assertFalse(reason.matches(".*\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error)\\b.*"), "in words, no Java class: " + reason);
		assertEquals(List.of(project.getFile("broken.framework")), workspaceFrameworks().state().failures().stream()
				.map(WorkspaceFrameworks.Failure::file).toList());
		assertEquals(List.of("team"), workspaceFrameworks().state().frameworks().stream()
				.filter(l -> l.file().getProject().equals(project)).map(l -> l.framework().id()).toList(), "the other file is read");

		// Repaired: the problem goes, the framework comes.
		write("broken.framework", team("Repaired", 3).replace("id=\"team\"", "id=\"repaired\""));
		Ui.waitFor(() -> !view.loading() && rootItem(BROKEN_GROUP) == null && rootItem("repaired") != null, "the repaired file read");
	}

	@Test
	void gapAnalysisOfAProfileReferringToAWorkspaceFrameworkFollowsTheFile() throws Exception {
		IFile framework = write("team.framework", team("Team skills", 3));
		IFile profile = write("pat.profile", PROFILE);
		GapAnalysisView gap = (GapAnalysisView) page.showView(GapAnalysisView.ID);
		gap.setProfile(profile);
		Ui.waitFor(() -> !gap.loading() && gap.fit() != null, "the gap analysis of the profile");
		assertEquals("team#role.lead", gap.roleKey(), "the profile's target role, from the workspace file");
		assertEquals("Team lead (Team skills, workspace)", gap.roleText());
		// skill -> required, current, gap in levels: worked out by hand from the two files
		Map<String, List<Integer>> expected = new LinkedHashMap<>();
		expected.put("Team SQL", Arrays.asList(3, 2, 1));
		expected.put("Writing docs", Arrays.asList(2, 3, 0));
		expected.put("Code review", Arrays.asList(4, null, 4));
		assertEquals(expected, lines(gap.fit()));
		assertEquals(3, gap.rowCount());

		RoleFitView ranking = (RoleFitView) page.showView(RoleFitView.ID);
		ranking.setProfile(profile);
		Ui.waitFor(() -> !ranking.loading() && !ranking.ranked().isEmpty(), "the roles ranked");
		List<String> ranked = ranking.ranked().stream().map(RoleFit::key).toList();
		assertTrue(ranked.contains("team#role.lead"), "the workspace framework's role is ranked: " + ranked);
		assertTrue(ranked.contains("ai-upskilling#role.data-analyst"), "with the installed ones");
		int before = ranked.size();

		// Changed on disk: Team lead now requires SQL at 4.
		write("team.framework", team("Team skills", 4));
		Ui.waitFor(() -> !gap.loading() && gap.fit() != null && lines(gap.fit()).get("Team SQL").equals(Arrays.asList(4, 2, 2)),
				"the gap view to follow the changed framework file");
		Ui.waitFor(() -> !ranking.loading() && ranking.ranked().size() == before, "Role Fit ranked again");

		// Saved from the framework editor: Writing docs now required at 4.
		FrameworkEditor editor = (FrameworkEditor) IDE.openEditor(page, framework, FrameworkEditor.ID);
		EditorLoads.await(editor);
		Role lead = ((Framework) editor.getEditingDomain().getResourceSet().getResources().get(0).getContents().get(0))
				.getRoles().get(0);
		SkillRequirement docs = lead.getRequirements().get(1);
		assertEquals("skill.docs", docs.getSkill().getId());
		editor.execute(SetCommand.create(editor.getEditingDomain(), docs, Literals.SKILL_REQUIREMENT__LEVEL, 4));
		editor.doSave(null);
		Ui.waitFor(() -> !gap.loading() && gap.fit() != null && lines(gap.fit()).get("Writing docs").equals(Arrays.asList(4, 3, 1)),
				"the gap view to follow the framework saved from its editor");
		assertEquals(Arrays.asList(4, 2, 2), lines(gap.fit()).get("Team SQL"));
	}

	private static Map<String, List<Integer>> lines(RoleFit fit) {
		Map<String, List<Integer>> lines = new LinkedHashMap<>();
		for (GapLine line : fit.lines()) {
			lines.put(line.skillName(), Arrays.asList(line.requiredLevel(), line.currentLevel(), line.gapLevels()));
		}
		return lines;
	}

	@Test
	void theRolePickerOffersWorkspaceRolesAndTheProfileRefersToTheFile() throws Exception {
		write("team.framework", team("Team skills", 3));
		Ui.waitFor(() -> !view.loading() && rootItem("team") != null, "the workspace framework read");
		NewProfileWizard wizard = new NewProfileWizard();
		NewProfileWizardTest.Driver open = NewProfileWizardTest.open(wizard, new StructuredSelection(project));
		try {
			wizard.filePage().setFileName("sam.profile");
			wizard.aboutPage().personField().setText("Sam Ito");
			RolePicker picker = wizard.targetRolePage().picker();
			open.press(IDialogConstants.NEXT_ID);
			open.press(IDialogConstants.NEXT_ID);
			open.press(IDialogConstants.NEXT_ID);
			Ui.waitFor(() -> !picker.loading(), "the roles listed");
			picker.filterField().setText("team lead");
			Ui.processEvents();
			picker.select("team#role.lead");
			RolePicker.Choice choice = picker.selected();
			assertNotNull(choice, "the workspace framework's role is offered");
			assertEquals("Team skills (workspace)", choice.framework(), "marked with its framework's name");
			open.press(IDialogConstants.FINISH_ID);
			Ui.processEvents();
		} finally {
			if (open.getShell() != null && !open.getShell().isDisposed()) {
				open.close();
			}
		}
		IFile file = project.getFile("sam.profile");
		assertTrue(file.exists(), "the profile written");
		String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(text.contains("targetRoles=\"team.framework#role.lead\""), "the role by the file, relative to the profile: " + text);
		assertTrue(text.contains("skill=\"team.framework#skill.sql\""), "its skills too: " + text);
		assertFalse(text.contains("upskill:/framework/team"), "never as an installed framework's address");

		// Read back: the references resolve to the workspace file's elements.
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		PlatformUI.getWorkbench().getService(FrameworkRegistry.class).configure(resourceSet);
		ModelFile loaded = ModelFile.load(resourceSet, URI.createPlatformResourceURI(file.getFullPath().toString(), true), file.getName());
		assertTrue(loaded.loaded(), loaded.problems().toString());
		assertEquals(List.of(), ModelChecker.check(loaded), "valid, every reference resolved");
		Profile profile = (Profile) loaded.resource().getContents().get(0);
		Role target = profile.getTargetRoles().get(0);
		assertFalse(target.eIsProxy());
		assertEquals("Team lead", target.getName());
		assertEquals(URI.createPlatformResourceURI(PROJECT + "/team.framework", true), target.eResource().getURI());
		assertEquals(3, profile.getAssessments().size(), "the target role's skills, to rate");
		assertNull(profile.getCurrentRole());

	}
}
