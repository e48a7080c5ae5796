/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
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
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

import dev.upskill.ui.internal.gap.GapRows.CategoryRow;
import dev.upskill.ui.internal.gap.GapRows.LineRow;
import dev.upskill.ui.internal.gap.GapRows.Row;

/**
 * The gap grid: a NatTable over {@link GapRows} with sorting by a click on a column header and
 * rows coloured by gap (met, one level short, more).
 */
final class GapGrid {

	static final String MET = "GAP_MET";
	static final String SHORT = "GAP_ONE_LEVEL";
	static final String FAR = "GAP_FAR";
	static final String GROUP = "CATEGORY_ROW";

	private final GapRows rows = new GapRows();
	private final NatTable table;
	private final IDataProvider bodyData;

	GapGrid(Composite parent) {
		IColumnAccessor<Row> accessor = new IColumnAccessor<>() {
			@Override
			public Object getDataValue(Row row, int column) {
				return GapRows.value(row, column);
			}

			@Override
			public void setDataValue(Row row, int column, Object value) {
				// read-only
			}

			@Override
			public int getColumnCount() {
				return GapRows.COLUMNS.length;
			}
		};
		bodyData = new ListDataProvider<>(rows.rows(), accessor);
		DataLayer bodyDataLayer = new DataLayer(bodyData);
		int[] widths = { 230, 170, 70, 65, 45, 60, 85, 160, 260, 55 };
		for (int i = 0; i < widths.length; i++) {
			bodyDataLayer.setColumnWidthByPosition(i, widths[i]);
		}
		bodyDataLayer.setConfigLabelAccumulator((labels, column, row) -> {
			Row value = row < rows.rows().size() ? rows.rows().get(row) : null;
			if (value instanceof CategoryRow) {
				labels.addLabel(GROUP);
			} else if (value instanceof LineRow line) {
				labels.addLabel(line.line().gapLevels() == 0 ? MET : line.line().gapLevels() == 1 ? SHORT : FAR);
			}
		});
		SelectionLayer selectionLayer = new SelectionLayer(bodyDataLayer);
		ViewportLayer viewport = new ViewportLayer(selectionLayer);

		IDataProvider headerData = new DefaultColumnHeaderDataProvider(GapRows.COLUMNS);
		DataLayer headerDataLayer = new DefaultColumnHeaderDataLayer(headerData);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(headerDataLayer, viewport, selectionLayer);
		SortHeaderLayer<Row> sortHeader = new SortHeaderLayer<>(columnHeader, new SortModel());

		IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(bodyData);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selectionLayer);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)), rowHeader,
				sortHeader);
		GridLayer grid = new GridLayer(viewport, sortHeader, rowHeader, corner);

		table = new NatTable(parent, SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL,
				grid, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				register(registry, MET, GUIHelper.getColor(226, 244, 226));
				register(registry, SHORT, GUIHelper.getColor(255, 243, 205));
				register(registry, FAR, GUIHelper.getColor(248, 215, 215));
				Style group = new Style();
				group.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(228, 232, 240));
				group.setAttributeValue(CellStyleAttributes.FONT, GUIHelper.getFont(boldOf(GUIHelper.DEFAULT_FONT)));
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, group, DisplayMode.NORMAL, GROUP);
			}
		});
		table.configure();
	}

	private static org.eclipse.swt.graphics.FontData boldOf(org.eclipse.swt.graphics.Font font) {
		org.eclipse.swt.graphics.FontData data = font.getFontData()[0];
		return new org.eclipse.swt.graphics.FontData(data.getName(), data.getHeight(), SWT.BOLD);
	}

	private static void register(IConfigRegistry registry, String label, Color background) {
		Style style = new Style();
		style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
	}

	NatTable table() {
		return table;
	}

	GapRows rows() {
		return rows;
	}

	/** The value a cell shows (body coordinates, without headers). */
	Object cell(int column, int row) {
		return bodyData.getDataValue(column, row);
	}

	int rowCount() {
		return bodyData.getRowCount();
	}

	void refresh() {
		table.refresh();
	}

	/** Sorting by one column at a time, on the rows' own order. */
	private final class SortModel implements ISortModel {

		@Override
		public List<Integer> getSortedColumnIndexes() {
			return rows.sortColumn() < 0 ? List.of() : List.of(rows.sortColumn());
		}

		@Override
		public boolean isColumnIndexSorted(int columnIndex) {
			return rows.sortColumn() == columnIndex;
		}

		@Override
		public SortDirectionEnum getSortDirection(int columnIndex) {
			if (rows.sortColumn() != columnIndex) {
				return SortDirectionEnum.NONE;
			}
			return rows.ascending() ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
		}

		@Override
		public int getSortOrder(int columnIndex) {
			return rows.sortColumn() == columnIndex ? 0 : -1;
		}

		@SuppressWarnings("rawtypes")
		@Override
		public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
			return List.of();
		}

		@Override
		public Comparator<?> getColumnComparator(int columnIndex) {
			return null;
		}

		@Override
		public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
			if (direction == SortDirectionEnum.NONE) {
				rows.clearSort();
			} else {
				rows.sortBy(columnIndex, direction == SortDirectionEnum.ASC);
			}
		}

		@Override
		public void clear() {
			rows.clearSort();
		}
	}
}
