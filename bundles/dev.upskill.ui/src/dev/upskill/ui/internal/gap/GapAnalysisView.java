/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
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
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;

import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlanStatus;
import dev.upskill.core.table.GapTable;
import dev.upskill.core.table.GapTable.Row;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.validation.Problem;
import dev.upskill.ui.internal.frameworks.AllFrameworks;
import dev.upskill.ui.internal.jobs.LatestResult;
import dev.upskill.ui.internal.preferences.TrustOrderPreference;

/**
 * The Gap Analysis view: a profile (the one selected or edited) against a role, requirement by
 * requirement, in a grid that sorts, filters, groups by category and colours by gap; a radar of
 * required against current level by category and the largest gaps beside it; export to CSV, JSON
 * and XLSX. It recomputes when the profile file changes.
 * <p>
 * It follows the person: a profile opens on its first target role, and the role chosen for a
 * profile (with Role..., or from Role Fit) is remembered for that profile, by its file's path, in
 * the plug-in's dialog settings, so going back to a profile shows the role chosen for it.
 */
public class GapAnalysisView extends ViewPart {

	public static final String ID = "dev.upskill.ui.views.gap";

	private static final String SETTINGS = "GapAnalysisView";
	private static final String CHOSEN_ROLES = "chosenRoles";
	private static final String GROUPED = "grouped";

	private Label profileLabel;
	/** The role analysed; a field and a chooser, not a combo: a framework may have thousands of roles. */
	private Text roleText;
	private Button roleButton;
	private Role analysedRole;
	private Label scoreLabel;
	private Text filterText;
	private Button groupButton;
	private Action groupAction;
	/** What the grid shows: it lives before the grid and after it, as the view's choices do. */
	private final GapRows rows = new GapRows();
	/** The lines the charts show. */
	private List<GapLine> lines = List.of();
	/**
	 * Holds the grid and charts once made, and before that a few words on what the view does. They
	 * are made for the first analysis, not with the view: the NatTable's classes, and the Eclipse
	 * Collections that SPI Fly weaves as they load, would otherwise hold the workbench's first
	 * window back (BENCHMARKS.md, "Start-up to the first window"); the first read loads them.
	 */
	private PageBook book;
	private Label emptyPage;
	private Composite gridPage;
	private GapGrid grid;
	private GapCharts.Radar radar;
	private GapCharts.Bars bars;

	private ProfileTracker tracker;
	/** The installed and the workspace's frameworks. */
	private AllFrameworks frameworks;
	private LatestResult<ProfileInput.Loaded> reading;
	/** Reads the profile shown again (the frameworks changed), or null. */
	private Runnable reread;
	private final Runnable registryListener = this::registryChanged;
	/** The role asked for while the profile was being read, selected once it is. */
	private String wantedRole;
	/** The profile file whose analysis is shown, or null. */
	private IFile shownFile;
	private AnalysisContext context;
	private List<Role> roleChoices = List.of();
	private RoleLabels roleLabels = new RoleLabels(List.of());
	private String exportMessage;
	private RoleFit fit;
	private Label planLabel;
	private Job estimating;
	private PlanResult plan;
	/** Why the planner made no plan for the gaps shown, or null. */
	private String planProblem;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(7).spacing(8, 0).applyTo(bar);
		profileLabel = new Label(bar, SWT.NONE);
		profileLabel.setText("No profile");
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
			rows.setFilter(filterText.getText());
			refreshGrid();
		});
		// A toggle button, not a check box: the workbench's theme gives check boxes in views the
		// view's background (.View Button[style~='SWT.CHECK'] { background-color: inherit; }), and
		// GTK then draws the tick white on white: the box looked empty however often it was clicked.
		// A pressed toggle shows its state in any theme; the view menu has the same choice, ticked.
		groupButton = new Button(bar, SWT.TOGGLE);
		groupButton.setText("Group by category");
		groupButton.setToolTipText("A heading row per skill category, with how many of its requirements are open");
		groupButton.addListener(SWT.Selection, e -> setGrouped(groupButton.getSelection()));

		planLabel = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(planLabel);

		book = new PageBook(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(book);
		emptyPage = new Label(book, SWT.WRAP);
		emptyPage.setText("Select a profile (a .profile file) in the Project Explorer, or open it in its editor, and "
				+ "choose a role: each of the role's skills shows here with the level it asks for, the level the "
				+ "profile shows and the gap, with a radar by category and the largest gaps.");
		book.showPage(emptyPage);
		TrustOrderPreference.onChange(book, () -> {
			if (!loading()) {
				analyse();
			}
		});
		setGrouped(settings().getBoolean(GROUPED));

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
		Action json = new Action("Export to JSON...") {
			@Override
			public void run() {
				export("*.json");
			}
		};
		csv.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
		getViewSite().getActionBars().getToolBarManager().add(csv);
		getViewSite().getActionBars().getMenuManager().add(csv);
		getViewSite().getActionBars().getMenuManager().add(xlsx);
		getViewSite().getActionBars().getMenuManager().add(json);
		groupAction = new Action("Group by Category", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setGrouped(isChecked());
			}
		};
		groupAction.setChecked(grouped());
		getViewSite().getActionBars().getMenuManager().add(new Separator());
		getViewSite().getActionBars().getMenuManager().add(groupAction);
		frameworks = AllFrameworks.of(getSite());
		reading = new LatestResult<>(profileLabel, GapAnalysisView.class);
		frameworks.addChangeListener(registryListener);
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
		read(file, "Reading " + file.getName() + " (unsaved)", monitor -> ProfileInput.load(file, unsaved, frameworks, monitor));
	}

	/** Bundles that contribute frameworks came or went, or framework files changed (on any thread): read the profile again. */
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
		read(file, "Reading " + file.getName(), monitor -> ProfileInput.load(file, frameworks, monitor));
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
		boolean first = grid == null;
		LatestResult.Work<ProfileInput.Loaded> thenGrid = monitor -> {
			ProfileInput.Loaded loaded = work.run(monitor);
			if (first) {
				GapGrid.loadClasses();
			}
			return loaded;
		};
		reading.start(task, thenGrid, loaded -> profileRead(file, loaded), failure -> {
			profileLabel.setText(file.getName() + " cannot be read: " + failure.getMessage());
			profileLabel.getParent().layout(true, true);
		});
	}

	private void profileRead(IFile file, ProfileInput.Loaded loaded) {
		if (loaded.context() == null) {
			context = null;
			wantedRole = null;
			shownFile = null;
			profileLabel.setText(file.getName() + " cannot be read");
			profileLabel.setToolTipText(loaded.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
			roleChoices = List.of();
			setRole(null);
			show(null);
			return;
		}
		showContext(file, loaded.context());
		profileLabel.setText(GapTable.personOf(context.profile()) + " (" + file.getName() + ")");
		profileLabel.setToolTipText(file.getFullPath().toString());
		profileLabel.getParent().layout(true, true);
	}

	/**
	 * Shows a profile's analysis context on a role: the one asked for while it was read; the one
	 * shown when this is the same profile read again (it changed, or was edited); else the role
	 * chosen for this profile before; else its first target role.
	 */
	private void showContext(IFile file, AnalysisContext newContext) {
		String asked = wantedRole;
		wantedRole = null;
		String keep = asked;
		if (keep == null && file.equals(shownFile) && analysedRole != null) {
			keep = SkillKeys.of(analysedRole);
		}
		if (keep == null) {
			keep = rememberedRole(file);
		}
		shownFile = file;
		context = newContext;
		roleChoices = context.rolesTargetsFirst();
		roleLabels = new RoleLabels(roleChoices);
		Role kept = keep == null ? null : choice(keep);
		setRole(kept != null ? kept : roleChoices.isEmpty() ? null : roleChoices.get(0));
		if (asked != null && kept != null) {
			remember(kept);
		}
		analyse();
	}

	/** The dialog settings of the view (in the plug-in's, kept across sessions). */
	private static IDialogSettings settings() {
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(GapAnalysisView.class)).getDialogSettings();
		IDialogSettings section = all.getSection(SETTINGS);
		return section != null ? section : all.addNewSection(SETTINGS);
	}

	private static IDialogSettings chosenRoles() {
		IDialogSettings section = settings().getSection(CHOSEN_ROLES);
		return section != null ? section : settings().addNewSection(CHOSEN_ROLES);
	}

	/** The role chosen for this profile file before ({@code framework#role}), or null. */
	static String rememberedRole(IFile file) {
		return chosenRoles().get(file.getFullPath().toString());
	}

	/** Remembers the role chosen for the profile shown. */
	private void remember(Role role) {
		if (shownFile != null && role != null) {
			chosenRoles().put(shownFile.getFullPath().toString(), SkillKeys.of(role));
		}
	}

	/** Lets the user pick the role among the profile's choices, the targets first, filtered as they type. */
	private void chooseRole() {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return roleLabels.label((Role) element);
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
			remember(chosen);
			analyse();
		}
	}

	private void setRole(Role chosen) {
		analysedRole = chosen;
		roleText.setText(chosen == null ? "" : roleLabels.label(chosen));
		roleText.setToolTipText(chosen == null ? null : chosen.getName() + "\n" + SkillKeys.of(chosen)
				+ (chosen.getDescription() == null ? "" : "\n\n" + chosen.getDescription()));
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
			remember(chosen);
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
		lines = fit == null ? List.of() : fit.lines();
		rows.setLines(lines);
		if (fit != null) {
			grid();
		}
		refreshGrid();
		if (grid != null) {
			book.showPage(fit == null ? emptyPage : gridPage);
		}
		if (radar != null) {
			radar.setLines(lines);
			bars.setLines(lines);
		}
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
		planProblem = null;
		if (fit == null || context == null || fit.lines().stream().noneMatch(l -> l.gapLevels() > 0)) {
			planLabel.setText(fit == null ? "" : "No gap to close.");
			rows.setPlan(null, false);
			refreshGrid();
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
		rows.setPlan(null, true);
		refreshGrid();
		job.schedule();
	}

	private void showPlan(PlanResult result, String problem) {
		plan = result;
		planProblem = problem;
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
		rows.setPlan(result, false);
		refreshGrid();
	}

	/** The grid, made (with the charts) and shown in place of the view's few words if it is not yet. */
	private GapGrid grid() {
		if (grid == null) {
			SashForm sash = new SashForm(book, SWT.HORIZONTAL);
			gridPage = sash;
			grid = new GapGrid(sash, rows);
			SashForm charts = new SashForm(sash, SWT.VERTICAL);
			radar = new GapCharts.Radar(charts);
			bars = new GapCharts.Bars(charts);
			radar.setLines(lines);
			bars.setLines(lines);
			charts.setWeights(60, 40);
			sash.setWeights(67, 33);
			grid.refresh();
			book.showPage(sash);
		}
		return grid;
	}

	private void refreshGrid() {
		if (grid != null) {
			grid.refresh();
		}
	}

	/** Whether the grid and charts are made yet (they are for the first analysis). */
	public boolean gridMade() {
		return grid != null;
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
		dialog.setFilterPath(exportFolder().toString());
		dialog.setFileName(suggestedFileName(extension.substring(1)));
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		exportTo(Path.of(chosen));
	}

	/**
	 * Where the export dialog starts: the folder of the profile's project, else the user's home
	 * (never the program's working folder).
	 */
	public Path exportFolder() {
		IPath project = shownFile == null || shownFile.getProject() == null ? null : shownFile.getProject().getLocation();
		return project != null ? project.toFile().toPath() : Path.of(System.getProperty("user.home"));
	}

	/**
	 * The file name the export suggests: the person and the role, for example
	 * {@code dana-okafor-data-analyst-ai-gaps.csv}.
	 *
	 * @param extension with its dot ({@code .csv})
	 */
	public String suggestedFileName(String extension) {
		if (fit == null || context == null) {
			return "gaps" + extension;
		}
		String role = fit.role().getId() == null ? fit.role().getName() : fit.role().getId().replaceFirst("^role\\.", "");
		String name = String.join("-", List.of(slug(GapTable.personOf(context.profile())), slug(role), "gaps")
				.stream().filter(p -> !p.isEmpty()).toList());
		return name + extension;
	}

	/** Lower case letters and digits joined by dashes, accents dropped: {@code Tomás Díaz} gives {@code tomas-diaz}. */
	static String slug(String text) {
		if (text == null) {
			return "";
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	/**
	 * Exports the grid as shown (its rows, in its order) to a .csv, .json or .xlsx file, saying
	 * whose gaps and which role, in a Job with progress; a failure is the Job's error, naming the
	 * file and the reason. Once written, the status line says what was exported where.
	 *
	 * @return the scheduled Job
	 */
	public Job exportTo(Path file) {
		if (fit == null || context == null) {
			throw new IllegalStateException("no profile and role analysed: nothing to export");
		}
		List<Row> rows = List.copyOf(this.rows.rows());
		AnalysisContext analysed = context;
		RoleFit exported = fit;
		PlanResult planned = plan;
		String profileName = shownFile == null ? null : shownFile.getName();
		GapTable.Title title = GapTable.Title.of(analysed.profile(), profileName, exported);
		String problem = planned == null ? planning() ? "the plan was still being made" : planProblem : null;
		Job job = new GapExport(rows, title, (lines, out) -> GapTable.writeDocument(analysed.profile(), profileName,
				exported, planned, problem, lines, out), file);
		int count = GapExport.requirements(rows);
		String message = String.format(Locale.ROOT, "Exported %d gap%s of %s for %s to %s", count, count == 1 ? "" : "s",
				title.person(), title.roleName(), file);
		Display display = planLabel.getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().isOK()) {
					display.asyncExec(() -> {
						if (!planLabel.isDisposed()) {
							exportMessage = message;
							IStatusLineManager status = getViewSite().getActionBars().getStatusLineManager();
							status.setErrorMessage(null);
							status.setMessage(message);
						}
					});
				}
			}
		});
		job.schedule();
		return job;
	}

	/** What the status line said after the last export, or null. */
	public String exportMessage() {
		return exportMessage;
	}

	/** The grid's column titles, in order. */
	public List<String> columnTitles() {
		return grid == null ? List.of() : IntStream.range(0, grid.columnCount()).mapToObj(grid::header).toList();
	}

	/** The widths of the grid's columns, in pixels. */
	public int[] gridColumnWidths() {
		return grid == null ? new int[0] : grid.columnWidths();
	}

	/** The least width of each of the grid's columns (its title, or more for the long text columns). */
	public int[] gridMinimumWidths() {
		return grid == null ? new int[0] : grid.minimumWidths();
	}

	/** The width the grid's columns share (the grid's, less its row numbers). */
	public int gridBodyWidth() {
		return grid == null ? 0 : grid.bodyWidth();
	}

	/** What the role field says. */
	public String roleText() {
		return roleText.getText();
	}

	/** The largest gaps the bar chart shows, top to bottom. */
	public List<GapLine> largestGaps() {
		return bars == null ? List.of() : bars.gaps();
	}

	/** The radar's category labels as drawn: their text (shortened only when the room is too small). */
	public List<String> radarLabels() {
		return radar == null ? List.of() : radar.labels().stream().map(GapCharts.Drawn::text).toList();
	}

	/** Where the radar drew its category labels, and the radar's area. */
	public List<Rectangle> radarLabelBounds() {
		return radar == null ? List.of() : radar.labels().stream().map(GapCharts.Drawn::bounds).toList();
	}

	public Rectangle radarArea() {
		return radar == null ? new Rectangle(0, 0, 0, 0) : radar.getClientArea();
	}

	/** Paints the charts now (tests read what they drew). */
	public void paintCharts() {
		if (radar == null) {
			return;
		}
		radar.redraw();
		radar.update();
		bars.redraw();
		bars.update();
	}

	/** The grid's NatTable, for tests that click its headers. */
	public NatTable gridTable() {
		return grid().table();
	}

	/** The analysis shown, or null. */
	public RoleFit fit() {
		return fit;
	}

	/** The planner's plan for the gaps shown, or null while it is being made. */
	public PlanResult plan() {
		return plan;
	}

	/** The profile analysed (the view's own copy, read in a Job), or null. */
	public Profile profile() {
		return context == null ? null : context.profile();
	}

	/** Why there is no plan for the gaps shown (when {@link #plan()} is null and the planner is done), or null. */
	public String planProblem() {
		return planProblem;
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
		return grid == null ? 0 : grid.rowCount();
	}

	/** The value a grid cell shows (body coordinates). */
	public Object cell(int column, int row) {
		if (grid == null) {
			throw new IndexOutOfBoundsException("no analysis shown yet");
		}
		return grid.cell(column, row);
	}

	public void setFilter(String text) {
		filterText.setText(text);
	}

	/** Groups the grid's rows by category (or not), as the check box does, and remembers it. */
	public void setGrouped(boolean grouped) {
		groupButton.setSelection(grouped);
		if (groupAction != null) {
			groupAction.setChecked(grouped);
		}
		rows.setGrouped(grouped);
		refreshGrid();
		settings().put(GROUPED, grouped);
	}

	/** Whether the grid's rows are grouped by category. */
	public boolean grouped() {
		return rows.grouped();
	}

	/** The "Group by category" toggle button, for tests. */
	public Button groupButton() {
		return groupButton;
	}

	/** The "Group by Category" choice of the view menu, for tests. */
	public Action groupAction() {
		return groupAction;
	}

	/** Sorts the grid by a column, as a click on its header does. */
	public void sortBy(int column, boolean ascending) {
		rows.sortBy(column, ascending);
		refreshGrid();
	}

	/** The categories on the radar, and the gaps in the bar chart. */
	public int radarAxisCount() {
		return radar == null ? 0 : radar.axes().size();
	}

	public int barCount() {
		return bars == null ? 0 : bars.gaps().size();
	}

	@Override
	public void setFocus() {
		if (grid != null) {
			grid.table().setFocus();
		} else {
			filterText.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		if (frameworks != null) {
			frameworks.removeChangeListener(registryListener);
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
