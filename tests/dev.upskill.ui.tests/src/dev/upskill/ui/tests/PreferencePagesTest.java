/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.upskill.core.plan.PlannerPreferences;
import dev.upskill.core.plan.check.PlanCheckSettings;
import dev.upskill.core.plan.check.PlanChecks;
import dev.upskill.model.validation.Problem.Severity;
import dev.upskill.ui.internal.preferences.PlanChecksPreferencePage;
import dev.upskill.ui.internal.preferences.PlannerPreferencePage;
import dev.upskill.ui.internal.preferences.ProfileDefaults;
import dev.upskill.ui.internal.preferences.UpskillPreferencePage;

/** Window > Preferences > Upskill: input the settings cannot hold is refused on the page, the rest reaches the planner. */
class PreferencePagesTest {

	private PreferenceDialog dialog;

	@AfterEach
	void close() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		InstanceScope.INSTANCE.getNode(PlannerPreferences.QUALIFIER).clear();
		InstanceScope.INSTANCE.getNode(ProfileDefaults.QUALIFIER).clear();
	}

	private PreferencePage open(String id) {
		dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), id, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.processEvents();
		return (PreferencePage) dialog.getSelectedPage();
	}

	@Test
	void aRateThatDoesNotParseIsRefusedWhereItIsTyped() {
		PreferencePage page = open("dev.upskill.ui.preferences.planner");
		assertInstanceOf(PlannerPreferencePage.class, page);
		Text rates = field(page, "Exchange &rates:", Text.class);
		type(rates, "EUR=1.08, GBP=abc");
		assertFalse(page.isValid());
		assertTrue(page.getErrorMessage().contains("GBP=abc"), page.getErrorMessage());
		assertFalse(button("Apply and Close").isEnabled(), "an invalid page cannot be applied");

		type(rates, "EUR=1.08, GBP=1.27");
		assertTrue(page.isValid(), page.getErrorMessage());
		press(button("Apply and Close"));
		assertEquals(Map.of("EUR", new BigDecimal("1.08"), "GBP", new BigDecimal("1.27")), PlannerPreferences.rates());
	}

	@Test
	void everyInstalledPlanCheckHasASeverityThatReachesTheChecks() {
		PreferencePage page = open("dev.upskill.ui.preferences.planChecks");
		assertInstanceOf(PlanChecksPreferencePage.class, page);
		List<PlanChecks.Entry> checks = PlanChecks.installed().checks();
		assertFalse(checks.isEmpty());
		PlanChecks.Entry first = checks.get(0);
		Combo severity = field(page, first.name() + ":", Combo.class);
		assertEquals(first.severity() == Severity.ERROR ? "Error" : "Warning", severity.getText(), "the check's own severity by default");
		severity.setText("Ignore");
		severity.notifyListeners(SWT.Selection, null);
		Text tools = field(page, "Most &tools learnt in the same week:", Text.class);
		type(tools, "0");
		assertFalse(page.isValid(), "at least one tool a week");
		type(tools, "2");
		press(button("Apply and Close"));
		PlanCheckSettings settings = PlanCheckSettings.fromPreferences();
		assertNull(settings.severity(first.code(), first.severity()), "the check is ignored");
		assertEquals(2, settings.maxToolsPerWeek());
	}

	@Test
	void newProfileDefaultsAreCheckedAndRemembered() {
		PreferencePage page = open("dev.upskill.ui.preferences");
		assertInstanceOf(UpskillPreferencePage.class, page);
		Text hours = field(page, "&Hours a week for learning:", Text.class);
		Text currency = field(page, "&Currency:", Text.class);
		type(hours, "70");
		assertFalse(page.isValid());
		type(hours, "9");
		type(currency, "euro");
		assertFalse(page.isValid());
		assertTrue(page.getErrorMessage().contains("three-letter code"), page.getErrorMessage());
		type(currency, "EUR");
		assertTrue(page.isValid(), page.getErrorMessage());
		press(button("Apply and Close"));
		assertEquals(9, ProfileDefaults.weeklyHours());
		assertEquals("EUR", ProfileDefaults.currency());
	}

	/** The control that follows the label with this text on the page. */
	private static <C extends Control> C field(PreferencePage page, String label, Class<C> type) {
		List<Control> all = new ArrayList<>();
		collect(page.getControl(), all);
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i) instanceof Label l && label.equals(l.getText())) {
				for (int j = i + 1; j < all.size(); j++) {
					if (type.isInstance(all.get(j))) {
						return type.cast(all.get(j));
					}
				}
			}
		}
		throw new AssertionError("no field labelled '" + label + "' on " + page.getTitle());
	}

	private Button button(String text) {
		List<Control> all = new ArrayList<>();
		collect(dialog.getShell(), all);
		return all.stream().filter(c -> c instanceof Button b && text.equals(b.getText())).map(Button.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text));
	}

	/** Types the value as a user would: the field editors check on each key released. */
	private static void type(Text text, String value) {
		text.setText(value);
		text.notifyListeners(SWT.KeyUp, new Event());
		Ui.processEvents();
	}

	private static void press(Button button) {
		button.notifyListeners(SWT.Selection, null);
		Ui.processEvents();
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
