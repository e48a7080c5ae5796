/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;
import org.eclipse.nebula.widgets.nattable.widget.NatCombo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;

/**
 * The picker of a skill's level in a grid cell: a drop-down of the levels of the row's skill scale,
 * named ("3 - Practitioner"). A level can also be typed, by its value or its name; what names no
 * level of the scale is refused as it is typed and again on Enter, with a message saying which
 * levels the scale has (the grid's display converter reads the text, {@link SkillLevels}).
 */
final class LevelCellEditor extends ComboBoxCellEditor {

	LevelCellEditor(IComboBoxDataProvider levels) {
		super(levels, 10);
		setFreeEdit(true);
	}

	@Override
	protected void addNatComboListener(NatCombo combo) {
		super.addNatComboListener(combo);
		combo.addKeyListener(new KeyAdapter() {
			@Override
			public void keyReleased(KeyEvent event) {
				if (isClosed() || combo.isDisposed() || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR
						|| event.keyCode == SWT.ESC) {
					return;
				}
				// As the text cell editors do: say at once when the typed text names no level.
				try {
					validateCanonicalValue(getCanonicalValue());
				} catch (RuntimeException e) {
					// shown by the conversion error handler already
				}
			}
		});
	}
}
