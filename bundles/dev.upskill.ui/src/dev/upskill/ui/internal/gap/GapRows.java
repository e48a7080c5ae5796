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

/**
 * The rows of the gap grid: the lines of a role fit, filtered by text, sorted by a column, and
 * optionally grouped under a row per skill category. Also the grid's columns and cell values, so
 * the grid, the exports and the tests read the same values.
 */
final class GapRows {

	/** A row: a requirement's line, or a category heading with its totals. */
	sealed interface Row permits LineRow, CategoryRow {
	}

	record LineRow(GapLine line) implements Row {
	}

	record CategoryRow(String category, int requirements, int open) implements Row {
	}

	static final String[] COLUMNS = { "Skill", "Category", "Required", "Current", "Gap", "Weight", "Importance",
			"Current level from", "Learn with", "Hours" };
	static final int SKILL = 0;
	static final int CATEGORY = 1;
	static final int GAP = 4;

	private List<GapLine> lines = List.of();
	private final List<Row> rows = new ArrayList<>();
	private String filter = "";
	private boolean grouped;
	private int sortColumn = -1;
	private boolean ascending = true;

	/** The live list the grid's data provider reads. */
	List<Row> rows() {
		return rows;
	}

	void setLines(List<GapLine> lines) {
		this.lines = List.copyOf(lines);
		rebuild();
	}

	void setFilter(String filter) {
		this.filter = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
		rebuild();
	}

	void setGrouped(boolean grouped) {
		this.grouped = grouped;
		rebuild();
	}

	boolean grouped() {
		return grouped;
	}

	void sortBy(int column, boolean ascendingOrder) {
		this.sortColumn = column;
		this.ascending = ascendingOrder;
		rebuild();
	}

	void clearSort() {
		sortColumn = -1;
		rebuild();
	}

	int sortColumn() {
		return sortColumn;
	}

	boolean ascending() {
		return ascending;
	}

	private void rebuild() {
		List<GapLine> visible = new ArrayList<>(lines.stream().filter(this::matches).toList());
		if (sortColumn >= 0) {
			Comparator<GapLine> order = Comparator.comparing(l -> sortKey(l, sortColumn), GapRows::compareKeys);
			visible.sort(ascending ? order : order.reversed());
		}
		rows.clear();
		if (!grouped) {
			visible.forEach(l -> rows.add(new LineRow(l)));
			return;
		}
		Map<String, List<GapLine>> byCategory = new LinkedHashMap<>();
		visible.stream().sorted(Comparator.comparing(GapRows::categoryName))
				.forEach(l -> byCategory.computeIfAbsent(categoryName(l), k -> new ArrayList<>()).add(l));
		for (Map.Entry<String, List<GapLine>> group : byCategory.entrySet()) {
			List<GapLine> members = new ArrayList<>(group.getValue());
			if (sortColumn >= 0) {
				Comparator<GapLine> order = Comparator.comparing(l -> sortKey(l, sortColumn), GapRows::compareKeys);
				members.sort(ascending ? order : order.reversed());
			} else {
				members.sort(Comparator.comparingInt(l -> lines.indexOf(l)));
			}
			rows.add(new CategoryRow(group.getKey(), members.size(), (int) members.stream().filter(l -> l.gapLevels() > 0).count()));
			members.forEach(l -> rows.add(new LineRow(l)));
		}
	}

	private boolean matches(GapLine line) {
		return filter.isEmpty() || line.skillName().toLowerCase(Locale.ROOT).contains(filter)
				|| categoryName(line).toLowerCase(Locale.ROOT).contains(filter)
				|| line.requirement().getSkill().getAliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(filter));
	}

	static String categoryName(GapLine line) {
		return line.category() == null || line.category().getName() == null ? "(no category)" : line.category().getName();
	}

	private static Object sortKey(GapLine line, int column) {
		return switch (column) {
			case 2 -> line.requiredLevel();
			case 3 -> line.currentLevel() == null ? -1 : line.currentLevel();
			case GAP -> line.gap();
			case 5 -> line.weight();
			case 9 -> line.learning() == null ? Double.MAX_VALUE : line.learning().hours();
			default -> String.valueOf(value(new LineRow(line), column)).toLowerCase(Locale.ROOT);
		};
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareKeys(Object a, Object b) {
		return ((Comparable) a).compareTo(b);
	}

	/** The value of a cell, as shown and exported. */
	static Object value(Row row, int column) {
		if (row instanceof CategoryRow category) {
			return switch (column) {
				case SKILL -> category.category();
				case CATEGORY -> category.open() + " of " + category.requirements() + " open";
				default -> "";
			};
		}
		GapLine line = ((LineRow) row).line();
		return switch (column) {
			case SKILL -> line.skillName();
			case CATEGORY -> categoryName(line);
			case 2 -> line.requiredLevel();
			case 3 -> line.currentLevel() == null ? "-" : line.currentLevel();
			case GAP -> line.gapLevels();
			case 5 -> line.weight();
			case 6 -> line.importance().getLiteral();
			case 7 -> line.source();
			case 8 -> line.learning() == null ? (line.gapLevels() > 0 ? "no resource teaches this level" : "")
					: line.learning().resource().getName();
			case 9 -> line.learning() == null ? "" : Math.round(line.learning().hours());
			default -> "";
		};
	}
}
