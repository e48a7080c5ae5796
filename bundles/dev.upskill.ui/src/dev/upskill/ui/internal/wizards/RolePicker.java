/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.Role;
import dev.upskill.ui.internal.frameworks.AllFrameworks;

/**
 * A role from any installed framework or framework file of the workspace, picked in a list filtered as one types: the role's name and
 * its framework's name (an imported framework can hold thousands of roles, too many for a combo).
 * The list is empty, saying "Loading frameworks...", until {@link #setChoices} gives it the roles
 * read in a Job.
 */
public final class RolePicker {

	/** A role as the list shows it: its name, its framework's name, its key ({@code framework#id}). */
	public record Choice(String name, String framework, String key, Role role) {

		/** The role's name, with its id when another role of the same framework has the same name. */
		public String label(boolean ambiguous) {
			return ambiguous ? name + "  (" + key.substring(key.indexOf('#') + 1) + ")" : name;
		}

		boolean matches(String[] words) {
			String text = (name + " " + framework + " " + key).toLowerCase(Locale.ROOT);
			for (String word : words) {
				if (!text.contains(word)) {
					return false;
				}
			}
			return true;
		}
	}

	/**
	 * Every role of the installed and the workspace's frameworks, sorted by name then framework; a
	 * workspace framework's named "(workspace)" after its name.
	 */
	static List<Choice> choices(AllFrameworks.Snapshot frameworks) {
		List<Choice> choices = new ArrayList<>();
		for (RegisteredFramework framework : frameworks.frameworks()) {
			String frameworkName = frameworks.label(framework);
			for (Role role : framework.roles()) {
				String name = role.getName() == null || role.getName().isBlank() ? role.getId() : role.getName();
				choices.add(new Choice(name, frameworkName, SkillKeys.of(role), role));
			}
		}
		choices.sort(Comparator.comparing((Choice c) -> c.name().toLowerCase(Locale.ROOT)).thenComparing(Choice::framework)
				.thenComparing(Choice::key));
		return choices;
	}

	private final Text filter;
	private final TableViewer table;
	private final Label status;
	private final Button none;
	private List<Choice> all;
	private final Map<String, Integer> sameName = new HashMap<>();
	private String pendingKey;

	/**
	 * @param noneText the text of the button that picks no role, such as "None of these"
	 * @param picked told of the picked role (null for none)
	 */
	RolePicker(Composite parent, String noneText, Consumer<Choice> picked) {
		Composite box = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(box);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
		filter = new Text(box, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("type to filter by role or framework");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		none = new Button(box, SWT.PUSH);
		none.setText(noneText);
		table = new TableViewer(box, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL);
		table.setUseHashlookup(true);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column("Role", 300, c -> c.label(sameName.getOrDefault(c.name() + "\n" + c.framework(), 0) > 1));
		column("Framework", 220, Choice::framework);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(540, 190).applyTo(table.getControl());
		status = new Label(box, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);
		status.setText("Loading frameworks...");
		filter.setEnabled(false);
		filter.addModifyListener(e -> refilter());
		none.addListener(SWT.Selection, e -> table.setSelection(StructuredSelection.EMPTY));
		table.addSelectionChangedListener(e -> picked.accept(selected()));
	}

	private interface Cell {
		String text(Choice choice);
	}

	private void column(String name, int width, Cell cell) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(name);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return cell.text((Choice) element);
			}
		});
	}

	/** Shows the roles read; UI thread. */
	void setChoices(List<Choice> choices) {
		all = List.copyOf(choices);
		sameName.clear();
		all.forEach(c -> sameName.merge(c.name() + "\n" + c.framework(), 1, Integer::sum));
		filter.setEnabled(true);
		refilter();
		if (pendingKey != null) {
			select(pendingKey);
		}
	}

	/** Says why there are no roles to pick. */
	void setFailure(String message) {
		status.setText(message);
	}

	private void refilter() {
		if (all == null) {
			return;
		}
		Choice kept = selected();
		String[] words = filter.getText().strip().toLowerCase(Locale.ROOT).split("\\s+");
		List<Choice> shown = words.length == 1 && words[0].isEmpty() ? all : all.stream().filter(c -> c.matches(words)).toList();
		table.setInput(shown);
		if (kept != null && shown.contains(kept)) {
			table.setSelection(new StructuredSelection(kept), true);
		}
		long frameworks = all.stream().map(Choice::framework).distinct().count();
		status.setText(all.isEmpty() ? "No framework has roles: type your job title above."
				: shown.size() == all.size() ? String.format(Locale.ROOT, "%,d %s in %d %s.", all.size(), all.size() == 1 ? "role" : "roles",
						frameworks, frameworks == 1 ? "framework" : "frameworks")
						: String.format(Locale.ROOT, "%,d of %,d roles match \"%s\".", shown.size(), all.size(), filter.getText().strip()));
	}

	/** The picked role, or null. */
	public Choice selected() {
		Object first = table.getStructuredSelection().getFirstElement();
		return first instanceof Choice choice ? choice : null;
	}

	/** Picks the role with this key ({@code framework#id}), now or once the roles are read. */
	public void select(String key) {
		if (all == null) {
			pendingKey = key;
			return;
		}
		pendingKey = null;
		Choice choice = all.stream().filter(c -> Objects.equals(c.key(), key)).findFirst().orElse(null);
		if (choice == null) {
			table.setSelection(StructuredSelection.EMPTY);
			return;
		}
		@SuppressWarnings("unchecked")
		List<Choice> shown = (List<Choice>) table.getInput();
		if (!shown.contains(choice)) {
			filter.setText("");
		}
		table.setSelection(new StructuredSelection(choice), true);
	}

	public boolean loading() {
		return all == null;
	}

	public Text filterField() {
		return filter;
	}

	public TableViewer table() {
		return table;
	}

	public String statusText() {
		return status.getText();
	}

	public Button noneButton() {
		return none;
	}
}
