/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.prefs.BackingStoreException;

import dev.upskill.model.validation.Problem.Severity;

/**
 * The thresholds and severities of the plan checks, kept in the Eclipse preferences of
 * {@code dev.upskill.core} under keys that start with {@value #PREFIX}: the defaults in the
 * default scope (a product can change them in its {@code plugin_customization.ini}), a user's or a
 * workspace's values in the instance scope. Without an instance location (the command line runs
 * with {@code -data @none}) the defaults apply. Command-line options override both ({@link #with}).
 * <p>
 * Keys: {@value #MAX_TOOLS_PER_WEEK}, {@value #PACE_TOLERANCE}, and
 * {@code planChecks.severity.<code>} = {@code error}, {@code warning} or {@code ignore} for any
 * check. Contributed checks may read keys of their own with {@link #integer} and {@link #decimal}.
 * Settings are immutable.
 *
 * @since 0.1.0
 */
public final class PlanCheckSettings {

	/** The preference node: the core bundle's. */
	public static final String QUALIFIER = "dev.upskill.core";
	/** What every plan-check preference key starts with. */
	public static final String PREFIX = "planChecks.";
	/** At most this many tool skills may be learned in the same week (default 3). */
	public static final String MAX_TOOLS_PER_WEEK = PREFIX + "maxToolsPerWeek";
	/** By how many percent a plan's weekly load may exceed the hours its person can give (default 10). */
	public static final String PACE_TOLERANCE = PREFIX + "paceTolerance";
	private static final String SEVERITY = PREFIX + "severity.";

	/** The built-in defaults, also what the default scope holds unless a product overrides it. */
	static final Map<String, String> DEFAULTS = Map.of(MAX_TOOLS_PER_WEEK, "3", PACE_TOLERANCE, "10");

	private final Map<String, String> values;

	private PlanCheckSettings(Map<String, String> values) {
		this.values = Collections.unmodifiableMap(values);
	}

	/** The built-in defaults, without reading any preference. */
	public static PlanCheckSettings defaults() {
		return new PlanCheckSettings(new LinkedHashMap<>(DEFAULTS));
	}

	/** The defaults overridden by the default scope, then by the instance scope when there is one. */
	public static PlanCheckSettings fromPreferences() {
		Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
		read(DefaultScope.INSTANCE.getNode(QUALIFIER), values);
		if (hasInstanceLocation()) {
			read(InstanceScope.INSTANCE.getNode(QUALIFIER), values);
		}
		return new PlanCheckSettings(values);
	}

	/** These settings with one value replaced; a null value restores the default. */
	public PlanCheckSettings with(String key, String value) {
		Map<String, String> copy = new LinkedHashMap<>(values);
		if (value == null) {
			copy.remove(key);
			if (DEFAULTS.containsKey(key)) {
				copy.put(key, DEFAULTS.get(key));
			}
		} else {
			copy.put(key, value);
		}
		return new PlanCheckSettings(copy);
	}

	/** These settings with a check's severity replaced ({@code null}: the check is ignored). */
	public PlanCheckSettings withSeverity(String code, Severity severity) {
		return with(SEVERITY + code, severity == null ? "ignore" : severity.name().toLowerCase(Locale.ROOT));
	}

	public int maxToolsPerWeek() {
		return integer(MAX_TOOLS_PER_WEEK, 3);
	}

	public double paceTolerancePercent() {
		return decimal(PACE_TOLERANCE, 10);
	}

	/** A value as text, or null. */
	public String get(String key) {
		return values.get(key);
	}

	/** A whole-number value; the fallback when unset or not a number. */
	public int integer(String key, int fallback) {
		try {
			return values.containsKey(key) ? Integer.parseInt(values.get(key).strip()) : fallback;
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	/** A decimal value; the fallback when unset or not a number. */
	public double decimal(String key, double fallback) {
		try {
			return values.containsKey(key) ? Double.parseDouble(values.get(key).strip()) : fallback;
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	/**
	 * The severity of a check's findings: the preference {@code planChecks.severity.<code>}, else
	 * the check's own; null when the check is to be ignored.
	 */
	public Severity severity(String code, Severity fallback) {
		String value = values.get(SEVERITY + code);
		if (value == null) {
			return fallback;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "error" -> Severity.ERROR;
			case "warning" -> Severity.WARNING;
			case "ignore" -> null;
			default -> fallback;
		};
	}

	private static boolean hasInstanceLocation() {
		try {
			Location location = Platform.getInstanceLocation();
			return location != null && location.isSet();
		} catch (RuntimeException | LinkageError e) {
			return false; // not running in Equinox: defaults only
		}
	}

	private static void read(IEclipsePreferences node, Map<String, String> values) {
		try {
			for (String key : node.keys()) {
				if (key.startsWith(PREFIX)) {
					values.put(key, node.get(key, values.get(key)));
				}
			}
		} catch (BackingStoreException e) {
			ILog.of(PlanCheckSettings.class).warn("Could not read the plan-check preferences; using the defaults", e);
		}
	}

	@Override
	public String toString() {
		return values.toString();
	}
}
