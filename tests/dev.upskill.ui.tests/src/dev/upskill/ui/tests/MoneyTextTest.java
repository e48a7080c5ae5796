/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.upskill.ui.internal.table.MoneyText;

/** The one rule for amounts typed in form fields and grid cells. */
class MoneyTextTest {

	@Test
	void blankIsNotSetAndAmountsKeepTheirDecimals() {
		assertNull(MoneyText.parse(""), "blank: not set");
		assertNull(MoneyText.parse("   "), "blank: not set");
		assertNull(MoneyText.parse(null));
		assertEquals(new BigDecimal("49.90"), MoneyText.parse(" 49.90 "), "as typed, two decimals kept");
		assertEquals(new BigDecimal("0.1"), MoneyText.parse("0.1"), "no rounding through double");
		assertEquals("1234.50", MoneyText.toText(new BigDecimal("1234.50")));
		assertEquals("", MoneyText.toText(null));
	}

	@Test
	void textThatIsNoAmountIsRefusedInWords() {
		assertEquals("'12,50 EUR' is not an amount like 49.99",
				assertThrows(IllegalArgumentException.class, () -> MoneyText.parse("12,50 EUR")).getMessage());
		assertEquals("'-5' is negative: an amount of money is 0 or more",
				assertThrows(IllegalArgumentException.class, () -> MoneyText.parse("-5")).getMessage());
	}
}
