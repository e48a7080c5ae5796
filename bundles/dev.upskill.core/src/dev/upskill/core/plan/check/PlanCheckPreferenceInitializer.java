/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/**
 * Puts the plan checks' default thresholds into the default scope of {@code dev.upskill.core}
 * (registered in plugin.xml). Not API: read settings with {@link PlanCheckSettings}.
 *
 * @noreference This class is not intended to be referenced by clients.
 */
public final class PlanCheckPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(PlanCheckSettings.QUALIFIER);
		PlanCheckSettings.DEFAULTS.forEach(defaults::put);
	}
}
