/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.preferences;

import org.eclipse.core.runtime.Platform;

/**
 * What a new profile starts with (Window > Preferences > Upskill): hours a week, budget and currency, in the
 * preferences of {@code dev.upskill.ui}. The defaults are the guide's: 7 hours a week, 1,000 USD.
 */
public final class ProfileDefaults {

	public static final String QUALIFIER = "dev.upskill.ui";
	public static final String WEEKLY_HOURS = "profile.weeklyHours";
	public static final String BUDGET = "profile.budget";
	public static final String CURRENCY = "profile.currency";

	static final int DEFAULT_WEEKLY_HOURS = 7;
	static final int DEFAULT_BUDGET = 1000;
	static final String DEFAULT_CURRENCY = "USD";

	private ProfileDefaults() {
	}

	public static int weeklyHours() {
		return Platform.getPreferencesService().getInt(QUALIFIER, WEEKLY_HOURS, DEFAULT_WEEKLY_HOURS, null);
	}

	public static int budget() {
		return Platform.getPreferencesService().getInt(QUALIFIER, BUDGET, DEFAULT_BUDGET, null);
	}

	public static String currency() {
		return Platform.getPreferencesService().getString(QUALIFIER, CURRENCY, DEFAULT_CURRENCY, null);
	}
}
