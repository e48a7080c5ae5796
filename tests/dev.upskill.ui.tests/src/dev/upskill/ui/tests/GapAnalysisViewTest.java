/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.table.GapTable;
import dev.upskill.model.Profile;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.ui.internal.editors.AssessmentGrid;
import dev.upskill.ui.internal.editors.PlanEditor;
import dev.upskill.ui.internal.editors.ProfileEditor;
import dev.upskill.ui.internal.gap.GapAnalysisView;
import dev.upskill.ui.internal.gap.GapExport;
import dev.upskill.ui.internal.gap.RoleFitView;

/** The Gap Analysis and Role Fit views on the sample profile, checked against the engine. */
class GapAnalysisViewTest {

	private static final String ROLE = "ai-upskilling#role.data-analyst-ai";

	@TempDir
	Path folder;

	private IFile profileFile;
	private IWorkbenchPage page;

	@BeforeEach
	void sampleProfile() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		profileFile = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana.profile");
		assertTrue(profileFile.exists(), "the sample profile");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** The engine's own answer, computed apart from the view. */
	private RoleFit engine() {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		FrameworkRegistry registry = PlatformUI.getWorkbench().getService(FrameworkRegistry.class);
		registry.configure(resourceSet);
		Profile profile = (Profile) resourceSet
				.getResource(URI.createPlatformResourceURI(profileFile.getFullPath().toString(), true), true).getContents().get(0);
		AnalysisContext context = AnalysisContext.of(profile, registry);
		return new GapAnalysis().analyze(profile, context.role(ROLE));
	}

	/** The view on the sample profile and the role, once read (in a Job). */
	private GapAnalysisView gapView() throws Exception {
		GapAnalysisView view = (GapAnalysisView) page.showView(GapAnalysisView.ID);
		view.setProfile(profileFile);
		view.selectRole(ROLE);
		Ui.waitFor(() -> !view.loading(), "the profile and its frameworks read");
		assertEquals(ROLE, view.roleKey());
		return view;
	}

	/**
	 * The grid and charts are made for the first analysis, not with the view (they would hold the
	 * workbench's first window back, BENCHMARKS.md); what was chosen before, such as the filter,
	 * applies to them.
	 */
	@Test
	void gridIsMadeForTheFirstAnalysisWithTheChoicesMadeBefore() throws Exception {
		if (page.findView(GapAnalysisView.ID) != null) {
			page.hideView(page.findView(GapAnalysisView.ID));
		}
		// The view is made (and checked) before any profile it may follow has been read in a Job.
		GapAnalysisView view = (GapAnalysisView) page.showView(GapAnalysisView.ID);
		assertFalse(view.gridMade(), "no grid before there is an analysis");
		view.setFilter("python");
		assertFalse(view.gridMade(), "filtering nothing makes no grid");
		view.setProfile(profileFile);
		view.selectRole(ROLE);
		Ui.waitFor(() -> !view.loading(), "the profile and its frameworks read");
		assertTrue(view.gridMade(), "the first analysis makes the grid");
		int filtered = view.rowCount();
		view.setFilter("");
		int all = view.rowCount();
		assertEquals(engine().lines().size(), all);
		view.setFilter("python");
		assertEquals(filtered, view.rowCount(), "the filter typed before the grid was made applied to it");
		assertTrue(filtered > 0 && filtered < all, "the filter keeps some rows: " + filtered + " of " + all);
		view.setFilter("");
	}

	@Test
	void gridRowsAreTheEnginesLines() throws Exception {
		GapAnalysisView view = gapView();
		RoleFit expected = engine();
		assertEquals(expected.score(), view.fit().score(), 0.0);
		List<GapLine> lines = expected.lines();
		assertEquals(lines.size(), view.rowCount());
		for (int row = 0; row < lines.size(); row++) {
			GapLine line = lines.get(row);
			assertEquals(line.skillName(), view.cell(GapTable.SKILL_NAME, row), "skill of row " + row);
			assertEquals(line.requiredLevel(), view.cell(GapTable.REQUIRED, row), "required of " + line.skillName());
			assertEquals(line.currentLevel(), view.cell(GapTable.CURRENT, row), "current of " + line.skillName() + " (null: never assessed)");
			assertEquals(line.gapLevels(), view.cell(GapTable.GAP_LEVELS, row), "gap of " + line.skillName());
			assertEquals(line.importance().getLiteral(), view.cell(GapTable.IMPORTANCE, row));
		}
		long categories = lines.stream().map(l -> l.category() == null ? "" : l.category().getName()).distinct().count();
		assertEquals(categories, view.radarAxisCount(), "one radar axis per category");
		assertEquals(Math.min(8, lines.stream().filter(l -> l.gapLevels() > 0).count()), view.barCount());
	}

	@Test
	void gridSortsFiltersGroupsAndExports() throws Exception {
		GapAnalysisView view = gapView();
		int all = view.rowCount();

		// Two clicks on the Gap header (column 4; the row header is position 0): ascending, then descending.
		NatTable table = view.gridTable();
		table.doCommand(new SortColumnCommand(table, GapTable.GAP_LEVELS + 1, false));
		Ui.processEvents();
		List<Object> gaps = cells(view, GapTable.GAP_LEVELS);
		assertEquals(gaps.stream().map(g -> (Integer) g).sorted().toList(), gaps, "a click sorts by gap, smallest first");
		table.doCommand(new SortColumnCommand(table, GapTable.GAP_LEVELS + 1, false));
		Ui.processEvents();
		gaps = cells(view, GapTable.GAP_LEVELS);
		assertEquals(gaps.stream().map(g -> (Integer) g).sorted(Comparator.reverseOrder()).toList(), gaps,
				"a second click: largest first");
		assertTrue((Integer) gaps.get(0) > 0, "the sample has gaps");
		assertEquals(all, view.rowCount(), "sorting keeps every row");
		view.setFilter("f1 score");
		Ui.processEvents();
		assertEquals(List.of("Model evaluation"), cells(view, GapTable.SKILL_NAME), "the filter matches the aliases job postings use");
		view.setFilter("python");
		assertEquals(3, view.rowCount(), "names and categories match too (Python and software engineering): "
				+ cells(view, GapTable.SKILL_NAME));
		view.setFilter("");
		view.setGrouped(true);
		long categories = engine().lines().stream().map(l -> l.category().getName()).distinct().count();
		assertEquals(all + categories, view.rowCount(), "a heading row per category");

		// The grid shows the columns people read of the core table; its exports have them all, in the same order.
		assertEquals(GapTable.TABLE.titles().subList(0, GapTable.READ_COLUMNS), view.columnTitles(),
				"the grid's headers are the table's first titles");
		int requirements = all;
		Path csv = folder.resolve("gaps.csv");
		Path xlsx = folder.resolve("gaps.xlsx");
		Job csvJob = view.exportTo(csv);
		Job xlsxJob = view.exportTo(xlsx);
		csvJob.join();
		xlsxJob.join();
		assertTrue(csvJob.getResult().isOK(), csvJob.getResult().getMessage());
		assertTrue(xlsxJob.getResult().isOK(), xlsxJob.getResult().getMessage());
		List<String> csvLines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(1 + requirements, csvLines.size(), "the header and a line per requirement: no title or heading line in CSV");
		assertEquals(String.join(",", GapTable.TABLE.csvNames()), csvLines.get(0), "the table's columns, as the command line writes them");
		assertTrue(csvLines.get(1).startsWith(view.cell(0, 1) + ","), "the first requirement shown first: " + csvLines.get(1));
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
			String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(), StandardCharsets.UTF_8);
			assertEquals(2 + view.rowCount(), sheet.split("<row ").length - 1, "the title, the header and one row per row shown");
			assertTrue(strings.contains(">Gaps of Dana Okafor (dana.profile) for Data analyst using AI (AI upskilling), fit "),
					"a title row says whose gaps and which role");
			assertTrue(strings.contains(">Model evaluation</t>"), "skills as text");
			for (String title : GapTable.TABLE.titles()) {
				assertTrue(strings.contains(">" + title + "</t>"), "the header " + title);
			}
			assertTrue(sheet.contains("r=\"A1\""), "the title in the first row");
			assertTrue(sheet.contains("r=\"" + lastColumn() + "3\""), "the last column's header cell, under the title and an empty row");
			assertTrue(zip.getEntry("[Content_Types].xml") != null && zip.getEntry("xl/workbook.xml") != null);
		}

		// An export that cannot be written says which file and why, in words.
		Path blocker = folder.resolve("blocker.txt");
		Files.writeString(blocker, "a file, not a folder");
		Path impossible = blocker.resolve("gaps.csv");
		IStatus failed = GapExport.export(GapTable.rows(engine().lines(), null), null, null, impossible, null);
		assertEquals(IStatus.ERROR, failed.getSeverity());
		assertEquals("Could not export the gaps to " + impossible + ": a file is in the way: " + blocker + " is not a folder",
				failed.getMessage());
		view.setGrouped(false);
		view.sortBy(-1, true);
	}

	/** The spreadsheet letters of the table's last column (O for 15 columns). */
	private static String lastColumn() {
		int n = GapTable.TABLE.columns().size();
		StringBuilder letters = new StringBuilder();
		for (; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	@Test
	void roleFitRanksAllRolesAndOpensTheGapAnalysis() throws Exception {
		RoleFitView ranking = (RoleFitView) page.showView(RoleFitView.ID);
		ranking.setProfile(profileFile);
		Ui.waitFor(() -> !ranking.loading(), "the roles ranked");
		FrameworkRegistry registry = PlatformUI.getWorkbench().getService(FrameworkRegistry.class);
		List<String> builtIn = registry.getFramework("ai-upskilling").orElseThrow().roles().stream().map(SkillKeys::of).toList();
		List<String> shown = ranking.ranked().stream().map(RoleFit::key).toList();
		assertTrue(shown.containsAll(builtIn), "every role of the built-in framework: " + shown);
		assertEquals(registry.getAllRoles().size(), shown.size(), "every installed role, each once");
		for (int i = 1; i < ranking.ranked().size(); i++) {
			assertTrue(ranking.ranked().get(i - 1).score() >= ranking.ranked().get(i).score(), "best first");
		}
		assertEquals("ai-upskilling#role.data-analyst", ranking.ranked().get(0).key());
		ranking.analyse(ranking.ranked().get(1));
		GapAnalysisView gap = (GapAnalysisView) page.findView(GapAnalysisView.ID);
		Ui.waitFor(() -> !gap.loading() && gap.fit() != null, "the gap analysis");
		assertEquals(ranking.ranked().get(1).key(), gap.fit().key());
		assertEquals(ranking.ranked().get(1).score(), gap.fit().score(), 0.0, "the same score in both views");
	}

	@Test
	void followsTheProfileFileWhenItChanges() throws Exception {
		GapAnalysisView view = gapView();
		double before = view.fit().score();
		String original = new String(profileFile.getContents().readAllBytes(), StandardCharsets.UTF_8);
		try {
			// A test result for model evaluation at the required level: that gap closes, the fit rises.
			String updated = original.replace("</upskill:Profile>",
					"  <assessments skill=\"upskill:/framework/ai-upskilling#skill.model-evaluation\" level=\"3\" date=\"2026-11-01\""
							+ " source=\"test\"/>\n</upskill:Profile>");
			profileFile.setContents(new ByteArrayInputStream(updated.getBytes(StandardCharsets.UTF_8)), true, true, null);
			Ui.waitFor(() -> !view.loading() && view.fit().score() != before, "the view to recompute after the file changed");
			assertTrue(view.fit().score() > before, "the view recomputed after the file changed: " + before + " -> " + view.fit().score());
			assertEquals(engine().score(), view.fit().score(), 0.0);
		} finally {
			profileFile.setContents(new ByteArrayInputStream(original.getBytes(StandardCharsets.UTF_8)), true, true, null);
			Ui.processEvents();
		}
	}

	@Test
	void followsUnsavedEditsInTheProfileEditor() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Gap Live");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile copy = project.getFile("live.profile");
		if (copy.exists()) {
			copy.delete(true, null);
		}
		profileFile.copy(copy.getFullPath(), true, null);
		GapAnalysisView view = (GapAnalysisView) page.showView(GapAnalysisView.ID);
		ProfileEditor editor = (ProfileEditor) IDE
				.openEditor(page, copy, ProfileEditor.ID);
		Ui.waitFor(() -> !view.loading() && view.profileFile() != null && view.profileFile().equals(copy), "the edited profile read");
		EditorLoads.await(editor);
		view.selectRole(ROLE);
		double before = view.fit().score();
		editor.showAssessments();
		int row = modelEvaluationRow();
		assertEquals("Model evaluation", editor.assessmentGrid().cell(AssessmentGrid.SKILL, row));
		assertEquals(1, editor.assessmentGrid().cell(AssessmentGrid.LEVEL, row));
		editor.assessmentGrid().edit(AssessmentGrid.LEVEL, row, 3); // model evaluation 1 -> 3
		Ui.waitFor(() -> view.fit().score() > before, "the analysis of the unsaved edit");
		assertTrue(editor.isDirty(), "nothing was saved");
		double edited = view.fit().score();

		// To another profile's editor and back: the view shows the unsaved edit again, not the file.
		IFile other = project.getFile("other.profile");
		if (other.exists()) {
			other.delete(true, null);
		}
		profileFile.copy(other.getFullPath(), true, null);
		IDE.openEditor(page, other, ProfileEditor.ID);
		Ui.waitFor(() -> !view.loading() && other.equals(view.profileFile()), "the other profile read");
		page.activate(editor);
		Ui.waitFor(() -> !view.loading() && copy.equals(view.profileFile()), "the edited profile followed again");
		Ui.waitFor(() -> !view.loading() && Math.abs(view.fit().score() - edited) < 1e-9,
				"the unsaved edit shown again, not the saved file (" + before + ")");
		assertTrue(editor.isDirty());
		page.closeAllEditors(false);
	}

	/** The plan editor's plan is for a profile: Gap Analysis follows that profile. */
	@Test
	void followsThePlanEditorsProfile() throws Exception {
		IFile sam = profileFile.getProject().getFile("sam.profile");
		GapAnalysisView view = (GapAnalysisView) page.showView(GapAnalysisView.ID);
		view.setProfile(sam);
		Ui.waitFor(() -> !view.loading() && sam.equals(view.profileFile()), "Sam's profile read");

		IDE.openEditor(page, profileFile.getProject().getFile("dana-ai-analyst.plan"), PlanEditor.ID);

		Ui.waitFor(() -> !view.loading() && profileFile.equals(view.profileFile()), "the plan's profile, Dana's, followed");
		page.closeAllEditors(false);
	}

	/** The row of the sample's "Model evaluation" assessment: its place in the profile file. */
	private int modelEvaluationRow() {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		Profile profile = (Profile) resourceSet
				.getResource(URI.createPlatformResourceURI(profileFile.getFullPath().toString(), true), true).getContents().get(0);
		List<SkillAssessment> assessments = profile.getAssessments();
		for (int row = 0; row < assessments.size(); row++) {
			if ("skill.model-evaluation".equals(EcoreUtil.getURI(assessments.get(row).getSkill()).fragment())) {
				return row;
			}
		}
		throw new AssertionError("the sample profile assesses model evaluation");
	}

	private static List<Object> cells(GapAnalysisView view, int column) {
		return IntStream.range(0, view.rowCount()).mapToObj(r -> view.cell(column, r)).toList();
	}

}
