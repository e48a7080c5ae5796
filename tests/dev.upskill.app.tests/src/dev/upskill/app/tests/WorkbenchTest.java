/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.app.internal.UpskillPerspective;

/** The running workbench: window, perspective and its views, menus, sample content. */
class WorkbenchTest {

	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@BeforeEach
	void activeWindow() {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "a workbench window is open");
		page = window.getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(UpskillPerspective.ID));
		page.resetPerspective();
		processEvents();
	}

	@Test
	void windowIsBrandedAndOpensTheUpskillPerspective() {
		Shell shell = window.getShell();
		assertEquals("Upskill Workbench", shell.getText());
		assertTrue(shell.getImages().length >= 3, "window icons from the product");
		assertEquals(UpskillPerspective.ID, page.getPerspective().getId());
		assertEquals("Upskill", page.getPerspective().getLabel());
	}

	@Test
	void perspectiveShowsExplorerProblemsPropertiesAndOutline() throws Exception {
		for (String id : List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET,
				IPageLayout.ID_OUTLINE, UpskillPerspective.FRAMEWORKS)) {
			assertFalse(placeholders(id).isEmpty(), id + " is part of the perspective's layout");
			IViewPart view = page.showView(id);
			assertNotNull(view, id + " can be created");
		}
		assertTrue(page.isPartVisible(page.findView(IPageLayout.ID_PROJECT_EXPLORER)), "Project Explorer visible");
		assertTrue(page.getShowViewShortcuts().length > 0
				&& Arrays.asList(page.getShowViewShortcuts()).contains("org.eclipse.pde.runtime.LogView"),
				"the Error Log is under Window > Show View");
		assertNotNull(PlatformUI.getWorkbench().getViewRegistry().find("org.eclipse.pde.runtime.LogView"), "and installed");
	}

	@Test
	void helpMenuOffersInstallNewSoftwareAndAbout() {
		ICommandService commands = window.getService(ICommandService.class);
		Command install = commands.getCommand("org.eclipse.equinox.p2.ui.sdk.install");
		assertTrue(install.isDefined(), "p2's Install New Software command is defined");
		assertTrue(install.isHandled(), "and handled");

		List<String> help = menuItems("Help");
		assertTrue(help.contains("Install New Software..."), "Help menu: " + help);
		assertTrue(help.contains("About Upskill Workbench"), "Help menu: " + help);
		List<String> edit = menuItems("Edit");
		assertTrue(edit.stream().anyMatch(t -> t.startsWith("Undo")) && edit.stream().anyMatch(t -> t.startsWith("Redo")),
				"Edit menu: " + edit);
	}

	/** The texts of the items of a menu of the window's menu bar, as a user sees them when it opens. */
	private List<String> menuItems(String title) {
		Menu bar = window.getShell().getMenuBar();
		for (MenuItem item : bar.getItems()) {
			if (item.getText().replace("&", "").equals(title)) {
				Menu menu = item.getMenu();
				menu.notifyListeners(SWT.Show, new Event());
				processEvents();
				List<String> texts = Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
						.map(i -> i.getText().replace("&", "").split("\t")[0]).toList();
				menu.notifyListeners(SWT.Hide, new Event());
				return texts;
			}
		}
		throw new AssertionError("no menu " + title + " in the menu bar");
	}

	@Test
	void newWorkspaceHoldsTheSampleProject() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT);
		assertTrue(project.exists() && project.isOpen(), "sample project created on first start");
		assertTrue(project.getFile("dana.profile").exists());
		assertTrue(project.getFile("dana-ai-analyst.plan").exists());
		IFile posting = project.getFile("ml-engineer-acme.posting");
		assertTrue(posting.exists(), "the sample job posting");
		assertEquals("dev.upskill.ui.editors.posting", IDE.getDefaultEditor(posting).getId(), "it opens in the Job Posting editor");
	}

	/** The places a part has in the active perspective's layout (the e4 model behind the 3.x page). */
	private List<MPlaceholder> placeholders(String partId) {
		EModelService models = window.getService(EModelService.class);
		MPerspective perspective = models.getActivePerspective(window.getService(MWindow.class));
		return models.findElements(perspective, partId, MPlaceholder.class);
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}
}
