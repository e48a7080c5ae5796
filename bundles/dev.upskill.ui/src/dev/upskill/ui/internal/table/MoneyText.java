/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.table;

import java.math.BigDecimal;

/**
 * The one rule for amounts of money typed in a form field or a grid cell: decimals as typed (no
 * rounding through double), never negative; a blank means "not set": the field is unset and takes
 * the model's default (0 for a resource's cost, free; none for a budget, which the planner reads as
 * no limit), never a silent 0 typed in for the user, and shown as the model then holds it.
 */
public final class MoneyText {

	private MoneyText() {
	}

	/** The text of an amount: {@code 49.99}, {@code 0}; "" for null. */
	public static String toText(Object amount) {
		return amount == null ? "" : ((BigDecimal) amount).toPlainString();
	}

	/**
	 * The amount typed, or null for a blank text (not set).
	 *
	 * @throws IllegalArgumentException with a message for people when the text is not an amount
	 */
	public static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String typed = text.strip();
		BigDecimal amount;
		try {
			amount = new BigDecimal(typed);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + typed + "' is not an amount like 49.99", e);
		}
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("'" + typed + "' is negative: an amount of money is 0 or more");
		}
		return amount;
	}
}
