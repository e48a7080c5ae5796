/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the commands write numbers and cut text into columns, the same way everywhere. */
final class Figures {

	private Figures() {
	}

	/** Hours as {@code 42} or {@code 1.5}. */
	static String hours(double hours) {
		double rounded = Math.round(hours * 10) / 10.0;
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
	}

	/** Money with two decimals, as {@code 1234.50}; empty for null. */
	static String money(BigDecimal amount) {
		return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** Rounded to three decimals, for csv and json. */
	static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/** Rounded to one decimal, as scores are shown. */
	static double score(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** The text, cut to {@code width} with an ellipsis. */
	static String cut(String text, int width) {
		return text == null ? "" : text.length() <= width ? text : text.substring(0, width - 1) + "…";
	}
}
