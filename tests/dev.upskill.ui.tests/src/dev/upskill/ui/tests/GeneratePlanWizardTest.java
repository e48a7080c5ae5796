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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.core.plan.RolesWithinReach.Reach;
import dev.upskill.core.plan.RolesWithinReach;
import dev.upskill.core.table.GapTable;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanStep;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.ui.internal.editors.PlanEditor;
import dev.upskill.ui.internal.editors.ProfileEditor;
import dev.upskill.ui.internal.gap.GapAnalysisView;
import dev.upskill.ui.internal.gap.RoleFitView;
import dev.upskill.ui.internal.wizards.plan.GeneratePlanHandler;
import dev.upskill.ui.internal.wizards.plan.GeneratePlanWizard;
import dev.upskill.ui.internal.wizards.plan.PlanOptionsPage;
import dev.upskill.ui.internal.wizards.plan.PlanPreviewPage;
import dev.upskill.ui.internal.wizards.plan.ProfileSource;

/**
 * Generate Plan on a copy of the sample profile, driven through the wizard's widgets and checked
 * against the planner called directly on the same input; and the planner's figures in the Gap
 * Analysis and Role Fit views.
 */
class GeneratePlanWizardTest {

	private static final String ROLE = "ai-upskilling#role.data-analyst-ai";

	private IWorkbenchPage page;
	private IProject project;
	private IFile profileFile;
	private WizardDialog open;

	@BeforeEach
	void copyOfTheSample() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Plan Wizard");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		IFile sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana.profile");
		profileFile = project.getFile("dana.profile");
		sample.copy(profileFile.getFullPath(), true, null);
	}

	@AfterEach
	void closeAll() throws Exception {
		if (open != null && open.getShell() != null && !open.getShell().isDisposed()) {
			open.close();
		}
		page.closeAllEditors(false);
		Job.getJobManager().cancel(PlanPreviewPage.FAMILY);
		Job.getJobManager().join(PlanPreviewPage.FAMILY, null);
	}

	/** The profile and its context read apart from the UI, as the planner's direct caller would. */
	private AnalysisContext direct() {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		FrameworkRegistry registry = PlatformUI.getWorkbench().getService(FrameworkRegistry.class);
		registry.configure(resourceSet);
		Profile profile = (Profile) resourceSet
				.getResource(URI.createPlatformResourceURI(profileFile.getFullPath().toString(), true), true).getContents().get(0);
		return AnalysisContext.of(profile, registry);
	}

	/** A wizard dialog whose buttons the test presses, as a click does. */
	private static final class Dialog extends WizardDialog {
		Dialog(Shell shell, GeneratePlanWizard wizard) {
			super(shell, wizard);
			setBlockOnOpen(false);
		}

		void press(int id) {
			assertTrue(getButton(id).isEnabled(), "button " + id + " is enabled");
			getButton(id).notifyListeners(SWT.Selection, new Event());
		}

		boolean enabled(int id) {
			return getButton(id).isEnabled();
		}
	}

	private Dialog openWizard(List<String> roles) throws Exception {
		GeneratePlanWizard wizard = new GeneratePlanWizard(ProfileSource.of(profileFile, page), roles, page);
		Dialog dialog = new Dialog(page.getWorkbenchWindow().getShell(), wizard);
		dialog.open();
		open = dialog;
		Ui.waitFor(() -> wizard.optionsPage().rolesField().getTable().getItemCount() > 0, "the profile and its frameworks read");
		return dialog;
	}

	private static List<String> checkedRoles(PlanOptionsPage options) {
		List<String> keys = new ArrayList<>();
		for (Object role : options.rolesField().getCheckedElements()) {
			keys.add(SkillKeys.of((Role) role));
		}
		return keys;
	}

	private static String hours(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	@Test
	void previewShowsThePlannersPlanAndFinishWritesAndOpensIt() throws Exception {
		// A file with the name the wizard would propose exists already: it must be left alone.
		IFile taken = project.getFile("dana-okafor-data-analyst-ai.plan");
		String takenText = "<!-- someone's own plan -->";
		taken.create(new ByteArrayInputStream(takenText.getBytes(StandardCharsets.UTF_8)), true, null);

		Dialog dialog = openWizard(List.of(ROLE));
		GeneratePlanWizard wizard = (GeneratePlanWizard) dialog.getCurrentPage().getWizard();
		PlanOptionsPage options = wizard.optionsPage();
		assertEquals(List.of(ROLE), checkedRoles(options), "the role the wizard was opened for");
		AnalysisContext context = direct();
		Profile profile = context.profile();
		assertEquals(hours(profile.getWeeklyHours()), options.hoursField().getText(), "the profile's hours a week");
		assertEquals(profile.getBudget().toPlainString(), options.budgetField().getText(), "the profile's budget");
		assertEquals(LocalDate.now().toString(), options.startField().getText(), "starts today");

		// Input is checked where it is typed, with the reason in the message area.
		options.hoursField().setText("-3");
		assertTrue(options.getErrorMessage().contains("more than 0"), options.getErrorMessage());
		assertFalse(dialog.enabled(IDialogConstants.NEXT_ID));
		options.hoursField().setText("9");
		options.deadlineField().setText("2027-13-40");
		assertTrue(options.getErrorMessage().contains("ISO format"), options.getErrorMessage());
		options.deadlineField().setText(LocalDate.now().minusDays(1).toString());
		assertTrue(options.getErrorMessage().contains("after the start"), options.getErrorMessage());
		options.deadlineField().setText("");
		BigDecimal budget = profile.getBudget().add(new BigDecimal("500"));
		options.budgetField().setText(budget.toPlainString());
		assertNull(options.getErrorMessage());

		dialog.press(IDialogConstants.NEXT_ID);
		PlanPreviewPage preview = wizard.previewPage();
		assertTrue(preview.planning() || preview.result() != null, "planning started when the page was shown");
		Ui.waitFor(() -> !preview.planning(), "the plan");
		assertNull(preview.error());

		PlanRequest request = new PlanRequest(profile, context.resources()).targets(List.of(context.role(ROLE))).weeklyHours(9)
				.budget(budget).start(LocalDate.now());
		PlanResult expected = new LearningPlanner().plan(request, null);
		PlanResult shown = preview.result();
		assertEquals(expected.status(), shown.status());
		assertEquals(expected.totalHours(), shown.totalHours(), 1e-9);
		assertEquals(0, expected.totalCost().compareTo(shown.totalCost()));
		assertEquals(expected.finishDate(), shown.finishDate());
		String status = expected.status().label();
		assertTrue(preview.statusText().toLowerCase(Locale.ROOT).startsWith(status), preview.statusText());
		assertTrue(preview.hoursText().startsWith(hours(expected.totalHours()) + " h at 9 h a week"), preview.hoursText());
		assertTrue(preview.costText().startsWith(String.format(Locale.ROOT, "%,.2f", expected.totalCost()).replace(".00", "") + " USD"),
				preview.costText());
		assertTrue(preview.finishText().startsWith(expected.finishDate().toString()), preview.finishText());
		assertEquals(String.format(Locale.ROOT, "%.1f -> %.1f", expected.fitBefore(), expected.fitAfter()), preview.fitText());
		TableItem[] rows = preview.stepsTable().getItems();
		assertEquals(expected.steps().size(), rows.length, "one row per step");
		for (int i = 0; i < rows.length; i++) {
			PlannedStep step = expected.steps().get(i);
			assertTrue(rows[i].getText(1).startsWith(step.resource().getName()), rows[i].getText(1));
			assertEquals(hours(step.hours()), rows[i].getText(2));
		}
		expected.open().forEach(gap -> assertTrue(preview.openText().contains(gap.skillName()), preview.openText()));

		// The proposed name is free; the taken one is refused with another proposed.
		assertEquals("dana-okafor-data-analyst-ai-2.plan", preview.fileNameField().getText());
		preview.fileNameField().setText(taken.getName());
		assertTrue(preview.getErrorMessage().contains("already exists"), preview.getErrorMessage());
		assertFalse(dialog.enabled(IDialogConstants.FINISH_ID));
		preview.fileNameField().setText("dana-okafor-data-analyst-ai-2.plan");
		assertTrue(dialog.enabled(IDialogConstants.FINISH_ID));

		dialog.press(IDialogConstants.FINISH_ID);
		Ui.processEvents();
		IFile written = project.getFile("dana-okafor-data-analyst-ai-2.plan");
		assertTrue(written.exists(), "the plan file");
		assertEquals(written, wizard.writtenFile());
		assertEquals(takenText, new String(taken.getContents().readAllBytes(), StandardCharsets.UTF_8), "the existing file untouched");

		ResourceSet read = UpskillResourceFactory.createResourceSet();
		PlatformUI.getWorkbench().getService(FrameworkRegistry.class).configure(read);
		ModelFile loaded = ModelFile.load(read, URI.createPlatformResourceURI(written.getFullPath().toString(), true), written.getName());
		assertTrue(loaded.loaded(), loaded.problems().toString());
		LearningPlan plan = (LearningPlan) loaded.resource().getContents().get(0);
		assertEquals(ROLE, SkillKeys.of(plan.getTargetRole()));
		assertEquals(profile.getId(), plan.getProfile().getId(), "refers to the profile");
		List<PlannedStep> planned = expected.steps().stream().filter(s -> !s.kept()).toList();
		assertEquals(planned.size(), plan.getSteps().size());
		for (int i = 0; i < planned.size(); i++) {
			PlanStep step = plan.getSteps().get(i);
			assertFalse(step.getResource().eIsProxy(), "step " + i + " resolves");
			assertEquals(planned.get(i).key(), SkillKeys.of(step.getResource()));
			assertEquals(planned.get(i).startWeek(), step.getStartWeek());
			assertEquals(planned.get(i).endWeek(), step.getEndWeek());
		}
		String text = new String(written.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertFalse(text.contains("platform:/plugin"), "references installed frameworks by their address: " + text);
		assertTrue(page.findEditor(new FileEditorInput(written)) instanceof PlanEditor, "open in the plan editor");
	}

	@Test
	void aBlankBudgetIsNoLimitAndAnAmountThatIsNoneIsRefusedInWords() throws Exception {
		Dialog dialog = openWizard(List.of(ROLE));
		GeneratePlanWizard wizard = (GeneratePlanWizard) dialog.getCurrentPage().getWizard();
		PlanOptionsPage options = wizard.optionsPage();
		options.budgetField().setText("1.500,00");
		assertEquals("Budget: '1.500,00' is not an amount like 49.99. Leave it empty for no limit.", options.getErrorMessage());
		assertFalse(dialog.enabled(IDialogConstants.NEXT_ID));
		options.budgetField().setText("-1");
		assertTrue(options.getErrorMessage().startsWith("Budget: '-1' is negative"), options.getErrorMessage());
		options.budgetField().setText("");
		assertNull(options.getErrorMessage(), "blank: no limit");
		dialog.press(IDialogConstants.NEXT_ID);
		PlanPreviewPage preview = wizard.previewPage();
		Ui.waitFor(() -> !preview.planning() && preview.result() != null, "the plan");
		assertNull(preview.request().budget(), "no limit, not a budget of 0");
		assertTrue(preview.costText().endsWith("(no budget limit)"), preview.costText());
	}

	@Test
	void unsavedProfileEditsArePlannedFrom() throws Exception {
		ProfileEditor editor = (ProfileEditor) IDE.openEditor(page, profileFile, ProfileEditor.ID);
		EditorLoads.await(editor);
		Role extra = PlatformUI.getWorkbench().getService(FrameworkRegistry.class).findRole("ai-upskilling", "role.mlops-engineer")
				.orElseThrow();
		String saved = new String(profileFile.getContents().readAllBytes(), StandardCharsets.UTF_8);
		editor.addTargetRole(extra);
		Ui.processEvents();
		assertTrue(editor.isDirty());

		Dialog dialog = openWizard(List.of());
		GeneratePlanWizard wizard = (GeneratePlanWizard) dialog.getCurrentPage().getWizard();
		assertTrue(dialog.getShell().getText().contains("unsaved"), dialog.getShell().getText());
		List<String> checked = checkedRoles(wizard.optionsPage());
		assertTrue(checked.contains(SkillKeys.of(extra)), "the target role added in the editor, not yet saved: " + checked);
		assertEquals(direct().profile().getTargetRoles().size() + 1, checked.size(), "the saved targets and the new one");
		assertEquals(saved, new String(profileFile.getContents().readAllBytes(), StandardCharsets.UTF_8), "nothing saved");
		assertTrue(editor.isDirty());
	}

	@Test
	void commandOpensTheWizardForTheGapAnalysisViewsProfileAndRole() throws Exception {
		GapAnalysisView view = (GapAnalysisView) page.showView(GapAnalysisView.ID);
		view.setProfile(profileFile);
		view.selectRole(ROLE);
		Ui.waitFor(() -> !view.loading(), "the profile read");
		page.activate(view);
		Display display = Display.getCurrent();
		AtomicReference<List<String>> seen = new AtomicReference<>();
		AtomicReference<String> title = new AtomicReference<>();
		long deadline = System.currentTimeMillis() + 10_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.getData() instanceof WizardDialog dialog && dialog.getCurrentPage() != null
						&& dialog.getCurrentPage().getWizard() instanceof GeneratePlanWizard wizard
						&& wizard.optionsPage().rolesField().getTable().getItemCount() > 0) {
					seen.set(checkedRoles(wizard.optionsPage()));
					title.set(shell.getText());
					dialog.close();
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(100, poll[0]);
			} else {
				for (Shell shell : display.getShells()) {
					if (shell != page.getWorkbenchWindow().getShell()) {
						shell.close(); // whatever opened instead of the wizard, so the test cannot hang
					}
				}
			}
		};
		display.timerExec(100, poll[0]);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(GeneratePlanHandler.COMMAND, null);
		assertNotNull(seen.get(), "the wizard opened");
		assertEquals(List.of(ROLE), seen.get(), "for the view's role");
		assertTrue(title.get().contains(profileFile.getName()), title.get());
	}

	@Test
	void gapAnalysisShowsThePlannersHoursAndSteps() throws Exception {
		GapAnalysisView view = (GapAnalysisView) page.showView(GapAnalysisView.ID);
		view.setProfile(profileFile);
		view.selectRole(ROLE);
		Ui.waitFor(() -> !view.loading() && !view.planning() && view.plan() != null, "the planner's estimate");
		AnalysisContext context = direct();
		PlanResult expected = new LearningPlanner().estimate(context.profile(), context.role(ROLE), context.resources(), null);
		assertEquals(expected.totalHours(), view.plan().totalHours(), 1e-9);
		assertTrue(view.planText().startsWith(hours(expected.totalHours()) + " h and "), view.planText());
		assertTrue(view.planText().contains(expected.status().label()), view.planText());
		long steps = expected.steps().size();
		assertTrue(view.planText().contains("plan: " + steps + " step"), view.planText());
		List<GapLine> lines = view.fit().lines();
		int checked = 0;
		for (int row = 0; row < lines.size(); row++) {
			String skill = SkillKeys.of(lines.get(row).requirement().getSkill());
			var closer = expected.closer(skill);
			if (lines.get(row).gapLevels() > 0 && closer.isPresent()) {
				assertEquals(closer.get().resource().getName(), view.cell(GapTable.LEARN_WITH, row), "learn " + lines.get(row).skillName() + " with");
				checked++;
			}
		}
		assertEquals(expected.steps().stream().mapToLong(s -> s.closes().stream().filter(k -> lines.stream()
				.anyMatch(l -> l.gapLevels() > 0 && SkillKeys.of(l.requirement().getSkill()).equals(k))).count()).sum(), checked,
				"every gap the plan closes shows its step");
		assertTrue(checked > 0);
	}

	@Test
	void roleFitShowsHowSoonTheLeadingRolesAreWithinReach() throws Exception {
		RoleFitView view = (RoleFitView) page.showView(RoleFitView.ID);
		view.setProfile(profileFile);
		Ui.waitFor(() -> !view.loading() && !view.computingReach() && !view.reach().isEmpty(), "the roles within reach");
		AnalysisContext context = direct();
		List<Role> roles = view.ranked().stream().map(f -> context.role(f.key())).toList();
		List<Reach> expected = new RolesWithinReach().rank(new PlanRequest(context.profile(), context.resources()), roles, 0, 3, null);
		Reach leader = expected.get(0);
		assertTrue(leader.exact() && leader.reachable(), "the leading role has an exact plan");
		Reach shown = view.reach().get(leader.key());
		assertEquals(leader.weeks(), shown.weeks());
		assertEquals(leader.hours(), shown.hours(), 1e-9);
		var leaderFit = view.ranked().stream().filter(f -> f.key().equals(leader.key())).findFirst().orElseThrow();
		String text = view.reachText(leaderFit);
		assertTrue(text.startsWith(leader.weeks() == 0 ? "ready now" : leader.weeks() + " weeks, " + hours(leader.hours()) + " h"), text);
		for (Reach other : expected) {
			var fit = view.ranked().stream().filter(f -> f.key().equals(other.key())).findFirst().orElseThrow();
			if (other.reachable() && !other.exact()) {
				assertEquals("\u2265 " + other.weeks() + " weeks", view.reachText(fit), "a lower bound for " + other.key());
			}
		}
		Table table = view.table();
		for (int row = 0; row < table.getItemCount(); row++) {
			assertEquals(Integer.toString(row + 1), table.getItem(row).getText(0), "rank of row " + row);
		}
	}
}
