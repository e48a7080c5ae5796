/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.core.plan.check.PlanCheckContext;
import dev.upskill.core.plan.check.PlanCheckSettings;
import dev.upskill.core.plan.check.PlanChecks;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.StepStatus;
import dev.upskill.model.UpskillPackage.Literals;
import dev.upskill.ui.internal.editors.PlanEditor;
import dev.upskill.ui.internal.editors.ProblemMarkers;
import dev.upskill.ui.internal.plan.PlanCheckMarkers;
import dev.upskill.ui.internal.plan.PlanSnapshot;

/**
 * The plan editor's plan checks (markers with codes, the quick fix) and Re-plan, on a copy of the
 * sample plan, and on a plan whose role and learning resources come from framework files of the
 * workspace.
 */
class PlanReplanTest {

	private static final String ISOLATION = "plan.learning-in-isolation";
	private static final String FRAMEWORKS_PROJECT = "Plan With Workspace Frameworks";

	private IFile file;
	private PlanEditor editor;
	private LearningPlan plan;

	@BeforeEach
	void open() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		IFile sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana-ai-analyst.plan");
		file = sample.getParent().getFile(new Path("replan.plan"));
		if (file.exists()) {
			file.delete(true, null);
		}
		sample.copy(file.getFullPath(), true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (PlanEditor) IDE.openEditor(page, file, PlanEditor.ID);
		EditorLoads.await(editor);
		plan = editor.plan();
		assertNotNull(plan);
		settle();
	}

	/** One clean-up, in order: the editors closed first, then the files and the project they showed removed. */
	@AfterEach
	void close() throws CoreException {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		if (file.exists()) {
			file.delete(true, null);
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(FRAMEWORKS_PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
	}

	/** Waits for the plan checks under way and the markers they write on the UI thread. */
	private static void settle() throws InterruptedException {
		Job.getJobManager().join(PlanCheckMarkers.FAMILY, null);
		Ui.processEvents();
	}

	private List<IMarker> markers(String code) throws CoreException {
		return Arrays.stream(file.findMarkers(PlanCheckMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> code == null || code.equals(m.getAttribute(PlanCheckMarkers.CODE, null))).toList();
	}

	private static boolean community(LearningResource resource) {
		return resource.getKind() == ResourceKind.MEETUP || resource.getKind() == ResourceKind.MENTORING;
	}

	/** Removes the plan's meetup and mentoring steps through the command stack, and saves (which validates). */
	private void removeCommunitySteps() throws InterruptedException {
		List<PlanStep> community = plan.getSteps().stream().filter(s -> community(s.getResource())).toList();
		assertFalse(community.isEmpty(), "the sample plan has a community step to remove");
		editor.execute(RemoveCommand.create(editor.getEditingDomain(), plan, Literals.LEARNING_PLAN__STEPS, community));
		editor.doSave(null);
		settle();
	}

	@Test
	void learningInIsolationIsMarkedAndItsQuickFixAddsACommunityStep() throws Exception {
		assertEquals(0, markers(ISOLATION).size(), "the sample plan has a meetup");
		removeCommunitySteps();
		Ui.waitFor(() -> markerCount(ISOLATION) == 1, "the learning-in-isolation marker");
		IMarker marker = markers(ISOLATION).get(0);
		assertEquals(plan, plan.eResource().getEObject(marker.getAttribute(PlanCheckMarkers.ELEMENT, "")), "the finding is about the plan");

		// The cheapest meetup or mentoring resource the plan can use, fewest hours on a tie.
		LearningResource cheapest = editor.resourceChoices().stream().filter(PlanReplanTest::community)
				.min(Comparator.comparing((LearningResource r) -> r.getCost() == null ? BigDecimal.ZERO : r.getCost())
						.thenComparingDouble(LearningResource::getHours))
				.orElseThrow();
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length, "one quick fix");
		int before = plan.getSteps().size();
		List<String> modelProblems = modelProblems();
		editor.getSite().getPage().closeEditor(editor, false); // the quick fix opens the editor itself
		resolutions[0].run(marker);
		editor = (PlanEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		plan = editor.plan();
		assertEquals(file, editor.getFile());
		assertEquals(before + 1, plan.getSteps().size());
		List<PlanStep> added = plan.getSteps().stream().filter(s -> community(s.getResource())).toList();
		assertEquals(1, added.size(), "one community step added");
		PlanStep step = added.get(0);
		assertEquals(cheapest.getId(), step.getResource().getId());
		assertSame(plan.eResource().getResourceSet(), step.getResource().eResource().getResourceSet(),
				"the resource is referred to from the editor's own resource set");
		// from this week (the plan started in the past) on; week 1 for a plan not yet started
		long days = ChronoUnit.DAYS.between(plan.getStartDate(), LocalDate.now());
		assertEquals(Math.max(1, Math.min((int) Math.floorDiv(days, 7) + 1, step.getEndWeek())), step.getStartWeek());
		// until the plan's last week: the last one that ends by the plan's end date
		assertFalse(plan.getStartDate().plusWeeks(step.getEndWeek()).minusDays(1).isAfter(plan.getEndDate()), "ends by the end date");
		assertTrue(plan.getStartDate().plusWeeks(step.getEndWeek() + 1).minusDays(1).isAfter(plan.getEndDate()), "the last such week");
		assertEquals(modelProblems, modelProblems(), "the new step adds no problem to the model");
		assertEquals(StepStatus.PLANNED, step.getStatus());
		assertTrue(editor.isDirty());

		editor.validate();
		settle();
		assertEquals(0, markerCount(ISOLATION), "fixed: no marker after validating again");

		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Ui.processEvents();
		assertEquals(before, plan.getSteps().size(), "undo takes the step back");
		assertFalse(plan.getSteps().contains(step));
		editor.validate();
		settle();
		assertEquals(1, markerCount(ISOLATION), "undone: the finding is back");
	}

	/** The model's own problems (not the plan checks'), as messages. */
	private List<String> modelProblems() throws CoreException {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).sorted().toList();
	}

	private int markerCount(String code) {
		try {
			return markers(code).size();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void markersDoNotDuplicateOnRepeatedValidation() throws Exception {
		removeCommunitySteps();
		// What the checks find on the plan as it is, run here directly
		PlanSnapshot snapshot = PlanSnapshot.of(plan, editor.frameworks());
		List<String> expected = PlanChecks.installed()
				.run(PlanCheckContext.of(snapshot.plan(), snapshot.resources(), PlanCheckSettings.fromPreferences())).findings().stream()
				.map(f -> f.code()).sorted().toList();
		assertTrue(expected.contains(ISOLATION), expected.toString());
		Ui.waitFor(() -> codes().equals(expected), "the markers of " + expected);
		for (int i = 0; i < 3; i++) {
			editor.validate();
		}
		editor.doSave(null); // nothing to save: the same markers once more
		editor.validate();
		settle();
		assertEquals(expected, codes(), "one marker per finding after validating again and again");
		Map<String, Long> perCode = codes().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		perCode.forEach((code, count) -> assertEquals(expected.stream().filter(code::equals).count(), count, code));
	}

	private List<String> codes() {
		try {
			return markers(null).stream().map(m -> m.getAttribute(PlanCheckMarkers.CODE, "")).sorted().toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private record Kept(PlanStep step, int start, int end, StepStatus status, double hours, LearningResource resource) {
		static Kept of(PlanStep step) {
			return new Kept(step, step.getStartWeek(), step.getEndWeek(), step.getStatus(), step.getHoursLogged(), step.getResource());
		}

		void assertUnchanged(LearningPlan plan) {
			assertTrue(plan.getSteps().contains(step), "the same step object stays in the plan");
			assertEquals(start, step.getStartWeek());
			assertEquals(end, step.getEndWeek());
			assertEquals(status, step.getStatus());
			assertEquals(hours, step.getHoursLogged());
			assertSame(resource, step.getResource());
		}
	}

	@Test
	void replanReplacesOnlyPlannedStepsInOneUndoableCommand() throws Exception {
		List<Kept> kept = plan.getSteps().stream().filter(s -> s.getStatus() != StepStatus.PLANNED).map(Kept::of).toList();
		List<PlanStep> oldPlanned = plan.getSteps().stream().filter(s -> s.getStatus() == StepStatus.PLANNED).toList();
		assertTrue(kept.stream().anyMatch(k -> k.status() == StepStatus.DONE) && kept.stream().anyMatch(k -> k.status() == StepStatus.IN_PROGRESS),
				"the sample plan has done and in-progress steps");
		assertFalse(oldPlanned.isEmpty(), "and planned ones");
		LearningPlan original = EcoreUtil.copy(plan);
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		assertFalse(stack.canUndo());

		// What the planner makes of the plan, run here on a copy
		PlanSnapshot snapshot = PlanSnapshot.of(plan, editor.frameworks());
		PlanResult result = new LearningPlanner().plan(PlanRequest.replan(snapshot.plan(), snapshot.resources(), LocalDate.now()), null);
		List<String> expected = result.steps().stream().filter(s -> !s.kept()).map(PlanReplanTest::describe).sorted().toList();

		List<String> asked = new ArrayList<>();
		editor.setPrompter((title, question) -> asked.add(question));
		Job job = editor.replan();
		assertNotNull(job);
		job.join();
		Ui.waitFor(() -> !asked.isEmpty(), "the Re-plan confirmation");
		Ui.waitFor(stack::canUndo, "the re-plan command");

		kept.forEach(k -> k.assertUnchanged(plan));
		oldPlanned.forEach(s -> assertFalse(plan.getSteps().contains(s), "the old planned step is replaced"));
		List<PlanStep> planned = plan.getSteps().stream().filter(s -> s.getStatus() == StepStatus.PLANNED).toList();
		assertEquals(expected, planned.stream().map(PlanReplanTest::describe).sorted().toList(), "the planner's steps");
		planned.forEach(s -> assertSame(plan.eResource().getResourceSet(), s.getResource().eResource().getResourceSet(),
				"new steps refer to resources of the editor's resource set"));
		assertEquals(kept.size() + expected.size(), plan.getSteps().size());
		assertTrue(editor.isDirty());

		Command replan = stack.getUndoCommand();
		stack.undo();
		Ui.processEvents();
		assertFalse(stack.canUndo(), "one command");
		assertNotEquals(null, replan);
		assertTrue(EcoreUtil.equals(original, plan), "one undo gives back the plan as it was");
		kept.forEach(k -> k.assertUnchanged(plan));
		assertEquals(Set.copyOf(oldPlanned), Set.copyOf(plan.getSteps().stream().filter(s -> s.getStatus() == StepStatus.PLANNED).toList()),
				"the original planned steps are back");
		assertFalse(editor.isDirty());
	}

	/** A framework file of the workspace: a skill and the role that requires it, no learning resource. */
	private static final String ROLES = """
			<?xml version="1.0" encoding="UTF-8"?>
			<upskill:Framework xmlns:upskill="https://upskill.dev/model/1.0" id="plan-team" name="Plan team roles" version="1">
			  <scales id="scale.0-4" name="Levels 0-4">
			    <levels value="0" name="None"/>
			    <levels value="1" name="Basic"/>
			    <levels value="2" name="Working"/>
			    <levels value="3" name="Skilled"/>
			    <levels value="4" name="Expert"/>
			  </scales>
			  <skills id="skill.dbt" name="dbt models"/>
			  <roles id="role.analytics-engineer" name="Analytics engineer">
			    <requirements skill="#skill.dbt" level="3" weight="1.0"/>
			  </roles>
			</upskill:Framework>
			""";

	/** Another framework file of the workspace: the only learning resources that teach the role's skill. */
	private static final String COURSES = """
			<?xml version="1.0" encoding="UTF-8"?>
			<upskill:Framework xmlns:upskill="https://upskill.dev/model/1.0" id="plan-courses" name="Plan team courses" version="1">
			  <resources id="res.dbt-course" name="dbt fundamentals" kind="course" cost="0" currency="USD" hours="12.0">
			    <gains skill="roles.framework#skill.dbt" level="3"/>
			  </resources>
			  <resources id="res.dbt-project" name="A dbt project on the shop's data" kind="project" cost="0" currency="USD" hours="20.0">
			    <gains skill="roles.framework#skill.dbt" level="3"/>
			  </resources>
			</upskill:Framework>
			""";

	private static final String PROFILE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="lee" name="Lee Park" person="Lee Park"
			    targetRoles="roles.framework#role.analytics-engineer" weeklyHours="5.0" currency="USD">
			  <assessments skill="roles.framework#skill.dbt" level="1" date="2026-01-10"/>
			</upskill:Profile>
			""";

	private static final String PLAN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<upskill:LearningPlan xmlns:upskill="https://upskill.dev/model/1.0" id="lee-plan" name="Lee: towards analytics engineer"
			    profile="lee.profile#lee" targetRole="roles.framework#role.analytics-engineer" startDate="%s" endDate="%s"
			    weeklyHours="5.0" currency="USD"/>
			""";

	private static void write(IProject project, String name, String text) throws CoreException {
		project.getFile(name).create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
	}

	/**
	 * A project with the two framework files, a profile and a plan towards the role of roles.framework
	 * (no steps yet); the plan opened in its editor, its checks done.
	 */
	private PlanEditor openWorkspaceFrameworksPlan() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(FRAMEWORKS_PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		write(project, "roles.framework", ROLES);
		write(project, "courses.framework", COURSES);
		write(project, "lee.profile", PROFILE);
		LocalDate start = LocalDate.now().minusWeeks(1);
		write(project, "lee.plan", PLAN.formatted(start, start.plusWeeks(40)));
		PlanEditor lee = (PlanEditor) IDE.openEditor(editor.getSite().getPage(), project.getFile("lee.plan"), PlanEditor.ID);
		EditorLoads.await(lee);
		assertNotNull(lee.plan());
		assertFalse(lee.plan().getTargetRole().eIsProxy(), "the role of the workspace's file");
		settle();
		return lee;
	}

	/**
	 * A quick fix or Re-plan looks up a resource by the address the checks took; when that
	 * workspace file is broken or gone since, the element is not found (the caller says so in
	 * words) and no broken file stays in the editor's resource set.
	 */
	@Test
	void anAddressWhoseFileBrokeOrWentIsNotFoundAndLeavesNothingBehind() throws Exception {
		PlanEditor lee = openWorkspaceFrameworksPlan();
		IProject project = lee.getFile().getProject();
		ResourceSet set = lee.getEditingDomain().getResourceSet();
		String courses = URI.createPlatformResourceURI(project.getFile("courses.framework").getFullPath().toString(), true)
				.appendFragment("res.dbt-project").toString();
		assertTrue(PlanSnapshot.find(set, courses) instanceof LearningResource, "found while the file is whole");

		String broken = URI.createPlatformResourceURI(project.getFile("broken.framework").getFullPath().toString(), true)
				.appendFragment("res.dbt-project").toString();
		write(project, "broken.framework", COURSES.substring(0, COURSES.length() / 2));
		int before = set.getResources().size();
		assertNull(PlanSnapshot.find(set, broken), "a file cut in half holds nothing to find");
		assertEquals(before, set.getResources().size(), "the broken file is taken out of the set again");

		String gone = URI.createPlatformResourceURI(project.getFile("gone.framework").getFullPath().toString(), true)
				.appendFragment("res.dbt-project").toString();
		assertNull(PlanSnapshot.find(set, gone), "a file that is not there");
		assertEquals(before, set.getResources().size());
		assertNull(PlanSnapshot.find(set, null));
	}

	/** The checks run again when a workspace framework file they suggest from goes: no marker keeps a fix into it. */
	@Test
	void theChecksRunAgainWhenAWorkspaceFrameworkFileGoes() throws Exception {
		PlanEditor lee = openWorkspaceFrameworksPlan();
		IFile leeFile = lee.getFile();
		String courses = URI.createPlatformResourceURI(leeFile.getProject().getFile("courses.framework").getFullPath().toString(), true)
				.appendFragment("res.dbt-project").toString();
		assertTrue(fixes(leeFile).contains(courses), "a fix into courses.framework while it is there: " + fixes(leeFile));
		leeFile.getProject().getFile("courses.framework").delete(true, null);
		Ui.waitFor(() -> !fixes(leeFile).contains(courses), "the checks run again without courses.framework's project");
		assertFalse(lee.isDirty(), "the plan itself is unchanged");
	}

	/** The resources the plan check markers' quick fixes would add. */
	private static List<String> fixes(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(PlanCheckMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.map(m -> m.getAttribute(PlanCheckMarkers.FIX_RESOURCE, "")).toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void theChecksSuggestFromTheWorkspacesFrameworkFiles() throws Exception {
		PlanEditor lee = openWorkspaceFrameworksPlan();
		// The plan has no project: the quick fix adds the one project that teaches the role's skill, in courses.framework
		IFile leeFile = lee.getFile();
		IMarker portfolio = Arrays.stream(leeFile.findMarkers(PlanCheckMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> "plan.no-portfolio".equals(m.getAttribute(PlanCheckMarkers.CODE, null))).findFirst().orElseThrow();
		assertEquals(URI.createPlatformResourceURI(leeFile.getProject().getFile("courses.framework").getFullPath().toString(), true)
				.appendFragment("res.dbt-project").toString(), portfolio.getAttribute(PlanCheckMarkers.FIX_RESOURCE, null),
				"the quick fix adds the workspace file's project");
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(portfolio);
		assertEquals(1, resolutions.length, "one quick fix");
		resolutions[0].run(portfolio);
		Ui.processEvents();
		PlanStep added = lee.plan().getSteps().stream().filter(s -> "res.dbt-project".equals(s.getResource().getId())).findFirst()
				.orElseThrow(() -> new AssertionError("the quick fix added the project"));
		assertFalse(added.getResource().eIsProxy());
		assertSame(lee.plan().eResource().getResourceSet(), added.getResource().eResource().getResourceSet(),
				"the step refers to the resource from the editor's own resource set");
	}

	@Test
	void replanPlansWithTheWorkspacesFrameworkFiles() throws Exception {
		PlanEditor lee = openWorkspaceFrameworksPlan();
		// Re-plan closes the gap with the course of courses.framework, which the plan does not refer to yet
		List<String> asked = new ArrayList<>();
		lee.setPrompter((title, question) -> asked.add(question));
		Job job = lee.replan();
		assertNotNull(job);
		job.join();
		Ui.waitFor(() -> !asked.isEmpty(), "the Re-plan confirmation");
		Ui.waitFor(lee.getEditingDomain().getCommandStack()::canUndo, "the re-plan command");
		List<PlanStep> steps = lee.plan().getSteps();
		assertTrue(steps.stream().anyMatch(s -> "res.dbt-course".equals(s.getResource().getId())),
				"the course of courses.framework is planned: " + asked.get(0));
		for (PlanStep step : steps) {
			assertFalse(step.getResource().eIsProxy());
			assertSame(lee.plan().eResource().getResourceSet(), step.getResource().eResource().getResourceSet(),
					"new steps refer to resources of the editor's resource set");
		}
	}

	private static String describe(PlanStep step) {
		return step.getResource().getId() + " " + step.getStartWeek() + "-" + step.getEndWeek();
	}

	private static String describe(PlannedStep step) {
		return step.resource().getId() + " " + step.startWeek() + "-" + step.endWeek();
	}
}
