/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.model.Framework;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.ui.internal.frameworks.FrameworksView;
import dev.upskill.ui.internal.frameworks.WorkspaceFrameworks;
import dev.upskill.ui.internal.gap.GapAnalysisView;
import dev.upskill.ui.internal.gap.RoleFitView;
import dev.upskill.ui.tests.LoadingOffTheUiThreadTest.Ticks;
import dev.upskill.ui.tests.providers.EscoScaleProvider;

/**
 * An ESCO-scale framework file (14,000 skills, 3,000 roles, 126,000 requirements) appears in a
 * workspace project while the Frameworks, Role Fit and Gap Analysis views are asked for it: the
 * event loop must keep answering all along (as in {@link LoadingOffTheUiThreadTest}: a timer ticks
 * every 10 ms, the longest pause is measured), and the views end up showing the framework.
 */
class WorkspaceFrameworkAtEscoScaleTest {

	private static final Duration MAX_PAUSE = Duration.ofMillis(1_500);
	private static final String FRAMEWORK = "esco-workspace";
	private static final String ROLE = FRAMEWORK + "#role.7";

	@Test
	void anEscoScaleFrameworkFileLoadsWithoutBlockingTheUiThread() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		IFile profileFile = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana.profile");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		WorkspaceFrameworks workspace = WorkspaceFrameworks.get(PlatformUI.getWorkbench().getService(FrameworkRegistry.class));
		// The views' first opening loads their classes and images: not what is measured.
		FrameworksView frameworks = FrameworksViewTest.viewOf(page.showView(FrameworksView.ID));
		Ui.waitFor(() -> !frameworks.loading(), "the installed frameworks shown");
		page.showView(RoleFitView.ID);
		page.showView(GapAnalysisView.ID);
		hideViews(page);

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Workspace Scale");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		try {
			// Written beside the workspace's back, so that the workspace learns of it in the measured time.
			Framework generated = EscoScaleProvider.framework(42);
			generated.setId(FRAMEWORK);
			generated.setName("ESCO in the workspace");
			Resource resource = UpskillResourceFactory.createResourceSet()
					.createResource(URI.createFileURI(project.getLocation().append("esco.framework").toOSString()));
			resource.getContents().add(generated);
			resource.save(null);
			resource.unload(); // the test's copy is not what the views read
			generated = null;
			resource = null;
			System.gc();

			Ticks ticks = new Ticks(Display.getCurrent());
			StackWatch watch = new StackWatch(Display.getCurrent().getThread());
			long start = System.nanoTime();
			project.refreshLocal(IResource.DEPTH_INFINITE, null);
			long refreshed = System.nanoTime();
			Ui.processEvents();
			RoleFitView ranking = (RoleFitView) page.showView(RoleFitView.ID);
			Ui.processEvents();
			ranking.setProfile(profileFile);
			Ui.processEvents();
			GapAnalysisView gap = (GapAnalysisView) page.showView(GapAnalysisView.ID);
			Ui.processEvents();
			gap.setProfile(profileFile);
			gap.selectRole(ROLE);
			String gapWhileLoading = gap.profileText();
			long asked = System.nanoTime();
			Ui.waitFor(() -> !frameworks.loading() && item(frameworks) != null && !ranking.loading()
					&& ranking.ranked().stream().anyMatch(f -> f.key().equals(ROLE)) && !gap.loading() && ROLE.equals(gap.roleKey()),
					"the views to show the workspace framework", Duration.ofMinutes(2));
			long took = System.nanoTime() - start;
			long pause = ticks.stop();
			watch.stop();
			System.out.printf(Locale.ROOT, "ESCO-scale workspace framework file: %d ms until the three views showed it (refreshed after "
					+ "%d ms, all asked after %d ms); the event loop answered every %d ms at worst, that pause ending %d ms after the start "
					+ "(%d ticks)%n", took / 1_000_000, (refreshed - start) / 1_000_000, (asked - start) / 1_000_000, pause / 1_000_000,
					(ticks.longestEnd() - start) / 1_000_000, ticks.count());

			assertTrue(gapWhileLoading.startsWith("Reading dana.profile"), gapWhileLoading);
			assertEquals(List.of(), watch.loading(), "the UI thread never reads, resolves or ranks the frameworks");
			// Had the UI thread done the reading, its longest pause would be about as long as the whole
			// load; on a fast machine the load can take less than the pause allowed, so compare the two.
			assertTrue(took > 2 * pause, "the UI thread stopped for " + pause / 1_000_000 + " ms of a load of " + took / 1_000_000
					+ " ms: more than half of it");
			assertTrue(pause < MAX_PAUSE.toNanos(), "the UI thread stopped answering for " + pause / 1_000_000 + " ms; what it did "
					+ "most often in its pauses:\n" + watch.report());

			TreeItem esco = item(frameworks);
			assertTrue(esco.getText(0).contains(EscoScaleProvider.SKILLS + " skills, " + EscoScaleProvider.ROLES + " roles"),
					esco.getText(0));
			assertEquals(WorkspaceFrameworks.CONTRIBUTOR, esco.getText(2));
			assertTrue(ranking.ranked().stream().filter(f -> f.key().startsWith(FRAMEWORK + "#")).count() == EscoScaleProvider.ROLES,
					"every role of the file ranked");
			RoleFit fit = gap.fit();
			assertEquals(EscoScaleProvider.REQUIREMENTS_PER_ROLE, fit.lines().size(), "a line per requirement of the role");
			assertEquals(fit.lines().size(), gap.rowCount());
		} finally {
			hideViews(page);
			project.delete(true, true, null);
			Ui.waitFor(() -> workspace.state().frameworks().stream().noneMatch(l -> l.framework().id().equals(FRAMEWORK))
					&& !frameworks.loading() && item(frameworks) == null, "the framework gone with its project", Duration.ofMinutes(1));
		}
	}

	/**
	 * Samples the UI thread's stack every 50 ms: what it was doing when a pause makes the test fail,
	 * and whether it ever read or ranked the frameworks (a proof that does not depend on the machine's load).
	 */
	private static final class StackWatch {
		/** Frames of the work that must stay off the UI thread. */
		private static final List<String> LOADING = List.of("dev.upskill.model.resource.", "dev.upskill.model.validation.ModelFile",
				"WorkspaceFrameworks.read", "AllFrameworks.read", "FrameworkIndex.of", "FrameworkContent$Loaded.of", "RoleRanking",
				"AnalysisContext.of", "EcoreUtil.resolveAll");
		private final Map<String, Integer> samples = new ConcurrentHashMap<>();
		private final List<String> loading = new CopyOnWriteArrayList<>();
		private volatile boolean stopped;

		StackWatch(Thread ui) {
			Thread sampler = new Thread(() -> {
				while (!stopped) {
					StackTraceElement[] stack = ui.getStackTrace();
					Arrays.stream(stack).map(StackTraceElement::toString).filter(f -> LOADING.stream().anyMatch(f::contains)).findFirst()
							.ifPresent(loading::add);
					String top = Arrays.stream(stack).limit(14).map(StackTraceElement::toString).collect(Collectors.joining("\n  "));
					if (!top.contains("Display.sleep") && !top.contains("Thread.sleep")) {
						samples.merge(top, 1, Integer::sum);
					}
					try {
						Thread.sleep(50);
					} catch (InterruptedException e) {
						return;
					}
				}
			}, "UI stack sampler");
			sampler.setDaemon(true);
			sampler.start();
		}

		void stop() {
			stopped = true;
		}

		/** The frames of loading work the UI thread was seen in. */
		List<String> loading() {
			return List.copyOf(loading);
		}

		String report() {
			return samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4)
					.map(e -> e.getValue() + " samples:\n  " + e.getKey()).collect(Collectors.joining("\n"));
		}
	}

	private static TreeItem item(FrameworksView view) {
		return Arrays.stream(view.getViewer().getTree().getItems()).filter(i -> i.getText(1).equals(FRAMEWORK)).findFirst().orElse(null);
	}

	private static void hideViews(IWorkbenchPage page) throws InterruptedException {
		for (String id : new String[] { RoleFitView.ID, GapAnalysisView.ID }) {
			IViewPart view = page.findView(id);
			if (view != null) {
				page.hideView(view);
			}
		}
		Job.getJobManager().join(FrameworksView.class, null);
		Job.getJobManager().join(RoleFitView.class, null);
		Job.getJobManager().join(GapAnalysisView.class, null);
		Ui.processEvents();
	}
}
