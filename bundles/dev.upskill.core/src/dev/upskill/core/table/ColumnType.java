/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.table;

/**
 * The kind of value a column holds, and so how every format writes it. A cell without a value is
 * {@code null} in every type ("not set"): empty in CSV, {@code null} in JSON, an empty cell in
 * XLSX, the column's blank text in a grid.
 *
 * @since 0.3.0
 */
public enum ColumnType {
	/** A {@link String}. */
	TEXT,
	/** An {@link Integer}. */
	INTEGER,
	/** A {@link Double}, rounded to the column's decimals. */
	DECIMAL,
	/** A {@link java.math.BigDecimal} with two decimals. */
	MONEY,
	/** A {@link java.time.LocalDate}, written as ISO 8601 ({@code 2026-03-02}). */
	DATE,
	/** A {@link Boolean}. */
	BOOLEAN,
	/** A list of {@link String}s: a JSON array, joined with {@code "; "} in CSV and XLSX. */
	LIST
}
