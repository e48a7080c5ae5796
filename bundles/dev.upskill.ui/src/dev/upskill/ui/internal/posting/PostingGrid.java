/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.data.convert.ContextualDisplayConverter;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
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
import org.eclipse.swt.widgets.Composite;

import dev.upskill.core.table.Column;
import dev.upskill.core.table.PostingTable;
import dev.upskill.core.table.PostingTable.Row;
import dev.upskill.core.table.Table;
import dev.upskill.ui.internal.table.SortedRows;

/**
 * The Job Posting editor's side grid: a NatTable over the rows of {@link PostingTable} (the one
 * description the command line and the JSON also use), showing the columns a person reads beside
 * the text ({@link #COLUMNS}: skill, asked, found, level, current, gap) with the table's titles and
 * cell texts, sorted by a click on a header through the grids' one sort model ({@link SortedRows}),
 * rows coloured by gap as in the Gap Analysis view. A click on a row shows the skill's first place.
 */
final class PostingGrid {

	/** The columns of {@link PostingTable#TABLE} shown, in this order. */
	static final int[] COLUMNS = { PostingTable.NAME, PostingTable.DEMAND, PostingTable.COUNT, PostingTable.REQUIRED_LEVEL,
			PostingTable.CURRENT, PostingTable.GAP };

	private static final String MET = "POSTING_GAP_MET";
	private static final String SHORT = "POSTING_GAP_ONE_LEVEL";
	private static final String FAR = "POSTING_GAP_FAR";
	private static final int[] WIDTHS = { 170, 84, 44, 40, 56, 36 };

	private final Table<Row> table = PostingTable.TABLE;
	private final List<Row> source = new ArrayList<>();
	private final SortedRows<Row> rows;
	private final NatTable grid;
	private final IDataProvider bodyData;
	private final DataLayer bodyDataLayer;

	PostingGrid(Composite parent, Consumer<Row> clicked) {
		rows = new SortedRows<>(() -> source, (row, column) -> table.value(row, COLUMNS[column]),
				(row, text) -> row.skill().name().toLowerCase(Locale.ROOT).contains(text));
		IColumnAccessor<Row> accessor = new IColumnAccessor<>() {
			@Override
			public Object getDataValue(Row row, int column) {
				return table.value(row, COLUMNS[column]);
			}

			@Override
			public void setDataValue(Row row, int column, Object value) {
				// read-only
			}

			@Override
			public int getColumnCount() {
				return COLUMNS.length;
			}
		};
		bodyData = new ListDataProvider<>(rows.rows(), accessor);
		bodyDataLayer = new DataLayer(bodyData);
		bodyDataLayer.setConfigLabelAccumulator((labels, column, row) -> {
			Row value = row < rows.rows().size() ? rows.rows().get(row) : null;
			if (value != null && value.line() != null) {
				labels.addLabel(value.line().gapLevels() == 0 ? MET : value.line().gapLevels() == 1 ? SHORT : FAR);
			}
		});
		for (int i = 0; i < WIDTHS.length; i++) {
			bodyDataLayer.setColumnWidthByPosition(i, WIDTHS[i]);
		}
		SelectionLayer selection = new SelectionLayer(bodyDataLayer);
		ViewportLayer viewport = new ViewportLayer(selection);
		String[] titles = new String[COLUMNS.length];
		for (int i = 0; i < COLUMNS.length; i++) {
			titles[i] = table.column(COLUMNS[i]).title();
		}
		IDataProvider headerData = new DefaultColumnHeaderDataProvider(titles);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData), viewport, selection);
		SortHeaderLayer<Row> sortHeader = new SortHeaderLayer<>(columnHeader, rows);
		IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(bodyData);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)), rowHeader,
				sortHeader);
		grid = new NatTable(parent, SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL,
				new GridLayer(viewport, sortHeader, rowHeader, corner), false);
		grid.addConfiguration(new DefaultNatTableStyleConfiguration());
		grid.addConfiguration(new SingleClickSortConfiguration());
		grid.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				register(registry, MET, GUIHelper.getColor(226, 244, 226));
				register(registry, SHORT, GUIHelper.getColor(255, 243, 205));
				register(registry, FAR, GUIHelper.getColor(248, 215, 215));
				// Each cell as the table's column writes it ("-" for a skill not assessed).
				registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new ContextualDisplayConverter() {
					@Override
					public Object canonicalToDisplayValue(ILayerCell cell, IConfigRegistry configRegistry, Object value) {
						int column = cell.getColumnIndex();
						return column < 0 || column >= COLUMNS.length ? String.valueOf(value) : text(column, value);
					}

					@Override
					public Object displayToCanonicalValue(ILayerCell cell, IConfigRegistry configRegistry, Object value) {
						return value;
					}
				}, DisplayMode.NORMAL, GridRegion.BODY);
			}
		});
		grid.configure();
		new NatTableContentTooltip(grid, GridRegion.BODY);
		grid.addListener(SWT.MouseDown, event -> {
			int position = grid.getRowPositionByY(event.y);
			if (position < 0) {
				return;
			}
			int row = LayerUtil.convertRowPosition(grid, position, bodyDataLayer);
			if (row >= 0 && row < rows.rows().size()) {
				clicked.accept(rows.rows().get(row));
			}
		});
	}

	private static void register(IConfigRegistry registry, String label, Color background) {
		Style style = new Style();
		style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
	}

	/** Shows these rows (in the table's order, or sorted as the person chose). */
	void show(List<Row> shown) {
		source.clear();
		source.addAll(shown);
		rows.refresh();
		grid.refresh();
	}

	NatTable control() {
		return grid;
	}

	/** The rows as shown, in order. */
	List<Row> rows() {
		return List.copyOf(rows.rows());
	}

	/** The text a cell shows (columns as shown: 0 is the skill). */
	String text(int column, Object value) {
		Column<Row> shown = table.column(COLUMNS[column]);
		return shown.shown(value);
	}

	/** The text of a shown cell. */
	String cell(int column, int row) {
		return text(column, bodyData.getDataValue(column, row));
	}

	/** The titles of the columns shown. */
	List<String> titles() {
		List<String> titles = new ArrayList<>();
		for (int column : COLUMNS) {
			titles.add(table.column(column).title());
		}
		return titles;
	}
}
