/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.convert.ContextualDisplayConverter;
import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IEditErrorHandler;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.NamedElement;

/**
 * How a reference cell (the skill of a requirement, the learning resource of a plan step) is
 * picked among thousands of elements: typed in a text field, with proposals of the elements whose
 * name or id contain what is typed, the best matches first and at most {@link #LIMIT}; the list
 * pops up as one types, or on Ctrl+Space. A drop-down of 14,000 skills took seconds to open; the
 * field opens at once, and the choices are read only when the first proposals or the value are
 * asked for. Text that is part of no element's name or id is refused as it is typed, and on Enter
 * what names no element, saying so in words.
 * <p>
 * A proposal reads "name [framework#id]", so that two elements of the same name in two frameworks
 * differ; the name alone is enough when only one element has it.
 */
final class ReferencePicker {

	/** The most proposals listed at once. */
	static final int LIMIT = 50;

	private final Supplier<List<? extends EObject>> choices;
	private final Function<Object, String> naming;
	/** What is picked, in words ("skill", "learning resource"). */
	private final String what;
	/** The choices read when the editor opened, with their lower-case names; null until asked for. */
	private List<Choice> read;

	/** An element offered, its label ("name [key]") and what is matched, in lower case. */
	private record Choice(EObject element, String name, String key, String label, String lowerName, String lowerKey) {
	}

	ReferencePicker(Supplier<List<? extends EObject>> choices, Function<Object, String> naming, EClass type) {
		this.choices = choices;
		this.naming = naming;
		this.what = words(type.getName());
	}

	/** Forgets the choices read: the next proposals read them again (the frameworks may have changed). */
	void forget() {
		read = null;
	}

	private List<Choice> choices() {
		if (read == null) {
			List<Choice> all = new ArrayList<>();
			for (EObject element : choices.get()) {
				String name = naming.apply(element);
				String key = element instanceof NamedElement named ? SkillKeys.of(named) : "";
				String label = key.isEmpty() ? name : name + " [" + key + "]";
				all.add(new Choice(element, name, key, label, name == null ? "" : name.toLowerCase(Locale.ROOT),
						key.toLowerCase(Locale.ROOT)));
			}
			read = all;
		}
		return read;
	}

	/**
	 * The labels of the elements whose name or id contain the text (case does not matter), best first:
	 * the name itself, then names that start with it, names with a word that starts with it, names
	 * that contain it, then ids that contain it; alphabetical within each; at most {@link #LIMIT}.
	 */
	List<String> proposals(String typed) {
		String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		List<Ranked> matching = new ArrayList<>();
		for (Choice choice : choices()) {
			int rank = rank(choice, wanted);
			if (rank >= 0) {
				matching.add(new Ranked(rank, choice));
			}
		}
		matching.sort(Comparator.comparingInt(Ranked::rank).thenComparing(r -> r.choice().lowerName())
				.thenComparing(r -> r.choice().key()));
		return matching.stream().limit(LIMIT).map(r -> r.choice().label()).toList();
	}

	private record Ranked(int rank, Choice choice) {
	}

	/** How well a choice matches the text: 0 best; -1 not at all. */
	private static int rank(Choice choice, String wanted) {
		if (wanted.isEmpty()) {
			return 4;
		}
		String name = choice.lowerName();
		if (name.equals(wanted) || choice.lowerKey().equals(wanted) || choice.label().toLowerCase(Locale.ROOT).equals(wanted)) {
			return 0;
		}
		if (name.startsWith(wanted)) {
			return 1;
		}
		int at = name.indexOf(wanted);
		if (at > 0) {
			return Character.isLetterOrDigit(name.charAt(at - 1)) ? 3 : 2;
		}
		return choice.lowerKey().contains(wanted) ? 4 : -1;
	}

	/**
	 * The element the text names: a proposal's label, an element's id or {@code framework#id}, or the
	 * name of one element only.
	 *
	 * @throws ConversionFailedException saying in words why the text names no element, or several
	 */
	EObject element(String typed) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			throw new ConversionFailedException("A " + what + " is needed here.\nType a part of its name or id, and pick it from the list.");
		}
		String lower = text.toLowerCase(Locale.ROOT);
		List<Choice> named = new ArrayList<>();
		for (Choice choice : choices()) {
			if (choice.label().equalsIgnoreCase(text) || choice.lowerKey().equals(lower)) {
				return choice.element();
			}
			if (choice.lowerName().equals(lower)) {
				named.add(choice);
			}
		}
		if (named.size() == 1) {
			return named.get(0).element();
		}
		List<Choice> withId = new ArrayList<>();
		for (Choice choice : choices()) {
			int hash = choice.key().indexOf('#');
			if (hash >= 0 && choice.lowerKey().substring(hash + 1).equals(lower)) {
				withId.add(choice);
			}
		}
		if (withId.size() == 1) {
			return withId.get(0).element();
		}
		if (withId.size() > 1) {
			// the first one found would depend on the order of the frameworks: the person says which
			throw new ConversionFailedException("'" + text + "' is the id of " + withId.size() + " " + what + "s, in the frameworks "
					+ withId.stream().map(c -> c.key().substring(0, c.key().indexOf('#'))).distinct().collect(Collectors.joining(", "))
					+ ".\nType framework#id, or pick the one you mean from the list (Ctrl+Space).");
		}
		if (named.size() > 1) {
			throw new ConversionFailedException("'" + text + "' is the name of " + named.size() + " " + what
					+ "s, in different frameworks.\nPick the one you mean from the list (Ctrl+Space).");
		}
		throw new ConversionFailedException("'" + text + "' is not a " + what
				+ " this file can refer to.\nType a part of its name or id, and pick it from the list (Ctrl+Space).");
	}

	/** Shows an element by name, and reads typed text as the element it names. */
	ContextualDisplayConverter converter() {
		return new ContextualDisplayConverter() {
			@Override
			public Object canonicalToDisplayValue(ILayerCell cell, IConfigRegistry configRegistry, Object value) {
				if (value instanceof Character typed) {
					return typed.toString(); // the key that started the editing
				}
				return value instanceof EObject ? naming.apply(value) : "";
			}

			@Override
			public Object displayToCanonicalValue(ILayerCell cell, IConfigRegistry configRegistry, Object value) {
				return value instanceof EObject ? value : element(value == null ? null : value.toString());
			}
		};
	}

	/** The cell editor: a text field with proposals, that says why what is typed cannot be stored. */
	TextCellEditor cellEditor(IEditErrorHandler messages) {
		TextCellEditor editor = new TextCellEditor() {
			@Override
			protected Control activateCell(Composite parent, Object originalCanonicalValue) {
				forget(); // read the choices of now, when the first proposals or the value are asked for
				return super.activateCell(parent, originalCanonicalValue);
			}

			@Override
			protected void configureContentProposalAdapter(ContentProposalAdapter adapter) {
				super.configureContentProposalAdapter(adapter);
				adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
				adapter.setAutoActivationDelay(100);
			}
		};
		editor.setInputConversionErrorHandler(whileTyping(messages));
		editor.setInputValidationErrorHandler(messages);
		editor.enableContentProposal(new TextContentAdapter(), proposalProvider(), KeyStroke.getInstance(SWT.MOD1, ' '),
				autoActivation());
		return editor;
	}

	/**
	 * What is said as one types (the cell editor checks the text at every key): a part of a name is
	 * not refused while some element's name or id contains it, only text that no element's does. Enter
	 * refuses anything that names no element ({@link #element}), through the grid's own handler.
	 */
	private IEditErrorHandler whileTyping(IEditErrorHandler messages) {
		return new IEditErrorHandler() {
			@Override
			public void removeError(ICellEditor cellEditor) {
				messages.removeError(cellEditor);
			}

			@Override
			public void displayError(ICellEditor cellEditor, Exception e) {
				Object typed = cellEditor.getEditorValue();
				String text = typed == null ? "" : typed.toString().strip();
				if (text.isEmpty() || !proposals(text).isEmpty()) {
					messages.removeError(cellEditor);
				} else {
					messages.displayError(cellEditor, new ConversionFailedException("No " + what + " this file can refer to has '"
							+ text + "' in its name or id.\nType a part of its name or id, and pick it from the list (Ctrl+Space)."));
				}
			}

			@Override
			public void displayError(ICellEditor cellEditor, IConfigRegistry configRegistry, Exception e) {
				displayError(cellEditor, e);
			}
		};
	}

	private IContentProposalProvider proposalProvider() {
		return (contents, position) -> proposals(contents).stream().map(label -> (IContentProposal) new ContentProposal(label))
				.toArray(IContentProposal[]::new);
	}

	/** Letters, digits, space and the characters of ids: the list follows what is typed. */
	private static char[] autoActivation() {
		StringBuilder characters = new StringBuilder(" -_.#");
		for (char c = 'a'; c <= 'z'; c++) {
			characters.append(c).append(Character.toUpperCase(c));
		}
		for (char c = '0'; c <= '9'; c++) {
			characters.append(c);
		}
		return characters.toString().toCharArray();
	}

	/** "LearningResource" as "learning resource". */
	private static String words(String name) {
		return name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
	}
}
