/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.Profile;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.ui.internal.wizards.NewPlanWizard;
import dev.upskill.ui.tests.NewProfileWizardTest.Driver;

/** The New Learning Plan wizard picks its profile from the workspace when none is selected. */
class NewPlanWizardTest {

	private IWorkbenchPage page;
	private IProject project;
	private IFile profileFile;
	private Driver open;

	@BeforeEach
	void copyOfTheSample() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("New Plan Wizard");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		profileFile = project.getFile("dana.profile");
		ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana.profile")
				.copy(profileFile.getFullPath(), true, null);
	}

	@AfterEach
	void closeAll() throws Exception {
		if (open != null && open.getShell() != null && !open.getShell().isDisposed()) {
			open.close();
		}
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	@SuppressWarnings("unchecked")
	private static List<IFile> listed(NewPlanWizard wizard) {
		return (List<IFile>) wizard.profilePage().profilesField().getInput();
	}

	@Test
	void withNothingSelectedTheProfileIsPickedFromTheWorkspace() throws Exception {
		NewPlanWizard wizard = new NewPlanWizard();
		open = NewProfileWizardTest.open(wizard, StructuredSelection.EMPTY);
		NewPlanWizard.ProfilePage profiles = wizard.profilePage();
		assertEquals(profiles, open.getCurrentPage(), "the profile is asked first");
		List<IFile> listed = listed(wizard);
		IFile sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana.profile");
		assertTrue(listed.contains(profileFile) && listed.contains(sample), "the workspace's profiles: " + listed);
		assertTrue(listed.stream().allMatch(f -> "profile".equals(f.getFileExtension())), listed.toString());
		assertNull(profiles.profile(), "several profiles and none selected: none guessed");
		assertEquals(IMessageProvider.WARNING, profiles.getMessageType(), profiles.getMessage());

		profiles.profilesField().setSelection(new StructuredSelection(profileFile), true);
		assertEquals(profileFile, profiles.profile());
		assertEquals(project.getFullPath(), wizard.filePage().getContainerFullPath(), "the plan goes beside the profile");
		assertEquals("dana-plan.plan", wizard.filePage().getFileName());
		open.press(IDialogConstants.NEXT_ID);
		assertEquals(wizard.filePage(), open.getCurrentPage());
		open.press(IDialogConstants.FINISH_ID);
		Ui.processEvents();

		IFile written = project.getFile("dana-plan.plan");
		assertTrue(written.exists(), "the plan file");
		ResourceSet read = UpskillResourceFactory.createResourceSet();
		PlatformUI.getWorkbench().getService(FrameworkRegistry.class).configure(read);
		ModelFile loaded = ModelFile.load(read, URI.createPlatformResourceURI(written.getFullPath().toString(), true), written.getName());
		assertTrue(loaded.loaded(), loaded.problems().toString());
		LearningPlan plan = (LearningPlan) loaded.resource().getContents().get(0);
		Profile profile = plan.getProfile();
		assertTrue(!profile.eIsProxy() && profile.eResource().getURI().toPlatformString(true).equals(profileFile.getFullPath().toString()),
				"refers to the profile picked");
		assertEquals(0, profile.getBudget().compareTo(plan.getBudget()), "the profile's budget");
		assertEquals(profile.getWeeklyHours(), plan.getWeeklyHours(), 1e-9);
		assertEquals(SkillKeys.of(profile.getTargetRoles().get(0)), SkillKeys.of(plan.getTargetRole()), "its first target role");
		String text = new String(written.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(text.contains("targetRole=\"upskill:/framework/ai-upskilling#role.data-analyst-ai\""),
				"the installed framework's role by its address: " + text);
	}

	@Test
	void aProfileThatCannotBeReadIsNamedWithTheReason() throws Exception {
		IFile broken = project.getFile("broken.profile");
		broken.create(new ByteArrayInputStream("<upskill:Profile xmlns:upskill=\"https://upskill.dev/model/1.0\" id=\"x\"\n  name=\"x\">"
				.getBytes(StandardCharsets.UTF_8)), true, null);
		NewPlanWizard wizard = new NewPlanWizard();
		open = NewProfileWizardTest.open(wizard, new StructuredSelection(broken));
		assertEquals(broken, wizard.profilePage().profile());
		open.press(IDialogConstants.FINISH_ID);
		String message = wizard.profilePage().getErrorMessage();
		assertTrue(message != null && message.startsWith("New Plan Wizard/broken.profile") && message.contains("cannot be read: "), message);
		assertTrue(message.endsWith("Fix it or choose another profile; no plan was created."), message);
		assertTrue(!message.contains("Exception"), "no Java class name: " + message);
		assertEquals(wizard.profilePage(), open.getCurrentPage());
		assertTrue(!project.getFile("broken-plan.plan").exists(), "no plan written");
	}

	@Test
	void aSelectedProfileIsPreSelectedAndTheSecondPlanGetsAFreeName() throws Exception {
		project.getFile("dana-plan.plan").create(new ByteArrayInputStream(new byte[0]), true, null);
		NewPlanWizard wizard = new NewPlanWizard();
		open = NewProfileWizardTest.open(wizard, new StructuredSelection(profileFile));
		assertEquals(profileFile, wizard.profilePage().profile(), "the selected profile");
		assertNull(wizard.profilePage().getMessage(), "no warning: the page's description shows");
		assertEquals(project.getFullPath(), wizard.filePage().getContainerFullPath());
		assertEquals("dana-plan-2.plan", wizard.filePage().getFileName(), "an existing plan is not replaced");
	}
}
