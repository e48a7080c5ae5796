/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.AboutDialog;
import dev.upskill.app.internal.FrameworkNotices;
import dev.upskill.app.internal.GettingStartedOnFirstStart;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.help.internal.HelpEditor;
import dev.upskill.help.internal.HelpPages;
import dev.upskill.model.Framework;
import dev.upskill.model.UpskillFactory;

/** The user guide in the help system, Help > Help Contents and Getting Started, and the About dialog. */
class HelpAndAboutTest {

	private static final List<String> TOPICS = List.of("Getting started", "Profiles", "Frameworks", "Gap analysis", "The planner", "Teams",
			"The command line");

	@Test
	void theHelpSystemListsTheUpskillBookAndEveryTopicReads() throws Exception {
		IToc book = Arrays.stream(HelpSystem.getTocs()).filter(t -> t.getLabel().equals("Upskill Workbench User Guide")).findFirst()
				.orElseThrow(() -> new AssertionError("no Upskill book among " + Arrays.stream(HelpSystem.getTocs()).map(IToc::getLabel).toList()));
		assertEquals(TOPICS, Arrays.stream(book.getTopics()).map(ITopic::getLabel).toList());
		for (ITopic topic : book.getTopics()) {
			try (InputStream page = HelpPages.open(topic.getHref())) {
				assertNotNull(page, topic.getHref());
				String text = new String(page.readAllBytes(), StandardCharsets.UTF_8);
				assertTrue(text.contains("<h1>"), topic.getHref());
				assertTrue(!text.contains("../shared") && !text.contains("/work/"), "no pointer outside the product in " + topic.getHref());
			}
		}
	}

	@Test
	void helpContentsAndGettingStartedOpenTheGuide() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		List<String> help = menuItems(window, "Help");
		assertTrue(help.contains("Help Contents") && help.contains("Getting Started"), "Help menu: " + help);
		IWorkbenchPage page = window.getActivePage();
		page.closeAllEditors(false);
		window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.helpContents", null);
		processEvents();
		HelpEditor editor = assertHelpEditor(page);
		assertEquals(HelpEditor.GETTING_STARTED, editor.href());
		assertEquals("Getting started", editor.title());
		assertTrue(editor.contents().containsAll(List.of("Upskill Workbench User Guide", "  Gap analysis", "  The command line")),
				editor.contents().toString());

		editor.show("/dev.upskill.help/html/planner.html");
		assertEquals("The planner", editor.title());
		assertEquals("Help - The planner", editor.getPartName());
		window.getService(IHandlerService.class).executeCommand("dev.upskill.help.gettingStarted", null);
		processEvents();
		assertEquals(1, page.getEditorReferences().length, "one help editor, reused");
		assertEquals(HelpEditor.GETTING_STARTED, assertHelpEditor(page).href());
		PlatformUI.getWorkbench().getHelpSystem().displayHelpResource("/dev.upskill.help/html/frameworks.html");
		processEvents();
		assertEquals("Frameworks", assertHelpEditor(page).title());
		page.closeAllEditors(false);
	}

	@Test
	void gettingStartedShowsOnTheFirstStartOnly() {
		assertTrue(InstanceScope.INSTANCE.getNode("dev.upskill.app").getBoolean(GettingStartedOnFirstStart.SHOWN, false),
				"the first start of this workspace showed Getting Started and remembered it");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		GettingStartedOnFirstStart.showOnce(PlatformUI.getWorkbench());
		processEvents();
		assertEquals(0, page.getEditorReferences().length, "not again");
	}

	@Test
	void aboutShowsTheVersionTheInstalledFrameworksAndTheirLicences() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		AboutDialog about = new AboutDialog(window.getShell(), PlatformUI.getWorkbench());
		about.setBlockOnOpen(false);
		about.open();
		try {
			long deadline = System.currentTimeMillis() + 10_000;
			while (!about.frameworksLoaded() && System.currentTimeMillis() < deadline) {
				processEvents();
				Thread.sleep(20);
			}
			assertTrue(about.frameworksLoaded(), "the frameworks were read");
			RegisteredFramework builtIn = PlatformUI.getWorkbench().getService(FrameworkRegistry.class).getFramework("ai-upskilling")
					.orElseThrow();
			String row = builtIn.name() + " | " + builtIn.framework().getVersion() + " | " + builtIn.framework().getPublisher() + " | "
					+ builtIn.framework().getLicence() + " | dev.upskill.frameworks.ai";
			assertTrue(about.rows().contains(row), about.rows().toString());
			assertTrue(about.noticesText().contains("Licence: " + builtIn.framework().getLicence()), about.noticesText());
			String version = AboutDialog.versionText();
			assertTrue(version.startsWith("Version 0."), version);
		} finally {
			about.close();
		}
	}

	@Test
	void escoAndOnetGetTheNoticesTheirLicencesRequire() {
		Framework esco = UpskillFactory.eINSTANCE.createFramework();
		esco.setId("esco");
		esco.setSourceUri("https://esco.ec.europa.eu/en/use-esco/download");
		assertEquals(FrameworkNotices.ESCO, FrameworkNotices.notice(esco));
		Framework onet = UpskillFactory.eINSTANCE.createFramework();
		onet.setId("onet-29.3");
		onet.setPublisher("O*NET Resource Center");
		assertEquals(FrameworkNotices.ONET, FrameworkNotices.notice(onet));
		Framework own = UpskillFactory.eINSTANCE.createFramework();
		own.setId("acme-data-literacy");
		assertNull(FrameworkNotices.notice(own));
	}

	private static HelpEditor assertHelpEditor(IWorkbenchPage page) {
		assertTrue(page.getActiveEditor() instanceof HelpEditor, "the help editor is open: " + page.getActiveEditor());
		return (HelpEditor) page.getActiveEditor();
	}

	private static List<String> menuItems(IWorkbenchWindow window, String title) {
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
		throw new AssertionError("no menu " + title);
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}
}
