/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.data.convert.ContextualDisplayConverter;
import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.data.convert.IDisplayConverter;
import org.eclipse.nebula.widgets.nattable.data.validate.IDataValidator;
import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.action.KeyEditAction;
import org.eclipse.nebula.widgets.nattable.edit.action.MouseEditAction;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditBindings;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
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
import org.eclipse.nebula.widgets.nattable.grid.layer.config.DefaultGridLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.selection.event.RowSelectionEvent;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.CellEditorMouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.LetterOrDigitKeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import dev.upskill.ui.internal.table.MoneyText;
import dev.upskill.ui.internal.table.SortedRows;

/**
 * A NatTable over a list of model elements with in-cell editing: each column shows a feature (or
 * a derived text) and edits it by kind (text, whole number, number, ISO date, a value of an
 * enumeration, a reference typed with proposals: {@link ReferencePicker}). Every edit becomes a
 * command on the editor's command stack; selecting a row makes its element the editor's selection.
 * <p>
 * Editing starts as in the other grids of Eclipse: on a double-click, F2, or typing in the selected
 * cell; a single click only selects. Tab commits and moves to the next cell's editor. A value the
 * model cannot hold (a level not on the skill's scale, a negative week, text in a number) is
 * refused in the cell with a message saying what is expected ({@link CellMessages}); the model,
 * the undo stack and the dirty state stay as they were. Enumeration values are shown in words
 * ({@link EnumWords}), a skill's level by its name on the skill's scale ({@link SkillLevels}).
 * <p>
 * The grid is NatTable's: only the rows in view are painted, whatever the number of rows. Text typed
 * in the filter field ({@link #filterField}) is applied after a pause in typing of
 * {@link #FILTER_DELAY} ms; the rows of a long list are then filtered in a Job and swapped in on the
 * UI thread, so typing never waits for 126,000 requirements to be matched. A click on a header
 * sorts a long list the same way ({@link #sorting()}), the header showing the new order at once.
 *
 * @param <T> the elements, one per row
 */
public class ModelGrid<T extends EObject> {

	/**
	 * How a column's cells are edited. An {@link #INTEGER} column of a skill's level (of an
	 * assessment, a requirement, a gain: {@link SkillLevels#isLevel}) picks the level from the skill's scale.
	 */
	public enum Kind {
		READ_ONLY, TEXT, INTEGER, NUMBER, MONEY, DATE, ENUM, REFERENCE
	}

	/** The pause in typing after which the filter field's text is applied (milliseconds). */
	static final int FILTER_DELAY = 150;
	/** Lists up to this long are filtered at once on the UI thread, longer ones in a Job. */
	static final int FILTER_AT_ONCE = 2_000;

	/** Level columns are at least this wide, for "3 - Practitioner". */
	private static final int LEVEL_WIDTH = 130;

	/**
	 * A column: its title, the feature it edits, how, its width; for read-only columns the text; for
	 * references the candidates and how to name one.
	 */
	public record Column<T>(String title, EStructuralFeature feature, Kind kind, int width, Function<T, Object> text,
			Supplier<List<? extends EObject>> choices, Function<Object, String> naming) {

		public static <T> Column<T> of(String title, EStructuralFeature feature, Kind kind, int width) {
			return new Column<>(title, feature, kind, width, null, null, null);
		}

		public static <T> Column<T> derived(String title, int width, Function<T, Object> text) {
			return new Column<>(title, null, Kind.READ_ONLY, width, text, null, null);
		}

		/**
		 * A reference picked among the choices ({@link ReferencePicker}): shown and proposed by
		 * {@code naming}, stored as the editor's model refers to it ({@link ModelEditor#withLocal}).
		 */
		public static <T> Column<T> reference(String title, EStructuralFeature feature, int width,
				Supplier<List<? extends EObject>> choices, Function<Object, String> naming) {
			return new Column<>(title, feature, Kind.REFERENCE, width, null, choices, naming);
		}

		/** Whether the column holds a skill's level, picked from the skill's scale. */
		boolean level() {
			return kind == Kind.INTEGER && SkillLevels.isLevel(feature);
		}
	}

	private final List<Column<T>> columns;
	private final List<T> elements;
	private final SortedRows<T> sorted;
	private final List<T> rows;
	private final NatTable table;
	private final SelectionLayer selection;
	private final ViewportLayer viewport;
	private final DataLayer bodyDataLayer;
	private final CellMessages messages;
	/** The pickers of the reference columns, by column. */
	private final Map<Integer, ReferencePicker> pickers = new HashMap<>();
	/** The filtering of text typed in the field, or null when its rows are shown. */
	private Job filtering;
	/** The sorting of a long list after a click on a header, or null when its rows are shown. */
	private Job sorting;
	private final ISortModel headerSort = new HeaderSort();
	/** The sort asked for by that click: the column (-1 for the model's order), whether ascending. */
	private int sortingColumn;
	private boolean sortingUp;
	/** Told when other rows are shown (filtered, refreshed). */
	private Runnable rowsListener = () -> {
		// nobody listens
	};

	public ModelGrid(Composite parent, ModelEditor editor, List<T> elements, List<Column<T>> columns) {
		this.columns = List.copyOf(columns);
		this.messages = new CellMessages(editor);
		this.elements = elements;
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
				Object modelValue = modelValue(spec, value);
				// The cell editors refuse such values as they are typed; this also holds for other paths (paste, tests).
				String refusal = refusal(element, spec, modelValue);
				if (refusal != null) {
					messages.show(null, refusal);
					return;
				}
				messages.clear();
				if (spec.kind() == Kind.REFERENCE && modelValue instanceof EObject picked) {
					// the first pick from another file reads it in a Job: the value is set once it is read
					// a later edit of the cell (or an Undo) made while the file is read wins over this pick
					Object before = element.eGet(spec.feature(), false);
					editor.withLocal(picked, local -> {
						if (element.eResource() == null) {
							editor.status(ModelEditor.NOT_PICKED + ": " + spec.naming().apply(picked) + ": its row was removed meanwhile");
						} else if (element.eGet(spec.feature(), false) != before) {
							editor.status(ModelEditor.NOT_PICKED + ": " + spec.naming().apply(picked) + ": the " + spec.title()
									+ " cell was changed meanwhile");
						} else {
							editor.execute(SetCommand.create(editor.getEditingDomain(), element, spec.feature(), local));
						}
					});
					return;
				}
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
		// Columns share the view's width in proportion to their widths, and scroll only when the view
		// is narrower than their minimum widths: every column, the last one too, shows its header.
		bodyDataLayer.setColumnPercentageSizing(true);
		double total = this.columns.stream().mapToInt(ModelGrid::width).sum();
		GC gc = new GC(parent);
		for (int i = 0; i < this.columns.size(); i++) {
			Column<T> column = this.columns.get(i);
			bodyDataLayer.setColumnWidthPercentageByPosition(i, 100 * width(column) / total);
			// the header's title fits, in the bold of a selected column's header
			int title = gc.textExtent(column.title()).x * 11 / 10 + 16;
			bodyDataLayer.setMinColumnWidth(i, Math.max(minimumWidth(column), title));
			if (column.kind() != Kind.READ_ONLY && !editor.isReadOnly()) {
				labels.registerColumnOverrides(i, "EDITABLE", "COLUMN_" + i);
			} else {
				labels.registerColumnOverrides(i, "COLUMN_" + i);
			}
		}
		gc.dispose();
		bodyDataLayer.setConfigLabelAccumulator(labels);
		selection = new SelectionLayer(bodyDataLayer);
		// A refresh after an edit keeps the selected cell (and an editor opened by Tab); refresh() follows a moved row.
		if (selection.getSelectionModel() instanceof SelectionModel model) {
			model.setClearSelectionOnChange(false);
		}
		viewport = new ViewportLayer(selection);
		IDataProvider headerData = new DefaultColumnHeaderDataProvider(this.columns.stream().map(Column::title).toArray(String[]::new));
		ColumnHeaderLayer header = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData), viewport, selection);
		IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(data);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)), rowHeader,
				header);
		SortHeaderLayer<T> sortHeader = new SortHeaderLayer<>(header, headerSort);
		GridLayer grid = new GridLayer(viewport, sortHeader, rowHeader, corner, false);
		grid.addConfiguration(new DefaultGridLayerConfiguration(grid) {
			@Override
			protected void addEditingUIConfig() {
				addConfiguration(new EditBindings());
			}
		});
		table = new NatTable(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, grid, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
						DisplayMode.EDIT, "EDITABLE");
				// Tab commits and opens the editor of the next cell, as in the other grids of Eclipse.
				registry.registerConfigAttribute(EditConfigAttributes.OPEN_ADJACENT_EDITOR, Boolean.TRUE, DisplayMode.EDIT,
						"EDITABLE");
				registry.registerConfigAttribute(EditConfigAttributes.CONVERSION_ERROR_HANDLER, messages, DisplayMode.EDIT,
						"EDITABLE");
				// text starts at the left of its cell: a long name cut shows its beginning, not its middle
				Style left = new Style();
				left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL, GridRegion.BODY);
				registry.registerConfigAttribute(EditConfigAttributes.VALIDATION_ERROR_HANDLER, messages, DisplayMode.EDIT,
						"EDITABLE");
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

	/**
	 * Editing starts on a double-click, F2 or typing in the selected cell: a single click selects
	 * only (NatTable's {@link DefaultEditBindings} also open an editor on a single click).
	 */
	private static final class EditBindings extends DefaultEditBindings {
		@Override
		public void configureUiBindings(UiBindingRegistry bindings) {
			bindings.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.F2), new KeyEditAction());
			bindings.registerKeyBinding(new LetterOrDigitKeyEventMatcher(), new KeyEditAction());
			bindings.registerKeyBinding(new LetterOrDigitKeyEventMatcher(SWT.MOD2), new KeyEditAction());
			bindings.registerDoubleClickBinding(new CellEditorMouseEventMatcher(GridRegion.BODY), new MouseEditAction());
		}
	}

	/** A column's width: as given, levels at least {@link #LEVEL_WIDTH}. */
	private static int width(Column<?> column) {
		return column.level() ? Math.max(column.width(), LEVEL_WIDTH) : column.width();
	}

	/**
	 * The width a column keeps in a narrow view: half its width, from 80 to 140 pixels; a picked
	 * reference (the skill, the resource: what a row is about) 170, a level's name fits.
	 */
	private static int minimumWidth(Column<?> column) {
		int minimum = Math.max(80, Math.min(140, column.width() / 2));
		if (column.kind() == Kind.REFERENCE) {
			minimum = 170;
		} else if (column.level()) {
			minimum = LEVEL_WIDTH - 10;
		}
		return Math.min(width(column), minimum);
	}

	/** The value to set for what a cell editor gives: an enumerator for a literal. */
	private static Object modelValue(Column<?> spec, Object value) {
		if (value == null || value instanceof String text && text.isBlank() && spec.kind() != Kind.TEXT) {
			return SetCommand.UNSET_VALUE;
		}
		return switch (spec.kind()) {
			case ENUM -> {
				EEnumLiteral literal = ((EEnum) spec.feature().getEType()).getEEnumLiteralByLiteral(String.valueOf(value));
				yield literal == null ? value : literal.getInstance();
			}
			default -> value;
		};
	}

	/** Why the model cannot hold the value in the element's cell, or null. */
	private static String refusal(EObject element, Column<?> spec, Object modelValue) {
		if (spec.kind() == Kind.REFERENCE) {
			return null; // picked from the installed frameworks' elements
		}
		if (spec.kind() == Kind.ENUM && !(modelValue instanceof Enumerator) && modelValue != SetCommand.UNSET_VALUE) {
			return "'" + modelValue + "' is not one of " + String.join(", ", ((EEnum) spec.feature().getEType()).getELiterals().stream()
					.map(l -> EnumWords.of(l.getLiteral())).toList());
		}
		return ModelRules.refusal(element, spec.feature(), modelValue);
	}

	/** The element of a cell, as the cell editors and converters see it. */
	private T element(ILayerCell cell) {
		int row = cell == null ? -1 : cell.getRowIndex();
		return row >= 0 && row < rows.size() ? rows.get(row) : null;
	}

	private void configure(IConfigRegistry registry, Column<T> column, String label) {
		IDisplayConverter converter = switch (column.kind()) {
			case INTEGER -> column.level() ? levels() : wholeNumbers(column.title());
			case NUMBER -> numbers(column.title());
			case DATE -> DATES;
			case MONEY -> MONEY;
			case ENUM -> enumWords((EEnum) column.feature().getEType());
			case REFERENCE -> picker(column).converter();
			default -> null;
		};
		if (converter != null) {
			registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, converter, DisplayMode.NORMAL, label);
			registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, converter, DisplayMode.EDIT, label);
		}
		if (column.kind() == Kind.READ_ONLY) {
			return;
		}
		registry.registerConfigAttribute(EditConfigAttributes.DATA_VALIDATOR, new IDataValidator() {
			@Override
			public boolean validate(ILayerCell cell, IConfigRegistry configRegistry, Object newValue) {
				T element = element(cell);
				String why = element == null ? null : refusal(element, column, modelValue(column, newValue));
				if (why != null) {
					throw new ValidationFailedException(why);
				}
				return true;
			}

			@Override
			public boolean validate(int columnIndex, int rowIndex, Object newValue) {
				return rowIndex < 0 || rowIndex >= rows.size() || refusal(rows.get(rowIndex), column, modelValue(column, newValue)) == null;
			}
		}, DisplayMode.EDIT, label);
		ICellEditor cellEditor = switch (column.kind()) {
			case REFERENCE -> picker(column).cellEditor(messages);
			case ENUM -> new ComboBoxCellEditor(((EEnum) column.feature().getEType()).getELiterals().stream()
					.map(EEnumLiteral::getLiteral).toList());
			case INTEGER -> column.level() ? new LevelCellEditor(new IComboBoxDataProvider() {
				@Override
				public List<?> getValues(int columnIndex, int rowIndex) {
					return rowIndex < 0 || rowIndex >= rows.size() ? List.of() : SkillLevels.values(SkillLevels.scaleOf(rows.get(rowIndex)));
				}
			}) : text();
			default -> text();
		};
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, cellEditor, DisplayMode.EDIT, label);
	}

	/** The picker of a reference column (one per column). */
	private ReferencePicker picker(Column<T> column) {
		return pickers.computeIfAbsent(columns.indexOf(column),
				c -> new ReferencePicker(column.choices(), column.naming(), ((EReference) column.feature()).getEReferenceType()));
	}

	/**
	 * What the picker of a reference column proposes for the text typed, best first, as its list
	 * shows them ("name [framework#id]").
	 */
	public List<String> proposals(int column, String typed) {
		ReferencePicker picker = pickers.get(column);
		if (picker == null) {
			throw new IllegalArgumentException("column " + column + " is not a reference");
		}
		picker.forget();
		return picker.proposals(typed);
	}

	/** A text cell editor that says why what is typed cannot be stored, as it is typed. */
	private TextCellEditor text() {
		TextCellEditor text = new TextCellEditor();
		text.setInputConversionErrorHandler(messages);
		text.setInputValidationErrorHandler(messages);
		return text;
	}

	/** A skill's level: shown and typed as "3 - Practitioner" (or "3", or "practitioner"), on the row's skill's scale. */
	private IDisplayConverter levels() {
		return new ContextualDisplayConverter() {
			@Override
			public Object canonicalToDisplayValue(ILayerCell cell, IConfigRegistry configRegistry, Object value) {
				if (value instanceof Character typed) {
					return typed.toString(); // the key that started the editing
				}
				T element = element(cell);
				return SkillLevels.name(element == null ? null : SkillLevels.scaleOf(element), value);
			}

			@Override
			public Object displayToCanonicalValue(ILayerCell cell, IConfigRegistry configRegistry, Object value) {
				if (value instanceof Integer level) {
					return level;
				}
				T element = element(cell);
				try {
					return SkillLevels.parse(value == null ? null : value.toString(), element == null ? null : SkillLevels.scaleOf(element));
				} catch (IllegalArgumentException e) {
					throw new ConversionFailedException(e.getMessage(), e);
				}
			}
		};
	}

	/** Whole numbers; anything else is refused saying so. */
	private static IDisplayConverter wholeNumbers(String title) {
		return parsed(Integer::valueOf, "' is not a whole number.\nEnter " + title + " in digits, such as 3.");
	}

	/** Numbers such as 12.5; anything else is refused saying so. */
	private static IDisplayConverter numbers(String title) {
		return parsed(Double::valueOf, "' is not a number.\nEnter " + title + " as a number, such as 12.5.");
	}

	/** Text read by the parser (empty is no value); what it cannot read is refused with the quoted text and the reason. */
	private static IDisplayConverter parsed(Function<String, Object> parser, String reason) {
		return new DisplayConverter() {
			@Override
			public Object canonicalToDisplayValue(Object value) {
				return value == null ? "" : value.toString();
			}

			@Override
			public Object displayToCanonicalValue(Object value) {
				String text = value == null ? "" : value.toString().strip();
				if (text.isEmpty()) {
					return null;
				}
				try {
					return parser.apply(text);
				} catch (NumberFormatException e) {
					throw new ConversionFailedException("'" + text + reason, e);
				}
			}
		};
	}

	/** An enumeration's literals in words ("inProgress" is "In progress"); words are read back as their literal. */
	private static IDisplayConverter enumWords(EEnum type) {
		return new DisplayConverter() {
			@Override
			public Object canonicalToDisplayValue(Object value) {
				return value instanceof Character ? "" : EnumWords.of(value);
			}

			@Override
			public Object displayToCanonicalValue(Object value) {
				if (value == null || value.toString().isBlank()) {
					return null;
				}
				String text = value.toString().strip();
				return type.getELiterals().stream()
						.filter(l -> l.getLiteral().equals(text) || EnumWords.of(l.getLiteral()).equalsIgnoreCase(text))
						.map(EEnumLiteral::getLiteral).findFirst().orElse(text);
			}
		};
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

	/** The row of an element as the grid shows it now (sorted, filtered), or -1. */
	public int rowOf(Object element) {
		return rows.indexOf(element);
	}

	/** Whether the row (as {@link #rowOf}) is scrolled into the grid's view. */
	public boolean isRowShown(int row) {
		int shown = viewport.getRowCount();
		return shown > 0 && row >= viewport.getRowIndexByPosition(0) && row <= viewport.getRowIndexByPosition(shown - 1);
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
			// the viewport's position of the row in the selection layer below it
			table.doCommand(new ShowRowInViewportCommand(row));
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
	 * update command, so through the same path and onto the same command stack. A value the model
	 * cannot hold is refused as in the cell: nothing changes, and {@link #refusal()} says why.
	 *
	 * @return whether the value was accepted
	 */
	public boolean edit(int column, int row, Object value) {
		messages.clear();
		return table.doCommand(new UpdateDataCommand(bodyDataLayer, column, row, value)) && messages.message() == null;
	}

	/** The text a cell shows (body coordinates): "In progress" for a status, "3 - Practitioner" for a level. */
	public String text(int column, int row) {
		return displayed(rows.get(row), column);
	}

	/**
	 * Why the value typed in the open cell editor (or last given to {@link #edit}) was refused, as
	 * the cell and the status line show it; null when nothing is refused.
	 */
	public String refusal() {
		return messages.message();
	}

	/** Whether the error decoration of the open cell editor is shown (tests). */
	public boolean refusalShown() {
		return messages.decorationShown();
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
		text.addModifyListener(e -> grid.filterLater(text.getText()));
		return text;
	}

	/**
	 * Applies text typed in the filter field after a pause in typing: a short list at once, a long
	 * one in a Job whose rows are swapped in on the UI thread; each keystroke replaces the filtering
	 * of the one before.
	 */
	void filterLater(String text) {
		if (filtering != null) {
			filtering.cancel();
		}
		List<T> snapshot = List.copyOf(elements);
		long generation = sorted.generation();
		Job job = new Job("Filtering the rows") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<T> computed = snapshot.size() <= FILTER_AT_ONCE ? null : sorted.compute(snapshot, text, monitor::isCanceled);
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				if (!table.isDisposed()) {
					table.getDisplay().asyncExec(() -> filtered(this, text, computed, generation));
				}
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		filtering = job;
		job.schedule(FILTER_DELAY);
	}

	/** The rows of a filter are computed (UI thread): shows them, keeping the selected element selected. */
	private void filtered(Job job, String text, List<T> computed, long generation) {
		if (job != filtering || table.isDisposed()) {
			return;
		}
		filtering = null;
		T selected = selectedElement();
		PositionCoordinate anchor = selection.getSelectionAnchor();
		int column = anchor == null ? -1 : anchor.getColumnPosition();
		if (computed == null) {
			sorted.setFilter(text); // a short list
		} else if (!sorted.show(text, computed, generation)) {
			filterLater(text); // the rows changed meanwhile (an edit, a sort): filter them again
			return;
		}
		redraw();
		reselect(selected, column);
	}

	/** Whether text typed in the filter field is still being applied. */
	public boolean filtering() {
		return filtering != null;
	}

	/** Shows only the rows where a cell contains the text (case does not matter), at once. */
	public void setFilter(String text) {
		if (filtering != null) {
			filtering.cancel();
			filtering = null;
		}
		sorted.setFilter(text);
		redraw();
	}

	/** Sorts the rows by a column at once (a click on its header sorts a long list in a Job); -1 for the model's order. */
	public void sortBy(int column, boolean ascendingOrder) {
		if (sorting != null) {
			sorting.cancel();
			sorting = null;
		}
		sorted.sortBy(column, ascendingOrder);
		redraw();
	}

	/**
	 * Sorts as a click on a header asks: a short list at once, a long one (126,000 requirements) in a
	 * Job whose rows are swapped in on the UI thread, the header showing the new order meanwhile; a
	 * click replaces the sorting of the one before.
	 */
	private void sortLater(int column, boolean up) {
		if (elements.size() <= FILTER_AT_ONCE) {
			sortBy(column, up);
			return;
		}
		if (sorting != null) {
			sorting.cancel();
		}
		List<T> snapshot = List.copyOf(elements);
		String text = sorted.filter();
		long generation = sorted.generation();
		Job job = new Job("Sorting the rows") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<T> computed;
				try {
					computed = sorted.compute(snapshot, text, column, up, monitor::isCanceled);
				} catch (RuntimeException e) {
					computed = null; // the model changed under the Job: sorted again on the UI thread
				}
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				List<T> rowsSorted = computed;
				if (!table.isDisposed()) {
					table.getDisplay().asyncExec(() -> sorted(this, text, column, up, rowsSorted, generation));
				}
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		sorting = job;
		sortingColumn = column;
		sortingUp = up;
		job.schedule();
	}

	/** The rows of a sort are computed (UI thread): shows them, keeping the selected element selected. */
	private void sorted(Job job, String text, int column, boolean up, List<T> computed, long generation) {
		if (job != sorting || table.isDisposed()) {
			return;
		}
		sorting = null;
		T selected = selectedElement();
		PositionCoordinate anchor = selection.getSelectionAnchor();
		int selectedColumn = anchor == null ? -1 : anchor.getColumnPosition();
		if (computed == null) {
			sorted.sortBy(column, up); // the model changed under the Job: sort here
		} else if (!sorted.show(text, column, up, computed, generation)) {
			sortLater(column, up); // the rows changed meanwhile (an edit, a filter): sort them again
			return;
		}
		redraw();
		reselect(selected, selectedColumn);
	}

	/** Whether a click on a header is still being applied. */
	public boolean sorting() {
		return sorting != null;
	}

	/**
	 * The sort model of the header: {@link SortedRows}, whose sorting a click asks for through
	 * {@link #sortLater}; the header shows the order asked for while the rows are sorted.
	 */
	private final class HeaderSort implements ISortModel {

		@Override
		public List<Integer> getSortedColumnIndexes() {
			return sorting == null ? sorted.getSortedColumnIndexes() : sortingColumn < 0 ? List.of() : List.of(sortingColumn);
		}

		@Override
		public boolean isColumnIndexSorted(int columnIndex) {
			return sorting == null ? sorted.isColumnIndexSorted(columnIndex) : sortingColumn == columnIndex;
		}

		@Override
		public SortDirectionEnum getSortDirection(int columnIndex) {
			if (sorting == null) {
				return sorted.getSortDirection(columnIndex);
			}
			return sortingColumn != columnIndex ? SortDirectionEnum.NONE : sortingUp ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
		}

		@Override
		public int getSortOrder(int columnIndex) {
			return isColumnIndexSorted(columnIndex) ? 0 : -1;
		}

		@SuppressWarnings("rawtypes")
		@Override
		public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
			return sorted.getComparatorsForColumnIndex(columnIndex);
		}

		@Override
		public Comparator<?> getColumnComparator(int columnIndex) {
			return sorted.getColumnComparator(columnIndex);
		}

		@Override
		public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
			sortLater(direction == SortDirectionEnum.NONE ? -1 : columnIndex, direction != SortDirectionEnum.DESC);
		}

		@Override
		public void clear() {
			sortLater(-1, true);
		}
	}

	/** The sort model the header shows: the order asked for by a click, while the rows are still being sorted. */
	public ISortModel headerSort() {
		return headerSort;
	}

	/** The grid's sort model (one for every grid: {@link SortedRows}). */
	public SortedRows<T> sortModel() {
		return sorted;
	}

	void refresh() {
		T selected = selectedElement();
		PositionCoordinate anchor = selection.getSelectionAnchor();
		int column = anchor == null ? -1 : anchor.getColumnPosition();
		sorted.refresh();
		redraw();
		reselect(selected, column);
	}

	/** The selected element may have moved (sorted by the edited column) or gone (removed, filtered out). */
	private void reselect(T selected, int column) {
		if (selected != null && selectedElement() != selected) {
			int row = rows.indexOf(selected);
			if (row < 0) {
				selection.clear();
			} else if (column >= 0 && (table.getActiveCellEditor() == null || table.getActiveCellEditor().isClosed())) {
				table.doCommand(new SelectCellCommand(selection, column, row, false, false));
			}
		}
	}

	private void redraw() {
		if (table != null && !table.isDisposed()) {
			table.refresh();
			rowsListener.run();
		}
	}

	/** Calls back (UI thread) whenever the grid shows other rows: filtered, sorted, refreshed after a change. */
	public void onRowsShown(Runnable listener) {
		rowsListener = listener;
	}

	private boolean matches(T element, String filter) {
		for (int c = 0; c < columns.size(); c++) {
			String text = displayed(element, c);
			if (text.toLowerCase(Locale.ROOT).contains(filter)) {
				return true;
			}
		}
		return false;
	}

	/** The value a column sorts by: levels by number, enumeration values and references by their words. */
	private Object shown(T element, int column) {
		Column<T> spec = columns.get(column);
		if (spec.text() != null) {
			return spec.text().apply(element);
		}
		Object value = element.eGet(spec.feature());
		if (spec.kind() == Kind.REFERENCE) {
			return value == null ? null : spec.naming().apply(value); // unset: last, as cells without value sort
		}
		return value instanceof Enumerator literal ? EnumWords.of(literal) : value;
	}

	/** The text a cell shows: levels by name, enumeration values in words, references by name. */
	private String displayed(T element, int column) {
		Column<T> spec = columns.get(column);
		Object value = shown(element, column);
		if (spec.level()) {
			return SkillLevels.name(SkillLevels.scaleOf(element), value);
		}
		return value == null ? "" : value.toString();
	}
}
