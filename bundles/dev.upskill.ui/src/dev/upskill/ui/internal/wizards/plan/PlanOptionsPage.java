/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.model.PlanObjective;
import dev.upskill.model.Profile;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.Role;
import dev.upskill.ui.internal.table.MoneyText;

/**
 * The first page of Generate Plan: the target roles and the limits, checked as they are typed.
 * Defaults come from the profile; start today, no deadline.
 */
public final class PlanOptionsPage extends WizardPage {

	static final String[] OBJECTIVES = { "Fewest hours", "Lowest cost", "Earliest finish" };
	private static final PlanObjective[] OBJECTIVE_VALUES = { PlanObjective.HOURS, PlanObjective.COST, PlanObjective.FINISH };

	private final Set<String> preselected;
	private AnalysisContext context;
	private CheckboxTableViewer roles;
	private Text hours;
	private Text budget;
	private Text currency;
	private Combo objective;
	private Text start;
	private Text deadline;
	private Button optional;
	private Spinner parallel;
	private final Map<ResourceKind, Button> excluded = new EnumMap<>(ResourceKind.class);

	PlanOptionsPage(Set<String> preselectedRoleKeys) {
		super("options");
		this.preselected = preselectedRoleKeys;
		setTitle("Generate a learning plan");
		setDescription("The roles to plan for and the limits the plan keeps to.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).spacing(8, 6).applyTo(page);

		Label rolesLabel = new Label(page, SWT.NONE);
		rolesLabel.setText("Target roles:");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(rolesLabel);
		roles = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.V_SCROLL);
		roles.setContentProvider(ArrayContentProvider.getInstance());
		roles.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Role role = (Role) element;
				return role.getName() + "  [" + SkillKeys.of(role) + "]";
			}
		});
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(520, 110).applyTo(roles.getControl());
		roles.addCheckStateListener(e -> validate());

		hours = field(page, "Hours per week:", 1);
		new Label(page, SWT.NONE).setText("Objective:");
		objective = new Combo(page, SWT.READ_ONLY);
		objective.setItems(OBJECTIVES);
		objective.select(0);
		objective.setToolTipText("What the plan minimises. Earliest finish: the fewest hours, packed as tightly as the weekly hours allow.");
		objective.addListener(SWT.Selection, e -> validate());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(objective);

		budget = field(page, "Budget:", 1);
		budget.setMessage("no limit");
		budget.setToolTipText("The most the plan may spend; leave it empty for no limit, 0 for free resources only.");
		currency = field(page, "Currency:", 1);
		start = field(page, "Start (YYYY-MM-DD):", 1);
		deadline = field(page, "Deadline (optional):", 1);
		deadline.setMessage("none");

		Label parallelLabel = new Label(page, SWT.NONE);
		parallelLabel.setText("Steps in parallel, at most:");
		parallel = new Spinner(page, SWT.BORDER);
		parallel.setValues(2, 1, 9, 0, 1, 1);
		optional = new Button(page, SWT.CHECK);
		optional.setText("Include optional requirements");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(optional);
		optional.addListener(SWT.Selection, e -> validate());
		parallel.addListener(SWT.Modify, e -> validate());

		Group kinds = new Group(page, SWT.NONE);
		kinds.setText("Leave out these kinds of resource");
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(kinds);
		GridLayoutFactory.swtDefaults().numColumns(5).applyTo(kinds);
		for (ResourceKind kind : ResourceKind.VALUES) {
			Button check = new Button(kinds, SWT.CHECK);
			check.setText(kind.getLiteral());
			check.addListener(SWT.Selection, e -> validate());
			excluded.put(kind, check);
		}

		for (Text text : List.of(hours, budget, currency, start, deadline)) {
			text.addModifyListener(e -> validate());
		}
		setControl(page);
		fill();
	}

	private Text field(Composite page, String label, int span) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(150, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** Called once the profile and its frameworks are read; fills in the defaults. */
	void setContext(AnalysisContext loaded) {
		this.context = loaded;
		fill();
	}

	private void fill() {
		if (hours == null || hours.isDisposed()) {
			return;
		}
		if (context == null) {
			setMessage("Reading the profile and the frameworks...", IMessageProvider.INFORMATION);
			return;
		}
		Profile profile = context.profile();
		PlanRequest defaults = new PlanRequest(profile, List.of());
		List<Role> choices = context.rolesTargetsFirst();
		roles.setInput(choices);
		List<Role> checked = choices.stream().filter(r -> preselected.contains(SkillKeys.of(r))).toList();
		if (checked.isEmpty()) {
			checked = defaults.targets();
		}
		roles.setCheckedElements(checked.toArray());
		if (!checked.isEmpty()) {
			roles.reveal(checked.get(0));
		}
		hours.setText(number(defaults.weeklyHours()));
		budget.setText(MoneyText.toText(defaults.budget()));
		currency.setText(defaults.currency());
		start.setText(LocalDate.now().toString());
		setMessage(null);
		validate();
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

	/** Checks what is typed; the first problem goes to the message area. */
	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(context != null && problem == null);
	}

	/** The first problem of the input, in words, or null. */
	String problem() {
		if (context == null) {
			return null;
		}
		if (roles.getCheckedElements().length == 0) {
			return "Check at least one target role.";
		}
		Double weekly = decimal(hours.getText());
		if (weekly == null) {
			return "Hours per week must be a number, such as 6 or 7.5.";
		}
		if (weekly <= 0) {
			return "Hours per week must be more than 0.";
		}
		if (weekly > 80) {
			return "Hours per week must be at most 80.";
		}
		try {
			MoneyText.parse(budget.getText());
		} catch (IllegalArgumentException e) {
			return "Budget: " + e.getMessage() + ". Leave it empty for no limit.";
		}
		if (!currency.getText().trim().matches("[A-Za-z]{3}")) {
			return "The currency must be a three-letter code, such as USD or EUR.";
		}
		LocalDate from = date(start.getText());
		if (from == null) {
			return "The start must be a date in ISO format, such as " + LocalDate.now() + ".";
		}
		if (!deadline.getText().isBlank()) {
			LocalDate until = date(deadline.getText());
			if (until == null) {
				return "The deadline must be a date in ISO format, such as " + LocalDate.now().plusMonths(6) + ", or empty for none.";
			}
			if (!until.isAfter(from)) {
				return "The deadline " + until + " must be after the start " + from + ".";
			}
		}
		if (excluded.values().stream().allMatch(Button::getSelection)) {
			return "Leave at least one kind of resource in.";
		}
		return null;
	}

	/** The request the page describes, or null while it is incomplete or wrong. */
	PlanRequest request() {
		if (context == null || problem() != null) {
			return null;
		}
		PlanRequest request = new PlanRequest(context.profile(), context.resources());
		List<Role> targets = new ArrayList<>();
		for (Object role : roles.getCheckedElements()) {
			targets.add((Role) role);
		}
		request.targets(targets).weeklyHours(decimal(hours.getText()))
				.budget(MoneyText.parse(budget.getText()))
				.currency(currency.getText().trim().toUpperCase(Locale.ROOT)).start(date(start.getText()))
				.deadline(deadline.getText().isBlank() ? null : date(deadline.getText()))
				.objective(OBJECTIVE_VALUES[Math.max(0, objective.getSelectionIndex())]).includeOptional(optional.getSelection())
				.maxParallel(parallel.getSelection());
		excluded.forEach((kind, check) -> {
			if (check.getSelection()) {
				request.exclude(kind);
			}
		});
		return request;
	}

	/** What the page describes, as text: the preview plans again only when it changed. */
	String signature() {
		if (context == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (Object role : roles.getCheckedElements()) {
			text.append(SkillKeys.of((Role) role)).append(',');
		}
		for (Text field : List.of(hours, budget, currency, start, deadline)) {
			text.append('|').append(field.getText().trim());
		}
		text.append('|').append(objective.getSelectionIndex()).append('|').append(optional.getSelection()).append('|')
				.append(parallel.getSelection());
		excluded.forEach((kind, check) -> text.append(check.getSelection() ? "|-" + kind.getLiteral() : ""));
		return text.toString();
	}

	private static Double decimal(String text) {
		try {
			double value = Double.parseDouble(text.trim());
			return Double.isFinite(value) ? value : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.trim());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	// For tests: the page's own widgets.

	public Text hoursField() {
		return hours;
	}

	public Text budgetField() {
		return budget;
	}

	public Text currencyField() {
		return currency;
	}

	public Text startField() {
		return start;
	}

	public Text deadlineField() {
		return deadline;
	}

	public Combo objectiveField() {
		return objective;
	}

	public CheckboxTableViewer rolesField() {
		return roles;
	}
}
