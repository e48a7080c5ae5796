/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.upskill.core.gap.GapLine;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.table.GapTable;
import dev.upskill.core.table.GapTable.Row;
import dev.upskill.ui.internal.table.SortedRows;

/**
 * The rows of the gap grid: the rows of the core {@link GapTable} for a role fit's lines and the
 * plan that closes them, filtered by text, sorted by a column and optionally grouped under a
 * heading row per skill category, through the grids' one sort model ({@link SortedRows}). The
 * grid and the exports read these rows with the table's columns, so they show the same values.
 */
final class GapRows {

	private List<GapLine> lines = List.of();
	private PlanResult plan;
	private boolean planning;
	private List<Row> lineRows = List.of();
	private boolean grouped;
	private final SortedRows<Row> sorted = new SortedRows<>(() -> lineRows, (row, column) -> GapTable.TABLE.value(row, column),
			GapRows::matches);

	/** The live list the grid's data provider reads. */
	List<Row> rows() {
		return sorted.rows();
	}

	/** The sort model of the grid's header. */
	SortedRows<Row> sortModel() {
		return sorted;
	}

	void setLines(List<GapLine> lines) {
		this.lines = List.copyOf(lines);
		rebuild();
	}

	/**
	 * The plan that closes the gaps (its steps fill the "Learn with" column), or null while it is
	 * being made ({@code inProgress}) or when there is none.
	 */
	void setPlan(PlanResult result, boolean inProgress) {
		this.plan = result;
		this.planning = inProgress;
		rebuild();
	}

	void setFilter(String filter) {
		sorted.setFilter(filter);
	}

	void setGrouped(boolean grouped) {
		this.grouped = grouped;
		sorted.setArrangement(grouped ? GapRows::groupByCategory : null);
	}

	boolean grouped() {
		return grouped;
	}

	void sortBy(int column, boolean ascendingOrder) {
		sorted.sortBy(column, ascendingOrder);
	}

	void clearSort() {
		sorted.sortBy(-1, true);
	}

	int sortColumn() {
		return sorted.sortColumn();
	}

	boolean ascending() {
		return sorted.ascending();
	}

	private void rebuild() {
		List<Row> built = new ArrayList<>(lines.size());
		for (GapLine line : lines) {
			built.add(planning ? GapTable.planning(line) : GapTable.row(line, plan));
		}
		lineRows = built;
		sorted.refresh();
	}

	/** Names, categories and the skill's aliases match the filter. */
	private static boolean matches(Row row, String filter) {
		GapLine line = row.line();
		return line.skillName().toLowerCase(Locale.ROOT).contains(filter)
				|| GapTable.categoryName(line).toLowerCase(Locale.ROOT).contains(filter)
				|| line.requirement().getSkill().getAliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(filter));
	}

	/**
	 * The sorted rows under a heading per category (categories by name); within a category the
	 * rows keep their order, so the column's order or the role's.
	 */
	private static List<Row> groupByCategory(List<Row> sortedRows) {
		Map<String, List<Row>> byCategory = new LinkedHashMap<>();
		sortedRows.stream().sorted(Comparator.comparing(r -> GapTable.categoryName(r.line())))
				.forEach(r -> byCategory.computeIfAbsent(GapTable.categoryName(r.line()), k -> new ArrayList<>()).add(r));
		List<Row> grouped = new ArrayList<>(sortedRows.size() + byCategory.size());
		for (Map.Entry<String, List<Row>> group : byCategory.entrySet()) {
			List<Row> members = group.getValue();
			grouped.add(Row.heading(group.getKey(), members.size(), (int) members.stream().filter(r -> r.line().gapLevels() > 0).count()));
			grouped.addAll(members);
		}
		return grouped;
	}
}
