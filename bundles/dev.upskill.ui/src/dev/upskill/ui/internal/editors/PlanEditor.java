/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;

import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.UpskillPackage.Literals;
import dev.upskill.ui.internal.editors.ModelGrid.Column;
import dev.upskill.ui.internal.editors.ModelGrid.Kind;
import dev.upskill.ui.internal.plan.PlanCheckMarkers;
import dev.upskill.ui.internal.frameworks.AllFrameworks;
import dev.upskill.ui.internal.plan.PlanEditing;
import dev.upskill.ui.internal.plan.Replan;
import dev.upskill.ui.internal.plan.TimelineCanvas;
import dev.upskill.ui.internal.plan.TimelinePage;

/**
 * The editor of {@code *.plan} files: an overview (dates, hours per week, budget, for whom and
 * towards which role), a grid of the steps with their weeks, status and hours logged, and a
 * timeline of the steps over the weeks with the weekly load.
 */
public class PlanEditor extends ModelEditor implements PlanEditing {

	public static final String ID = PlanEditing.EDITOR_ID;

	private LearningPlan plan;
	private FormFields fields;
	private Label about;
	private ModelGrid<PlanStep> steps;
	private TimelinePage timeline;
	private final PlanCheckMarkers checks = new PlanCheckMarkers(this);
	private ElementActions stepActions;
	private final Action adding = new Action("&Add Step...") {
		@Override
		public void run() {
			if (plan != null && isReadable()) {
				addStepDialog().open();
			}
		}
	};

	/** Log Learning... on the selected step: the command, so that its dialog and key binding are the same everywhere. */
	private final Action logLearning = new Action("Log Learning...") {
		@Override
		public void run() {
			try {
				getSite().getService(IHandlerService.class).executeCommand(LOG_LEARNING, null);
			} catch (CommandException e) {
				ILog.of(PlanEditor.class).error("Log Learning failed", e);
			}
		}
	};

	/** The Log Learning... command. */
	public static final String LOG_LEARNING = "dev.upskill.ui.commands.logLearning";

	/** The context menu of the steps grid, where plug-ins contribute ({@code popup:} this id). */
	public static final String STEPS_MENU = "dev.upskill.ui.editors.plan.steps";

	@Override
	protected void addModelPages(EObject root) throws PartInitException {
		plan = (LearningPlan) root;
		addPage(new FormPage(this, "overview", "Overview") {
			@Override
			protected void createFormContent(IManagedForm managedForm) {
				ScrolledForm form = managedForm.getForm();
				FormToolkit toolkit = managedForm.getToolkit();
				form.setText(plan.getName() == null ? "Learning plan" : plan.getName());
				toolkit.decorateFormHeading(form.getForm());
				GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(form.getBody());
				fields = new FormFields(PlanEditor.this, toolkit);
				Composite general = fields.section(form, "Plan", "For whom, towards which role, and when.");
				fields.field(general, "Name", plan, Literals.NAMED_ELEMENT__NAME, FormFields.Format.TEXT);
				fields.field(general, "Description", plan, Literals.NAMED_ELEMENT__DESCRIPTION, FormFields.Format.TEXT);
				toolkit.createLabel(general, "For");
				about = toolkit.createLabel(general, "", SWT.WRAP);
				GridDataFactory.fillDefaults().grab(true, false).applyTo(about);
				fields.field(general, "Start date", plan, Literals.LEARNING_PLAN__START_DATE, FormFields.Format.DATE);
				fields.field(general, "End date", plan, Literals.LEARNING_PLAN__END_DATE, FormFields.Format.DATE);
				Composite budget = fields.section(form, "Budget", "The time and money the plan may use.");
				fields.field(budget, "Hours per week", plan, Literals.LEARNING_PLAN__WEEKLY_HOURS, FormFields.Format.NUMBER);
				fields.field(budget, "Budget", plan, Literals.LEARNING_PLAN__BUDGET, FormFields.Format.MONEY);
				fields.field(budget, "Currency", plan, Literals.LEARNING_PLAN__CURRENCY, FormFields.Format.TEXT);
				modelChanged();
			}
		});
		addPage(new FormPage(this, "steps", "Steps") {
			@Override
			protected void createFormContent(IManagedForm managedForm) {
				ScrolledForm form = managedForm.getForm();
				FormToolkit toolkit = managedForm.getToolkit();
				form.setText("Steps");
				toolkit.decorateFormHeading(form.getForm());
				GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form.getBody());
				steps = new ModelGrid<>(form.getBody(), PlanEditor.this, plan.getSteps(), List.of(
						Column.<PlanStep>reference("Learning resource", Literals.PLAN_STEP__RESOURCE, 320,
								PlanEditor.this::resourceChoices, PlanEditor::resourceName),
						Column.of("From week", Literals.PLAN_STEP__START_WEEK, Kind.INTEGER, 80),
						Column.of("To week", Literals.PLAN_STEP__END_WEEK, Kind.INTEGER, 70),
						Column.of("Status", Literals.PLAN_STEP__STATUS, Kind.ENUM, 95),
						Column.of("Hours logged", Literals.PLAN_STEP__HOURS_LOGGED, Kind.NUMBER, 95),
						Column.of("Note", Literals.PLAN_STEP__NOTE, Kind.TEXT, 300)));
				GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).span(2, 1).applyTo(ModelGrid.filterField(form.getBody(), steps));
				steps.table().moveBelow(null);
				GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(steps.table());
				stepActions = ElementActions.forGrid(PlanEditor.this, steps, PlanStep.class, STEPS_MENU, () -> plan,
						Literals.LEARNING_PLAN__STEPS).withAdd(adding);
				Composite buttons = toolkit.createComposite(form.getBody());
				buttons.moveBelow(steps.table());
				GridLayoutFactory.fillDefaults().applyTo(buttons);
				GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
				button(toolkit, buttons, "Add Step...", "Add a learning resource to the plan, after its last step", adding);
				button(toolkit, buttons, "Remove", "Remove the selected step (Delete)", stepActions.delete);
				button(toolkit, buttons, "Move Up", "Move the selected step up (Alt+Up)", stepActions.moveUp);
				button(toolkit, buttons, "Move Down", "Move the selected step down (Alt+Down)", stepActions.moveDown);
				button(toolkit, buttons, "Log Learning...", "Log hours on the selected step, with the date and a note; mark it done or dropped (Ctrl+Alt+L)",
						logLearning);
			}
		});
		timeline = new TimelinePage(this, plan, this::select, step -> {
			showSteps();
			steps.select(step);
		});
		addPage(timeline);
	}

	private static void button(FormToolkit toolkit, Composite parent, String text, String tip, IAction action) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.setToolTipText(tip);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/**
	 * The Add Step dialog over the learning resources this plan can use (read in a Job, as the
	 * pickers do); its Add Step adds the step through {@link #addStep}.
	 */
	public AddStepDialog addStepDialog() {
		return new AddStepDialog(shell(), plan, resourceChoices(), this::addStep);
	}

	/**
	 * Adds a step of a resource over weeks, as one command (Edit > Undo Add Plan Step), and selects it;
	 * once the resource's file is read into the editor ({@link #withLocal}): at once, unless it is the
	 * first pick from that file.
	 */
	public PlanStep addStep(LearningResource resource, int fromWeek, int toWeek) {
		PlanStep step = UpskillFactory.eINSTANCE.createPlanStep();
		step.setStartWeek(fromWeek);
		step.setEndWeek(toWeek);
		withLocal(resource, local -> {
			step.setResource((LearningResource) local);
			execute(AddCommand.create(getEditingDomain(), plan, Literals.LEARNING_PLAN__STEPS, step));
			showSteps();
			Display.getCurrent().asyncExec(() -> {
				if (isOpen() && steps != null && plan.getSteps().contains(step)) {
					steps.select(step);
				}
			});
		});
		return step;
	}

	/** Add Step... (the grid's and the Outline's menus, the steps page, the tool bar). */
	public IAction addStepAction() {
		return adding;
	}

	/** Moves the selected step up or down, as Move Up and Move Down (Alt+Up, Alt+Down) do. */
	public void moveSelectedStep(boolean up) {
		(up ? stepActions.moveUp : stepActions.moveDown).run();
	}

	static String resourceName(Object value) {
		LearningResource resource = (LearningResource) value;
		return resource.eIsProxy() ? EcoreUtil.getURI(resource).fragment() + " (not found)" : resource.getName();
	}

	@Override
	protected void modelChanged() {
		if (fields != null) {
			fields.refresh();
		}
		if (about != null && !about.isDisposed()) {
			String person = plan.getProfile() == null || plan.getProfile().eIsProxy() ? "(profile not found)"
					: plan.getProfile().getPerson();
			String role = plan.getTargetRole() == null || plan.getTargetRole().eIsProxy() ? "(role not found)"
					: plan.getTargetRole().getName();
			about.setText(person + ", towards " + role);
		}
		if (steps != null) {
			steps.refresh();
		}
		if (timeline != null) {
			timeline.refresh();
		}
	}

	@Override
	protected void reveal(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof PlanStep step) {
				if (getActivePageInstance() == timeline && timeline.canvas() != null) {
					timeline.canvas().select(step);
					return;
				}
				showSteps();
				steps.select(step);
				return;
			}
		}
		setActivePage(0);
	}

	/** Runs the plan checks too (in a Job); their findings join the model's problems in the Problems view. */
	@Override
	protected void validated() {
		checks.schedule();
	}

	/** The plan checks depend on the frameworks (they suggest their resources): run them again, on the UI thread. */
	@Override
	protected void frameworksChanged() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		// on any thread: the workbench's Display, never the site's shell (a widget, of the UI thread only)
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (getContainer() != null && !getContainer().isDisposed() && plan() != null) {
					checks.schedule();
				}
			});
		}
	}

	/** The frameworks this editor's pickers read, also for its checks and Re-plan. */
	@Override
	public AllFrameworks frameworks() {
		return allFrameworks();
	}

	@Override
	public LearningPlan plan() {
		return root() instanceof LearningPlan root ? root : null;
	}

	/** Plans the rest of the plan again as of today (in a Job), and offers to replace the planned steps. */
	public Job replan() {
		return Replan.start(this, LocalDate.now());
	}

	@Override
	public void dispose() {
		checks.cancel();
		super.dispose();
	}

	/** The steps grid, for tests (after {@link #showSteps()}). */
	public ModelGrid<PlanStep> stepGrid() {
		return steps;
	}

	public void showSteps() {
		setActivePage(1);
	}

	/** Shows the Timeline page and returns its canvas. */
	public TimelineCanvas showTimeline() {
		setActivePage(TimelinePage.ID);
		return timeline.canvas();
	}
}
