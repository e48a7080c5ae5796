/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;
import org.eclipse.nebula.widgets.nattable.widget.NatCombo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.ControlAdapter;
import org.eclipse.swt.events.ControlEvent;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * The picker of a skill's level in a grid cell: a drop-down of the levels of the row's skill scale,
 * named ("3 - Practitioner"). A level can also be typed, by its value or its name; what names no
 * level of the scale is refused as it is typed and again on Enter, with a message saying which
 * levels the scale has (the grid's display converter reads the text, {@link SkillLevels}).
 */
final class LevelCellEditor extends ComboBoxCellEditor {

	/**
	 * What was typed since the editing started, until the drop-down is open and the text shows it:
	 * a quick Enter before that commits this, not the item GTK selected meanwhile.
	 */
	private StringBuilder pendingTyped;

	LevelCellEditor(IComboBoxDataProvider levels) {
		super(levels, 10);
		setFreeEdit(true);
	}

	/**
	 * Opens with the drop-down of levels. When a key started the editing, the text is that key: the
	 * drop-down's table, given the focus as its shell opens, selects its first item on GTK, which
	 * would replace what was typed; it is put back once the drop-down is open.
	 */
	@Override
	protected Control activateCell(Composite parent, Object originalCanonicalValue) {
		Control control = super.activateCell(parent, originalCanonicalValue);
		pendingTyped = null;
		if (originalCanonicalValue instanceof Character typed && control instanceof NatCombo combo) {
			pendingTyped = new StringBuilder().append(typed.charValue());
			combo.addTextControlListener(new ControlAdapter() {
				@Override
				public void controlResized(ControlEvent e) {
					combo.removeTextControlListener(this);
					combo.getDisplay().asyncExec(() -> {
						Text text = text(combo);
						StringBuilder typedSoFar = pendingTyped;
						pendingTyped = null;
						if (!isClosed() && text != null && !text.isDisposed() && typedSoFar != null) {
							combo.setSelection(new String[] { typedSoFar.toString() });
							text.setSelection(text.getText().length());
						}
					});
				}
			});
		}
		return control;
	}

	private static Text text(NatCombo combo) {
		for (Control child : combo.isDisposed() ? new Control[0] : combo.getChildren()) {
			if (child instanceof Text text) {
				return text;
			}
		}
		return null;
	}

	/**
	 * The level the text of the combo names. NatCombo would return the item selected in the
	 * drop-down even after other text was typed over it; the text is what the user sees, and an
	 * item's text ("3 - Practitioner") reads as its level.
	 */
	@Override
	public Object getCanonicalValue() {
		StringBuilder typed = pendingTyped;
		if (typed != null) {
			return handleConversion(typed.toString(), conversionEditErrorHandler);
		}
		Text text = getEditorControl() == null ? null : text(getEditorControl());
		return text == null ? super.getCanonicalValue() : handleConversion(text.getText(), conversionEditErrorHandler);
	}

	@Override
	protected void addNatComboListener(NatCombo combo) {
		super.addNatComboListener(combo);
		combo.addKeyListener(new KeyAdapter() {
			@Override
			public void keyPressed(KeyEvent event) {
				StringBuilder typed = pendingTyped;
				if (typed != null && event.character >= ' ' && event.character != SWT.DEL) {
					typed.append(event.character);
				}
			}

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
