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

import java.util.Optional;

import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.plan.OpenGap;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;

/**
 * The rows of the gap grid: the lines of a role fit, filtered by text, sorted by a column, and
 * optionally grouped under a row per skill category. Also the grid's columns and cell values, so
 * the grid, the exports and the tests read the same values.
 */
final class GapRows {

	/** A row: a requirement's line, or a category heading with its totals. */
	sealed interface Row permits LineRow, CategoryRow {
	}

	/**
	 * @param learnWith what the "Learn with" column says: the plan's step that closes the gap, or why none does
	 * @param hours the hours of that step, or ""
	 */
	record LineRow(GapLine line, String learnWith, Object hours) implements Row {
	}

	record CategoryRow(String category, int requirements, int open) implements Row {
	}

	static final String[] COLUMNS = { "Skill", "Category", "Required", "Current", "Gap", "Weight", "Importance",
			"Current level from", "Learn with", "Hours" };
	static final int SKILL = 0;
	static final int CATEGORY = 1;
	static final int GAP = 4;

	private List<GapLine> lines = List.of();
	private PlanResult plan;
	private boolean planning;
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

	/**
	 * The plan that closes the gaps (its steps fill the "Learn with" column), or null while it is
	 * being made ({@code planning}) or when there is none.
	 */
	void setPlan(PlanResult result, boolean inProgress) {
		this.plan = result;
		this.planning = inProgress;
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
			Comparator<GapLine> order = Comparator.comparing(l -> sortKey(lineRow(l), sortColumn), GapRows::compareKeys);
			visible.sort(ascending ? order : order.reversed());
		}
		rows.clear();
		if (!grouped) {
			visible.forEach(l -> rows.add(lineRow(l)));
			return;
		}
		Map<String, List<GapLine>> byCategory = new LinkedHashMap<>();
		visible.stream().sorted(Comparator.comparing(GapRows::categoryName))
				.forEach(l -> byCategory.computeIfAbsent(categoryName(l), k -> new ArrayList<>()).add(l));
		for (Map.Entry<String, List<GapLine>> group : byCategory.entrySet()) {
			List<GapLine> members = new ArrayList<>(group.getValue());
			if (sortColumn >= 0) {
				Comparator<GapLine> order = Comparator.comparing(l -> sortKey(lineRow(l), sortColumn), GapRows::compareKeys);
				members.sort(ascending ? order : order.reversed());
			} else {
				members.sort(Comparator.comparingInt(l -> lines.indexOf(l)));
			}
			rows.add(new CategoryRow(group.getKey(), members.size(), (int) members.stream().filter(l -> l.gapLevels() > 0).count()));
			members.forEach(l -> rows.add(lineRow(l)));
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

	/** A line with what the plan says about it. */
	private LineRow lineRow(GapLine line) {
		if (line.gapLevels() <= 0) {
			return new LineRow(line, "", "");
		}
		if (planning) {
			return new LineRow(line, "planning...", "");
		}
		if (plan == null) {
			return new LineRow(line, "", "");
		}
		String skill = SkillKeys.of(line.requirement().getSkill());
		Optional<PlannedStep> step = plan.closer(skill);
		if (step.isPresent()) {
			return new LineRow(line, step.get().resource().getName(), Math.round(step.get().hours()));
		}
		Optional<OpenGap> open = plan.open().stream().filter(g -> g.skill().equals(skill)).findFirst();
		if (open.isPresent()) {
			return new LineRow(line, "open: " + open.get().reason(), "");
		}
		return new LineRow(line, line.essential() ? "not closed by the plan" : "optional: not planned", "");
	}

	private static Object sortKey(LineRow row, int column) {
		GapLine line = row.line();
		return switch (column) {
			case 2 -> line.requiredLevel();
			case 3 -> line.currentLevel() == null ? -1 : line.currentLevel();
			case GAP -> line.gap();
			case 5 -> line.weight();
			case 9 -> row.hours() instanceof Long hours ? hours : Long.MAX_VALUE;
			default -> String.valueOf(value(row, column)).toLowerCase(Locale.ROOT);
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
		LineRow lineRow = (LineRow) row;
		GapLine line = lineRow.line();
		return switch (column) {
			case SKILL -> line.skillName();
			case CATEGORY -> categoryName(line);
			case 2 -> line.requiredLevel();
			case 3 -> line.currentLevel() == null ? "-" : line.currentLevel();
			case GAP -> line.gapLevels();
			case 5 -> line.weight();
			case 6 -> line.importance().getLiteral();
			case 7 -> line.source();
			case 8 -> lineRow.learnWith();
			case 9 -> lineRow.hours();
			default -> "";
		};
	}
}
