/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.ui.internal.table.MoneyText;

/**
 * Add Step... of the plan editor: the learning resources of the installed frameworks and of the
 * plan's framework files, those that teach the plan's gaps first (with the gaps they teach), a
 * filter, and the weeks of the new step, which start after the plan's last step and last as long
 * as the resource's hours take at the plan's hours a week.
 */
public final class AddStepDialog extends TitleAreaDialog {

	/** What is done with the choice when OK is pressed. */
	interface Adding {
		void add(LearningResource resource, int fromWeek, int toWeek);
	}

	/** The longest plan the weeks accept: ten years. */
	static final int MAX_WEEK = 520;

	private final LearningPlan plan;
	private final List<LearningResource> candidates;
	private final PlanGaps gaps;
	private final Adding adding;
	private final Map<LearningResource, String> teaches = new HashMap<>();
	private final Set<String> inPlan;
	private TableViewer viewer;
	private Text filter;
	private Spinner from;
	private Spinner to;
	private String filterText = "";

	AddStepDialog(Shell shell, LearningPlan plan, List<LearningResource> candidates, Adding adding) {
		super(shell);
		this.plan = plan;
		this.gaps = PlanGaps.of(plan);
		this.adding = adding;
		this.inPlan = plan.getSteps().stream().map(PlanStep::getResource)
				.filter(r -> r != null && !r.eIsProxy()).map(SkillKeys::of).collect(Collectors.toSet());
		candidates.forEach(r -> teaches.put(r, gaps.teaches(r)));
		this.candidates = candidates.stream().sorted(Comparator.comparingInt(this::rank)
				.thenComparing(r -> name(r).toLowerCase(Locale.ROOT))).toList();
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** 0 teaches a gap and is not in the plan yet, 1 teaches a gap and is in the plan, 2 the others. */
	private int rank(LearningResource resource) {
		return teaches.get(resource).isEmpty() ? 2 : inPlan.contains(SkillKeys.of(resource)) ? 1 : 0;
	}

	private static String name(LearningResource resource) {
		return resource.getName() == null ? resource.getId() : resource.getName();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Add Step");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Add a step to the plan");
		String person = plan.getProfile() == null || plan.getProfile().eIsProxy() ? null : plan.getProfile().getPerson();
		setMessage(gaps.isEmpty() ? "Pick the learning resource of the new step, and its weeks."
				: "Pick the learning resource of the new step, and its weeks. Those that teach the gaps of "
						+ (person == null ? "the plan's profile" : person) + " come first.");
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(body);

		filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("filter by title, provider, kind or skill");
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(filter);
		filter.addModifyListener(e -> setFilter(filter.getText()));

		Composite tableArea = new Composite(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(940, 360).applyTo(tableArea);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(columns, "Learning resource", 5, 200, AddStepDialog::name);
		column(columns, "Teaches your gaps", 4, 160, r -> teaches.get(r) + (inPlan.contains(SkillKeys.of(r)) ? " (in the plan)" : ""));
		column(columns, "Kind", 0, 95, r -> r.getKind() == null ? "" : r.getKind().getLiteral());
		column(columns, "Hours", 0, 60, r -> hours(r.getHours()));
		column(columns, "Cost", 0, 95, r -> MoneyText.toText(r.getCost()) + " " + (r.getCurrency() == null ? "" : r.getCurrency()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches((LearningResource) element);
			}
		});
		viewer.setInput(candidates);
		viewer.addSelectionChangedListener(e -> chosen());
		viewer.addDoubleClickListener(e -> {
			if (chosenResource() != null) {
				okPressed();
			}
		});

		new Label(body, SWT.NONE).setText("From week");
		// no week past the plan's end date: the spinners stop there, as the model's rules do
		int last = StepWeeks.lastWeek(plan, MAX_WEEK);
		from = new Spinner(body, SWT.BORDER);
		from.setValues(Math.min(StepWeeks.firstFree(plan), last), 1, last, 0, 1, 4);
		new Label(body, SWT.NONE).setText("To week");
		to = new Spinner(body, SWT.BORDER);
		to.setValues(Math.min(StepWeeks.firstFree(plan), last), 1, last, 0, 1, 4);
		if (last < MAX_WEEK) {
			Label end = new Label(body, SWT.WRAP);
			end.setText("The plan ends in week " + last + " (" + plan.getEndDate()
					+ "); to add later steps, move its end date on the Overview page.");
			GridDataFactory.fillDefaults().span(4, 1).applyTo(end);
		}
		// the last week is never before the first: the spinners refuse it
		from.addListener(SWT.Modify, e -> to.setMinimum(from.getSelection()));
		GridDataFactory.swtDefaults().hint(60, SWT.DEFAULT).applyTo(from);
		GridDataFactory.swtDefaults().hint(60, SWT.DEFAULT).applyTo(to);
		return area;
	}

	private void column(TableColumnLayout layout, String title, int weight, int width, Function<LearningResource, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((LearningResource) element);
			}
		});
		layout.setColumnData(column.getColumn(), weight == 0 ? new ColumnPixelData(width, true) : new ColumnWeightData(weight, width, true));
	}

	private static String hours(double hours) {
		return hours == Math.rint(hours) ? Long.toString((long) hours) : String.format(Locale.ROOT, "%.1f", hours);
	}

	private boolean matches(LearningResource resource) {
		if (filterText.isEmpty()) {
			return true;
		}
		for (String text : new String[] { name(resource), resource.getProvider(), resource.getId(), teaches.get(resource),
				resource.getKind() == null ? null : resource.getKind().getLiteral() }) {
			if (text != null && text.toLowerCase(Locale.ROOT).contains(filterText)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("Add Step");
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	/** A resource was chosen: its weeks start after the last step and take as long as its hours do. */
	private void chosen() {
		LearningResource resource = chosenResource();
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(resource != null);
		}
		if (resource != null) {
			int start = StepWeeks.firstFree(plan);
			from.setSelection(Math.min(start, from.getMaximum()));
			to.setMinimum(from.getSelection());
			to.setSelection(Math.min(to.getMaximum(), from.getSelection() + StepWeeks.weeks(plan, resource) - 1));
		}
	}

	private LearningResource chosenResource() {
		return viewer == null ? null : (LearningResource) viewer.getStructuredSelection().getFirstElement();
	}

	@Override
	protected void okPressed() {
		LearningResource resource = chosenResource();
		if (resource == null) {
			return;
		}
		int first = from.getSelection();
		int last = Math.max(first, to.getSelection());
		super.okPressed();
		adding.add(resource, first, last);
	}

	// For tests: what a user does in the dialog.

	/** Types a filter text. */
	public void setFilter(String text) {
		filterText = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		if (filter != null && !filter.getText().equals(text)) {
			filter.setText(text);
		}
		if (viewer != null) {
			viewer.refresh();
		}
	}

	/** The resources listed, in order. */
	public List<LearningResource> shown() {
		return Arrays.stream(viewer.getTable().getItems()).map(item -> (LearningResource) item.getData()).toList();
	}

	/** What the list says a resource teaches of the plan's gaps ("" for none). */
	public String teaches(LearningResource resource) {
		return teaches.getOrDefault(resource, "");
	}

	/** Selects a resource in the list, as a click does. */
	public void choose(LearningResource resource) {
		viewer.setSelection(new StructuredSelection(resource), true);
	}

	public int fromWeek() {
		return from.getSelection();
	}

	public int toWeek() {
		return to.getSelection();
	}

	/** Types a last week. */
	public void setToWeek(int week) {
		to.setSelection(week);
	}

	/** Presses Add Step. */
	public void add() {
		okPressed();
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
