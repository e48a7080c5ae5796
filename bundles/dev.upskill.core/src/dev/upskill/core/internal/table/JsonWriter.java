/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.table;

import java.math.BigDecimal;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.upskill.core.table.Column;
import dev.upskill.core.table.Table;

/** A table as a Gson array of objects: one key per column, typed, null where a cell is empty. */
public final class JsonWriter {

	private JsonWriter() {
	}

	public static <R> JsonArray rows(Table<R> table, List<? extends R> rows) {
		JsonArray array = new JsonArray(rows.size());
		for (R row : rows) {
			JsonObject object = new JsonObject();
			for (Column<R> column : table.columns()) {
				object.add(column.key(), element(column.valueOf(row)));
			}
			array.add(object);
		}
		return array;
	}

	private static JsonElement element(Object value) {
		if (value == null) {
			return JsonNull.INSTANCE;
		}
		if (value instanceof BigDecimal money) {
			return new JsonPrimitive(money);
		}
		if (value instanceof Number number) {
			return new JsonPrimitive(number);
		}
		if (value instanceof Boolean bool) {
			return new JsonPrimitive(bool);
		}
		if (value instanceof List<?> list) {
			JsonArray array = new JsonArray(list.size());
			list.forEach(item -> array.add(String.valueOf(item)));
			return array;
		}
		return new JsonPrimitive(value.toString());
	}
}
