/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.data.convert.ContextualDisplayConverter;
import org.eclipse.nebula.widgets.nattable.freeze.CompositeFreezeLayer;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeHelper;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeLayer;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.group.performance.ColumnGroupHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dev.upskill.core.gap.Normalized;
import dev.upskill.core.table.Table;
import dev.upskill.core.table.TeamTables;
import dev.upskill.core.table.TeamTables.HeatRow;
import dev.upskill.core.table.TeamTables.Kind;
import dev.upskill.core.team.TeamAnalysis;
import dev.upskill.core.team.TeamAnalysis.SkillColumn;
import dev.upskill.core.team.TeamMember;
import dev.upskill.model.Importance;
import dev.upskill.ui.internal.table.SortedRows;

/**
 * The heatmap of a team against a role: a NatTable (virtual: only the cells in view are painted,
 * no widget per cell) of people by the role's skills, with the core {@link TeamTables#heatmap}
 * columns (the file column left to the tooltip), the role's required level and the coverage
 * (people at the level) as the first two rows, frozen with the person's column while the rest
 * scrolls. The skills are grouped under their categories in a second header row. Cells are
 * coloured by the gap (met, one level short, more, never assessed) or by the level; a coverage
 * of one person (the bus factor) and of nobody are marked. A click on a header sorts the people
 * (the two heading rows stay on top); the filter keeps the people whose name or group matches.
 */
final class HeatmapGrid {

	/** How a person's cells are coloured. */
	enum Colouring {
		GAP, LEVEL
	}

	static final String MET = "TEAM_MET";
	static final String SHORT = "TEAM_SHORT";
	static final String FAR = "TEAM_FAR";
	static final String NONE = "TEAM_NOT_ASSESSED";
	static final String LEVEL = "TEAM_LEVEL_";
	static final String HEADING = "TEAM_HEADING";
	static final String BUS_FACTOR = "TEAM_BUS_FACTOR";
	static final String UNCOVERED = "TEAM_UNCOVERED";
	private static final int SHADES = 6;

	private final TeamAnalysis analysis;
	private final Table<HeatRow> table;
	/** The table's column shown at each position: the person's columns but the file, then the skills by category. */
	private final int[] order;
	private final SortedRows<HeatRow> rows;
	private final NatTable natTable;
	private final IDataProvider bodyData;
	private final DataLayer bodyLayer;
	private final List<String> categories = new ArrayList<>();
	private Colouring colouring = Colouring.GAP;
	private Predicate<HeatRow> group = r -> true;

	HeatmapGrid(Composite parent, TeamAnalysis analysis) {
		this.analysis = analysis;
		this.table = TeamTables.heatmap(analysis);
		this.order = order(analysis);
		List<HeatRow> people = TeamTables.personRows(analysis);
		List<HeatRow> headings = TeamTables.heatRows(analysis).subList(0, 2);
		rows = new SortedRows<>(() -> people.stream().filter(group).toList(), (row, column) -> table.value(row, order[column]),
				(row, text) -> row.person().member().name().toLowerCase(Locale.ROOT).contains(text)
						|| row.person().member().groups().stream().anyMatch(g -> g.toLowerCase(Locale.ROOT).contains(text)));
		rows.setArrangement(sorted -> {
			List<HeatRow> all = new ArrayList<>(headings);
			all.addAll(sorted);
			return all;
		});
		IColumnAccessor<HeatRow> accessor = new IColumnAccessor<>() {
			@Override
			public Object getDataValue(HeatRow row, int column) {
				return table.value(row, order[column]);
			}

			@Override
			public void setDataValue(HeatRow row, int column, Object value) {
				// read-only
			}

			@Override
			public int getColumnCount() {
				return order.length;
			}
		};
		bodyData = new ListDataProvider<>(rows.rows(), accessor);
		bodyLayer = new DataLayer(bodyData, 92, 22);
		bodyLayer.setColumnWidthByPosition(0, 170);
		bodyLayer.setColumnWidthByPosition(1, 110);
		bodyLayer.setColumnWidthByPosition(2, 48);
		bodyLayer.setColumnWidthByPosition(3, 40);
		bodyLayer.setConfigLabelAccumulator((labels, column, row) -> {
			HeatRow value = row < rows.rows().size() ? rows.rows().get(row) : null;
			if (value == null) {
				return;
			}
			int skill = order[column] - TeamTables.FIRST_SKILL;
			if (value.isHeading()) {
				// the first label with a style wins: the bus factor's colour before the heading's
				if (value.kind() == Kind.COVERAGE && skill >= 0) {
					int reached = analysis.skills().get(skill).reached();
					if (reached == 1) {
						labels.addLabel(BUS_FACTOR);
					} else if (reached == 0) {
						labels.addLabel(UNCOVERED);
					}
				}
				labels.addLabel(HEADING);
			} else if (skill >= 0) {
				labels.addLabel(colour(value, skill));
			}
		});
		SelectionLayer selection = new SelectionLayer(bodyLayer);
		ViewportLayer viewport = new ViewportLayer(selection);
		FreezeLayer freeze = new FreezeLayer(selection);
		CompositeFreezeLayer body = new CompositeFreezeLayer(freeze, viewport, selection);

		String[] titles = new String[order.length];
		for (int i = 0; i < order.length; i++) {
			titles[i] = table.column(order[i]).title();
		}
		DefaultColumnHeaderDataProvider headerData = new DefaultColumnHeaderDataProvider(titles);
		DataLayer headerLayer = new DefaultColumnHeaderDataLayer(headerData);
		headerLayer.setDefaultRowHeight(40);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(headerLayer, body, selection);
		SortHeaderLayer<HeatRow> sortHeader = new SortHeaderLayer<>(columnHeader, rows);
		ColumnGroupHeaderLayer groups = new ColumnGroupHeaderLayer(sortHeader, selection);
		addCategoryGroups(groups);

		CompositeLayer composite = new CompositeLayer(1, 2);
		composite.setChildLayer(GridRegion.COLUMN_HEADER, groups, 0, 0);
		composite.setChildLayer(GridRegion.BODY, body, 0, 1);

		natTable = new NatTable(parent, SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL,
				composite, false);
		natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
		natTable.addConfiguration(new SingleClickSortConfiguration());
		natTable.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				register(registry, MET, GUIHelper.getColor(198, 234, 198), null);
				register(registry, SHORT, GUIHelper.getColor(255, 236, 179), null);
				register(registry, FAR, GUIHelper.getColor(244, 199, 195), null);
				register(registry, NONE, GUIHelper.getColor(236, 236, 236), null);
				for (int s = 0; s < SHADES; s++) {
					// white to a deep blue, darker for higher levels; text white on the darkest
					int step = 255 - s * 38;
					register(registry, LEVEL + s, GUIHelper.getColor(step, Math.min(255, step + 18), 255),
							s >= SHADES - 2 ? GUIHelper.COLOR_WHITE : null);
				}
				Style heading = new Style();
				heading.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(228, 232, 240));
				heading.setAttributeValue(CellStyleAttributes.FONT, GUIHelper.getFont(boldOf(GUIHelper.DEFAULT_FONT)));
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, heading, DisplayMode.NORMAL, HEADING);
				register(registry, BUS_FACTOR, GUIHelper.getColor(255, 167, 38), null);
				register(registry, UNCOVERED, GUIHelper.getColor(229, 57, 53), GUIHelper.COLOR_WHITE);
				registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new ContextualDisplayConverter() {
					@Override
					public Object canonicalToDisplayValue(ILayerCell cell, IConfigRegistry configRegistry, Object value) {
						return shown(cell.getColumnIndex(), value);
					}

					@Override
					public Object displayToCanonicalValue(ILayerCell cell, IConfigRegistry configRegistry, Object value) {
						return value;
					}
				}, DisplayMode.NORMAL, GridRegion.BODY);
			}
		});
		natTable.configure();
		// the person's column and the two heading rows stay in view
		FreezeHelper.freeze(freeze, viewport, new PositionCoordinate(freeze, 0, 0), new PositionCoordinate(freeze, 0, 1));
		new NatTableContentTooltip(natTable, GridRegion.BODY, GridRegion.COLUMN_HEADER) {
			@Override
			protected String getText(Event event) {
				int column = natTable.getColumnIndexByPosition(natTable.getColumnPositionByX(event.x));
				int row = natTable.getRowIndexByPosition(natTable.getRowPositionByY(event.y));
				String explained = natTable.getRowPositionByY(event.y) < 1 ? null : explain(column, row);
				return explained != null ? explained : super.getText(event);
			}
		};
	}

	/** The person's columns but the file, then the skills grouped by category (in the role's order within each). */
	private static int[] order(TeamAnalysis analysis) {
		List<Integer> columns = new ArrayList<>(List.of(TeamTables.PERSON, TeamTables.GROUPS, TeamTables.FIT, TeamTables.MET));
		Map<String, Integer> firstSeen = new LinkedHashMap<>();
		for (SkillColumn skill : analysis.skills()) {
			firstSeen.putIfAbsent(category(skill), firstSeen.size());
		}
		analysis.skills().stream().sorted(Comparator.comparingInt((SkillColumn s) -> firstSeen.get(category(s))).thenComparingInt(SkillColumn::index))
				.forEach(s -> columns.add(TeamTables.FIRST_SKILL + s.index()));
		return columns.stream().mapToInt(Integer::intValue).toArray();
	}

	private static String category(SkillColumn skill) {
		return skill.category() == null ? "Other" : skill.category();
	}

	private void addCategoryGroups(ColumnGroupHeaderLayer groups) {
		int start = 4;
		while (start < order.length) {
			String name = category(analysis.skills().get(order[start] - TeamTables.FIRST_SKILL));
			int end = start;
			while (end < order.length && category(analysis.skills().get(order[end] - TeamTables.FIRST_SKILL)).equals(name)) {
				end++;
			}
			groups.addGroup(name, start, end - start);
			categories.add(name);
			start = end;
		}
	}

	private String colour(HeatRow row, int skill) {
		Integer level = row.person().level(skill);
		if (level == null) {
			return NONE;
		}
		if (colouring == Colouring.LEVEL) {
			double normalised = Normalized.level(analysis.skills().get(skill).skill(), level);
			return LEVEL + (int) Math.round(normalised * (SHADES - 1));
		}
		int gap = row.person().gapLevels(skill);
		return gap == 0 ? MET : gap == 1 ? SHORT : FAR;
	}

	/** What a cell means, in words, for its tooltip; null for the cell's own text. */
	String explain(int column, int row) {
		if (column < 0 || row < 0 || column >= order.length || row >= rows.rows().size()) {
			return null;
		}
		HeatRow value = rows.rows().get(row);
		int skill = order[column] - TeamTables.FIRST_SKILL;
		if (skill < 0) {
			return value.isHeading() || order[column] != TeamTables.PERSON ? null
					: value.person().member().name() + " (" + value.person().member().file() + ")";
		}
		SkillColumn skillColumn = analysis.skills().get(skill);
		return switch (value.kind()) {
			case REQUIRED -> skillColumn.name() + ": the role requires level " + skillColumn.requiredLevel()
					+ (skillColumn.requirement().getImportance() == Importance.ESSENTIAL ? " (essential)" : " (optional)");
			case COVERAGE -> skillColumn.reached() == 0 ? "Nobody reaches level " + skillColumn.requiredLevel() + " of " + skillColumn.name()
					: skillColumn.reached() == 1 ? "Bus factor: only " + skillColumn.holders().get(0).name() + " reaches level " + skillColumn.requiredLevel()
							+ " of " + skillColumn.name()
							: skillColumn.reached() + " people reach level " + skillColumn.requiredLevel() + " of " + skillColumn.name() + ": "
									+ String.join(", ", skillColumn.holders().stream().map(TeamMember::name).toList());
			case PERSON -> {
				Integer level = value.person().level(skill);
				yield value.person().member().name() + ", " + skillColumn.name() + ": " + (level == null ? "not assessed"
						: "level " + level + (value.person().gapLevels(skill) == 0 ? ", meets " : ", short of ") + skillColumn.requiredLevel());
			}
		};
	}

	void setColouring(Colouring colouring) {
		this.colouring = colouring;
		natTable.redraw();
	}

	/** Shows the people whose name or group contains the text ("" for all). */
	void setFilter(String text) {
		rows.setFilter(text);
		natTable.refresh();
	}

	/** Shows the people of one group, or everyone for null. */
	void setGroup(String name) {
		group = name == null ? r -> true : r -> r.person().member().groups().contains(name);
		rows.refresh();
		natTable.refresh();
	}

	NatTable table() {
		return natTable;
	}

	/** The rows as shown: the two heading rows, then the people (filtered, sorted). */
	List<HeatRow> rows() {
		return List.copyOf(rows.rows());
	}

	Table<HeatRow> description() {
		return table;
	}

	/** The typed value of a body cell (position in the grid's columns, row among the rows shown). */
	Object cell(int column, int row) {
		return bodyData.getDataValue(column, row);
	}

	/** The text a body cell shows for a value: its column's format, from the table's description. */
	private String shown(int column, Object value) {
		return column < 0 || column >= order.length ? String.valueOf(value) : table.column(order[column]).shown(value);
	}

	/** The text a body cell shows (position in the grid's columns, row among the rows shown). */
	String text(int column, int row) {
		return shown(column, cell(column, row));
	}

	/** The title of a column as its header shows it. */
	String header(int column) {
		return table.column(order[column]).title();
	}

	int columnCount() {
		return order.length;
	}

	int rowCount() {
		return bodyData.getRowCount();
	}

	/** The grid's column of a skill of the analysis. */
	int columnOf(int skill) {
		for (int i = 0; i < order.length; i++) {
			if (order[i] == TeamTables.FIRST_SKILL + skill) {
				return i;
			}
		}
		return -1;
	}

	/** The labels that colour a body cell (for tests: the colouring, the bus factor). */
	List<String> labels(int column, int row) {
		return bodyLayer.getConfigLabelsByPosition(column, row).getLabels();
	}

	/** The categories the skill columns are grouped under, in order. */
	List<String> categories() {
		return List.copyOf(categories);
	}

	void sortBy(int column, boolean ascending) {
		rows.sortBy(column, ascending);
		natTable.refresh();
	}

	private static FontData boldOf(Font font) {
		FontData data = font.getFontData()[0];
		return new FontData(data.getName(), data.getHeight(), SWT.BOLD);
	}

	private static void register(IConfigRegistry registry, String label, Color background, Color foreground) {
		Style style = new Style();
		style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
		if (foreground != null) {
			style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, foreground);
		}
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
	}
}
