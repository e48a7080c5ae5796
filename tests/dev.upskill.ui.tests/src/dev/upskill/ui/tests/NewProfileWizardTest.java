/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.ui.internal.wizards.NewModelFileWizard;
import dev.upskill.ui.internal.wizards.NewProfileWizard;
import dev.upskill.ui.internal.wizards.NewProfileWizard.Answers;
import dev.upskill.ui.internal.wizards.RolePicker;
import dev.upskill.ui.tests.providers.CareFrameworkProvider;
import dev.upskill.ui.tests.providers.EscoScaleProvider;

/**
 * The New Profile wizard driven through its widgets: a typed job title, a role of a second
 * framework with its skills pre-filled at the required levels, a framework of 3,000 roles read off
 * the UI thread; and the profile it writes, read back.
 */
class NewProfileWizardTest {

	@TempDir
	Path folder;

	private IWorkbenchPage page;
	private IProject project;
	private Driver open;

	/** A wizard dialog whose buttons the test presses, as a click does. */
	static final class Driver extends WizardDialog {
		Driver(Shell shell, Wizard wizard) {
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

	/** Opens a New wizard as File > New does, with what was selected. */
	static Driver open(NewModelFileWizard wizard, IStructuredSelection selection) {
		wizard.init(PlatformUI.getWorkbench(), selection);
		Driver dialog = new Driver(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.open();
		return dialog;
	}

	@BeforeEach
	void project() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Profile Wizard");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
	}

	@AfterEach
	void closeAll() throws Exception {
		if (open != null && open.getShell() != null && !open.getShell().isDisposed()) {
			open.close();
		}
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	private static FrameworkRegistry registry() {
		return PlatformUI.getWorkbench().getService(FrameworkRegistry.class);
	}

	private static Profile read(IFile file) {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		registry().configure(resourceSet);
		ModelFile loaded = ModelFile.load(resourceSet, URI.createPlatformResourceURI(file.getFullPath().toString(), true),
				file.getName());
		assertTrue(loaded.loaded(), loaded.problems().toString());
		assertEquals(List.of(), ModelChecker.check(loaded), "the new profile is valid and its references resolve");
		return (Profile) loaded.resource().getContents().get(0);
	}

	@Test
	void aTypedJobTitleWithoutAFrameworkRoleInTheSelectedFolder() throws Exception {
		IFolder people = project.getFolder("people");
		people.create(true, true, null);
		NewProfileWizard wizard = new NewProfileWizard();
		open = open(wizard, new StructuredSelection(people));
		assertEquals(people.getFullPath(), wizard.filePage().getContainerFullPath(), "the selected folder, not an empty field");
		RolePicker picker = wizard.currentRolePage().picker();
		Ui.waitFor(() -> !picker.loading(), "the roles of the installed frameworks");
		assertTrue(picker.statusText().matches("[\\d,]+ roles in \\d+ frameworks?\\."), picker.statusText());

		wizard.filePage().setFileName("alex.profile");
		NewProfileWizard.AboutPage about = wizard.aboutPage();
		open.press(IDialogConstants.NEXT_ID);
		assertEquals(about, open.getCurrentPage());
		about.personField().setText("Alex Moreau");
		about.budgetField().setText("12,50");
		assertFalse(about.noLimitShown());
		assertEquals("Budget: '12,50' is not an amount like 49.99. Leave it empty for no limit.", about.getErrorMessage());
		assertFalse(open.enabled(IDialogConstants.FINISH_ID), "a budget that is no amount is refused where it is typed");
		about.currencyField().setText("dollars");
		about.budgetField().setText("");
		assertEquals("Currency: 'dollars' is not a three-letter code; give one such as USD or EUR.", about.getErrorMessage());
		about.currencyField().setText("eur");
		assertNull(about.getErrorMessage(), "an empty budget is no limit");
		assertTrue(about.noLimitShown(), "and says so");

		open.press(IDialogConstants.NEXT_ID);
		assertEquals(wizard.currentRolePage(), open.getCurrentPage());
		wizard.currentRolePage().jobTitleField().setText("Secondary school teacher");
		assertNull(picker.selected(), "no framework role picked");
		assertFalse(wizard.currentRolePage().prefillField().isEnabled(), "nothing to pre-fill without a role");
		open.press(IDialogConstants.FINISH_ID);
		Ui.processEvents();

		IFile file = people.getFile("alex.profile");
		assertTrue(file.exists(), "the profile in the selected folder");
		String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertFalse(text.contains("budget="), "no budget written: no limit; " + text);
		Profile profile = read(file);
		assertEquals("Alex Moreau", profile.getPerson());
		assertEquals("Secondary school teacher", profile.getCurrentRoleTitle(), "the title as typed");
		assertNull(profile.getCurrentRole());
		assertNull(profile.getBudget(), "no limit, read back as no limit");
		assertEquals("EUR", profile.getCurrency());
		assertEquals(List.of(), profile.getAssessments());
		assertEquals(List.of(), profile.getTargetRoles());
	}

	@Test
	void aRoleOfASecondFrameworkPreFillsItsSkillsAtTheRequiredLevels() throws Exception {
		Bundle bundle = TestBundle.provider("test.org.care", CareFrameworkProvider.class.getName());
		try {
			Ui.waitFor(() -> registry().getFramework(CareFrameworkProvider.FRAMEWORK).isPresent(), "the second framework installed");
			NewProfileWizard wizard = new NewProfileWizard();
			open = open(wizard, StructuredSelection.EMPTY);
			wizard.filePage().setContainerFullPath(project.getFullPath());
			wizard.filePage().setFileName("noor.profile");
			wizard.aboutPage().personField().setText("Noor Haddad");
			wizard.aboutPage().budgetField().setText("750.50");
			RolePicker current = wizard.currentRolePage().picker();
			Ui.waitFor(() -> !current.loading(), "the roles of the installed frameworks");

			// Two installed frameworks have a "Data analyst": each row says which framework it is from (and
			// "(workspace)" after it for the workspace copies of the built-in one other tests leave).
			current.filterField().setText("data analyst");
			Table table = current.table().getTable();
			Map<String, String> analysts = List.of(table.getItems()).stream()
					.filter(i -> i.getText(0).equals("Data analyst") && !i.getText(1).endsWith("(workspace)"))
					.collect(Collectors.toMap(i -> i.getText(1), i -> i.getText(0)));
			assertEquals(2, analysts.size(), analysts.toString());
			assertTrue(analysts.containsKey(CareFrameworkProvider.NAME), analysts.toString());

			current.filterField().setText("nurse");
			assertEquals(1, table.getItemCount(), "one role matches 'nurse'");
			assertEquals("Registered nurse", table.getItem(0).getText(0));
			assertEquals(CareFrameworkProvider.NAME, table.getItem(0).getText(1), "with its framework's name");
			assertTrue(current.statusText().startsWith("1 of "), current.statusText());
			current.table().setSelection(new StructuredSelection(current.table().getElementAt(0)));
			assertEquals("Registered nurse", wizard.currentRolePage().jobTitleField().getText(), "the title from the role");
			assertTrue(wizard.currentRolePage().prefillField().isEnabled());
			assertTrue(wizard.currentRolePage().prefillField().getSelection(), "pre-filling is on by default");
			String target = "ai-upskilling#role.data-analyst-ai";
			wizard.targetRolePage().picker().select(target);
			assertEquals(target, wizard.targetRolePage().picker().selected().key());
			open.press(IDialogConstants.FINISH_ID);
			Ui.processEvents();

			Profile profile = read(project.getFile("noor.profile"));
			assertEquals("Registered nurse", profile.getCurrentRoleTitle());
			String nurseKey = CareFrameworkProvider.FRAMEWORK + "#" + CareFrameworkProvider.NURSE;
			assertEquals(nurseKey, SkillKeys.of(profile.getCurrentRole()));
			assertEquals(0, new BigDecimal("750.50").compareTo(profile.getBudget()));
			Role nurse = registry().findRole(CareFrameworkProvider.FRAMEWORK, CareFrameworkProvider.NURSE).orElseThrow();
			Role wanted = registry().findRole("ai-upskilling", "role.data-analyst-ai").orElseThrow();
			Map<String, SkillAssessment> assessed = profile.getAssessments().stream()
					.collect(Collectors.toMap(a -> SkillKeys.of(a.getSkill()), Function.identity()));
			assertEquals(nurse.getRequirements().size() + wanted.getRequirements().size(), assessed.size(),
					"the current role's skills and the wanted role's, once each");
			for (SkillRequirement requirement : nurse.getRequirements()) {
				SkillAssessment assessment = assessed.get(SkillKeys.of(requirement.getSkill()));
				assertEquals(requirement.getLevel(), assessment.getLevel(), "at the level the role requires");
				assertEquals(AssessmentSource.SELF, assessment.getSource());
				assertEquals(LocalDate.now(), assessment.getDate());
				assertTrue(assessment.getNote().startsWith("Pre-filled from your current role, Registered nurse"), assessment.getNote());
			}
			for (SkillRequirement requirement : wanted.getRequirements()) {
				assertEquals(0, assessed.get(SkillKeys.of(requirement.getSkill())).getLevel(), "the wanted role's skills to rate");
			}
			assertEquals(100, new GapAnalysis().analyze(profile, profile.getCurrentRole()).score(), 1e-9,
					"fits the role the person holds");
		} finally {
			bundle.uninstall();
			Ui.waitFor(() -> registry().getFramework(CareFrameworkProvider.FRAMEWORK).isEmpty(), "the framework gone with its bundle");
		}
	}

	@Test
	void thousandsOfRolesAreReadOffTheUiThreadAndFilteredAsOneTypes() throws Exception {
		AtomicInteger changes = new AtomicInteger();
		Runnable listener = changes::incrementAndGet;
		registry().addChangeListener(listener);
		Bundle bundle = TestBundle.provider("test.org.esco.wizard", EscoScaleProvider.class.getName());
		try {
			Ui.waitFor(() -> changes.get() > 0, "the registry to notice the new bundle");
			NewProfileWizard wizard = new NewProfileWizard();
			open = open(wizard, StructuredSelection.EMPTY);
			RolePicker current = wizard.currentRolePage().picker();
			// The provider takes seconds to answer: the wizard is open, and says so.
			assertTrue(current.loading());
			assertEquals("Loading frameworks...", current.statusText());
			assertEquals(0, current.table().getTable().getItemCount());
			Ui.waitFor(() -> !current.loading(), "the roles of an ESCO-scale framework", Duration.ofMinutes(2));
			int all = current.table().getTable().getItemCount();
			assertTrue(all > EscoScaleProvider.ROLES, "every role of every framework: " + all);
			current.filterField().setText("role 2999 esco");
			assertEquals(1, current.table().getTable().getItemCount());
			assertEquals("Role 2999", current.table().getTable().getItem(0).getText(0));
			assertEquals("ESCO scale", current.table().getTable().getItem(0).getText(1));
			current.filterField().setText("");
			assertEquals(all, current.table().getTable().getItemCount(), "the filter cleared");
		} finally {
			registry().removeChangeListener(listener);
			if (open != null) {
				open.close();
			}
			bundle.uninstall();
			Ui.waitFor(() -> registry().getFramework(EscoScaleProvider.FRAMEWORK).isEmpty(), "the framework gone with its bundle",
					Duration.ofMinutes(1));
		}
	}

	@Test
	void holdingABuiltInRoleFitsItInsteadOfZero() throws Exception {
		Role analyst = registry().findRole("ai-upskilling", "role.data-analyst").orElseThrow();
		Role target = registry().findRole("ai-upskilling", "role.mlops-engineer").orElseThrow();
		Profile profile = NewProfileWizard.createProfile("sam",
				new Answers("Sam Lee", "", analyst, true, target, 8, new BigDecimal("2000"), "EUR"));
		Path file = folder.resolve("sam.profile");
		Resource resource = UpskillResourceFactory.createResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(profile);
		resource.save(null);
		String text = Files.readString(file);
		assertTrue(text.contains("targetRoles=\"upskill:/framework/ai-upskilling#role.mlops-engineer\""), text);
		assertTrue(text.contains("currentRole=\"upskill:/framework/ai-upskilling#role.data-analyst\""), text);

		ResourceSet read = UpskillResourceFactory.createResourceSet();
		registry().configure(read);
		ModelFile loaded = ModelFile.load(read, file);
		assertEquals(List.of(), ModelChecker.check(loaded), "the new profile is valid and its references resolve");
		Profile back = (Profile) loaded.resource().getContents().get(0);
		assertEquals("Data analyst", back.getCurrentRoleTitle(), "the role's name when no title is typed");
		assertEquals(100, new GapAnalysis().analyze(back, back.getCurrentRole()).score(), 1e-9,
				"Role Fit for the role held: full, not 0.0");
		assertTrue(new GapAnalysis().analyze(back, back.getTargetRoles().get(0)).score() < 100, "the wanted role is still ahead");

		Profile titleOnly = NewProfileWizard.createProfile("sam",
				new Answers("Sam Lee", "", analyst, false, null, 8, null, "EUR"));
		assertEquals(List.of(), titleOnly.getAssessments(), "without pre-filling, nothing is assessed");
		assertNull(titleOnly.getBudget());
	}

	@Test
	void theFolderIsTheSelectedOneOrTheOnlyProject() {
		IProject other = ResourcesPlugin.getWorkspace().getRoot().getProject("Another");
		IFolder sub = project.getFolder("team");
		IFile file = sub.getFile("dana.profile");
		assertEquals(sub, NewModelFileWizard.defaultFolder(file, List.of(project, other)), "a file's folder");
		assertEquals(sub, NewModelFileWizard.defaultFolder(sub, List.of(project, other)), "the selected folder");
		assertEquals(other, NewModelFileWizard.defaultFolder(other, List.of(project, other)), "the selected project");
		assertEquals(project, NewModelFileWizard.defaultFolder(null, List.of(project)), "the only project");
		assertNull(NewModelFileWizard.defaultFolder(null, List.of(project, other)), "no guess among several projects");
	}
}
