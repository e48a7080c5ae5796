/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.preferences;

import java.util.Locale;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.upskill.core.plan.check.PlanCheckSettings;
import dev.upskill.core.plan.check.PlanChecks;

/**
 * Window > Preferences > Upskill > Plan Checks: the thresholds of the built-in checks, and the severity of every
 * installed check (built in or contributed by a plug-in), as {@link PlanCheckSettings} reads them.
 */
public final class PlanChecksPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	static final String[][] SEVERITIES = { { "Error", "error" }, { "Warning", "warning" }, { "Ignore", "ignore" } };

	private PlanChecks checks;

	public PlanChecksPreferencePage() {
		super(GRID);
		setDescription("The checks a learning plan gets when it is saved, shown as problems on the plan file.");
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, PlanCheckSettings.QUALIFIER);
		PlanCheckSettings defaults = PlanCheckSettings.defaults();
		store.setDefault(PlanCheckSettings.MAX_TOOLS_PER_WEEK, defaults.get(PlanCheckSettings.MAX_TOOLS_PER_WEEK));
		store.setDefault(PlanCheckSettings.PACE_TOLERANCE, defaults.get(PlanCheckSettings.PACE_TOLERANCE));
		checks = PlanChecks.installed();
		for (PlanChecks.Entry check : checks.checks()) {
			store.setDefault(severityKey(check.code()), check.severity().name().toLowerCase(Locale.ROOT));
		}
		setPreferenceStore(store);
	}

	static String severityKey(String code) {
		return PlanCheckSettings.PREFIX + "severity." + code;
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor tools = new IntegerFieldEditor(PlanCheckSettings.MAX_TOOLS_PER_WEEK, "Most &tools learnt in the same week:",
				getFieldEditorParent(), 3);
		tools.setValidRange(1, 20);
		tools.setErrorMessage("The most tools in a week is a whole number from 1 to 20.");
		addField(tools);
		IntegerFieldEditor pace = new IntegerFieldEditor(PlanCheckSettings.PACE_TOLERANCE, "Weekly load may exceed the hours by (&%):",
				getFieldEditorParent(), 3);
		pace.setValidRange(0, 100);
		pace.setErrorMessage("The tolerance is a whole percentage from 0 to 100.");
		addField(pace);
		Label heading = new Label(getFieldEditorParent(), SWT.NONE);
		heading.setText("Severity of each check:");
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		for (PlanChecks.Entry check : checks.checks()) {
			addField(new ComboFieldEditor(severityKey(check.code()), check.name() + ":", SEVERITIES, getFieldEditorParent()));
		}
	}
}
