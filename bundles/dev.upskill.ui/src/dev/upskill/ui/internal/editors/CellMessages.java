/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IEditErrorHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;

/**
 * Says why a value typed in a grid cell is refused, where the user looks: an error decoration on
 * the cell editor with the message shown beside it (as a field of a dialog does), the message in
 * the editor's status line, and the text in red. The editor stays open with what was typed; Esc
 * keeps the old value. NatTable's own handlers only turn the text red or write to the log.
 */
final class CellMessages implements IEditErrorHandler {

	private final ModelEditor editor;
	private ControlDecoration decoration;
	private Control decorated;
	private Color foreground;
	private String message;

	CellMessages(ModelEditor editor) {
		this.editor = editor;
	}

	@Override
	public void displayError(ICellEditor cellEditor, Exception e) {
		show(cellEditor.getEditorControl(), e.getLocalizedMessage());
	}

	@Override
	public void displayError(ICellEditor cellEditor, IConfigRegistry configRegistry, Exception e) {
		displayError(cellEditor, e);
	}

	@Override
	public void removeError(ICellEditor cellEditor) {
		clear();
	}

	/** Shows a message on a cell editor's control (or only in the status line when there is none). */
	void show(Control control, String why) {
		message = why == null || why.isBlank() ? "This value cannot be stored here" : why;
		if (control != null && !control.isDisposed()) {
			if (decorated != control) {
				disposeDecoration();
				decorated = control;
				foreground = control.getForeground();
				decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
				decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
				decoration.setMarginWidth(1);
				control.addListener(SWT.Dispose, e -> {
					if (decorated == control) {
						disposeDecoration();
						status(null);
						message = null;
					}
				});
			}
			decoration.setDescriptionText(message);
			decoration.show();
			decoration.showHoverText(message);
			control.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_RED));
		}
		status(message);
	}

	void clear() {
		if (message == null) {
			return;
		}
		message = null;
		if (decoration != null && decorated != null && !decorated.isDisposed()) {
			decoration.hideHover();
			decoration.hide();
			decorated.setForeground(foreground);
		}
		status(null);
	}

	private void disposeDecoration() {
		if (decoration != null) {
			decoration.hideHover();
			decoration.dispose();
		}
		decoration = null;
		decorated = null;
	}

	private void status(String text) {
		if (editor.getEditorSite() != null) {
			IStatusLineManager status = editor.getEditorSite().getActionBars().getStatusLineManager();
			status.setErrorMessage(text == null ? null : text.replace(":\n", ": ").replace("\n", " "));
		}
	}

	/** The message shown now, or null when the value in the cell editor is fine. */
	String message() {
		return message;
	}

	/** Whether the error decoration is shown now (tests). */
	boolean decorationShown() {
		return decoration != null && decoration.isVisible();
	}
}
