/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.core.plan.ExchangeRates;
import dev.upskill.core.plan.PlanRequest;

/**
 * The limits that {@code plan} and {@code reach} share: {@code --hours H} a week,
 * {@code --budget B} (or {@code none}), {@code --currency C} and {@code --rate CUR=X}. Without them
 * the profile's own hours, budget and currency apply.
 */
final class PlanLimits {

	/** The options it reads. */
	static final List<String> OPTIONS = List.of("hours", "budget", "currency", "rate");

	private PlanLimits() {
	}

	/** A request for the profile and every resource of its context, within the limits given. */
	static PlanRequest request(ProfileContext context, Options options) throws UsageException {
		PlanRequest request = new PlanRequest(context.profile, context.resources());
		Double hours = options.positiveNumber("hours");
		if (hours != null) {
			request.weeklyHours(hours);
		}
		if ("none".equals(options.get("budget", null))) {
			request.budget(null);
		} else if (options.has("budget")) {
			request.budget(options.money("budget"));
		}
		String currency = options.get("currency", null);
		if (currency != null) {
			if (!currency.strip().matches("[A-Za-z]{3}")) {
				throw new UsageException("--currency must be a three-letter currency code (for example USD or EUR), not '" + currency + "'");
			}
			request.currency(currency.strip().toUpperCase(Locale.ROOT));
		}
		for (String rate : options.all("rate")) {
			try {
				Map.Entry<String, BigDecimal> parsed = ExchangeRates.parse(rate);
				request.rate(parsed.getKey(), parsed.getValue());
			} catch (IllegalArgumentException e) {
				throw new UsageException("--rate " + rate + ": " + e.getMessage());
			}
		}
		return request;
	}

	/** For example {@code 7 h a week, budget 1500.00 USD}. */
	static String describe(PlanRequest request) {
		return Figures.hours(request.weeklyHours()) + " h a week, " + (request.budget() == null ? "no budget limit"
				: "budget " + Figures.money(request.budget()) + " " + request.currency());
	}
}
