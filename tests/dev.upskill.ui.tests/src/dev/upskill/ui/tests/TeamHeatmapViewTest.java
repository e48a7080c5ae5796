/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.table.TeamTables;
import dev.upskill.core.team.LoadedTeam;
import dev.upskill.core.team.TeamAnalysis;
import dev.upskill.core.team.TeamAnalysis.PersonLine;
import dev.upskill.core.team.TeamAnalysis.SkillColumn;
import dev.upskill.core.team.TeamLoader;
import dev.upskill.core.team.TeamSummary;
import dev.upskill.model.Role;
import dev.upskill.model.SkillRequirement;
import dev.upskill.ui.internal.table.TableExport;
import dev.upskill.ui.internal.team.TeamHeatmapView;

/** The Team Heatmap view and its summary on the sample team, checked against the core computation. */
class TeamHeatmapViewTest {

	private static final String ROLE = "ai-upskilling#role.data-analyst-ai";

	@TempDir
	Path folder;

	private IFile teamFile;
	private IWorkbenchPage page;

	@BeforeEach
	void sampleTeam() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		teamFile = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("team/analytics.team");
		assertTrue(teamFile.exists(), "the sample team, copied with its folder into the new workspace");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** The core's own answer, computed apart from the view. */
	private TeamAnalysis engine() {
		FrameworkRegistry registry = PlatformUI.getWorkbench().getService(FrameworkRegistry.class);
		LoadedTeam team = new TeamLoader(registry, List.of()).load(teamFile.getLocation().toPath(), null);
		return TeamAnalysis.of(team, team.role(ROLE));
	}

	private TeamHeatmapView view() throws Exception {
		TeamHeatmapView view = (TeamHeatmapView) page.showView(TeamHeatmapView.ID);
		view.show(teamFile.getLocation().toPath(), ROLE);
		assertTrue(view.loading(), "the team is read in a Job");
		Ui.waitFor(() -> !view.loading() && view.analysis() != null, "the team read and analysed", Duration.ofSeconds(30));
		assertEquals(ROLE, view.analysis().roleKey());
		return view;
	}

	@Test
	void cellsCoverageAndBusFactorAreTheEnginesFigures() throws Exception {
		TeamHeatmapView view = view();
		TeamAnalysis expected = engine();
		List<PersonLine> people = expected.people();
		assertEquals(12, people.size(), "the sample team");
		assertEquals(people.size() + 2, view.rowCount(), "the required level and coverage rows, then the people");
		assertTrue(view.titleText().startsWith("Retail analytics ("), view.titleText());
		int busFactors = 0;
		for (SkillColumn skill : expected.skills()) {
			int column = view.columnOfSkill(skill.index());
			assertEquals(skill.name(), view.header(column));
			assertEquals(skill.requiredLevel(), view.cell(column, 0), "required level of " + skill.name());
			assertEquals(skill.reached(), view.cell(column, 1), "coverage of " + skill.name());
			assertEquals(skill.reached() == 1, view.cellLabels(column, 1).contains("TEAM_BUS_FACTOR"), "bus factor of " + skill.name());
			assertEquals(skill.reached() == 0, view.cellLabels(column, 1).contains("TEAM_UNCOVERED"), "nobody reaches " + skill.name());
			busFactors += skill.busFactor() ? 1 : 0;
			for (int p = 0; p < people.size(); p++) {
				PersonLine person = people.get(p);
				assertEquals(person.level(skill.index()), view.cell(column, p + 2), person.member().name() + ", " + skill.name());
				int gap = person.gapLevels(skill.index());
				String colour = person.level(skill.index()) == null ? "TEAM_NOT_ASSESSED" : gap == 0 ? "TEAM_MET" : gap == 1 ? "TEAM_SHORT" : "TEAM_FAR";
				assertTrue(view.cellLabels(column, p + 2).contains(colour), person.member().name() + ", " + skill.name() + ": " + colour);
			}
		}
		assertTrue(busFactors > 0, "the sample team has skills only one person reaches");
		for (int p = 0; p < people.size(); p++) {
			assertEquals(people.get(p).member().name(), view.cell(0, p + 2));
			assertEquals(Math.round(people.get(p).score() * 10) / 10.0, view.cell(2, p + 2));
		}
		// the closest people and the bus factor are said under the grid
		String closest = view.closestLine();
		assertTrue(closest.startsWith("Closest to the role: " + expected.closest(1).get(0).member().name()), closest);
		for (SkillColumn skill : expected.busFactor()) {
			assertTrue(closest.contains(skill.name() + " (" + skill.holders().get(0).name() + ")"), closest);
		}
		// by level: a person's assessed cells take a shade of the level instead
		view.colourByLevel(true);
		SkillColumn first = expected.skills().get(0);
		assertTrue(view.cellLabels(view.columnOfSkill(first.index()), 2).stream().anyMatch(l -> l.startsWith("TEAM_LEVEL_")));
		view.colourByLevel(false);
	}

	@Test
	void sortingFilteringAndGroupingKeepTheHeadingRowsOnTop() throws Exception {
		TeamHeatmapView view = view();
		TeamAnalysis expected = engine();
		// skills grouped by category: each category's columns side by side
		List<String> categories = new ArrayList<>();
		for (SkillColumn skill : expected.skills().stream().sorted(Comparator.comparingInt(s -> view.columnOfSkill(s.index()))).toList()) {
			String category = skill.category() == null ? "Other" : skill.category();
			if (categories.isEmpty() || !categories.get(categories.size() - 1).equals(category)) {
				assertFalse(categories.contains(category), "the columns of " + category + " are together");
				categories.add(category);
			}
		}
		assertEquals(categories, view.categories());

		view.sortBy(2, false); // by fit, best first
		List<Double> fits = view.shownPeople().stream().map(PersonLine::score).toList();
		assertEquals(fits.stream().sorted(Comparator.reverseOrder()).toList(), fits);
		assertEquals("Required level", view.cell(0, 0));
		assertEquals("People at the level", view.cell(0, 1));

		view.setGroup("Forecasting");
		Ui.processEvents();
		assertEquals(expected.people().stream().filter(p -> p.member().groups().contains("Forecasting")).count(), view.shownPeople().size());
		view.setGroup(null);
		view.setFilter("platform");
		Ui.processEvents();
		assertEquals(List.of("Diego Alvarez", "Hiro Tanaka"),
				view.shownPeople().stream().map(p -> p.member().name()).sorted().toList(), "by group name");
		view.setFilter("");
		Ui.processEvents();
		assertEquals(12, view.shownPeople().size());
	}

	@Test
	void theSummaryDrawsTheFitDistributionAndSaysThePlannersTotals() throws Exception {
		TeamHeatmapView view = view();
		TeamAnalysis expected = engine();
		assertArrayEquals(Arrays.stream(expected.histogram()).asDoubleStream().toArray(), view.histogramValues(), 0.0);
		Ui.waitFor(() -> view.summary() != null || view.summaryProblem() != null, "the plans for the team", Duration.ofSeconds(120));
		assertEquals(null, view.summaryProblem());
		TeamSummary summary = view.summary();
		TeamSummary planned = TeamSummary.of(expected, expected.team().resources(), "USD", LocalDate.now(), 2, null);
		assertEquals(planned.totalHours(), summary.totalHours(), 1e-6);
		assertEquals(0, planned.totalCost().compareTo(summary.totalCost()));
		String text = view.totalsText();
		assertTrue(text.startsWith("To bring everyone to Data analyst using AI: " + String.format(Locale.ROOT, "%,.0f", planned.totalHours())
				+ " h and " + String.format(Locale.ROOT, "%,.2f", planned.totalCost().setScale(2, RoundingMode.HALF_UP)) + " USD of learning."), text);
		assertTrue(text.contains(planned.reachable() + " of 12 can be made ready"), text);
		assertFalse(planned.soonest(1).isEmpty(), "someone can be made ready");
		assertTrue(text.contains("Ready soonest: " + planned.soonest(1).get(0).member().name()), text);
	}

	@Test
	void theHeatmapExportsThroughTheTablesWriters() throws Exception {
		TeamHeatmapView view = view();
		Path csv = folder.resolve("heatmap.csv");
		TableExport<?> export = view.exportHeatmap(csv);
		export.join();
		assertTrue(export.getResult().isOK(), export.getResult().toString());
		List<CSVRecord> records;
		try (Reader reader = Files.newBufferedReader(csv)) {
			records = CSVFormat.RFC4180.parse(reader).getRecords();
		}
		TeamAnalysis expected = engine();
		assertEquals(TeamTables.heatmap(expected).csvNames(), records.get(0).toList(), "the table's columns");
		assertEquals(13, records.size(), "the header and the people: the heading rows go to the workbook only");
		Path xlsx = folder.resolve("heatmap.xlsx");
		TableExport<?> workbook = view.exportHeatmap(xlsx);
		workbook.join();
		assertTrue(workbook.getResult().isOK(), workbook.getResult().toString());
		assertTrue(Files.size(xlsx) > 0);
	}

	@Test
	void openingATeamFileShowsItInTheView() throws Exception {
		IDE.openEditor(page, teamFile);
		TeamHeatmapView view = (TeamHeatmapView) page.findView(TeamHeatmapView.ID);
		assertTrue(view != null && view.loading(), "the team is read in the Team Heatmap view");
		Ui.waitFor(() -> !view.loading() && view.analysis() != null, "the team read and analysed", Duration.ofSeconds(30));
		assertEquals("Retail analytics", view.analysis().team().name());
		assertEquals(12, view.shownPeople().size());
	}

	@Test
	void theClosestLineWritesEachFitAsTheFitColumnDoes() throws Exception {
		// The sample team's profiles, and someone who reaches every requirement of the role: a fit of 100, a whole number
		Path team = Files.createDirectories(folder.resolve("team"));
		int copied;
		try (var files = Files.list(teamFile.getParent().getLocation().toPath())) {
			List<Path> profiles = files.filter(p -> p.toString().endsWith(".profile")).toList();
			for (Path file : profiles) {
				Files.copy(file, team.resolve(file.getFileName()));
			}
			copied = profiles.size();
		}
		int people = copied + 1;
		FrameworkRegistry registry = PlatformUI.getWorkbench().getService(FrameworkRegistry.class);
		Role role = (Role) registry.resolve(FrameworkUris.of("ai-upskilling", "role.data-analyst-ai")).orElseThrow();
		StringBuilder profile = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="pat-top" name="Pat Top" person="Pat Top"
				    targetRoles="upskill:/framework/ai-upskilling#role.data-analyst-ai" weeklyHours="5.0" currency="USD">
				""");
		for (SkillRequirement requirement : role.getRequirements()) {
			profile.append("  <assessments skill=\"upskill:/framework/ai-upskilling#").append(requirement.getSkill().getId())
					.append("\" level=\"5\" date=\"2026-03-02\"/>\n");
		}
		Files.writeString(team.resolve("pat-top.profile"), profile.append("</upskill:Profile>\n"));

		TeamHeatmapView view = (TeamHeatmapView) page.showView(TeamHeatmapView.ID);
		view.show(team, ROLE);
		Ui.waitFor(() -> !view.loading() && view.analysis() != null && view.analysis().people().size() == people, "the team read and analysed",
				Duration.ofSeconds(30));
		PersonLine top = view.analysis().closest(1).get(0);
		assertEquals("Pat Top", top.member().name());
		assertEquals(100.0, top.score(), 1e-9, "every requirement reached");
		int row = view.shownPeople().indexOf(top) + 2;
		String fit = view.cellText(TeamTables.FIT, row);
		assertEquals("100", fit, "the Fit column writes the fit");
		String closest = view.closestLine();
		assertTrue(closest.startsWith("Closest to the role: Pat Top " + fit + ", "), "the fit as the Fit column writes it: " + closest);
		for (PersonLine person : view.analysis().closest(3)) {
			String shown = view.cellText(TeamTables.FIT, view.shownPeople().indexOf(person) + 2);
			assertTrue(closest.contains(person.member().name() + " " + shown), person.member().name() + " " + shown + ": " + closest);
		}

		// the export writes the same text in its Fit column
		Path csv = folder.resolve("fits.csv");
		TableExport<?> export = view.exportHeatmap(csv);
		export.join();
		assertTrue(export.getResult().isOK(), export.getResult().toString());
		List<CSVRecord> records;
		try (Reader reader = Files.newBufferedReader(csv)) {
			records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		CSVRecord pat = records.stream().filter(r -> r.get("person").equals("Pat Top")).findFirst().orElseThrow();
		assertEquals(fit, pat.get("fit"));
	}
}
