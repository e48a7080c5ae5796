/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.convert.DefaultDoubleDisplayConverter;
import org.eclipse.nebula.widgets.nattable.data.convert.DefaultIntegerDisplayConverter;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.data.convert.IDisplayConverter;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;
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
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.selection.event.RowSelectionEvent;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import dev.upskill.ui.internal.table.MoneyText;
import dev.upskill.ui.internal.table.SortedRows;

/**
 * A NatTable over a list of model elements with in-cell editing: each column shows a feature (or
 * a derived text) and edits it by kind (text, whole number, number, ISO date, a value of an
 * enumeration). Every edit becomes a command on the editor's command stack; selecting a row makes
 * its element the editor's selection.
 *
 * @param <T> the elements, one per row
 */
public class ModelGrid<T extends EObject> {

	/** How a column's cells are edited. */
	public enum Kind {
		READ_ONLY, TEXT, INTEGER, NUMBER, MONEY, DATE, ENUM, REFERENCE
	}

	/**
	 * A column: its title, the feature it edits, how, its width; for read-only columns the text; for
	 * references the candidates, how to name one, and how to turn a chosen one into the value set.
	 */
	public record Column<T>(String title, EStructuralFeature feature, Kind kind, int width, Function<T, Object> text,
			Supplier<List<? extends EObject>> choices, Function<Object, String> naming,
			Function<Object, Object> toModel) {

		public static <T> Column<T> of(String title, EStructuralFeature feature, Kind kind, int width) {
			return new Column<>(title, feature, kind, width, null, null, null, null);
		}

		public static <T> Column<T> derived(String title, int width, Function<T, Object> text) {
			return new Column<>(title, null, Kind.READ_ONLY, width, text, null, null, null);
		}

		/** A reference picked from a list: shown and listed by {@code naming}, stored as {@code toModel} gives it. */
		public static <T> Column<T> reference(String title, EStructuralFeature feature, int width,
				Supplier<List<? extends EObject>> choices, Function<Object, String> naming,
				Function<Object, Object> toModel) {
			return new Column<>(title, feature, Kind.REFERENCE, width, null, choices, naming, toModel);
		}
	}

	private final List<Column<T>> columns;
	private final SortedRows<T> sorted;
	private final List<T> rows;
	private final NatTable table;
	private final SelectionLayer selection;
	private final DataLayer bodyDataLayer;

	public ModelGrid(Composite parent, ModelEditor editor, List<T> elements, List<Column<T>> columns) {
		this.columns = List.copyOf(columns);
		this.sorted = new SortedRows<>(() -> elements, this::shown, this::matches);
		this.rows = sorted.rows();
		IColumnAccessor<T> accessor = new IColumnAccessor<>() {
			@Override
			public Object getDataValue(T element, int column) {
				Column<T> spec = ModelGrid.this.columns.get(column);
				if (spec.text() != null) {
					return spec.text().apply(element);
				}
				Object value = element.eGet(spec.feature());
				return spec.kind() == Kind.ENUM && value instanceof Enumerator literal ? literal.getLiteral() : value;
			}

			@Override
			public void setDataValue(T element, int column, Object value) {
				Column<T> spec = ModelGrid.this.columns.get(column);
				if (spec.kind() == Kind.READ_ONLY) {
					return;
				}
				// A blank cell means "not set": the feature is unset and takes the model's default.
				Object modelValue = switch (spec.kind()) {
					case ENUM -> ((EEnum) spec.feature().getEType()).getEEnumLiteralByLiteral(String.valueOf(value)).getInstance();
					case REFERENCE -> value == null ? SetCommand.UNSET_VALUE : spec.toModel().apply(value);
					default -> value == null ? SetCommand.UNSET_VALUE : value;
				};
				editor.execute(SetCommand.create(editor.getEditingDomain(), element, spec.feature(), modelValue));
			}

			@Override
			public int getColumnCount() {
				return ModelGrid.this.columns.size();
			}
		};
		IDataProvider data = new ListDataProvider<>(rows, accessor);
		bodyDataLayer = new DataLayer(data);
		ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyDataLayer);
		for (int i = 0; i < this.columns.size(); i++) {
			Column<T> column = this.columns.get(i);
			bodyDataLayer.setColumnWidthByPosition(i, column.width());
			if (column.kind() != Kind.READ_ONLY && !editor.isReadOnly()) {
				labels.registerColumnOverrides(i, "EDITABLE", "COLUMN_" + i);
			}
		}
		bodyDataLayer.setConfigLabelAccumulator(labels);
		selection = new SelectionLayer(bodyDataLayer);
		ViewportLayer viewport = new ViewportLayer(selection);
		IDataProvider headerData = new DefaultColumnHeaderDataProvider(this.columns.stream().map(Column::title).toArray(String[]::new));
		ColumnHeaderLayer header = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData), viewport, selection);
		IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(data);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)), rowHeader,
				header);
		SortHeaderLayer<T> sortHeader = new SortHeaderLayer<>(header, sorted);
		table = new NatTable(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL,
				new GridLayer(viewport, sortHeader, rowHeader, corner), false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
						DisplayMode.EDIT, "EDITABLE");
				for (int i = 0; i < ModelGrid.this.columns.size(); i++) {
					configure(registry, ModelGrid.this.columns.get(i), "COLUMN_" + i);
				}
			}
		});
		table.configure();
		table.addLayerListener(event -> {
			if (event instanceof CellSelectionEvent || event instanceof RowSelectionEvent) {
				editor.select(selectedElement());
			}
		});
	}

	private static void configure(IConfigRegistry registry, Column<?> column, String label) {
		IDisplayConverter converter = switch (column.kind()) {
			case INTEGER -> new DefaultIntegerDisplayConverter();
			case NUMBER -> new DefaultDoubleDisplayConverter();
			case DATE -> DATES;
			case MONEY -> MONEY;
			default -> null;
		};
		if (converter != null) {
			registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, converter, DisplayMode.NORMAL, label);
			registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, converter, DisplayMode.EDIT, label);
		}
		if (column.kind() == Kind.REFERENCE) {
			IDisplayConverter names = new DisplayConverter() {
				@Override
				public Object canonicalToDisplayValue(Object value) {
					return value == null ? "" : column.naming().apply(value);
				}

				@Override
				public Object displayToCanonicalValue(Object value) {
					return value;
				}
			};
			registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, names, DisplayMode.NORMAL, label);
			registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, names, DisplayMode.EDIT, label);
			ComboBoxCellEditor picker = new ComboBoxCellEditor(new IComboBoxDataProvider() {
				@Override
				public List<?> getValues(int columnIndex, int rowIndex) {
					return column.choices().get();
				}
			}, 20);
			picker.setFreeEdit(false);
			registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, picker, DisplayMode.EDIT, label);
		}
		if (column.kind() == Kind.ENUM) {
			List<String> literals = ((EEnum) column.feature().getEType()).getELiterals().stream().map(l -> l.getLiteral()).toList();
			registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new ComboBoxCellEditor(literals), DisplayMode.EDIT,
					label);
		}
	}

	/** ISO 8601 dates (2026-03-02); anything else is refused with a message, the value kept. */
	private static final IDisplayConverter DATES = new DisplayConverter() {
		@Override
		public Object canonicalToDisplayValue(Object value) {
			return value == null ? "" : value.toString();
		}

		@Override
		public Object displayToCanonicalValue(Object value) {
			try {
				return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().trim());
			} catch (DateTimeParseException e) {
				throw new ConversionFailedException("'" + value + "' is not a date like 2026-03-02", e);
			}
		}
	};

	/** Amounts of money: {@link MoneyText}, the rule the form fields follow too. */
	private static final IDisplayConverter MONEY = new DisplayConverter() {
		@Override
		public Object canonicalToDisplayValue(Object value) {
			return MoneyText.toText(value);
		}

		@Override
		public Object displayToCanonicalValue(Object value) {
			try {
				return MoneyText.parse(value == null ? null : value.toString());
			} catch (IllegalArgumentException e) {
				throw new ConversionFailedException(e.getMessage(), e);
			}
		}
	};

	/** The grid's NatTable (tests click its headers). */
	public NatTable table() {
		return table;
	}

	/** The element of the selected row, or null. */
	public T selectedElement() {
		int[] selectedRows = selection.getFullySelectedRowPositions();
		if (selectedRows.length > 0 && selectedRows[0] < rows.size()) {
			return rows.get(selectedRows[0]);
		}
		var anchor = selection.getSelectionAnchor();
		return anchor == null || anchor.getRowPosition() < 0 || anchor.getRowPosition() >= rows.size() ? null
				: rows.get(anchor.getRowPosition());
	}

	/** Selects the row of an element and scrolls to it. */
	public void select(T element) {
		int row = rows.indexOf(element);
		if (row < 0 && !sorted.filter().isEmpty()) {
			setFilter("");
			row = rows.indexOf(element);
		}
		if (row >= 0) {
			table.doCommand(new SelectRowsCommand(selection, 0, row, false, false));
		}
	}

	/** What a cell shows (body coordinates): references by name. */
	public Object cell(int column, int row) {
		Object value = bodyDataLayer.getDataValueByPosition(column, row);
		Column<T> spec = columns.get(column);
		return spec.kind() == Kind.REFERENCE && value != null ? spec.naming().apply(value) : value;
	}

	/**
	 * Commits a value (already converted: an Integer, a Double, a LocalDate, an enumeration's
	 * literal) to a cell, as an in-cell editor does when the user presses Enter: through NatTable's
	 * update command, so through the same path and onto the same command stack.
	 */
	public boolean edit(int column, int row, Object value) {
		return table.doCommand(new UpdateDataCommand(bodyDataLayer, column, row, value));
	}

	/** The element of a row (as shown: filtered and sorted). */
	public T cellElement(int row) {
		return rows.get(row);
	}

	/** The rows shown. */
	public int rowCount() {
		return rows.size();
	}

	/** A search field above a grid that filters its rows as the user types. */
	static Text filterField(Composite parent, ModelGrid<?> grid) {
		Text text = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		text.setMessage("filter rows");
		text.addModifyListener(e -> grid.setFilter(text.getText()));
		return text;
	}

	/** Shows only the rows where a cell contains the text (case does not matter). */
	public void setFilter(String text) {
		sorted.setFilter(text);
		redraw();
	}

	/** Sorts the rows by a column, as a click on its header does; -1 for the model's order. */
	public void sortBy(int column, boolean ascendingOrder) {
		sorted.sortBy(column, ascendingOrder);
		redraw();
	}

	/** The grid's sort model (one for every grid: {@link SortedRows}). */
	public SortedRows<T> sortModel() {
		return sorted;
	}

	void refresh() {
		sorted.refresh();
		redraw();
	}

	private void redraw() {
		if (table != null && !table.isDisposed()) {
			table.refresh();
		}
	}

	private boolean matches(T element, String filter) {
		for (int c = 0; c < columns.size(); c++) {
			Object value = shown(element, c);
			if (value != null && value.toString().toLowerCase(Locale.ROOT).contains(filter)) {
				return true;
			}
		}
		return false;
	}

	private Object shown(T element, int column) {
		Column<T> spec = columns.get(column);
		if (spec.text() != null) {
			return spec.text().apply(element);
		}
		Object value = element.eGet(spec.feature());
		if (spec.kind() == Kind.REFERENCE) {
			return value == null ? "" : spec.naming().apply(value);
		}
		return value instanceof Enumerator literal ? literal.getLiteral() : value;
	}
}
