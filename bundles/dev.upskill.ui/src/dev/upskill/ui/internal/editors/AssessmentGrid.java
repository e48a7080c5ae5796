/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

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
import org.eclipse.nebula.widgets.nattable.data.convert.DefaultIntegerDisplayConverter;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
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
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Profile;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.UpskillPackage.Literals;

/**
 * The assessments of a profile in a NatTable with in-cell editing: level (a number), date (ISO
 * 8601), source (a list), assessor and note. Every edit becomes a command on the editor's stack.
 */
public final class AssessmentGrid {

	static final String[] COLUMNS = { "Skill", "Level", "Date", "Source", "Assessor", "Note" };
	public static final int SKILL = 0;
	public static final int LEVEL = 1;
	public static final int DATE = 2;
	public static final int SOURCE = 3;
	private static final EStructuralFeature[] FEATURES = { Literals.SKILL_ASSESSMENT__SKILL, Literals.SKILL_ASSESSMENT__LEVEL,
			Literals.SKILL_ASSESSMENT__DATE, Literals.SKILL_ASSESSMENT__SOURCE, Literals.SKILL_ASSESSMENT__ASSESSOR,
			Literals.SKILL_ASSESSMENT__NOTE };
	private static final String EDITABLE = "EDITABLE";
	private static final String NUMBER = "NUMBER";
	private static final String DATE_LABEL = "DATE";
	private static final String SOURCE_LABEL = "SOURCE";

	private final ModelEditor editor;
	private final Profile profile;
	private final NatTable table;
	private final SelectionLayer selection;
	private final DataLayer bodyDataLayer;

	AssessmentGrid(Composite parent, ModelEditor editor, Profile profile) {
		this.editor = editor;
		this.profile = profile;
		IColumnAccessor<SkillAssessment> accessor = new IColumnAccessor<>() {
			@Override
			public Object getDataValue(SkillAssessment assessment, int column) {
				if (column == SKILL) {
					return assessment.getSkill() == null ? ""
							: assessment.getSkill().eIsProxy() ? org.eclipse.emf.ecore.util.EcoreUtil.getURI(assessment.getSkill()).fragment()
									+ " (not found)" : assessment.getSkill().getName();
				}
				Object value = assessment.eGet(FEATURES[column]);
				return column == SOURCE && value != null ? ((AssessmentSource) value).getLiteral() : value;
			}

			@Override
			public void setDataValue(SkillAssessment assessment, int column, Object value) {
				Object modelValue = column == SOURCE ? AssessmentSource.get(String.valueOf(value)) : value;
				if (column == SKILL || modelValue == null && column == SOURCE) {
					return;
				}
				editor.execute(SetCommand.create(editor.getEditingDomain(), assessment, FEATURES[column], modelValue));
			}

			@Override
			public int getColumnCount() {
				return COLUMNS.length;
			}
		};
		IDataProvider data = new ListDataProvider<>(profile.getAssessments(), accessor);
		bodyDataLayer = new DataLayer(data);
		int[] widths = { 260, 55, 95, 90, 140, 360 };
		for (int i = 0; i < widths.length; i++) {
			bodyDataLayer.setColumnWidthByPosition(i, widths[i]);
		}
		ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyDataLayer);
		labels.registerColumnOverrides(LEVEL, EDITABLE, NUMBER);
		labels.registerColumnOverrides(DATE, EDITABLE, DATE_LABEL);
		labels.registerColumnOverrides(SOURCE, EDITABLE, SOURCE_LABEL);
		labels.registerColumnOverrides(4, EDITABLE);
		labels.registerColumnOverrides(5, EDITABLE);
		bodyDataLayer.setConfigLabelAccumulator(labels);
		selection = new SelectionLayer(bodyDataLayer);
		ViewportLayer viewport = new ViewportLayer(selection);
		IDataProvider headerData = new DefaultColumnHeaderDataProvider(COLUMNS);
		ColumnHeaderLayer header = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData), viewport, selection);
		IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(data);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)), rowHeader,
				header);
		GridLayer grid = new GridLayer(viewport, header, rowHeader, corner);
		table = new NatTable(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, grid, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
						DisplayMode.EDIT, EDITABLE);
				registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new DefaultIntegerDisplayConverter(),
						DisplayMode.NORMAL, NUMBER);
				registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new DefaultIntegerDisplayConverter(),
						DisplayMode.EDIT, NUMBER);
				DisplayConverter dates = new DisplayConverter() {
					@Override
					public Object canonicalToDisplayValue(Object value) {
						return value == null ? "" : value.toString();
					}

					@Override
					public Object displayToCanonicalValue(Object value) {
						try {
							return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().trim());
						} catch (DateTimeParseException e) {
							throw new org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException(
									"'" + value + "' is not a date like 2026-03-02", e);
						}
					}
				};
				registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, dates, DisplayMode.NORMAL, DATE_LABEL);
				registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, dates, DisplayMode.EDIT, DATE_LABEL);
				List<String> sources = Arrays.stream(AssessmentSource.values()).map(AssessmentSource::getLiteral).toList();
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new ComboBoxCellEditor(sources), DisplayMode.EDIT,
						SOURCE_LABEL);
			}
		});
		table.configure();
		table.addLayerListener(event -> {
			if (event instanceof org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent
					|| event instanceof org.eclipse.nebula.widgets.nattable.selection.event.RowSelectionEvent) {
				editor.select(selected());
			}
		});
	}

	NatTable table() {
		return table;
	}

	/** The assessment of the selected row, or null. */
	SkillAssessment selected() {
		int[] rows = selection.getFullySelectedRowPositions();
		if (rows.length == 0) {
			var anchor = selection.getSelectionAnchor();
			return anchor == null || anchor.getRowPosition() < 0 ? null : profile.getAssessments().get(anchor.getRowPosition());
		}
		return profile.getAssessments().get(rows[0]);
	}

	/** Selects the row of an assessment and scrolls to it. */
	public void select(SkillAssessment assessment) {
		int row = profile.getAssessments().indexOf(assessment);
		if (row >= 0) {
			table.doCommand(new org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand(selection, 0, row, false,
					false));
		}
	}

	/** The selected assessment, for tests. */
	public SkillAssessment selectedAssessment() {
		return selected();
	}

	/** What a cell shows (body coordinates). */
	public Object cell(int column, int row) {
		return bodyDataLayer.getDataValueByPosition(column, row);
	}

	/**
	 * Commits a value (already converted: an Integer for the level, a LocalDate for the date) to a
	 * cell, as an in-cell editor does when the user presses Enter: through NatTable's update
	 * command, so through the same path and onto the same command stack.
	 */
	public boolean edit(int column, int row, Object value) {
		return table.doCommand(new UpdateDataCommand(bodyDataLayer, column, row, value));
	}

	public int rowCount() {
		return profile.getAssessments().size();
	}
}
