/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.OpenGap;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.model.Role;

/**
 * The second page of Generate Plan: the plan the planner proposes, before anything is written.
 * Planned in a Job each time the page is shown with changed options; the page says "Planning..."
 * meanwhile and the wizard stays responsive.
 */
public final class PlanPreviewPage extends WizardPage {

	/** The family of the planning Jobs, so that tests and shutdown can find them. */
	public static final Object FAMILY = PlanPreviewPage.class;

	private final PlanOptionsPage options;
	private final IContainer folder;
	private Label status;
	private ProgressBar progress;
	private Label hours;
	private Label cost;
	private Label finish;
	private Label fit;
	private TableViewer steps;
	private Text open;
	private Text fileName;
	private Button planAgain;

	private String plannedFor;
	private Job job;
	private PlanRequest request;
	private PlanResult result;
	private String error;
	private boolean nameEdited;

	PlanPreviewPage(PlanOptionsPage options, IContainer folder) {
		super("preview");
		this.options = options;
		this.folder = folder;
		setTitle("Preview the plan");
		setDescription("Nothing is written until you press Finish.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).spacing(10, 6).applyTo(page);
		status = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(560, SWT.DEFAULT).applyTo(status);
		planAgain = new Button(page, SWT.PUSH);
		planAgain.setText("Plan again");
		planAgain.setToolTipText("Plan again with the same options (the solver may find a better plan given more time).");
		planAgain.addListener(SWT.Selection, e -> plan());
		progress = new ProgressBar(page, SWT.INDETERMINATE);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(progress);

		hours = figure(page, "Hours:");
		cost = figure(page, "Cost:");
		finish = figure(page, "Finish:");
		fit = figure(page, "Fit:");

		steps = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		steps.getTable().setHeaderVisible(true);
		steps.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(1080, 170).applyTo(steps.getControl());
		column("Weeks", 64, s -> s.startWeek() == s.endWeek() ? Integer.toString(s.startWeek()) : s.startWeek() + "-" + s.endWeek());
		column("Resource", 430, s -> s.resource().getName() + (s.kept() ? " (kept)" : ""));
		column("Hours", 55, s -> hours(s.hours()));
		column("Cost", 65, s -> money(s.cost()));
		column("Closes", 460, s -> s.closes().isEmpty() ? "(a prerequisite, or part of a level)" : skillNames(s.closes()));
		steps.setContentProvider(ArrayContentProvider.getInstance());

		Label openLabel = new Label(page, SWT.NONE);
		openLabel.setText("Stays open, and why:");
		GridDataFactory.fillDefaults().span(4, 1).applyTo(openLabel);
		open = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(1080, 80).applyTo(open);

		new Label(page, SWT.NONE).setText("Write to:");
		fileName = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(fileName);
		fileName.addModifyListener(e -> {
			nameEdited = fileName.isFocusControl();
			updateComplete();
		});
		Label where = new Label(page, SWT.NONE);
		where.setText("in " + folder.getFullPath().makeRelative());
		setControl(page);
		showState();
	}

	private Label figure(Composite page, String name) {
		Label label = new Label(page, SWT.NONE);
		label.setText(name);
		Label value = new Label(page, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
		return value;
	}

	private interface Cell {
		String text(PlannedStep step);
	}

	private void column(String name, int width, Cell cell) {
		TableViewerColumn column = new TableViewerColumn(steps, SWT.LEFT);
		column.getColumn().setText(name);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return cell.text((PlannedStep) element);
			}
		});
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && !options.signature().equals(plannedFor)) {
			plan();
		}
	}

	/** Plans in a Job for the options of the first page; the page shows the result when it comes. */
	void plan() {
		PlanRequest planned = options.request();
		if (planned == null) {
			return;
		}
		cancel();
		plannedFor = options.signature();
		request = planned;
		result = null;
		error = null;
		Display display = getShell().getDisplay();
		String who = planned.profile().getPerson() == null ? planned.profile().getName() : planned.profile().getPerson();
		Job planning = new Job("Planning for " + who) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				PlanResult planResult = null;
				String failure = null;
				try {
					planResult = new LearningPlanner().plan(planned, monitor);
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (IllegalArgumentException | IllegalStateException e) {
					failure = "Cannot plan: " + e.getMessage() + ".";
				} catch (RuntimeException e) {
					failure = "The planner failed: " + (e.getMessage() == null ? "an internal error; see the Error Log" : e.getMessage());
					ILog.of(PlanPreviewPage.class).error("Planning failed", e);
				}
				PlanResult shown = planResult;
				String shownError = failure;
				Job self = this;
				display.asyncExec(() -> {
					if (status == null || status.isDisposed() || job != self) {
						return;
					}
					job = null;
					result = shown;
					error = shownError;
					showState();
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		planning.setSystem(false);
		planning.setPriority(Job.LONG);
		job = planning;
		showState();
		planning.schedule();
	}

	void cancel() {
		if (job != null) {
			job.cancel();
			job = null;
		}
	}

	private void showState() {
		if (status == null || status.isDisposed()) {
			return;
		}
		boolean planning = job != null;
		progress.setVisible(planning);
		planAgain.setEnabled(!planning && request != null);
		if (planning) {
			status.setText("Planning...");
			setErrorMessage(null);
			clearFigures();
		} else if (error != null) {
			status.setText("No plan.");
			setErrorMessage(error);
			clearFigures();
		} else if (result != null) {
			setErrorMessage(null);
			status.setText(statusText(result));
			hours.setText(hours(result.totalHours()) + " h at " + hours(result.weeklyHours()) + " h a week");
			cost.setText(money(result.totalCost()) + " " + result.currency()
					+ (request.budget() == null ? " (no budget limit)" : " (budget " + money(request.budget()) + ")"));
			finish.setText(result.finishDate() == null ? "nothing to do" : result.finishDate() + " (week " + result.finishWeek() + ")");
			fit.setText(String.format(Locale.ROOT, "%.1f -> %.1f", result.fitBefore(), result.fitAfter()));
			steps.setInput(result.steps());
			open.setText(openText(result));
			if (!nameEdited) {
				List<Role> targets = request.targets();
				fileName.setText(PlanFile.proposeName(folder, request.profile(), targets.isEmpty() ? null : targets.get(0)));
			}
		}
		((Composite) getControl()).layout(true, true);
		updateComplete();
	}

	private void clearFigures() {
		for (Label label : List.of(hours, cost, finish, fit)) {
			label.setText("");
		}
		steps.setInput(List.of());
		open.setText("");
	}

	private void updateComplete() {
		if (fileName == null || fileName.isDisposed()) {
			return;
		}
		String nameProblem = result == null ? null : PlanFile.check(folder, fileName.getText().trim());
		if (job == null && error == null && result != null) {
			if (result.steps().stream().noneMatch(s -> !s.kept())) {
				setErrorMessage("Nothing to write: the plan has no step. " + String.join("; ", result.reasons()));
			} else {
				setErrorMessage(nameProblem);
			}
		}
		setPageComplete(job == null && error == null && result != null && nameProblem == null
				&& result.steps().stream().anyMatch(s -> !s.kept()));
	}

	/** The status in words: optimal, feasible with its proven gap, partial or infeasible. */
	static String statusText(PlanResult result) {
		String goal = switch (result.objective()) {
			case COST -> "the lowest cost";
			case FINISH -> "the earliest finish";
			default -> "the fewest hours";
		};
		return switch (result.status()) {
			case OPTIMAL -> "Optimal: closes every gap, at " + goal + " that the limits allow (proven).";
			case FEASIBLE -> "Feasible: closes every gap; the planner stopped at its time limit"
					+ (Double.isNaN(result.gap()) ? ", without a bound on how far the best plan may be."
							: String.format(Locale.ROOT, ", at most %.1f%% from %s.", result.gap() * 100, goal));
			case PARTIAL -> "Partial: not every gap can be closed within the limits; this plan reaches the highest fit that they allow.";
			case INFEASIBLE -> "Infeasible: nothing can be planned within the limits.";
		};
	}

	private static String openText(PlanResult result) {
		List<String> lines = new ArrayList<>();
		for (OpenGap gap : result.open()) {
			lines.add(gap.skillName() + " (level " + gap.requiredLevel() + "): " + gap.reason());
		}
		for (String reason : result.reasons()) {
			if (result.open().stream().noneMatch(g -> g.reason().equals(reason))) {
				lines.add(capitalized(reason) + ".");
			}
		}
		return lines.isEmpty() ? "Nothing: the plan closes every gap." : String.join("\n", lines);
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private String skillNames(List<String> keys) {
		Map<String, String> names = request == null ? Map.of() : request.targets().stream().flatMap(r -> r.getRequirements().stream())
				.filter(q -> q.getSkill() != null && !q.getSkill().eIsProxy())
				.collect(Collectors.toMap(q -> SkillKeys.of(q.getSkill()), q -> q.getSkill().getName(), (a, b) -> a));
		return keys.stream().map(k -> names.getOrDefault(k, k.substring(k.indexOf('#') + 1))).collect(Collectors.joining(", "));
	}

	static String hours(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	static String money(BigDecimal amount) {
		return amount == null ? "0" : String.format(Locale.ROOT, "%,.2f", amount).replace(".00", "");
	}

	@Override
	public void dispose() {
		cancel();
		super.dispose();
	}

	// What the page shows, for the wizard and for tests.

	/** Whether a planning Job is running for this page. */
	public boolean planning() {
		return job != null;
	}

	/** The plan shown, or null. */
	public PlanResult result() {
		return result;
	}

	/** The request the shown plan was made for, or null. */
	public PlanRequest request() {
		return request;
	}

	/** What the page says instead of a plan, or null. */
	public String error() {
		return error;
	}

	public String statusText() {
		return status.getText();
	}

	public String hoursText() {
		return hours.getText();
	}

	public String costText() {
		return cost.getText();
	}

	public String finishText() {
		return finish.getText();
	}

	public String fitText() {
		return fit.getText();
	}

	public String openText() {
		return open.getText();
	}

	public Table stepsTable() {
		return steps.getTable();
	}

	public Text fileNameField() {
		return fileName;
	}
}
