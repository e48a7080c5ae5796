/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.progress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanStep;
import dev.upskill.model.StepStatus;
import dev.upskill.ui.internal.plan.TimelineText;

/**
 * Asks for what to log on a plan step: the step, the date (today unless changed), the hours, a
 * note and the step's new status. Input the model cannot hold (a date that does not read, hours
 * below 0 or not a number) is refused where it is typed: the dialog says why and OK stays off.
 */
public final class LogLearningDialog extends TitleAreaDialog {

	/** What was asked for. */
	public record Entry(PlanStep step, LocalDate date, double hours, String note, StepStatus status) {
	}

	private static final List<StepStatus> STATUSES = List.of(StepStatus.IN_PROGRESS, StepStatus.DONE, StepStatus.DROPPED);

	private final LearningPlan plan;
	private final PlanStep initial;
	private final String planName;
	private Combo stepCombo;
	private Text dateText;
	private Text hoursText;
	private Text noteText;
	private Combo statusCombo;
	private Entry entry;

	public LogLearningDialog(Shell shell, LearningPlan plan, PlanStep initial, String planName) {
		super(shell);
		this.plan = plan;
		this.initial = initial;
		this.planName = planName;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Log Learning");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Log learning on " + planName);
		setMessage("The hours spent on a step, on which day, and what was done. Marking a step done offers to add what it teaches to the profile.");
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
		new Label(body, SWT.NONE).setText("&Step:");
		stepCombo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (PlanStep step : plan.getSteps()) {
			stepCombo.add(label(step));
		}
		stepCombo.setVisibleItemCount(Math.min(15, Math.max(1, plan.getSteps().size())));
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(stepCombo);
		new Label(body, SWT.NONE).setText("&Date:");
		dateText = new Text(body, SWT.BORDER);
		dateText.setMessage("YYYY-MM-DD");
		dateText.setText(LocalDate.now().toString());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(dateText);
		new Label(body, SWT.NONE).setText("&Hours:");
		hoursText = new Text(body, SWT.BORDER);
		hoursText.setMessage("for example 1.5");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(hoursText);
		new Label(body, SWT.NONE).setText("&Note:");
		noteText = new Text(body, SWT.BORDER);
		noteText.setMessage("what was done (optional)");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(noteText);
		new Label(body, SWT.NONE).setText("S&tatus:");
		statusCombo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(statusCombo);
		int index = initial == null ? firstOpen() : plan.getSteps().indexOf(initial);
		if (index >= 0) {
			stepCombo.select(index);
		}
		fillStatuses();
		stepCombo.addListener(SWT.Selection, e -> {
			fillStatuses();
			check();
		});
		dateText.addListener(SWT.Modify, e -> check());
		hoursText.addListener(SWT.Modify, e -> check());
		noteText.addListener(SWT.Modify, e -> check());
		statusCombo.addListener(SWT.Selection, e -> check());
		hoursText.setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("&Log");
		check();
	}

	private int firstOpen() {
		for (int i = 0; i < plan.getSteps().size(); i++) {
			if (plan.getSteps().get(i).getStatus() == StepStatus.IN_PROGRESS) {
				return i;
			}
		}
		for (int i = 0; i < plan.getSteps().size(); i++) {
			if (plan.getSteps().get(i).getStatus() == StepStatus.PLANNED) {
				return i;
			}
		}
		return plan.getSteps().isEmpty() ? -1 : 0;
	}

	private void fillStatuses() {
		statusCombo.removeAll();
		PlanStep step = selectedStep();
		statusCombo.add("unchanged" + (step == null ? "" : " (" + TimelineText.status(step.getStatus()) + ")"));
		for (StepStatus status : STATUSES) {
			statusCombo.add(TimelineText.status(status));
		}
		statusCombo.select(0);
	}

	private PlanStep selectedStep() {
		int index = stepCombo.getSelectionIndex();
		return index < 0 ? null : plan.getSteps().get(index);
	}

	static String label(PlanStep step) {
		String name = step.getResource() == null ? "(no resource)"
				: step.getResource().eIsProxy() ? "(resource not found)" : step.getResource().getName();
		return "Weeks " + step.getStartWeek() + "-" + step.getEndWeek() + ": " + name + " (" + TimelineText.status(step.getStatus()) + ", "
				+ TimelineText.hours(step.getHoursLogged()) + " logged)";
	}

	/** Checks what was typed: says why it cannot be logged, and turns OK off, or keeps the entry. */
	private void check() {
		entry = null;
		String problem = null;
		PlanStep step = selectedStep();
		LocalDate date = null;
		double hours = 0;
		if (step == null) {
			problem = "The plan has no step to log on.";
		}
		try {
			date = LocalDate.parse(dateText.getText().strip());
		} catch (DateTimeParseException e) {
			problem = problem != null ? problem : "The date '" + dateText.getText().strip() + "' is not a date written YYYY-MM-DD.";
		}
		String typed = hoursText.getText().strip();
		if (problem == null && !typed.isEmpty()) {
			try {
				hours = Double.parseDouble(typed.replace(',', '.'));
				if (!(hours >= 0) || Double.isInfinite(hours)) {
					problem = "Hours must be 0 or more, not " + typed + ".";
				}
			} catch (NumberFormatException e) {
				problem = "'" + typed + "' is not a number of hours.";
			}
		}
		int statusIndex = statusCombo.getSelectionIndex();
		StepStatus status = statusIndex <= 0 ? null : STATUSES.get(statusIndex - 1);
		if (problem == null && typed.isEmpty() && status == null && noteText.getText().isBlank()) {
			problem = "";
		}
		setErrorMessage(problem == null || problem.isEmpty() ? null : problem);
		if (problem == null) {
			entry = new Entry(step, date, hours, noteText.getText().strip(), status);
		}
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		check();
		if (entry != null) {
			super.okPressed();
		}
	}

	/** What to log, once OK was pressed; null before or when the input was refused. */
	public Entry entry() {
		return entry;
	}

	/** For tests: types into the fields as a person would. */
	public void type(String date, String hours, String note) {
		dateText.setText(date);
		hoursText.setText(hours);
		noteText.setText(note);
		check();
	}

	/** For tests: whether Log is enabled, and the message that says why not. */
	public boolean canLog() {
		return getButton(IDialogConstants.OK_ID).isEnabled();
	}

	/** The reason shown for refused input, or null. */
	public String problem() {
		return getErrorMessage();
	}
}
