/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.model.Profile;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.ui.internal.editors.ProfileEditor;
import dev.upskill.ui.internal.gap.GapAnalysisView;
import dev.upskill.ui.internal.gap.RoleFitView;

/**
 * The Gap Analysis and Role Fit views follow the person: a new profile opens on its own first
 * target role and a role chosen for a profile is remembered for it; the columns, charts, check
 * box and exports a newcomer met without the README.
 */
class GapViewsFollowThePersonTest {

	private static final String DATA_ANALYST_AI = "ai-upskilling#role.data-analyst-ai";
	private static final String ML_ENGINEER = "ai-upskilling#role.ml-engineer";
	private static final String PRODUCT_MANAGER = "ai-upskilling#role.ai-product-manager";

	@TempDir
	Path folder;

	private IFile dana;
	private IWorkbenchPage page;

	@BeforeEach
	void sampleProfile() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		dana = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana.profile");
		assertTrue(dana.exists(), "the sample profile");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
		Ui.processEvents();
	}

	private GapAnalysisView gapView(IFile profile) throws Exception {
		GapAnalysisView view = (GapAnalysisView) page.showView(GapAnalysisView.ID);
		view.setProfile(profile);
		Ui.waitFor(() -> !view.loading() && view.fit() != null && profile.equals(view.profileFile()), "the profile read");
		return view;
	}

	/** A new profile, as the New Profile wizard writes one: another person targeting the AI product manager role. */
	private IFile newProfile() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Follow The Person");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("ari.profile");
		String text = new String(dana.getContents().readAllBytes(), StandardCharsets.UTF_8)
				.replace("id=\"dana\" name=\"Dana Okafor\"", "id=\"ari\" name=\"Ari Novak\"")
				.replace("person=\"Dana Okafor\"", "person=\"Ari Novak\"")
				.replaceFirst("targetRoles=\"[^\"]*\"", "targetRoles=\"upskill:/framework/ai-upskilling#role.ai-product-manager\"");
		assertTrue(text.contains("#role.ai-product-manager\""), "the copy targets the AI product manager");
		if (file.exists()) {
			file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
		} else {
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		return file;
	}

	@Test
	void aNewProfileOpensOnItsFirstTargetRoleAndEachProfileKeepsTheRoleChosenForIt() throws Exception {
		GapAnalysisView view = gapView(dana);
		view.selectRole(ML_ENGINEER); // chosen for Dana: her second target role
		assertEquals(ML_ENGINEER, view.roleKey());

		// A new profile opened in its editor: the view follows it, on its own first target role.
		IFile ari = newProfile();
		IDE.openEditor(page, ari, ProfileEditor.ID);
		Ui.waitFor(() -> ari.equals(view.profileFile()) && !view.loading() && view.fit() != null, "the view to follow the new profile");
		assertEquals(PRODUCT_MANAGER, view.roleKey(), "the new profile's first target role, not the role chosen for Dana");
		assertEquals("AI product manager (AI upskilling)", view.roleText(), "the role's name and its framework's, no id");
		assertTrue(view.profileText().startsWith("Ari Novak"), view.profileText());

		// Back to Dana: the role chosen for her.
		page.closeAllEditors(false);
		view.setProfile(dana);
		Ui.waitFor(() -> dana.equals(view.profileFile()) && !view.loading(), "Dana's profile again");
		assertEquals(ML_ENGINEER, view.roleKey(), "the role chosen for Dana is remembered");

		// And Ari again: the first target role still (nothing was chosen for Ari).
		view.setProfile(ari);
		Ui.waitFor(() -> ari.equals(view.profileFile()) && !view.loading(), "Ari's profile again");
		assertEquals(PRODUCT_MANAGER, view.roleKey());

		view.setProfile(dana);
		Ui.waitFor(() -> dana.equals(view.profileFile()) && !view.loading(), "Dana's profile");
		view.selectRole(DATA_ANALYST_AI); // as the other tests expect her
	}

	@Test
	void largestGapsAreOrderedByTheLengthOfTheirBarsThenByName() throws Exception {
		GapAnalysisView view = gapView(dana);
		view.selectRole(ML_ENGINEER); // gaps of 1, 2 and 3 levels
		List<GapLine> bars = view.largestGaps();
		assertFalse(bars.isEmpty());
		Comparator<GapLine> order = Comparator.comparingInt(GapLine::gapLevels).reversed()
				.thenComparing(GapLine::skillName, String.CASE_INSENSITIVE_ORDER);
		assertEquals(bars.stream().sorted(order).toList(), bars, "largest first, equal gaps by name: "
				+ bars.stream().map(l -> l.skillName() + " " + l.gapLevels()).toList());
		int smallestShown = bars.get(bars.size() - 1).gapLevels();
		assertTrue(view.fit().lines().stream().noneMatch(l -> l.gapLevels() > smallestShown && !bars.contains(l)),
				"no gap larger than a bar shown is left out");
		assertTrue(bars.stream().mapToInt(GapLine::gapLevels).distinct().count() > 1, "the role has gaps of several sizes");
		view.selectRole(DATA_ANALYST_AI);
	}

	@Test
	void theRadarsLabelsAreInsideItsCanvas() throws Exception {
		GapAnalysisView view = gapView(dana);
		view.selectRole(DATA_ANALYST_AI);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		try {
			Ui.processEvents();
			view.paintCharts();
			Ui.processEvents();
			Rectangle area = view.radarArea();
			List<Rectangle> labels = view.radarLabelBounds();
			assertEquals(view.radarAxisCount(), labels.size(), "a label per category");
			for (int i = 0; i < labels.size(); i++) {
				Rectangle label = labels.get(i);
				assertTrue(label.x >= area.x && label.x + label.width <= area.x + area.width && label.y >= area.y
						&& label.y + label.height <= area.y + area.height, view.radarLabels().get(i) + " at " + label + " inside " + area);
			}
			long whole = view.radarLabels().stream().filter(l -> !l.contains("\u2026")).count();
			assertTrue(whole >= labels.size() / 2, "most categories keep their whole name when maximized: " + view.radarLabels());
		} finally {
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
			Ui.processEvents();
		}
	}

	@Test
	void theGridsColumnsShareTheViewsWidthWithTheImportantOnesFirst() throws Exception {
		GapAnalysisView view = gapView(dana);
		List<String> titles = view.columnTitles();
		assertTrue(titles.indexOf("Learn with") < 6 && titles.indexOf("Hours") < 6, "what closes the gap comes early: " + titles);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		try {
			Ui.processEvents();
			int[] widths = view.gridColumnWidths();
			int[] least = view.gridMinimumWidths();
			int available = view.gridBodyWidth();
			for (int i = 0; i < widths.length; i++) {
				assertTrue(widths[i] >= least[i], titles.get(i) + " at least as wide as its title: " + widths[i] + " < " + least[i]);
			}
			if (IntStream.of(least).sum() <= available) {
				assertEquals(available, IntStream.of(widths).sum(), "the columns fill the grid's width, no column beyond it");
			} else {
				assertArrayEquals(least, widths, "too narrow for all: each at its least width");
			}
		} finally {
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
			Ui.processEvents();
		}
		int[] restored = view.gridColumnWidths();
		int available = view.gridBodyWidth();
		assertTrue(IntStream.of(restored).sum() <= Math.max(available, IntStream.of(view.gridMinimumWidths()).sum()),
				"the columns shrink with the view");
	}

	@Test
	void groupByCategoryShowsItsStateAndIsKept() throws Exception {
		GapAnalysisView view = gapView(dana);
		view.selectRole(DATA_ANALYST_AI);
		Button check = view.groupButton();
		view.setGrouped(false);
		Ui.processEvents();
		ImageData unticked = snapshot(check);

		// A click: the box is ticked, and the rows are grouped.
		check.setSelection(true);
		check.notifyListeners(SWT.Selection, null);
		Ui.processEvents();
		assertTrue(view.grouped(), "the click groups the rows");
		assertTrue(check.getSelection());
		ImageData ticked = snapshot(check);
		int changed = changedPixels(unticked, ticked, check.getSize().x);
		assertTrue(changed > check.getSize().x * check.getSize().y / 10, "pressed, the button looks unlike the released one: "
				+ changed + " pixels of " + check.getSize().x * check.getSize().y + " changed");
		assertTrue(view.groupAction().isChecked(), "the view menu's choice is ticked too");
		view.groupAction().setChecked(false);
		view.groupAction().run();
		assertFalse(view.grouped() || check.getSelection(), "the menu's choice ungroups, and the button follows");
		view.groupAction().setChecked(true);
		view.groupAction().run();
		assertTrue(view.grouped() && check.getSelection());

		// Kept when the view is opened again.
		page.hideView(view);
		GapAnalysisView again = gapView(dana);
		assertTrue(again.grouped() && again.groupButton().getSelection(), "the view opens grouped as it was left");
		again.setGrouped(false);
		assertFalse(again.groupButton().getSelection());
	}

	/** The check box as it is on the screen. */
	private static ImageData snapshot(Button check) throws InterruptedException {
		check.redraw();
		check.update();
		// GTK paints on its frame clock: give it a few frames before reading the screen.
		long until = System.currentTimeMillis() + 400;
		Ui.waitFor(() -> System.currentTimeMillis() > until, "a few frames");
		Point size = check.getSize();
		Point at = check.toDisplay(0, 0);
		Display display = check.getDisplay();
		Image image = new Image(display, size.x, size.y);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, at.x, at.y);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		return data;
	}

	/** How many pixels of the left part differ clearly between the two pictures. */
	private static int changedPixels(ImageData before, ImageData after, int box) {
		int changed = 0;
		for (int x = 0; x < Math.min(box, before.width); x++) {
			for (int y = 0; y < before.height; y++) {
				RGB a = before.palette.getRGB(before.getPixel(x, y));
				RGB b = after.palette.getRGB(after.getPixel(x, y));
				if (Math.abs(a.red - b.red) + Math.abs(a.green - b.green) + Math.abs(a.blue - b.blue) > 24) {
					changed++;
				}
			}
		}
		return changed;
	}

	@Test
	void anExportIsNamedForThePersonAndTheRoleAndSaysWhoseGapsItHolds() throws Exception {
		GapAnalysisView view = gapView(dana);
		view.selectRole(DATA_ANALYST_AI);
		Ui.waitFor(() -> !view.planning(), "the plan");
		assertEquals("dana-okafor-data-analyst-ai-gaps.csv", view.suggestedFileName(".csv"));
		assertEquals("dana-okafor-data-analyst-ai-gaps.xlsx", view.suggestedFileName(".xlsx"));
		assertEquals(dana.getProject().getLocation().toFile().toPath(), view.exportFolder(),
				"the dialog starts in the profile's project, not the program's working folder");

		Path json = folder.resolve(view.suggestedFileName(".json"));
		Job job = view.exportTo(json);
		job.join();
		assertTrue(job.getResult().isOK(), job.getResult().getMessage());
		String text = Files.readString(json, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("{"), "a JSON document: " + text.substring(0, 40));
		assertTrue(text.contains("\"title\": \"Gaps of Dana Okafor (dana.profile) for Data analyst using AI (AI upskilling), fit "),
				text.substring(0, 400));
		assertTrue(text.contains("\"person\": \"Dana Okafor\""));
		assertTrue(text.contains("\"role\": \"" + DATA_ANALYST_AI + "\""));
		assertTrue(text.contains("\"framework\": \"AI upskilling\""));
		int lines = engine(dana, DATA_ANALYST_AI).lines().size();
		assertEquals(lines, text.split("\"skillName\"").length - 1, "a line per requirement");

		Ui.waitFor(() -> view.exportMessage() != null && view.exportMessage().endsWith(json.toString()), "the status line");
		assertEquals("Exported " + lines + " gaps of Dana Okafor for Data analyst using AI to " + json, view.exportMessage());
	}

	@Test
	void roleFitComparesTwoProfilesSideBySide() throws Exception {
		IFile sam = dana.getProject().getFile("sam.profile");
		assertTrue(sam.exists(), "the sample's second person");
		RoleFitView view = (RoleFitView) page.showView(RoleFitView.ID);
		view.setProfiles(List.of(dana, sam));
		Ui.waitFor(() -> !view.loading() && view.profileCount() == 2 && !view.computingReach(), "both profiles ranked");
		assertTrue(view.titleText().contains("Dana Okafor") && view.titleText().contains("side by side"), view.titleText());
		List<String> titles = view.columnTitles();
		assertTrue(titles.contains("Fit: Dana Okafor") && titles.contains("Within reach: Dana Okafor"), titles.toString());
		assertTrue(titles.stream().anyMatch(t -> t.startsWith("Fit: ") && !t.equals("Fit: Dana Okafor")), "a fit column for Sam: " + titles);
		for (RoleFit row : view.ranked()) {
			RoleFit samFit = view.fit(1, row.key());
			assertNotNull(samFit, "Sam's fit to " + row.key());
			assertEquals(engine(sam, row.key()).score(), samFit.score(), 1e-9, "Sam's fit to " + row.key());
			assertEquals(row.score(), view.fit(0, row.key()).score(), 0.0);
		}
		String roleCell = view.table().getItem(0).getText(1);
		assertEquals(view.ranked().get(0).role().getName() + " (AI upskilling)", roleCell, "the role's name and its framework's, no id");

		view.setProfile(dana);
		Ui.waitFor(() -> !view.loading() && view.profileCount() == 1, "one profile again");
		assertEquals(4, view.columnTitles().size(), "rank, role, fit and reach: " + view.columnTitles());
	}

	/** The engine's own answer, apart from the views. */
	private static RoleFit engine(IFile file, String role) {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		FrameworkRegistry registry = PlatformUI.getWorkbench().getService(FrameworkRegistry.class);
		registry.configure(resourceSet);
		Profile profile = (Profile) resourceSet.getResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true), true)
				.getContents().get(0);
		return new GapAnalysis().analyze(profile, AnalysisContext.of(profile, registry).role(role));
	}
}
