/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.preferences;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.upskill.core.gap.TrustOrder;
import dev.upskill.model.AssessmentSource;

/**
 * Window > Preferences > Upskill > Trust Order: which source of assessment decides a skill's current
 * level when several assessed it, stored where the core reads it ({@link TrustOrder#preferred()}).
 * The sources are listed most trusted first; a source can be trusted as much as the one above it
 * (then the newer assessment of the two wins).
 */
public final class TrustOrderPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/** The sources, most trusted first. */
	private final List<AssessmentSource> sources = new ArrayList<>();
	/** Whether the source at the same position is trusted as much as the one above it (never the first). */
	private final List<Boolean> tied = new ArrayList<>();
	private Table table;
	private Button up;
	private Button down;
	private Button asAbove;
	private Label summary;

	public TrustOrderPreferencePage() {
		setDescription("When several sources assessed the same skill, the most trusted one gives the current level; among sources"
				+ " of the same rank, the newest assessment. Used by Gap Analysis, Role Fit, the planner and the plan checks.");
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, "dev.upskill.core");
		store.setDefault(TrustOrder.PREFERENCE, TrustOrder.DEFAULT.format());
		setPreferenceStore(store);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
		Label heading = new Label(body, SWT.NONE);
		heading.setText("&Sources, most trusted first:");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
		table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		TableColumn rank = new TableColumn(table, SWT.RIGHT);
		rank.setText("Rank");
		rank.setWidth(60);
		TableColumn source = new TableColumn(table, SWT.LEFT);
		source.setText("Source");
		source.setWidth(220);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, table.getItemHeight() * 6 + table.getHeaderHeight())
				.applyTo(table);
		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		up = button(buttons, "&Up", () -> move(-1));
		down = button(buttons, "&Down", () -> move(1));
		asAbove = new Button(body, SWT.CHECK);
		asAbove.setText("&Trusted as much as the source above");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(asAbove);
		asAbove.addListener(SWT.Selection, e -> {
			int index = table.getSelectionIndex();
			if (index > 0) {
				tied.set(index, asAbove.getSelection());
				show(index);
			}
		});
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(summary);
		table.addListener(SWT.Selection, e -> updateButtons());
		read(stored());
		show(0);
		return body;
	}

	private TrustOrder stored() {
		try {
			return TrustOrder.parse(getPreferenceStore().getString(TrustOrder.PREFERENCE));
		} catch (IllegalArgumentException e) {
			return TrustOrder.DEFAULT;
		}
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private void move(int by) {
		int index = table.getSelectionIndex();
		int to = index + by;
		if (index < 0 || to < 0 || to >= sources.size()) {
			return;
		}
		// A source keeps its "as much as the one above" with it.
		sources.add(to, sources.remove(index));
		tied.add(to, tied.remove(index));
		show(to);
	}

	private void read(TrustOrder order) {
		sources.clear();
		tied.clear();
		for (Set<AssessmentSource> tier : order.tiers()) {
			List<AssessmentSource> inTier = tier.stream().sorted(Comparator.reverseOrder()).toList();
			for (int i = 0; i < inTier.size(); i++) {
				sources.add(inTier.get(i));
				tied.add(i > 0);
			}
		}
	}

	/** The order the page shows. */
	public TrustOrder order() {
		List<Set<AssessmentSource>> tiers = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			if (i == 0 || !tied.get(i)) {
				tiers.add(EnumSet.noneOf(AssessmentSource.class));
			}
			tiers.get(tiers.size() - 1).add(sources.get(i));
		}
		return TrustOrder.of(tiers);
	}

	private void show(int selected) {
		table.removeAll();
		int rank = 0;
		for (int i = 0; i < sources.size(); i++) {
			if (i == 0 || !tied.get(i)) {
				rank++;
			}
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { Integer.toString(rank), label(sources.get(i)) });
		}
		table.setSelection(selected);
		summary.setText("Current level: " + order().format().replace("=", " = ").replace(" > ", ", then ")
				+ "; the newest among sources of the same rank.");
		summary.getParent().layout(true, true);
		updateButtons();
	}

	private void updateButtons() {
		int index = table.getSelectionIndex();
		up.setEnabled(index > 0);
		down.setEnabled(index >= 0 && index < sources.size() - 1);
		asAbove.setEnabled(index > 0);
		asAbove.setSelection(index > 0 && tied.get(index));
	}

	static String label(AssessmentSource source) {
		return switch (source) {
			case EVIDENCE -> "Evidence (certificate, project, link)";
			case TEST -> "Test";
			case MANAGER -> "Manager";
			case PEER -> "Peer";
			case SELF -> "Self-assessment";
		};
	}

	@Override
	protected void performDefaults() {
		read(TrustOrder.DEFAULT);
		show(0);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		ScopedPreferenceStore store = (ScopedPreferenceStore) getPreferenceStore();
		store.setValue(TrustOrder.PREFERENCE, order().format());
		try {
			store.save();
		} catch (IOException e) {
			ILog.of(getClass()).error("The trust order could not be saved", e);
		}
		return true;
	}

	/** For tests: the rows as shown, "rank source". */
	public List<String> rows() {
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			rows.add(item.getText(0) + " " + item.getText(1).toLowerCase(Locale.ROOT));
		}
		return rows;
	}
}
