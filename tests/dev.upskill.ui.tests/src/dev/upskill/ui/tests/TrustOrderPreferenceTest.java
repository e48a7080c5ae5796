/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Profile;
import dev.upskill.ui.internal.gap.GapAnalysisView;
import dev.upskill.ui.internal.preferences.TrustOrderPreferencePage;

/** Window > Preferences > Upskill > Trust Order: reordering the sources changes the current levels the Gap Analysis view shows. */
class TrustOrderPreferenceTest {

	private static final String ROLE = "ai-upskilling#role.data-analyst-ai";

	private PreferenceDialog dialog;

	@AfterEach
	void restore() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		InstanceScope.INSTANCE.getNode("dev.upskill.core").remove(TrustOrder.PREFERENCE);
		Ui.processEvents();
	}

	@Test
	void puttingTheSelfAssessmentFirstChangesTheCurrentLevelInTheGapAnalysis() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		IFile profile = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana.profile");
		assertTrue(profile.exists(), "the sample profile");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		GapAnalysisView view = (GapAnalysisView) page.showView(GapAnalysisView.ID);
		view.setProfile(profile);
		view.selectRole(ROLE);
		Ui.waitFor(() -> !view.loading() && view.fit() != null && ROLE.equals(view.roleKey()), "the gap analysis of Dana");
		assertEquals(TrustOrder.DEFAULT, TrustOrder.preferred(), "the default order to start with");
		// A requirement decided today by a better-founded source over an own claim of another level.
		GapLine decided = view.fit().lines().stream()
				.filter(l -> l.assessment() != null && l.assessment().getSource() != AssessmentSource.SELF)
				.filter(l -> otherSelfLevel(l) != null).findFirst()
				.orElseThrow(() -> new AssertionError("Dana has a skill assessed by herself and by someone else at another level"));
		String skill = decided.skillName();
		int byDefault = decided.currentLevel();
		int claimed = otherSelfLevel(decided);

		dialog = PreferencesUtil.createPreferenceDialogOn(page.getWorkbenchWindow().getShell(), "dev.upskill.ui.preferences.trustOrder",
				null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.processEvents();
		TrustOrderPreferencePage trust = assertInstanceOf(TrustOrderPreferencePage.class, dialog.getSelectedPage());
		assertEquals(List.of("1 evidence (certificate, project, link)", "1 test", "2 manager", "3 peer", "4 self-assessment"),
				trust.rows());
		Table table = find(trust.getControl(), Table.class, t -> true);
		table.setSelection(4);
		table.notifyListeners(SWT.Selection, null);
		Button up = find(trust.getControl(), Button.class, b -> b.getText().equals("&Up"));
		for (int i = 0; i < 4; i++) {
			press(up);
		}
		assertEquals(List.of("1 self-assessment", "2 evidence (certificate, project, link)", "2 test", "3 manager", "4 peer"), trust.rows());
		assertEquals("self > evidence=test > manager > peer", trust.order().format());
		press(find(dialog.getShell(), Button.class, b -> b.getText().equals("Apply and Close")));

		assertEquals(TrustOrder.parse("self > evidence=test > manager > peer"), TrustOrder.preferred(), "stored where the core reads it");
		Ui.waitFor(() -> currentLevel(view, skill) == claimed, "the view to trust the self-assessment of " + skill);
		assertNotEquals(byDefault, claimed);
		GapLine now = view.fit().lines().stream().filter(l -> l.skillName().equals(skill)).findFirst().orElseThrow();
		assertEquals(AssessmentSource.SELF, now.assessment().getSource());

		InstanceScope.INSTANCE.getNode("dev.upskill.core").remove(TrustOrder.PREFERENCE);
		Ui.waitFor(() -> currentLevel(view, skill) == byDefault, "the default order back");
	}

	/** The level of the newest self-assessment of the line's skill, when it differs from the current level; else null. */
	private static Integer otherSelfLevel(GapLine line) {
		Profile profile = (Profile) line.assessment().eContainer();
		return profile.getAssessments().stream()
				.filter(a -> a.getSkill() == line.assessment().getSkill() && a.getSource() == AssessmentSource.SELF)
				.reduce((first, second) -> second.getDate().isBefore(first.getDate()) ? first : second)
				.map(a -> a.getLevel()).filter(level -> level != line.currentLevel()).orElse(null);
	}

	private static int currentLevel(GapAnalysisView view, String skill) {
		if (view.fit() == null) {
			return -1;
		}
		return view.fit().lines().stream().filter(l -> l.skillName().equals(skill)).findFirst()
				.map(l -> l.currentLevel() == null ? -1 : l.currentLevel()).orElse(-1);
	}

	private static void press(Button button) {
		button.notifyListeners(SWT.Selection, null);
		Ui.processEvents();
	}

	private static <C extends Control> C find(Control root, Class<C> type, Predicate<C> wanted) {
		List<Control> all = new ArrayList<>();
		collect(root, all);
		return all.stream().filter(type::isInstance).map(type::cast).filter(wanted).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
	}

	private static void collect(Control control, List<Control> into) {
		into.add(control);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, into);
			}
		}
	}
}
