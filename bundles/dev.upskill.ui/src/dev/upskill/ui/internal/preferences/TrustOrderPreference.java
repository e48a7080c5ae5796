/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

import dev.upskill.core.gap.TrustOrder;

/** Lets a view compute its current levels again when the trust order of assessment sources changes. */
public final class TrustOrderPreference {

	private TrustOrderPreference() {
	}

	/**
	 * Runs {@code changed} on the UI thread whenever the trust order is changed, as long as the control
	 * lives.
	 */
	public static void onChange(Control control, Runnable changed) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode("dev.upskill.core");
		IPreferenceChangeListener listener = event -> {
			if (TrustOrder.PREFERENCE.equals(event.getKey()) && !control.isDisposed()) {
				control.getDisplay().asyncExec(() -> {
					if (!control.isDisposed()) {
						changed.run();
					}
				});
			}
		};
		node.addPreferenceChangeListener(listener);
		control.addListener(SWT.Dispose, e -> node.removePreferenceChangeListener(listener));
	}
}
