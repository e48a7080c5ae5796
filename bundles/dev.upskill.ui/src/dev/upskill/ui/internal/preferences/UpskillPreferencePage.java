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

/** Window > Preferences > Upskill: what a new profile starts with. */
public final class UpskillPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public UpskillPreferencePage() {
		super(GRID);
		setDescription("What the New Profile wizard proposes for a new profile. Each profile keeps its own values once created.");
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, ProfileDefaults.QUALIFIER);
		store.setDefault(ProfileDefaults.WEEKLY_HOURS, ProfileDefaults.DEFAULT_WEEKLY_HOURS);
		store.setDefault(ProfileDefaults.BUDGET, ProfileDefaults.DEFAULT_BUDGET);
		store.setDefault(ProfileDefaults.CURRENCY, ProfileDefaults.DEFAULT_CURRENCY);
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor hours = new IntegerFieldEditor(ProfileDefaults.WEEKLY_HOURS, "&Hours a week for learning:", getFieldEditorParent());
		hours.setValidRange(1, 60);
		hours.setErrorMessage("Hours a week must be a whole number from 1 to 60 (the guide suggests 5 to 10).");
		addField(hours);
		IntegerFieldEditor budget = new IntegerFieldEditor(ProfileDefaults.BUDGET, "&Budget:", getFieldEditorParent(), 9);
		budget.setValidRange(0, 100_000_000);
		budget.setErrorMessage("The budget must be a whole amount of 0 or more.");
		addField(budget);
		addField(new CurrencyFieldEditor(ProfileDefaults.CURRENCY, "&Currency:", getFieldEditorParent()));
	}

	/** An ISO 4217 code: three capital letters. */
	static final class CurrencyFieldEditor extends StringFieldEditor {

		CurrencyFieldEditor(String name, String label, Composite parent) {
			super(name, label, 6, parent);
			setEmptyStringAllowed(false);
			setErrorMessage("The currency is a three-letter code such as USD, EUR or GBP.");
		}

		@Override
		protected boolean doCheckState() {
			return getStringValue().strip().matches("[A-Z]{3}");
		}
	}
}
