/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import dev.upskill.core.gap.TrustOrder;

/**
 * The planner's settings in the preferences of {@code dev.upskill.core} (instance scope over
 * default scope; the default scope alone when there is no workspace, as on the command line):
 * <ul>
 * <li>{@code planner.rates}: exchange rates into any plan currency, for example
 * {@code EUR=1.08, GBP=1.27} (one unit of each in the plan's currency); none by default;</li>
 * <li>{@code planner.recurringHoursPerMonth}: hours a month a meetup or mentoring step takes (4);</li>
 * <li>{@code planner.timeLimitMillis}: how long the solver may search before it reports its best
 * plan with the proven gap (2000).</li>
 * </ul>
 * Options given on the command line or in a wizard override them.
 *
 * @since 0.2.0
 */
public final class PlannerPreferences {

	public static final String QUALIFIER = "dev.upskill.core";
	public static final String RATES = "planner.rates";
	public static final String RECURRING_HOURS_PER_MONTH = "planner.recurringHoursPerMonth";
	public static final String TIME_LIMIT_MILLIS = "planner.timeLimitMillis";

	private PlannerPreferences() {
	}

	/** Sets the request's rates, recurring hours, time limit and trust order from the preferences; a bad value is skipped. */
	public static PlanRequest applyTo(PlanRequest request) {
		rates().forEach(request::rate);
		request.trustOrder(TrustOrder.preferred());
		try {
			request.recurringHoursPerMonth(Double.parseDouble(get(RECURRING_HOURS_PER_MONTH, "4")));
			request.timeLimitMillis(Long.parseLong(get(TIME_LIMIT_MILLIS, "2000")));
		} catch (NumberFormatException e) {
			// Keep the built-in defaults.
		}
		return request;
	}

	/** The rates in the preferences, by currency code. */
	public static Map<String, BigDecimal> rates() {
		Map<String, BigDecimal> result = new LinkedHashMap<>();
		for (String text : get(RATES, "").split("[,;\\s]+")) {
			if (!text.isBlank()) {
				try {
					Map.Entry<String, BigDecimal> rate = ExchangeRates.parse(text);
					result.put(rate.getKey(), rate.getValue());
				} catch (IllegalArgumentException e) {
					// A mistyped preference must not stop planning; that rate is simply not there.
				}
			}
		}
		return result;
	}

	private static String get(String key, String fallback) {
		String value = DefaultScope.INSTANCE.getNode(QUALIFIER).get(key, fallback);
		if (Platform.isRunning() && Platform.getInstanceLocation() != null && Platform.getInstanceLocation().isSet()) {
			IEclipsePreferences instance = InstanceScope.INSTANCE.getNode(QUALIFIER);
			value = instance.get(key, value);
		}
		return value;
	}

}
