/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.team;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.table.TeamTables;
import dev.upskill.core.team.LoadedTeam;
import dev.upskill.core.team.TeamAnalysis;
import dev.upskill.core.team.TeamAnalysis.PersonLine;
import dev.upskill.core.team.TeamAnalysis.SkillColumn;
import dev.upskill.core.team.TeamLoader;
import dev.upskill.core.team.TeamMember;
import dev.upskill.core.team.TeamSummary;
import dev.upskill.core.team.TeamSummary.Readiness;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Role;
import dev.upskill.model.validation.Reasons;
import dev.upskill.ui.internal.frameworks.AllFrameworks;
import dev.upskill.ui.internal.jobs.LatestResult;
import dev.upskill.ui.internal.table.TableExport;

/**
 * The Team Heatmap view: a team (a folder of profiles or a {@code .team} file, selected in the
 * workspace) against a role. Above, the heatmap of people by the role's skills ({@link HeatmapGrid}),
 * with the coverage of each skill, the bus factor marked, the people closest to the role; below,
 * the Team summary: the fit distribution (an SWTChart bar chart), and what the planner says it
 * takes to bring everyone to the role (hours, cost, who could be ready soonest, the learning
 * resources the plans share). Reading the team, analysing it and planning run in Jobs with
 * progress; the view says what it is doing meanwhile.
 */
public class TeamHeatmapView extends ViewPart {

	public static final String ID = "dev.upskill.ui.views.team";
	private static final int CLOSEST = 5;

	/** A team read, and analysed against a role. */
	private record Loaded(LoadedTeam team, TeamAnalysis analysis) {
	}

	private Label title;
	private Combo roleCombo;
	private Combo colourCombo;
	private Combo groupCombo;
	private Text filter;
	private Button exportHeatmap;
	private Button exportReadiness;
	private Composite gridArea;
	private StackLayout gridStack;
	private Label message;
	private Label closest;
	private Chart histogram;
	private Label totals;
	private HeatmapGrid grid;

	private LatestResult<Loaded> reading;
	private LatestResult<TeamSummary> planning;
	private FrameworkRegistry registry;
	private ISelectionListener selectionListener;

	private Path source;
	private final IResourceChangeListener teamFilesChanged = this::resourcesChanged;
	private LoadedTeam team;
	private TeamAnalysis analysis;
	private TeamSummary summary;
	private String summaryProblem;
	private List<Role> roles = List.of();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		title = new Label(parent, SWT.WRAP);
		title.setText("Select a folder of profiles or a .team file to see the team's skills against a role.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);

		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(10).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Role:");
		roleCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(roleCombo);
		roleCombo.addListener(SWT.Selection, e -> roleChosen());
		new Label(bar, SWT.NONE).setText("Colour by:");
		colourCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		colourCombo.setItems("gap to the role", "level");
		colourCombo.select(0);
		colourCombo.addListener(SWT.Selection, e -> {
			if (grid != null) {
				grid.setColouring(colourCombo.getSelectionIndex() == 1 ? HeatmapGrid.Colouring.LEVEL : HeatmapGrid.Colouring.GAP);
			}
		});
		new Label(bar, SWT.NONE).setText("Group:");
		groupCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().hint(130, SWT.DEFAULT).applyTo(groupCombo);
		groupCombo.addListener(SWT.Selection, e -> {
			if (grid != null) {
				grid.setGroup(groupCombo.getSelectionIndex() <= 0 ? null : groupCombo.getText());
			}
		});
		filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter people or groups");
		GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).applyTo(filter);
		filter.addListener(SWT.Modify, e -> {
			if (grid != null) {
				grid.setFilter(filter.getText());
			}
		});
		exportHeatmap = new Button(bar, SWT.PUSH);
		exportHeatmap.setText("Export Heatmap...");
		exportHeatmap.addListener(SWT.Selection, e -> exportHeatmap());
		exportReadiness = new Button(bar, SWT.PUSH);
		exportReadiness.setText("Export Readiness...");
		exportReadiness.addListener(SWT.Selection, e -> exportReadiness());
		new Label(bar, SWT.NONE);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite top = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(top);
		gridArea = new Composite(top, SWT.NONE);
		gridStack = new StackLayout();
		gridArea.setLayout(gridStack);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(gridArea);
		message = new Label(gridArea, SWT.WRAP | SWT.CENTER);
		message.setText("No team yet.");
		gridStack.topControl = message;
		closest = new Label(top, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(closest);

		Composite bottom = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(0, 4).applyTo(bottom);
		histogram = new Chart(bottom, SWT.NONE);
		GridDataFactory.fillDefaults().grab(false, true).hint(600, 200).applyTo(histogram);
		histogram.getTitle().setText("Fit distribution");
		histogram.getLegend().setVisible(false);
		IAxis x = histogram.getAxisSet().getXAxis(0);
		x.getTitle().setText("Fit to the role");
		x.enableCategory(true);
		x.setCategorySeries(binLabels());
		histogram.getAxisSet().getYAxis(0).getTitle().setText("People");
		IBarSeries<?> bars = (IBarSeries<?>) histogram.getSeriesSet().createSeries(SeriesType.BAR, "people");
		bars.setYSeries(new double[TeamAnalysis.BINS]);
		bars.setBarColor(histogram.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		histogram.setVisible(false); // until there is a team
		totals = new Label(bottom, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(totals);
		sash.setWeights(70, 30);

		reading = new LatestResult<>(title, TeamHeatmapView.class);
		planning = new LatestResult<>(title, TeamHeatmapView.class);
		registry = AllFrameworks.of(getSite()).registry();
		updateButtons();
		selectionListener = this::selectionChanged;
		getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(selectionListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(teamFilesChanged, IResourceChangeEvent.POST_CHANGE);
		selectionChanged(null, getSite().getWorkbenchWindow().getSelectionService().getSelection());
	}

	/**
	 * A profile or team file of the team shown changed (saved, added, removed): the team is read
	 * again, against the same role.
	 */
	private void resourcesChanged(IResourceChangeEvent event) {
		Path shown = source;
		if (shown == null || event.getDelta() == null) {
			return;
		}
		Path folder = shown.toString().endsWith(".team") ? shown.getParent() : shown;
		boolean[] touched = { false };
		try {
			event.getDelta().accept(delta -> {
				IResource changed = delta.getResource();
				if (changed instanceof IFile file && ("profile".equals(file.getFileExtension()) || "team".equals(file.getFileExtension()))
						&& (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)
						&& file.getLocation() != null && file.getLocation().toPath().startsWith(folder)) {
					touched[0] = true;
				}
				return !touched[0];
			});
		} catch (CoreException e) {
			return;
		}
		if (touched[0] && !title.isDisposed()) {
			title.getDisplay().asyncExec(() -> {
				if (!title.isDisposed() && shown.equals(source)) {
					show(shown, analysis == null || analysis.role() == null ? null : SkillKeys.of(analysis.role()));
				}
			});
		}
	}

	@Override
	public void dispose() {
		if (selectionListener != null) {
			getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(selectionListener);
		}
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(teamFilesChanged);
		if (reading != null) {
			reading.cancel();
			planning.cancel();
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		(grid != null ? grid.table() : title).setFocus();
	}

	/** Follows the selection: a {@code .team} file, or a folder that holds profiles. */
	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
			return;
		}
		IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
		IPath location = resource == null ? null : resource.getLocation();
		if (location == null) {
			return;
		}
		if (resource instanceof IFile file && "team".equals(file.getFileExtension()) || resource instanceof IFolder folder && holdsProfiles(folder)) {
			Path path = location.toPath();
			if (!path.equals(source)) {
				show(path);
			}
		}
	}

	private static boolean holdsProfiles(IContainer folder) {
		try {
			for (IResource member : folder.members()) {
				if (member instanceof IFile file && "profile".equals(file.getFileExtension())
						|| member instanceof IFolder inner && holdsProfiles(inner)) {
					return true;
				}
			}
		} catch (CoreException e) {
			return false;
		}
		return false;
	}

	/** Reads the team of a folder or {@code .team} file in a Job, then shows it against its people's most wanted role. */
	public void show(Path path) {
		show(path, null);
	}

	/** Reads the team and shows it against the role ({@code framework#id}), or the most wanted one for null. */
	public void show(Path path, String roleKey) {
		source = path;
		summary = null;
		summaryProblem = null;
		planning.cancel();
		title.setText("Reading the team " + path.getFileName() + "...");
		showMessage("Reading the profiles of " + path + " in the background (see the progress in the status line).");
		reading.start("Reading the team " + path.getFileName(), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 10);
			LoadedTeam read = new TeamLoader(registry, List.of()).trustOrder(TrustOrder.preferred()).load(path, progress.split(8));
			if (read.members().isEmpty()) {
				throw new IllegalArgumentException(path + ": no profile of the team could be read"
						+ (read.problems().isEmpty() ? "" : " (" + read.problems().get(0) + ")"));
			}
			Role role = roleKey != null ? read.role(roleKey) : mostWanted(read);
			return new Loaded(read, TeamAnalysis.of(read, role));
		}, this::loaded, this::failed);
	}

	/** Analyses the team against another role ({@code framework#id}), in a Job. */
	public void selectRole(String roleKey) {
		if (team == null) {
			return;
		}
		LoadedTeam current = team;
		title.setText("Analysing " + current.name() + "...");
		showMessage("Analysing the team against the role...");
		summary = null;
		summaryProblem = null;
		planning.cancel();
		reading.start("Analysing the team " + current.name(), monitor -> new Loaded(current, TeamAnalysis.of(current, current.role(roleKey))),
				this::loaded, this::failed);
	}

	private void roleChosen() {
		int index = roleCombo.getSelectionIndex();
		if (index >= 0 && index < roles.size() && analysis != null && roles.get(index) != analysis.role()) {
			selectRole(SkillKeys.of(roles.get(index)));
		}
	}

	/** The first target role the most people share; the first role when nobody targets one. */
	private static Role mostWanted(LoadedTeam team) {
		Map<String, Integer> wanted = new HashMap<>();
		for (TeamMember member : team.members()) {
			member.profile().getTargetRoles().stream().filter(r -> !r.eIsProxy()).findFirst()
					.ifPresent(r -> wanted.merge(SkillKeys.of(r), 1, Integer::sum));
		}
		// the most wanted; among as wanted, the first key
		Comparator<Map.Entry<String, Integer>> order = Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
		return wanted.entrySet().stream().max(order).map(e -> team.role(e.getKey())).orElseGet(() -> {
					if (team.roles().isEmpty()) {
						throw new IllegalArgumentException("the team's profiles refer to no framework with roles");
					}
					return team.roles().get(0);
				});
	}

	private void loaded(Loaded loaded) {
		boolean newTeam = team != loaded.team();
		team = loaded.team();
		analysis = loaded.analysis();
		if (newTeam) {
			roles = team.roles().stream().sorted(Comparator.comparing((Role r) -> Objects.toString(r.getName(), r.getId()),
					String.CASE_INSENSITIVE_ORDER)).toList();
			roleCombo.setItems(roles.stream().map(r -> Objects.toString(r.getName(), r.getId())).toArray(String[]::new));
			List<String> groups = new ArrayList<>();
			groups.add("All groups");
			groups.addAll(team.groups());
			groupCombo.setItems(groups.toArray(String[]::new));
			groupCombo.select(0);
		}
		roleCombo.select(roles.indexOf(analysis.role()));
		int people = analysis.people().size();
		title.setText(team.name() + " (" + source + "): " + people + (people == 1 ? " person" : " people") + " against "
				+ analysis.role().getName() + (team.problems().isEmpty() ? "" : "; " + team.problems().size()
						+ (team.problems().size() == 1 ? " profile" : " profiles") + " could not be read: " + team.problems().get(0)));
		if (grid != null) {
			grid.table().dispose();
		}
		grid = new HeatmapGrid(gridArea, analysis);
		grid.setColouring(colourCombo.getSelectionIndex() == 1 ? HeatmapGrid.Colouring.LEVEL : HeatmapGrid.Colouring.GAP);
		if (groupCombo.getSelectionIndex() > 0) {
			grid.setGroup(groupCombo.getText());
		}
		if (!filter.getText().isEmpty()) {
			grid.setFilter(filter.getText());
		}
		gridStack.topControl = grid.table();
		gridArea.layout(true, true);
		closest.setText(closestText());
		double[] bins = Arrays.stream(analysis.histogram()).asDoubleStream().toArray();
		histogram.getSeriesSet().getSeries()[0].setYSeries(bins);
		histogram.getAxisSet().adjustRange();
		histogram.setVisible(true);
		histogram.redraw();
		totals.setText("Planning what it takes to bring everyone to " + analysis.role().getName() + "...");
		updateButtons();
		plan();
	}

	private String closestText() {
		// each fit as the grid's Fit column writes it
		String names = analysis.closest(CLOSEST).stream().map(p -> p.member().name() + " " + TeamTables.fit(p.score()))
				.collect(Collectors.joining(", "));
		List<SkillColumn> bus = analysis.busFactor();
		String busText = bus.isEmpty() ? "no skill rests on one person"
				: "only one person reaches " + bus.size() + (bus.size() == 1 ? " skill: " : " skills: ")
						+ bus.stream().map(s -> s.name() + " (" + s.holders().get(0).name() + ")").collect(Collectors.joining(", "));
		int nobody = analysis.uncovered().size();
		return "Closest to the role: " + names + ". Bus factor: " + busText + (nobody == 0 ? "." : "; nobody reaches " + nobody
				+ (nobody == 1 ? " skill." : " skills."));
	}

	private void plan() {
		TeamAnalysis planned = analysis;
		List<TeamMember> members = team.members();
		String currency = TeamSummary.currencyOf(members);
		List<LearningResource> resources = team.resources();
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
		planning.start("Planning for the team " + team.name(), monitor -> TeamSummary.of(planned, resources, currency, LocalDate.now(),
				threads, monitor), this::planned, e -> {
					summaryProblem = e.getMessage();
					totals.setText("No plan: " + e.getMessage());
				});
	}

	private void planned(TeamSummary result) {
		summary = result;
		totals.setText(summaryText(result));
		totals.getParent().layout(true, true);
		updateButtons();
	}

	/** The summary in words: totals, who is ready soonest, the shared resources. */
	static String summaryText(TeamSummary summary) {
		TeamAnalysis analysis = summary.analysis();
		int people = analysis.people().size();
		StringBuilder text = new StringBuilder();
		text.append("To bring everyone to ").append(analysis.role().getName()).append(": ")
				.append(hours(summary.totalHours())).append(" h and ").append(String.format(Locale.ROOT, "%,.2f",
						summary.totalCost().setScale(2, RoundingMode.HALF_UP)))
				.append(' ').append(summary.currency()).append(" of learning.\n");
		text.append(summary.reachable()).append(" of ").append(people).append(" can be made ready by the planner; ")
				.append(summary.readyNow()).append(summary.readyNow() == 1 ? " is" : " are").append(" ready now.\n");
		List<Readiness> soonest = summary.soonest(CLOSEST);
		if (!soonest.isEmpty()) {
			text.append("Ready soonest: ").append(soonest.stream().map(r -> r.member().name() + " ("
					+ (r.plan().finishWeek() == 0 ? "now" : r.plan().finishWeek() + " weeks, " + hours(r.plan().totalHours()) + " h") + ")")
					.collect(Collectors.joining(", "))).append(".\n");
		}
		if (!summary.resources().isEmpty()) {
			text.append("Most shared resources: ").append(summary.resources().stream().limit(3)
					.map(r -> r.resource().getName() + " (" + r.people() + (r.people() == 1 ? " person)" : " people)"))
					.collect(Collectors.joining(", "))).append('.');
		}
		return text.toString();
	}

	private static String hours(double hours) {
		return String.format(Locale.ROOT, "%,.0f", hours);
	}

	private static String[] binLabels() {
		String[] labels = new String[TeamAnalysis.BINS];
		for (int b = 0; b < labels.length; b++) {
			labels[b] = TeamAnalysis.binLabel(b);
		}
		return labels;
	}

	private void failed(Exception e) {
		source = null; // choosing the same team again reads it again
		title.setText("The team could not be read.");
		showMessage("The team could not be read: " + Reasons.words(e));
		updateButtons();
	}

	private void showMessage(String text) {
		message.setText(text);
		gridStack.topControl = message;
		gridArea.layout(true, true);
	}

	private void updateButtons() {
		exportHeatmap.setEnabled(grid != null && !grid.table().isDisposed() && gridStack.topControl == grid.table());
		exportReadiness.setEnabled(summary != null);
	}

	private void exportHeatmap() {
		Path file = chooseFile(fileName("heatmap"));
		if (file != null) {
			exportHeatmap(file);
		}
	}

	private void exportReadiness() {
		Path file = chooseFile(fileName("readiness"));
		if (file != null && summary != null) {
			new TableExport<>(TeamTables.READINESS, summary.people(), exportTitle(), file).schedule();
		}
	}

	private String exportTitle() {
		return team.name() + " against " + analysis.role().getName() + " (" + analysis.roleKey() + ")";
	}

	private String fileName(String what) {
		String base = (team.name() + "-" + analysis.role().getId() + "-" + what).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
		return base.replace("role.", "") + ".xlsx";
	}

	private Path chooseFile(String name) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" });
		dialog.setFilterNames(new String[] { "Excel workbook (*.xlsx)", "CSV (*.csv)" });
		dialog.setOverwrite(true);
		dialog.setFileName(name);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	// For tests and the workbench's own use.

	/** Whether a team is being read or analysed. */
	public boolean loading() {
		return reading.running();
	}

	/** Whether the planner is working on the summary. */
	public boolean planning() {
		return planning.running();
	}

	public TeamAnalysis analysis() {
		return analysis;
	}

	public TeamSummary summary() {
		return summary;
	}

	public String summaryProblem() {
		return summaryProblem;
	}

	/** The typed value of a heatmap cell: its column in the grid, its row among those shown (the two heading rows first). */
	public Object cell(int column, int row) {
		return grid.cell(column, row);
	}

	/** The text a heatmap cell shows: its column in the grid, its row among those shown. */
	public String cellText(int column, int row) {
		return grid.text(column, row);
	}

	/** The grid's column of a skill of the analysis (skills are grouped by category). */
	public int columnOfSkill(int skill) {
		return grid.columnOf(skill);
	}

	/** The labels that colour a heatmap cell ({@code TEAM_MET}, {@code TEAM_BUS_FACTOR}, ...). */
	public List<String> cellLabels(int column, int row) {
		return grid.labels(column, row);
	}

	public int rowCount() {
		return grid.rowCount();
	}

	public String header(int column) {
		return grid.header(column);
	}

	/** The categories the skill columns are grouped under, in order. */
	public List<String> categories() {
		return grid.categories();
	}

	/** Sorts the people by a column of the grid, as a click on its header does. */
	public void sortBy(int column, boolean ascending) {
		grid.sortBy(column, ascending);
	}

	public void setFilter(String text) {
		filter.setText(text);
	}

	/** Shows the people of a group, or everyone for null, as the group list does. */
	public void setGroup(String name) {
		groupCombo.select(name == null ? 0 : Math.max(0, List.of(groupCombo.getItems()).indexOf(name)));
		grid.setGroup(name);
	}

	/** Colours the cells by level instead of by gap, as the colour list does. */
	public void colourByLevel(boolean byLevel) {
		colourCombo.select(byLevel ? 1 : 0);
		grid.setColouring(byLevel ? HeatmapGrid.Colouring.LEVEL : HeatmapGrid.Colouring.GAP);
	}

	/** Exports the heatmap as shown to the file (xlsx or csv), as Export Heatmap... does; returns the scheduled Job. */
	public TableExport<?> exportHeatmap(Path file) {
		TableExport<?> export = new TableExport<>(grid.description(), grid.rows(), exportTitle(), file);
		export.schedule();
		return export;
	}

	/** The bars of the fit distribution as drawn. */
	public double[] histogramValues() {
		return histogram.getSeriesSet().getSeries()[0].getYSeries();
	}

	public String totalsText() {
		return totals.getText();
	}

	public String closestLine() {
		return closest.getText();
	}

	public String titleText() {
		return title.getText();
	}

	/** The people in the order the grid shows them (after the two heading rows). */
	public List<PersonLine> shownPeople() {
		return grid.rows().stream().filter(r -> !r.isHeading()).map(r -> r.person()).toList();
	}
}
