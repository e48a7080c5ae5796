/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.part.ViewPart;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlanStatus;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.validation.Problem;
import dev.upskill.ui.internal.jobs.LatestResult;
import dev.upskill.ui.internal.preferences.TrustOrderPreference;

/**
 * The Gap Analysis view: a profile (the one selected or edited) against a role, requirement by
 * requirement, in a grid that sorts, filters, groups by category and colours by gap; a radar of
 * required against current level by category and the largest gaps beside it; export to CSV and
 * XLSX. It recomputes when the profile file changes.
 */
public class GapAnalysisView extends ViewPart {

	public static final String ID = "dev.upskill.ui.views.gap";

	private Label profileLabel;
	/** The role analysed; a field and a chooser, not a combo: a framework may have thousands of roles. */
	private Text roleText;
	private Button roleButton;
	private Role analysedRole;
	private Label scoreLabel;
	private Text filterText;
	private Button groupButton;
	private GapGrid grid;
	private GapCharts.Radar radar;
	private GapCharts.Bars bars;

	private ProfileTracker tracker;
	private FrameworkRegistry registry;
	private LatestResult<ProfileInput.Loaded> reading;
	/** Reads the profile shown again (the frameworks changed), or null. */
	private Runnable reread;
	private final Runnable registryListener = this::registryChanged;
	/** The role asked for while the profile was being read, selected once it is. */
	private String wantedRole;
	private AnalysisContext context;
	private List<Role> roleChoices = List.of();
	private RoleFit fit;
	private Label planLabel;
	private Job estimating;
	private PlanResult plan;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(7).spacing(8, 0).applyTo(bar);
		profileLabel = new Label(bar, SWT.NONE);
		profileLabel.setText("Select a .profile file to analyse it.");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(profileLabel);
		new Label(bar, SWT.NONE).setText("against");
		roleText = new Text(bar, SWT.READ_ONLY | SWT.BORDER);
		GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(roleText);
		roleButton = new Button(bar, SWT.PUSH);
		roleButton.setText("Role...");
		roleButton.setToolTipText("Choose the role to analyse against (type to filter)");
		roleButton.addListener(SWT.Selection, e -> chooseRole());
		scoreLabel = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(scoreLabel);
		filterText = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage("filter skills");
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(filterText);
		filterText.addModifyListener(e -> {
			grid.rows().setFilter(filterText.getText());
			grid.refresh();
		});
		groupButton = new Button(bar, SWT.CHECK);
		groupButton.setText("Group by category");
		groupButton.addListener(SWT.Selection, e -> {
			grid.rows().setGrouped(groupButton.getSelection());
			grid.refresh();
		});

		planLabel = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(planLabel);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		grid = new GapGrid(sash);
		TrustOrderPreference.onChange(sash, () -> {
			if (!loading()) {
				analyse();
			}
		});
		SashForm charts = new SashForm(sash, SWT.VERTICAL);
		radar = new GapCharts.Radar(charts);
		bars = new GapCharts.Bars(charts);
		charts.setWeights(60, 40);
		sash.setWeights(64, 36);

		Action csv = new Action("Export to CSV...") {
			@Override
			public void run() {
				export("*.csv");
			}
		};
		Action xlsx = new Action("Export to XLSX...") {
			@Override
			public void run() {
				export("*.xlsx");
			}
		};
		csv.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
		getViewSite().getActionBars().getToolBarManager().add(csv);
		getViewSite().getActionBars().getMenuManager().add(csv);
		getViewSite().getActionBars().getMenuManager().add(xlsx);
		registry = getSite().getService(FrameworkRegistry.class);
		reading = new LatestResult<>(profileLabel, GapAnalysisView.class);
		if (registry != null) {
			registry.addChangeListener(registryListener);
		}
		tracker = new ProfileTracker(getViewSite(), scoreLabel, this::profileChanged);
		tracker.onEdited(this::profileEdited);
	}

	/** The profile changed in its editor, unsaved: analyse the editor's model (a copy of it, read in a Job). */
	private void profileEdited(Profile edited) {
		IFile file = tracker.current();
		byte[] unsaved;
		try {
			unsaved = ProfileInput.unsaved(edited);
		} catch (IOException | RuntimeException e) {
			ILog.of(GapAnalysisView.class).warn("Could not take the unsaved profile of " + file.getName(), e);
			return;
		}
		read(file, "Reading " + file.getName() + " (unsaved)", monitor -> ProfileInput.load(file, unsaved, registry, monitor));
	}

	/** Bundles that contribute frameworks came or went (on any thread): read the profile again. */
	private void registryChanged() {
		Display display = profileLabel.getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!profileLabel.isDisposed() && reread != null) {
					reread.run();
				}
			});
		}
	}

	/** Analyses this profile file (and follows its changes), keeping the chosen role when it can. */
	public void setProfile(IFile file) {
		tracker.follow(file);
	}

	private void profileChanged(IFile file) {
		read(file, "Reading " + file.getName(), monitor -> ProfileInput.load(file, registry, monitor));
	}

	/**
	 * Reads the profile and its frameworks in a Job; the view says so meanwhile and keeps showing
	 * what it showed. A newer request (another profile, another edit) supersedes this one.
	 */
	private void read(IFile file, String task, LatestResult.Work<ProfileInput.Loaded> work) {
		reread = () -> read(file, task, work);
		profileLabel.setText(task + " and the frameworks...");
		profileLabel.setToolTipText(file.getFullPath().toString());
		profileLabel.getParent().layout(true, true);
		reading.start(task, work, loaded -> profileRead(file, loaded), failure -> {
			profileLabel.setText(file.getName() + " cannot be read: " + failure.getMessage());
			profileLabel.getParent().layout(true, true);
		});
	}

	private void profileRead(IFile file, ProfileInput.Loaded loaded) {
		if (loaded.context() == null) {
			context = null;
			wantedRole = null;
			profileLabel.setText(file.getName() + " cannot be read");
			profileLabel.setToolTipText(loaded.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
			roleChoices = List.of();
			setRole(null);
			show(null);
			return;
		}
		showContext(loaded.context());
		String person = context.profile().getPerson() != null ? context.profile().getPerson() : context.profile().getName();
		profileLabel.setText(person + " (" + file.getName() + ")");
		profileLabel.setToolTipText(file.getFullPath().toString());
		profileLabel.getParent().layout(true, true);
	}

	/** Shows a profile's analysis context, keeping the chosen role when the profile still has it. */
	private void showContext(AnalysisContext newContext) {
		String previousRole = wantedRole != null ? wantedRole : selectedRole() == null ? null : SkillKeys.of(selectedRole());
		wantedRole = null;
		context = newContext;
		roleChoices = context.rolesTargetsFirst();
		Role previous = previousRole == null ? null : choice(previousRole);
		setRole(previous != null ? previous : roleChoices.isEmpty() ? null : roleChoices.get(0));
		analyse();
	}

	/** Lets the user pick the role among the profile's choices, the targets first, filtered as they type. */
	private void chooseRole() {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label((Role) element);
			}
		});
		dialog.setTitle("Analyse against a role");
		dialog.setMessage("The role (type to filter):");
		dialog.setElements(roleChoices.toArray());
		dialog.setMultipleSelection(false);
		if (analysedRole != null) {
			dialog.setInitialSelections(analysedRole);
		}
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Role chosen) {
			setRole(chosen);
			analyse();
		}
	}

	private static String label(Role role) {
		return role.getName() + "  [" + SkillKeys.of(role) + "]";
	}

	private void setRole(Role chosen) {
		analysedRole = chosen;
		roleText.setText(chosen == null ? "" : label(chosen));
		roleButton.setEnabled(!roleChoices.isEmpty());
	}

	/** The choice with this key, or null. */
	private Role choice(String roleKey) {
		for (Role choice : roleChoices) {
			if (SkillKeys.of(choice).equals(roleKey)) {
				return choice;
			}
		}
		return null;
	}

	/**
	 * Shows the gaps against the role with this key ({@code framework#role}); while the profile is
	 * being read, once it is.
	 */
	public void selectRole(String roleKey) {
		if (reading.running()) {
			wantedRole = roleKey;
			return;
		}
		Role chosen = choice(roleKey);
		if (chosen != null) {
			setRole(chosen);
			analyse();
		}
	}

	private Role selectedRole() {
		return analysedRole;
	}

	private void analyse() {
		Role role = selectedRole();
		show(context == null || role == null ? null : new GapAnalysis(TrustOrder.preferred()).analyze(context.profile(), role));
	}

	private void show(RoleFit newFit) {
		fit = newFit;
		List<GapLine> lines = fit == null ? List.of() : fit.lines();
		grid.rows().setLines(lines);
		grid.refresh();
		radar.setLines(lines);
		bars.setLines(lines);
		scoreLabel.setText(fit == null ? "" : String.format(Locale.ROOT, "Fit %.1f / 100", fit.roundedScore()));
		scoreLabel.setToolTipText(fit == null ? null : String.format(Locale.ROOT, "The essential skills alone give %.1f.",
				Math.round(fit.essentialScore() * 10) / 10.0));
		scoreLabel.getParent().layout(true, true);
		estimate();
	}

	/**
	 * What closing the gaps takes, from the planner (a course that teaches three skills counts once,
	 * prerequisites count): in a Job, the view says "Planning..." meanwhile.
	 */
	private void estimate() {
		if (estimating != null) {
			estimating.cancel();
			estimating = null;
		}
		plan = null;
		if (fit == null || context == null || fit.lines().stream().noneMatch(l -> l.gapLevels() > 0)) {
			planLabel.setText(fit == null ? "" : "No gap to close.");
			grid.rows().setPlan(null, false);
			grid.refresh();
			return;
		}
		AnalysisContext analysed = context;
		Role role = fit.role();
		Display display = planLabel.getDisplay();
		Job job = new Job("Planning " + role.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				PlanResult result;
				String failure = null;
				try {
					result = new LearningPlanner().estimate(analysed.profile(), role, analysed.resources(), monitor);
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (RuntimeException e) {
					result = null;
					failure = e.getMessage();
					if (!(e instanceof IllegalArgumentException)) {
						ILog.of(GapAnalysisView.class).error("Planning the gaps failed", e);
					}
				}
				PlanResult shown = result;
				String problem = failure;
				Job self = this;
				display.asyncExec(() -> {
					if (planLabel.isDisposed() || estimating != self) {
						return;
					}
					estimating = null;
					showPlan(shown, problem);
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == GapAnalysisView.class;
			}
		};
		estimating = job;
		planLabel.setText("Planning what closes the gaps...");
		grid.rows().setPlan(null, true);
		grid.refresh();
		job.schedule();
	}

	private void showPlan(PlanResult result, String problem) {
		plan = result;
		if (result == null) {
			planLabel.setText("No plan: " + problem);
		} else {
			long steps = result.steps().stream().filter(s -> !s.kept()).count();
			String text = String.format(Locale.ROOT, "%s h and %s %s of learning close the %s gaps (plan: %d step%s, %s)",
					hours(result.totalHours()), money(result.totalCost()), result.currency(), result.status() == PlanStatus.PARTIAL
							|| result.status() == PlanStatus.INFEASIBLE ? "closable essential" : "essential",
					steps, steps == 1 ? "" : "s", result.status().label());
			if (!result.open().isEmpty()) {
				text += "; " + result.open().size() + " stay" + (result.open().size() == 1 ? "s" : "") + " open";
			}
			planLabel.setText(text);
			planLabel.setToolTipText(result.open().isEmpty() ? "Finishing on " + result.finishDate() + " at "
					+ hours(result.weeklyHours()) + " h a week." : String.join("\n", result.open().stream()
							.map(g -> g.skillName() + ": " + g.reason()).toList()));
		}
		grid.rows().setPlan(result, false);
		grid.refresh();
	}

	static String hours(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	static String money(BigDecimal amount) {
		return amount == null ? "0" : String.format(Locale.ROOT, "%,.2f", amount).replace(".00", "");
	}

	private void export(String extension) {
		if (fit == null) {
			MessageDialog.openInformation(getSite().getShell(), "Export", "Select a profile and a role first.");
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { extension });
		dialog.setOverwrite(true);
		dialog.setFileName(fit.role().getId() + "-gaps" + extension.substring(1));
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		exportTo(Path.of(chosen));
	}

	/**
	 * Exports the grid as shown (its columns, rows, order) to a .csv or .xlsx file, in a Job with
	 * progress; a failure is the Job's error, naming the file and the reason.
	 *
	 * @return the scheduled Job
	 */
	public Job exportTo(Path file) {
		Job job = new GapExport(grid.rows().rows(), fit.role().getName(), file);
		job.schedule();
		return job;
	}

	/** The grid's column titles, in order. */
	public List<String> columnTitles() {
		return IntStream.range(0, grid.columnCount()).mapToObj(grid::header).toList();
	}

	/** The grid's NatTable, for tests that click its headers. */
	public NatTable gridTable() {
		return grid.table();
	}

	/** The analysis shown, or null. */
	public RoleFit fit() {
		return fit;
	}

	/** The planner's plan for the gaps shown, or null while it is being made. */
	public PlanResult plan() {
		return plan;
	}

	/** Whether the profile and its frameworks are being read (the view says so). */
	public boolean loading() {
		return reading.running();
	}

	/** What the view says about the profile shown (or being read). */
	public String profileText() {
		return profileLabel.getText();
	}

	/** Whether the planner is working on the gaps shown. */
	public boolean planning() {
		return estimating != null;
	}

	/** What the view says about closing the gaps. */
	public String planText() {
		return planLabel.getText();
	}

	/** The profile file shown, or null. */
	public IFile profileFile() {
		return tracker == null ? null : tracker.current();
	}

	/** The role shown ({@code framework#role}), or null. */
	public String roleKey() {
		Role role = selectedRole();
		return role == null ? null : SkillKeys.of(role);
	}

	/** The rows the grid shows. */
	public int rowCount() {
		return grid.rowCount();
	}

	/** The value a grid cell shows (body coordinates). */
	public Object cell(int column, int row) {
		return grid.cell(column, row);
	}

	public void setFilter(String text) {
		filterText.setText(text);
	}

	public void setGrouped(boolean grouped) {
		groupButton.setSelection(grouped);
		grid.rows().setGrouped(grouped);
		grid.refresh();
	}

	/** Sorts the grid by a column, as a click on its header does. */
	public void sortBy(int column, boolean ascending) {
		grid.rows().sortBy(column, ascending);
		grid.refresh();
	}

	/** The categories on the radar, and the gaps in the bar chart. */
	public int radarAxisCount() {
		return radar.axes().size();
	}

	public int barCount() {
		return bars.gaps().size();
	}

	@Override
	public void setFocus() {
		grid.table().setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		if (registry != null) {
			registry.removeChangeListener(registryListener);
		}
		if (reading != null) {
			reading.cancel();
		}
		if (estimating != null) {
			estimating.cancel();
		}
		super.dispose();
	}
}
