/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Converts costs into a plan's currency with a table of rates: {@code EUR=1.08} in a USD plan means
 * one euro costs 1.08 dollars. Records which rates were used, so that a plan can say so.
 *
 * @since 0.2.0
 */
public final class ExchangeRates {

	private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

	private final String currency;
	private final Map<String, BigDecimal> rates;
	private final Map<String, BigDecimal> used = new TreeMap<>();

	/**
	 * @param currency the plan's ISO 4217 code
	 * @param rates one unit of each other currency in the plan's currency
	 */
	public ExchangeRates(String currency, Map<String, BigDecimal> rates) {
		this.currency = normalize(currency);
		this.rates = new TreeMap<>();
		rates.forEach((code, rate) -> this.rates.put(normalize(code), rate));
	}

	/**
	 * Parses {@code CUR=RATE}, as typed on the command line or in the preferences.
	 *
	 * @throws IllegalArgumentException saying what is wrong, in words
	 */
	public static Map.Entry<String, BigDecimal> parse(String text) {
		int equals = text.indexOf('=');
		String code = equals < 0 ? "" : normalize(text.substring(0, equals));
		if (equals < 0 || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a rate: write a currency code, '=' and a number, for example EUR=1.08");
		}
		try {
			BigDecimal rate = new BigDecimal(text.substring(equals + 1).trim());
			if (rate.signum() <= 0) {
				throw new IllegalArgumentException("the rate of " + code + " must be more than 0, not " + rate.toPlainString());
			}
			return Map.entry(code, rate);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + text.substring(equals + 1).trim() + "' is not a number (the rate of " + code + ")");
		}
	}

	public String currency() {
		return currency;
	}

	/**
	 * The amount in the plan's currency; a blank currency is taken as the plan's, and nothing
	 * (a free resource) needs no rate.
	 *
	 * @return null when there is no rate for the amount's currency
	 */
	public BigDecimal convert(BigDecimal amount, String amountCurrency) {
		BigDecimal value = amount == null ? BigDecimal.ZERO : amount;
		String code = normalize(amountCurrency);
		if (code.isEmpty() || code.equals(currency) || value.signum() == 0) {
			return value;
		}
		BigDecimal rate = rates.get(code);
		if (rate == null) {
			return null;
		}
		used.put(code, rate);
		return value.multiply(rate, MathContext.DECIMAL64);
	}

	/** The rates that {@link #convert} used so far. */
	public Map<String, BigDecimal> used() {
		return Map.copyOf(used);
	}

	private static String normalize(String code) {
		return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
	}
}
