/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a result table: its machine name ({@code key}: the JSON key, and in snake case
 * the CSV header), its title (grid and XLSX header), the type of its values, and how a row gives
 * its value. {@link #valueOf} returns the typed value every format writes; {@link #text} the
 * text a grid or CSV shows for it.
 *
 * @param <R> the rows
 * @param key the machine name, in camel case ({@code requiredLevel})
 * @param title what people read in a header ({@code Required})
 * @param type the type of the values
 * @param decimals for {@link ColumnType#DECIMAL}, the decimals values are rounded to
 * @param blank what a grid shows for a cell without value (CSV and XLSX leave it empty, JSON
 *        writes null)
 * @param value the value of a row's cell, of the type's Java class, or null
 * @since 0.3.0
 */
public record Column<R>(String key, String title, ColumnType type, int decimals, String blank, Function<? super R, ?> value) {

	public Column {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(value, "value");
		blank = blank == null ? "" : blank;
	}

	public static <R> Column<R> text(String key, String title, Function<? super R, String> value) {
		return new Column<>(key, title, ColumnType.TEXT, 0, "", value);
	}

	public static <R> Column<R> integer(String key, String title, Function<? super R, Integer> value) {
		return new Column<>(key, title, ColumnType.INTEGER, 0, "", value);
	}

	public static <R> Column<R> decimal(String key, String title, int decimals, Function<? super R, Double> value) {
		return new Column<>(key, title, ColumnType.DECIMAL, decimals, "", value);
	}

	public static <R> Column<R> money(String key, String title, Function<? super R, BigDecimal> value) {
		return new Column<>(key, title, ColumnType.MONEY, 2, "", value);
	}

	public static <R> Column<R> date(String key, String title, Function<? super R, LocalDate> value) {
		return new Column<>(key, title, ColumnType.DATE, 0, "", value);
	}

	public static <R> Column<R> bool(String key, String title, Function<? super R, Boolean> value) {
		return new Column<>(key, title, ColumnType.BOOLEAN, 0, "", value);
	}

	public static <R> Column<R> list(String key, String title, Function<? super R, List<String>> value) {
		return new Column<>(key, title, ColumnType.LIST, 0, "", value);
	}

	/** This column, showing {@code text} in a grid where a cell has no value. */
	public Column<R> blankAs(String text) {
		return new Column<>(key, title, type, decimals, text, value);
	}

	/**
	 * The typed value of a row's cell: a String, Integer, Double (rounded to the decimals),
	 * BigDecimal (two decimals), LocalDate, Boolean or List of String as the type says, or null.
	 *
	 * @throws IllegalStateException when the row gives a value of another type (a bug in a table's description)
	 */
	public Object valueOf(R row) {
		Object raw = value.apply(row);
		if (raw == null) {
			return null;
		}
		return switch (type) {
			case TEXT -> raw.toString();
			case INTEGER -> raw instanceof Integer i ? i : Integer.valueOf(number(raw).intValue());
			case DECIMAL -> round(number(raw).doubleValue(), decimals);
			case MONEY -> (raw instanceof BigDecimal b ? b : BigDecimal.valueOf(number(raw).doubleValue())).setScale(2,
					RoundingMode.HALF_UP);
			case DATE -> raw instanceof LocalDate ? raw : fail(raw);
			case BOOLEAN -> raw instanceof Boolean ? raw : fail(raw);
			case LIST -> raw instanceof List<?> list ? list.stream().map(String::valueOf).toList() : fail(raw);
		};
	}

	/** The text of a value of this column, as CSV writes it; the blank text for null. */
	public String text(Object typed) {
		if (typed == null) {
			return "";
		}
		return switch (type) {
			case MONEY -> ((BigDecimal) typed).toPlainString();
			case DECIMAL -> decimalText((Double) typed);
			case LIST -> String.join("; ", ((List<?>) typed).stream().map(String::valueOf).toList());
			default -> typed.toString();
		};
	}

	/** The text a grid shows for a value: like {@link #text}, the blank text for null. */
	public String shown(Object typed) {
		return typed == null ? blank : text(typed);
	}

	/** The CSV header: the key in snake case ({@code required_level}). */
	public String csvName() {
		StringBuilder out = new StringBuilder(key.length() + 4);
		for (char ch : key.toCharArray()) {
			if (Character.isUpperCase(ch)) {
				out.append('_').append(Character.toLowerCase(ch));
			} else {
				out.append(ch);
			}
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	private Number number(Object raw) {
		if (raw instanceof Number n) {
			return n;
		}
		fail(raw);
		return null;
	}

	private Object fail(Object raw) {
		throw new IllegalStateException("column '" + key + "' holds " + type.name().toLowerCase(Locale.ROOT) + " values, not '" + raw + "'");
	}

	private static double round(double value, int decimals) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return value;
		}
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

	/** {@code 3}, {@code 0.25}: no trailing zeros, never an exponent. */
	private static String decimalText(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
		return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
	}
}
