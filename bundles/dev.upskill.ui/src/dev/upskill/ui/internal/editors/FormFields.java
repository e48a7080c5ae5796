/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import dev.upskill.ui.internal.table.MoneyText;

/**
 * Text fields of the overview pages, each bound to a feature of a model element: what the user
 * types becomes a command (undoable) when the field loses focus or Enter is pressed; a value that
 * does not parse, or that the model's rules refuse ({@link ModelRules}), is refused on the field with
 * an error decoration and its reason (also in the tooltip and the status line), and the model
 * keeps its value.
 */
final class FormFields {

	/** Text to value and back, for the kinds of fields the overviews have. */
	record Format(Function<Object, String> toText, Function<String, Object> fromText) {
		static final Format TEXT = new Format(String::valueOf, t -> t);
		static final Format NUMBER = new Format(String::valueOf, Double::valueOf);
		/** The rule the grids follow too: {@link MoneyText}. */
		static final Format MONEY = new Format(MoneyText::toText, MoneyText::parse);
		static final Format DATE = new Format(String::valueOf, LocalDate::parse);
	}

	private final ModelEditor editor;
	private final FormToolkit toolkit;
	private final List<Runnable> refreshers = new ArrayList<>();
	private final Map<Text, ControlDecoration> decorations = new HashMap<>();

	FormFields(ModelEditor editor, FormToolkit toolkit) {
		this.editor = editor;
		this.toolkit = toolkit;
	}

	Composite section(ScrolledForm form, String title, String description) {
		Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(client);
		section.setClient(client);
		return client;
	}

	void field(Composite parent, String label, EObject owner, EStructuralFeature feature, Format format) {
		toolkit.createLabel(parent, label);
		Text text = toolkit.createText(parent, "", SWT.SINGLE);
		text.setEditable(!editor.isReadOnly());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		Runnable show = () -> {
			Object value = owner.eGet(feature);
			String shown = value == null ? "" : format.toText().apply(value);
			if (!text.isDisposed() && !text.getText().equals(shown)) {
				text.setText(shown);
			}
		};
		refreshers.add(show);
		Runnable commit = () -> {
			String entered = text.getText().trim();
			Object current = owner.eGet(feature);
			if (entered.equals(current == null ? "" : format.toText().apply(current))) {
				accept(text);
				return;
			}
			try {
				// A blank field means "not set": the feature is unset and takes the model's default.
				Object value = entered.isEmpty() ? SetCommand.UNSET_VALUE : format.fromText().apply(entered);
				if (value == null) {
					value = SetCommand.UNSET_VALUE;
				}
				// The model's own rules (the validator behind the Problems view), before the value is set.
				String refusal = ModelRules.refusal(owner, feature, value);
				if (refusal != null) {
					refuse(text, refusal + "; the value was not changed");
					return;
				}
				editor.execute(SetCommand.create(editor.getEditingDomain(), owner, feature, value));
				accept(text);
				show.run();
			} catch (DateTimeParseException e) {
				refuse(text, "'" + entered + "' is not a date like 2026-03-02; the value was not changed");
			} catch (IllegalArgumentException e) {
				// NumberFormatException is one; MoneyText's messages say what is wrong in words
				refuse(text, (e instanceof NumberFormatException ? "'" + entered + "' is not a valid " + label.toLowerCase(Locale.ROOT)
						: e.getMessage()) + "; the value was not changed");
			}
		};
		text.addListener(SWT.FocusOut, e -> commit.run());
		text.addListener(SWT.DefaultSelection, e -> commit.run());
	}

	/** Says why on the field: an error decoration with the reason shown beside it, the tooltip, the status line. */
	private void refuse(Text text, String why) {
		text.setToolTipText(why);
		text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
		ControlDecoration decoration = decorations.computeIfAbsent(text, t -> {
			ControlDecoration created = new ControlDecoration(t, SWT.LEFT | SWT.TOP);
			created.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
			t.addListener(SWT.Dispose, e -> decorations.remove(t));
			return created;
		});
		decoration.setDescriptionText(why);
		decoration.show();
		decoration.showHoverText(why);
		status(why);
	}

	private void accept(Text text) {
		text.setToolTipText(null);
		text.setBackground(null);
		ControlDecoration decoration = decorations.get(text);
		if (decoration != null && decoration.isVisible()) {
			decoration.hideHover();
			decoration.hide();
			status(null);
		}
	}

	private void status(String message) {
		if (editor.getEditorSite() != null) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
		}
	}

	/** Why the value typed in a field was refused (its decoration's text), or null; for tests. */
	String refusal(Text text) {
		ControlDecoration decoration = decorations.get(text);
		return decoration != null && decoration.isVisible() ? decoration.getDescriptionText() : null;
	}

	void refresh() {
		refreshers.forEach(Runnable::run);
	}
}
