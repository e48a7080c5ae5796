/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.util.stream.IntStream;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.data.convert.ContextualDisplayConverter;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
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
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;

import dev.upskill.core.table.GapTable;
import dev.upskill.core.table.GapTable.Row;
import dev.upskill.core.table.Table;

/**
 * The gap grid: a NatTable over {@link GapRows} with the columns people read of the core
 * {@link GapTable} (its first {@link GapTable#READ_COLUMNS}, in its order: titles, typed values,
 * the text of empty cells), sorting by a click on a column header through the grids' one sort
 * model, and rows coloured by gap (met, one level short, more). The columns share the grid's width
 * by weight, each at least as wide as its title, so every column is in view whenever the view is
 * wide enough for their minimums; a cell cut short shows its whole text in a tooltip.
 */
final class GapGrid {

	static final String MET = "GAP_MET";
	static final String SHORT = "GAP_ONE_LEVEL";
	static final String FAR = "GAP_FAR";
	static final String GROUP = "CATEGORY_ROW";

	/** The share of the width of each column shown, in the order of {@link GapTable#TABLE}. */
	private static final double[] WEIGHTS = { 3.0, 0.8, 0.8, 0.55, 3.2, 0.65, 1.0, 2.0, 0.7, 1.4, 1.1 };
	/**
	 * The least width of the text columns: the skill's and the step's names stay readable (about
	 * twenty characters), the category's about a dozen; when the grid is narrower than the columns'
	 * least widths, the last (least important) columns are the ones scrolled out of view.
	 */
	private static final int MIN_SKILL = 170;
	private static final int MIN_LEARN_WITH = 150;
	private static final int MIN_CATEGORY = 100;

	private final GapRows rows;
	private final NatTable table;
	private final IDataProvider bodyData;
	private final IDataProvider headerData;
	private final DataLayer bodyDataLayer;
	private final RowHeaderLayer rowHeader;
	private int[] minimums;

	GapGrid(Composite parent, GapRows rows) {
		this.rows = rows;
		Table<Row> columns = GapTable.TABLE;
		IColumnAccessor<Row> accessor = new IColumnAccessor<>() {
			@Override
			public Object getDataValue(Row row, int column) {
				return columns.value(row, column);
			}

			@Override
			public void setDataValue(Row row, int column, Object value) {
				// read-only
			}

			@Override
			public int getColumnCount() {
				return GapTable.READ_COLUMNS;
			}
		};
		bodyData = new ListDataProvider<>(rows.rows(), accessor);
		bodyDataLayer = new DataLayer(bodyData);
		bodyDataLayer.setConfigLabelAccumulator((labels, column, row) -> {
			Row value = row < rows.rows().size() ? rows.rows().get(row) : null;
			if (value != null && value.isHeading()) {
				labels.addLabel(GROUP);
			} else if (value != null) {
				labels.addLabel(value.line().gapLevels() == 0 ? MET : value.line().gapLevels() == 1 ? SHORT : FAR);
			}
		});
		SelectionLayer selectionLayer = new SelectionLayer(bodyDataLayer);
		ViewportLayer viewport = new ViewportLayer(selectionLayer);

		headerData = new DefaultColumnHeaderDataProvider(columns.titles().subList(0, GapTable.READ_COLUMNS).toArray(String[]::new));
		DataLayer headerDataLayer = new DefaultColumnHeaderDataLayer(headerData);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(headerDataLayer, viewport, selectionLayer);
		SortHeaderLayer<Row> sortHeader = new SortHeaderLayer<>(columnHeader, rows.sortModel());

		IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(bodyData);
		rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selectionLayer);
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
				// Each cell as the table's column writes it (empty cells as the column says: "-", "not assessed").
				registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new ContextualDisplayConverter() {
					@Override
					public Object canonicalToDisplayValue(ILayerCell cell, IConfigRegistry configRegistry, Object value) {
						int column = cell.getColumnIndex();
						int row = cell.getRowIndex();
						boolean heading = row >= 0 && row < rows.rows().size() && rows.rows().get(row).isHeading();
						if (value == null && heading || column < 0 || column >= columns.columns().size()) {
							return value == null ? "" : value.toString();
						}
						return columns.column(column).shown(value);
					}

					@Override
					public Object displayToCanonicalValue(ILayerCell cell, IConfigRegistry configRegistry, Object value) {
						return value;
					}
				}, DisplayMode.NORMAL, GridRegion.BODY);
			}
		});
		table.configure();
		new NatTableContentTooltip(table, GridRegion.BODY);
		table.addListener(SWT.Resize, e -> fit());
		fit();
	}

	/**
	 * Shares the grid's width among its columns by weight, none narrower than its minimum (its
	 * title, or more for the long text columns); when the minimums do not fit, the columns take
	 * their minimums and the grid scrolls sideways to its last columns.
	 */
	void fit() {
		if (table.isDisposed()) {
			return;
		}
		int[] least = minimums();
		int available = table.getClientArea().width - rowHeader.getWidth() - 1;
		int[] widths = share(available, least, WEIGHTS);
		for (int i = 0; i < widths.length; i++) {
			bodyDataLayer.setColumnWidthByPosition(i, widths[i], false);
		}
		table.refresh(false);
	}

	/** Widths from weights: each at least its minimum, together exactly {@code available} when the minimums fit. */
	static int[] share(int available, int[] least, double[] weights) {
		int n = least.length;
		int[] widths = least.clone();
		int sumLeast = IntStream.of(least).sum();
		if (available <= sumLeast) {
			return widths;
		}
		boolean[] fixed = new boolean[n];
		// Columns whose share would fall under their minimum keep the minimum; the rest share what is left.
		for (boolean changed = true; changed;) {
			changed = false;
			int left = available;
			double weight = 0;
			for (int i = 0; i < n; i++) {
				if (fixed[i]) {
					left -= least[i];
				} else {
					weight += weights[i];
				}
			}
			for (int i = 0; i < n; i++) {
				if (!fixed[i]) {
					widths[i] = (int) Math.floor(left * weights[i] / weight);
					if (widths[i] < least[i]) {
						fixed[i] = true;
						widths[i] = least[i];
						changed = true;
					}
				}
			}
		}
		int rest = available - IntStream.of(widths).sum();
		for (int i = 0; rest > 0; i = (i + 1) % n) {
			if (!fixed[i]) {
				widths[i]++;
				rest--;
			}
		}
		return widths;
	}

	private int[] minimums() {
		if (minimums == null) {
			minimums = new int[GapTable.READ_COLUMNS];
			GC gc = new GC(table);
			try {
				gc.setFont(GUIHelper.DEFAULT_FONT);
				for (int i = 0; i < minimums.length; i++) {
					int title = gc.textExtent(header(i)).x + 12;
					int text = switch (i) {
						case GapTable.SKILL_NAME -> MIN_SKILL;
						case GapTable.LEARN_WITH -> MIN_LEARN_WITH;
						case GapTable.CATEGORY -> MIN_CATEGORY;
						default -> 36;
					};
					minimums[i] = Math.max(title, text);
				}
			} finally {
				gc.dispose();
			}
		}
		return minimums;
	}

	/** The width of each column shown, in pixels. */
	int[] minimumWidths() {
		return minimums().clone();
	}

	int[] columnWidths() {
		return IntStream.range(0, GapTable.READ_COLUMNS).map(bodyDataLayer::getColumnWidthByPosition).toArray();
	}

	/** The width the columns have to share: the grid's, less its row header's. */
	int bodyWidth() {
		return table.getClientArea().width - rowHeader.getWidth() - 1;
	}

	private static FontData boldOf(Font font) {
		FontData data = font.getFontData()[0];
		return new FontData(data.getName(), data.getHeight(), SWT.BOLD);
	}

	private static void register(IConfigRegistry registry, String label, Color background) {
		Style style = new Style();
		style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
	}

	/**
	 * Loads (without initialising) the NatTable classes the grid is made of, on the calling thread:
	 * the view calls it in the Job that reads its first profile, so that defining them, and SPI
	 * Fly's weaving of the Eclipse Collections they bring in, does not fall on the UI thread when
	 * the grid is then made there.
	 */
	static void loadClasses() {
		ClassLoader loader = GapGrid.class.getClassLoader();
		for (String name : CLASSES) {
			try {
				Class.forName(name, false, loader);
			} catch (ClassNotFoundException | LinkageError e) {
				// made on the UI thread then, as before
			}
		}
	}

	private static final String[] CLASSES = { "org.eclipse.nebula.widgets.nattable.NatTable",
			"org.eclipse.nebula.widgets.nattable.layer.DataLayer", "org.eclipse.nebula.widgets.nattable.selection.SelectionLayer",
			"org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer", "org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer",
			"org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer", "org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer",
			"org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer", "org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer",
			"org.eclipse.nebula.widgets.nattable.config.ConfigRegistry",
			"org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration",
			"org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent",
			"org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent",
			"org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap",
			"org.eclipse.collections.impl.list.mutable.primitive.IntArrayList" };

	NatTable table() {
		return table;
	}

	/** The typed value of a cell (body coordinates, without headers). */
	Object cell(int column, int row) {
		return bodyData.getDataValue(column, row);
	}

	/** The title of a column, as its header shows it. */
	String header(int column) {
		return String.valueOf(headerData.getDataValue(column, 0));
	}

	int columnCount() {
		return bodyData.getColumnCount();
	}

	int rowCount() {
		return bodyData.getRowCount();
	}

	void refresh() {
		table.refresh();
	}
}
