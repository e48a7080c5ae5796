/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.upskill.core.plan.ExchangeRates;
import dev.upskill.core.plan.PlannerPreferences;

/**
 * Window > Preferences > Upskill > Planner: the exchange rates between currencies, the hours a mentoring or meetup
 * takes, and how long the solver searches. Stored where the planner reads them ({@link PlannerPreferences}).
 */
public final class PlannerPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public PlannerPreferencePage() {
		super(GRID);
		setDescription("Used by Generate Plan, Re-plan and the planner figures of the Gap Analysis view. A plan records the rates"
				+ " it used.");
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, PlannerPreferences.QUALIFIER);
		store.setDefault(PlannerPreferences.RATES, "");
		store.setDefault(PlannerPreferences.RECURRING_HOURS_PER_MONTH, "4");
		store.setDefault(PlannerPreferences.TIME_LIMIT_MILLIS, 2000);
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		addField(new RatesFieldEditor(PlannerPreferences.RATES, "Exchange &rates:", getFieldEditorParent()));
		addField(new HoursFieldEditor(PlannerPreferences.RECURRING_HOURS_PER_MONTH, "&Hours a month for a mentoring or meetup:",
				getFieldEditorParent()));
		IntegerFieldEditor limit = new IntegerFieldEditor(PlannerPreferences.TIME_LIMIT_MILLIS, "Solver &time limit (milliseconds):",
				getFieldEditorParent(), 7);
		limit.setValidRange(100, 600_000);
		limit.setErrorMessage("The time limit is a whole number of milliseconds from 100 to 600000.");
		addField(limit);
	}

	/** Rates such as {@code EUR=1.08, GBP=1.27}: every one must parse, or the page says which does not and why. */
	static final class RatesFieldEditor extends StringFieldEditor {

		RatesFieldEditor(String name, String label, Composite parent) {
			super(name, label, parent);
			getTextControl(parent).setMessage("EUR=1.08, GBP=1.27 (one unit of each in the plan's currency)");
		}

		@Override
		protected boolean doCheckState() {
			for (String rate : getStringValue().split("[,;\\s]+")) {
				if (rate.isBlank()) {
					continue;
				}
				try {
					ExchangeRates.parse(rate);
				} catch (IllegalArgumentException e) {
					setErrorMessage("Exchange rate '" + rate + "': " + e.getMessage());
					return false;
				}
			}
			return true;
		}
	}

	/** A number of hours from 0 to 40. */
	static final class HoursFieldEditor extends StringFieldEditor {

		HoursFieldEditor(String name, String label, Composite parent) {
			super(name, label, 6, parent);
			setEmptyStringAllowed(false);
			setErrorMessage("Hours a month must be a number from 0 to 40, such as 4 or 2.5.");
		}

		@Override
		protected boolean doCheckState() {
			try {
				double hours = Double.parseDouble(getStringValue().strip());
				return hours >= 0 && hours <= 40;
			} catch (NumberFormatException e) {
				return false;
			}
		}
	}
}
