/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.progress.BurnUp;
import dev.upskill.core.progress.FitHistory;
import dev.upskill.core.progress.FitPoint;
import dev.upskill.core.progress.Progress;
import dev.upskill.core.progress.SkillHistory;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanStep;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.StepStatus;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.UpskillPackage.Literals;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.ui.internal.editors.ModelEditor;
import dev.upskill.ui.internal.editors.PlanEditor;
import dev.upskill.ui.internal.editors.ProfileEditor;
import dev.upskill.ui.internal.progress.LogLearning;
import dev.upskill.ui.internal.progress.LogLearningDialog;
import dev.upskill.ui.internal.progress.ProgressView;

/**
 * The Progress view on the sample profile and plan shows what the core computes from the same
 * files (read here on their own); Log Learning adds hours as one command that undo takes back,
 * the view follows, and a step marked done offers its gains to the profile.
 */
class ProgressViewTest {

	private IFile dana;
	private IFile plan;
	private IWorkbenchPage page;

	@BeforeEach
	void sample() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT);
		dana = project.getFile("dana.profile");
		plan = project.getFile("dana-ai-analyst.plan");
		assertTrue(dana.exists() && plan.exists(), "the sample profile and plan");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
		Ui.processEvents();
	}

	/** The core's progress of the sample files, read apart from the view (its own resource set). */
	private static Progress expected(IFile profileFile, IFile planFile) {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		PlatformUI.getWorkbench().getService(FrameworkRegistry.class).configure(resourceSet);
		ModelFile profile = ModelFile.load(resourceSet, Path.of(profileFile.getLocation().toOSString()));
		ModelFile planRead = ModelFile.load(resourceSet, Path.of(planFile.getLocation().toOSString()));
		Profile person = (Profile) profile.resource().getContents().get(0);
		return Progress.of(person, Progress.targetRoles(person), (LearningPlan) planRead.resource().getContents().get(0),
				TrustOrder.preferred(), LocalDate.now());
	}

	private ProgressView view() throws Exception {
		ProgressView view = (ProgressView) page.showView(ProgressView.ID);
		view.setProfile(dana);
		Ui.waitFor(() -> !view.computing() && view.progress() != null && view.progress().burnUp() != null, "the progress computed");
		return view;
	}

	private static double[] y(Chart chart, String id) {
		ISeries<?> series = chart.getSeriesSet().getSeries(id);
		assertNotNull(series, "the series " + id);
		return series.getYSeries();
	}

	@Test
	void theViewShowsWhatTheCoreComputesFromTheSample() throws Exception {
		ProgressView view = view();
		// Other tests may leave more plans for Dana beside hers: the expected figures are those of the plan the view shows.
		Progress expected = expected(dana, view.shown().planFile());
		BurnUp burnUp = expected.burnUp();
		List<Chart> charts = view.charts();

		// Burn-up: planned to date for every week, logged to date up to this week.
		double[] planned = burnUp.weeks().stream().mapToDouble(w -> w.plannedToDate()).toArray();
		assertArrayEquals(planned, y(charts.get(2), "planned"), 1e-9);
		double[] logged = burnUp.weeks().stream().filter(w -> w.week() <= burnUp.currentWeek()).mapToDouble(w -> w.loggedToDate())
				.toArray();
		assertArrayEquals(logged, y(charts.get(2), "logged"), 1e-9);
		double[] done = burnUp.weeks().stream().filter(w -> w.week() <= burnUp.currentWeek()).mapToDouble(w -> w.stepsDone())
				.toArray();
		assertArrayEquals(done, y(charts.get(2), "done"), 1e-9, "the steps done up to this week, none drawn for the weeks to come");
		assertEquals(burnUp.loggedHours(), view.progress().burnUp().loggedHours(), 1e-9);
		assertTrue(view.headerText().contains(burnUp.forecastText()), view.headerText());
		assertTrue(view.headerText().contains(burnUp.stepsDone() + " of " + burnUp.steps() + " steps done"), view.headerText());

		// Fit over time: one line per target role, the core's scores at every assessment date.
		for (Role role : expected.roles()) {
			double[] scores = FitHistory.of(expected.fit(), SkillKeys.of(role)).stream().mapToDouble(FitPoint::roundedScore).toArray();
			assertArrayEquals(scores, y(charts.get(1), SkillKeys.of(role)), 1e-9, role.getName());
		}

		// Level history: the skills assessed on several dates, step lines to today.
		SkillHistory sql = expected.history().stream().filter(h -> h.key().equals("ai-upskilling#skill.sql")).findFirst().orElseThrow();
		double[] levels = y(charts.get(0), sql.key());
		assertEquals(sql.points().get(0).level(), levels[0], 1e-9);
		assertEquals(sql.lastLevel(), levels[levels.length - 1], 1e-9);
	}

	@Test
	void theViewOpensOnTheProfileAlreadyBeingEdited() throws Exception {
		IViewPart open = page.findView(ProgressView.ID);
		if (open != null) {
			page.hideView(open);
		}
		IDE.openEditor(page, dana, ProfileEditor.ID);
		// The view is made while the profile's editor is active: it follows that profile from the start.
		ProgressView view = (ProgressView) page.showView(ProgressView.ID);
		Ui.waitFor(() -> !view.computing() && view.progress() != null, "the progress of the profile being edited");
		assertEquals(dana, view.shown().profileFile());
		assertNotNull(view.shown().planFile(), "a plan beside the profile that is for it");
		assertTrue(view.headerText().contains(view.shown().planFile().getName()), view.headerText());
	}

	@Test
	void logLearningAddsHoursAsOneCommandThatUndoTakesBackAndTheViewFollows() throws Exception {
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, plan, PlanEditor.ID);
		assertTrue(editor.awaitRead());
		ProgressView view = view();
		Ui.waitFor(() -> !view.computing() && view.shown().planFile() != null, "the plan's burn-up");
		double before = view.progress().burnUp().loggedHours();
		PlanStep step = editor.plan().getSteps().get(2); // the ML specialization, in progress
		double stepBefore = step.getHoursLogged();
		int entriesBefore = step.getLog().size();

		LogLearning.log(editor, step, LocalDate.now(), 2.5, "Course 2, week 5", null, page);
		assertEquals(stepBefore + 2.5, step.getHoursLogged(), 1e-9);
		assertEquals(entriesBefore + 1, step.getLog().size());
		assertEquals(LocalDate.now(), step.getLog().get(entriesBefore).getDate());
		assertTrue(editor.isDirty());
		Ui.waitFor(() -> !view.computing() && Math.abs(view.progress().burnUp().loggedHours() - (before + 2.5)) < 1e-9,
				"the view to count the hours logged in the editor");

		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(stepBefore, step.getHoursLogged(), 1e-9);
		assertEquals(entriesBefore, step.getLog().size());
		Ui.waitFor(() -> !view.computing() && Math.abs(view.progress().burnUp().loggedHours() - before) < 1e-9,
				"the view back to the hours before");
	}

	@Test
	void aPlanOpenedAfterTheViewIsFollowedOnceItIsRead() throws Exception {
		ProgressView view = view(); // the view first, as a learner has it open
		Ui.waitFor(() -> !view.computing() && view.shown().planFile() != null, "the plan's burn-up");
		double before = view.progress().burnUp().loggedHours();
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, plan, PlanEditor.ID); // read in a Job
		assertTrue(editor.awaitRead());
		Ui.processEvents();
		PlanStep step = editor.plan().getSteps().get(2);
		LogLearning.log(editor, step, LocalDate.now(), 1.5, "after the view", null, page);
		Ui.waitFor(() -> !view.computing() && Math.abs(view.progress().burnUp().loggedHours() - (before + 1.5)) < 1e-9,
				"the view to follow the plan editor opened after it");
	}

	@Test
	void aStepMarkedDoneOffersItsGainsToTheProfile() throws Exception {
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, plan, PlanEditor.ID);
		assertTrue(editor.awaitRead());
		List<String> asked = new ArrayList<>();
		editor.setPrompter((title, question) -> asked.add(question));
		PlanStep step = editor.plan().getSteps().get(2); // the ML specialization
		List<SkillAssessment> expected = LogLearning.gainedAssessments(step, editor.plan().getProfile(), LocalDate.now());
		assertFalse(expected.isEmpty(), "the ML specialization teaches skills above Dana's levels");

		List<SkillAssessment> added = LogLearning.log(editor, step, LocalDate.now(), 1, null, StepStatus.DONE, page);
		assertEquals(StepStatus.DONE, step.getStatus());
		assertEquals(1, asked.size(), "asked once");
		assertEquals(expected.size(), added.size());
		ModelEditor profileEditor = (ModelEditor) page.findEditor(new FileEditorInput(dana));
		assertNotNull(profileEditor, "the profile opened in its editor");
		assertTrue(profileEditor.isDirty(), "added, not saved");
		Profile profile = (Profile) profileEditor.getEditingDomain().getResourceSet().getResources().get(0).getContents().get(0);
		for (SkillAssessment assessment : added) {
			assertTrue(profile.getAssessments().contains(assessment));
			assertEquals(AssessmentSource.EVIDENCE, assessment.getSource());
			assertEquals(LocalDate.now(), assessment.getDate());
			assertEquals(step.getResource().getUrl(), assessment.getEvidence().get(0).getUrl());
			assertFalse(assessment.getSkill().eIsProxy(), "the skill resolves in the profile's own files");
		}
		profileEditor.getEditingDomain().getCommandStack().undo();
		assertFalse(profile.getAssessments().stream().anyMatch(added::contains), "one undo in the profile's editor takes them back");
	}

	private static final String COPIES = "Log Learning Copies";

	/** A project with copies of Dana's profile and plan (the plan refers to the profile beside it), for tests that change the profile. */
	private static IProject copies() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(COPIES);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		IProject sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT);
		sample.getFile("dana.profile").copy(project.getFile("dana.profile").getFullPath(), true, null);
		sample.getFile("dana-ai-analyst.plan").copy(project.getFile("dana-ai-analyst.plan").getFullPath(), true, null);
		return project;
	}

	@AfterEach
	void deleteCopies() throws CoreException {
		page.closeAllEditors(false);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(COPIES);
		if (project.exists()) {
			project.delete(true, true, null);
		}
	}

	private static Profile profileOf(ModelEditor editor) {
		return (Profile) editor.getEditingDomain().getResourceSet().getResources().get(0).getContents().get(0);
	}

	private static List<String> keys(List<SkillAssessment> assessments) {
		return assessments.stream().map(a -> SkillKeys.of(a.getSkill())).toList();
	}

	/** A skill the step gains that the profile (as the plan editor read it) never assessed: any assessment of it decides its level. */
	private static SkillAssessment neverAssessed(List<SkillAssessment> gained, Profile profile) {
		return gained.stream().filter(g -> profile.getAssessments().stream()
				.noneMatch(a -> SkillKeys.of(a.getSkill()).equals(SkillKeys.of(g.getSkill())))).findFirst()
				.orElseThrow(() -> new AssertionError("the ML specialization teaches a skill Dana never assessed"));
	}

	@Test
	void aStepMarkedDoneOffersWhatTheProfileBeingEditedLacks() throws Exception {
		IProject project = copies();
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, project.getFile("dana-ai-analyst.plan"), PlanEditor.ID);
		assertTrue(editor.awaitRead());
		PlanStep step = editor.plan().getSteps().get(2); // the ML specialization
		List<SkillAssessment> stale = LogLearning.gainedAssessments(step, editor.plan().getProfile(), LocalDate.now());
		SkillAssessment known = neverAssessed(stale, editor.plan().getProfile());

		// In the profile's editor, not saved: that skill assessed at the level the step gives
		ModelEditor profileEditor = (ModelEditor) IDE.openEditor(page, project.getFile("dana.profile"), ProfileEditor.ID);
		assertTrue(profileEditor.awaitRead());
		Profile edited = profileOf(profileEditor);
		SkillAssessment mine = UpskillFactory.eINSTANCE.createSkillAssessment();
		Skill[] local = { null };
		profileEditor.withLocal(known.getSkill(), picked -> local[0] = (Skill) picked);
		Ui.waitFor(() -> local[0] != null, "the skill as the profile's editor refers to it");
		mine.setSkill(local[0]);
		mine.setLevel(known.getLevel());
		mine.setDate(LocalDate.now());
		mine.setSource(AssessmentSource.MANAGER);
		profileEditor.execute(AddCommand.create(profileEditor.getEditingDomain(), edited, Literals.PROFILE__ASSESSMENTS, mine));
		assertTrue(edited.getAssessments().contains(mine) && profileEditor.isDirty());
		page.activate(editor);

		List<String> asked = new ArrayList<>();
		editor.setPrompter((title, question) -> asked.add(question));
		List<SkillAssessment> added = LogLearning.log(editor, step, LocalDate.now(), 1, null, StepStatus.DONE, page);
		assertEquals(1, asked.size(), "asked once");
		assertFalse(asked.get(0).contains("- " + known.getSkill().getName() + ":"), "not offered: the profile has it now\n" + asked.get(0));
		List<String> expected = new ArrayList<>(keys(stale));
		expected.remove(SkillKeys.of(known.getSkill()));
		assertFalse(expected.isEmpty());
		assertEquals(expected, keys(added), "the gains the profile, as edited, lacks");
		assertTrue(edited.getAssessments().containsAll(added), "added to the edited profile");
		assertTrue(edited.getAssessments().contains(mine), "the unsaved change stays");
		assertTrue(profileEditor.isDirty(), "nothing saved");
		profileEditor.getEditingDomain().getCommandStack().undo();
		assertFalse(edited.getAssessments().stream().anyMatch(added::contains), "one undo takes them back");
		assertTrue(edited.getAssessments().contains(mine), "and only them");
	}

	@Test
	void aStepMarkedDoneOffersWhatTheProfileFileLacksNow() throws Exception {
		IProject project = copies();
		IFile profileFile = project.getFile("dana.profile");
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, project.getFile("dana-ai-analyst.plan"), PlanEditor.ID);
		assertTrue(editor.awaitRead());
		PlanStep step = editor.plan().getSteps().get(2);
		List<SkillAssessment> stale = LogLearning.gainedAssessments(step, editor.plan().getProfile(), LocalDate.now());
		SkillAssessment known = neverAssessed(stale, editor.plan().getProfile());

		// The file changes on disk after the plan editor read it (no editor has it open)
		assertNull(page.findEditor(new FileEditorInput(profileFile)));
		String text = new String(profileFile.getContents().readAllBytes(), StandardCharsets.UTF_8);
		String line = "  <assessments skill=\"" + FrameworkUris.SCHEME + ":/framework/" + SkillKeys.of(known.getSkill()) + "\" level=\""
				+ known.getLevel() + "\" date=\"" + LocalDate.now() + "\" source=\"manager\" note=\"Assessed elsewhere.\"/>\n";
		text = text.replace("</upskill:Profile>", line + "</upskill:Profile>");
		profileFile.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, true, null);

		List<String> asked = new ArrayList<>();
		editor.setPrompter((title, question) -> asked.add(question));
		List<SkillAssessment> added = LogLearning.log(editor, step, LocalDate.now(), 1, null, StepStatus.DONE, page);
		assertEquals(1, asked.size(), "asked once");
		List<String> expected = new ArrayList<>(keys(stale));
		expected.remove(SkillKeys.of(known.getSkill()));
		assertEquals(expected, keys(added), "the gains the file, as it is now, lacks");
		ModelEditor profileEditor = (ModelEditor) page.findEditor(new FileEditorInput(profileFile));
		assertNotNull(profileEditor, "added in the profile's editor");
		Profile profile = profileOf(profileEditor);
		assertTrue(profile.getAssessments().stream().anyMatch(a -> "Assessed elsewhere.".equals(a.getNote())), "the file's new content");
		assertTrue(profile.getAssessments().containsAll(added));
		assertTrue(profileEditor.isDirty(), "added, not saved");
		profileEditor.getEditingDomain().getCommandStack().undo();
		assertFalse(profile.getAssessments().stream().anyMatch(added::contains), "one undo takes them back");
		assertTrue(profile.getAssessments().stream().anyMatch(a -> "Assessed elsewhere.".equals(a.getNote())), "and only them");
	}

	@Test
	void logLearningHasAKeyBindingNoOtherCommandUses() throws Exception {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		KeySequence ctrlAltL = KeySequence.getInstance("M1+M3+L");
		List<String> commands = new ArrayList<>();
		for (Binding binding : bindings.getBindings()) {
			if (binding.getTriggerSequence().equals(ctrlAltL) && binding.getParameterizedCommand() != null) {
				commands.add(binding.getParameterizedCommand().getId());
			}
		}
		assertEquals(List.of(PlanEditor.LOG_LEARNING), commands, "Ctrl+Alt+L runs Log Learning..., and nothing else");
		assertTrue(List.of(bindings.getActiveBindingsFor(PlanEditor.LOG_LEARNING)).contains(ctrlAltL));
	}

	@Test
	void theDialogRefusesHoursAndDatesTheModelCannotHold() throws Exception {
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, plan, PlanEditor.ID);
		assertTrue(editor.awaitRead());
		LogLearningDialog dialog = new LogLearningDialog(Display.getCurrent().getActiveShell(), editor.plan(), null, plan.getName());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.type(LocalDate.now().toString(), "-2", "");
			assertFalse(dialog.canLog());
			assertEquals("Hours must be 0 or more, not -2.", dialog.problem());
			dialog.type("29/11/2026", "2", "");
			assertFalse(dialog.canLog());
			assertEquals("The date '29/11/2026' is not a date written YYYY-MM-DD.", dialog.problem());
			dialog.type("2026-11-29", "2", "chapter 3");
			assertTrue(dialog.canLog(), String.valueOf(dialog.problem()));
		} finally {
			dialog.close();
		}
	}
}
