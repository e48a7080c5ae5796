/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.ui.internal.gap.GapAnalysisView;
import dev.upskill.ui.internal.report.ReportExport;

/** Export Report...: the Gap Analysis view's profile, role and plan written as the HTML report, in a Job. */
class ExportReportTest {

	private static final String ROLE = "ai-upskilling#role.data-analyst-ai";
	private static final String COMMAND = "dev.upskill.ui.commands.exportReport";

	@TempDir
	Path folder;

	private IWorkbenchPage page;
	private IFile profileFile;

	@BeforeEach
	void sampleProfile() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		profileFile = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana.profile");
		assertTrue(profileFile.exists(), "the sample profile");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private GapAnalysisView gapView() throws Exception {
		GapAnalysisView view = (GapAnalysisView) page.showView(GapAnalysisView.ID);
		view.setProfile(profileFile);
		view.selectRole(ROLE);
		Ui.waitFor(() -> !view.loading() && !view.planning() && view.plan() != null, "the profile read and its plan made",
				Duration.ofSeconds(90));
		return view;
	}

	@Test
	void theReportHoldsWhatTheViewShows() throws Exception {
		GapAnalysisView view = gapView();
		assertEquals("dana-okafor-data-analyst-ai-report.html", ReportExport.suggestedName(view));
		Path file = folder.resolve("dana.html");
		Job job = ReportExport.schedule(view, file);
		while (job.getResult() == null) {
			Ui.processEvents();
		}
		job.join();
		assertTrue(job.getResult().isOK(), job.getResult().getMessage());

		String html = Files.readString(file);
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertFalse(html.contains("<script"), "no script");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		Document document = factory.newDocumentBuilder().parse(file.toFile());
		assertEquals("Dana Okafor", document.getElementsByTagName("h1").item(0).getTextContent());
		Element fit = (Element) document.getElementsByTagName("section").item(0);
		assertTrue(fit.getTextContent().contains(String.format(Locale.ROOT, "%.1f", view.fit().roundedScore())), fit.getTextContent());
		Element gaps = (Element) document.getElementsByTagName("table").item(0);
		assertEquals(view.fit().lines().size(), gaps.getElementsByTagName("tbody").item(0).getChildNodes().getLength(),
				"a row per requirement, as the view's grid");
		List<String> headers = texts(gaps, "th");
		assertEquals(view.columnTitles(), headers, "the grid's columns");
		Element steps = (Element) document.getElementsByTagName("table").item(1);
		assertEquals(view.plan().steps().size(), steps.getElementsByTagName("tbody").item(0).getChildNodes().getLength(),
				"the view's plan, step by step");
		assertEquals(1, texts(document.getDocumentElement(), "figcaption").stream().filter(t -> t.startsWith("Timeline")).count(),
				"the plan's timeline");
	}

	@Test
	void aFileThatCannotBeWrittenIsTheJobsErrorNamingIt() throws Exception {
		GapAnalysisView view = gapView();
		Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
		Path file = blocker.resolve("report.html");
		Job job = ReportExport.schedule(view, file);
		while (job.getResult() == null) {
			Ui.processEvents();
		}
		assertFalse(job.getResult().isOK());
		assertTrue(job.getResult().getMessage().startsWith("Could not write the report " + file + ": "), job.getResult().getMessage());
	}

	@Test
	void theCommandIsInTheViewMenuAndFileMenu() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command command = commands.getCommand(COMMAND);
		assertTrue(command.isDefined(), "the command is declared");
		assertEquals("Export Report...", command.getName());
		assertTrue(command.isHandled(), "it has a handler");
		// Where the menus get it: the view's menu and File, after the import and export wizards.
		Set<String> locations = new HashSet<>();
		for (IConfigurationElement contribution : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.menus")) {
			for (IConfigurationElement item : contribution.getChildren("command")) {
				if (COMMAND.equals(item.getAttribute("commandId"))) {
					locations.add(contribution.getAttribute("locationURI"));
				}
			}
		}
		assertEquals(Set.of("menu:dev.upskill.ui.views.gap", "menu:file?after=additions"), locations);
	}

	private static List<String> texts(Element element, String tag) {
		return IntStream.range(0, element.getElementsByTagName(tag).getLength())
				.mapToObj(i -> element.getElementsByTagName(tag).item(i).getTextContent()).toList();
	}
}
