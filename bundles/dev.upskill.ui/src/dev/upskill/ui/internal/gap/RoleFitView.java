/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.gap.RoleRanking;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.core.plan.RolesWithinReach.Reach;
import dev.upskill.core.plan.RolesWithinReach;
import dev.upskill.core.table.Column;
import dev.upskill.core.table.GapTable;
import dev.upskill.core.table.RankTable;
import dev.upskill.model.Role;
import dev.upskill.ui.internal.frameworks.AllFrameworks;
import dev.upskill.ui.internal.jobs.LatestResult;
import dev.upskill.ui.internal.preferences.TrustOrderPreference;

/**
 * The Role Fit view: every role of every framework ranked by how well the profile fits it, with a
 * score bar and how soon the role is within reach; a double-click analyses that role in the Gap
 * Analysis view. Several profiles selected together are compared side by side: a fit column and
 * a reach column per profile, the roles ranked by the first profile's fit.
 */
public class RoleFitView extends ViewPart {

	public static final String ID = "dev.upskill.ui.views.rolefit";

	/** How many profiles are compared at most (the first ones of a larger selection). */
	static final int MAX_PROFILES = 4;

	private Label title;
	private TableViewer viewer;
	private ProfileTracker tracker;
	/** How many roles get exact plans in the reach column; the others get a lower bound. */
	static final int REACH_LEADERS = 3;

	/** The ranking of the first profile: the rows, in order. */
	private List<RoleFit> ranked = List.of();
	private Map<RoleFit, Integer> rank = Map.of();
	/** Per profile: its fit to each role by key (the first profile's too). */
	private List<Map<String, RoleFit>> fits = List.of();
	/** Per profile: how soon each role is within reach, by key; empty while computing. */
	private List<Map<String, Reach>> reaches = List.of();
	private RoleLabels roleLabels = new RoleLabels(List.of());
	private Job reaching;
	private String reachProblem;
	private List<String> currencies = List.of();
	private List<IFile> profileFiles = List.of();
	/** The person of each profile shown, for the column titles. */
	private List<String> people = List.of();
	private int columnsFor = -1;
	/** The installed and the workspace's frameworks. */
	private AllFrameworks frameworks;
	private LatestResult<List<Ranked>> ranking;
	private final Runnable registryListener = this::registryChanged;

	/** A profile read with its frameworks and every role ranked, in a Job. */
	private record Ranked(IFile file, ProfileInput.Loaded loaded, List<RoleFit> roles, Map<RoleFit, Integer> positions,
			String currency) {
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		title = new Label(parent, SWT.WRAP);
		title.setText("Select a .profile file to rank the roles it fits (select several to compare them).");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		// Virtual, and sized by the layout rather than measured: a framework may have thousands of
		// roles, and measuring every row froze the UI thread for seconds at ESCO scale.
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		viewer.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 200).applyTo(viewer.getControl());
		TrustOrderPreference.onChange(viewer.getControl(), () -> {
			if (!profileFiles.isEmpty()) {
				profilesChanged(profileFiles);
			}
		});
		createColumns(1);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		getSite().setSelectionProvider(viewer);
		viewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof RoleFit fit) {
				analyse(fit);
			}
		});
		frameworks = AllFrameworks.of(getSite());
		ranking = new LatestResult<>(title, RoleFitView.class);
		frameworks.addChangeListener(registryListener);
		tracker = ProfileTracker.ofAll(getViewSite(), title, this::profilesChanged);
	}

	/**
	 * The columns for this many profiles: the rank (by the first profile's fit), the role, then
	 * per profile its fit and how soon the role is within reach.
	 */
	private void createColumns(int profiles) {
		if (columnsFor == profiles) {
			return;
		}
		columnsFor = profiles;
		viewer.getTable().setRedraw(false);
		try {
			for (TableColumn column : viewer.getTable().getColumns()) {
				column.dispose();
			}
			column(RankTable.TABLE.column(RankTable.RANK).title(), 45, rankColumn(RankTable.RANK));
			column("Role", 380, new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return roleLabels.label(((RoleFit) element).role());
				}

				@Override
				public String getToolTipText(Object element) {
					return ((RoleFit) element).key();
				}
			});
			for (int p = 0; p < profiles; p++) {
				int profile = p;
				String whose = profiles == 1 ? "" : ": " + (p < people.size() ? people.get(p) : "profile " + (p + 1));
				TableViewerColumn score = new TableViewerColumn(viewer, SWT.LEFT);
				score.getColumn().setText(RankTable.TABLE.column(RankTable.SCORE).title() + whose);
				score.getColumn().setWidth(profiles == 1 ? 180 : 150);
				score.setLabelProvider(new ScoreBar(element -> fitOf(profile, (RoleFit) element)));
				column("Within reach" + whose, profiles == 1 ? 560 : 260, new ColumnLabelProvider() {
					@Override
					public String getText(Object element) {
						return reachText(profile, ((RoleFit) element).key());
					}

					@Override
					public String getToolTipText(Object element) {
						Reach r = reachOf(profile, ((RoleFit) element).key());
						return r == null ? null : !r.reachable() ? r.note() : r.exact()
								? "From the role's best plan at the profile's hours and budget."
								: "A lower bound: only the leading roles get an exact plan.";
					}
				});
			}
		} finally {
			viewer.getTable().setRedraw(true);
		}
	}

	/** The fit of a profile (by position) to the role of a row, or null. */
	private RoleFit fitOf(int profile, RoleFit row) {
		return profile < fits.size() ? fits.get(profile).get(row.key()) : profile == 0 ? row : null;
	}

	private Reach reachOf(int profile, String key) {
		return profile < reaches.size() ? reaches.get(profile).get(key) : null;
	}

	/** Bundles that contribute frameworks came or went, or framework files changed (on any thread): rank again. */
	private void registryChanged() {
		Display display = title.getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!title.isDisposed() && !profileFiles.isEmpty()) {
					profilesChanged(profileFiles);
				}
			});
		}
	}

	/** A column of the core ranking table ({@link RankTable}), as the command line's rank writes it. */
	private ColumnLabelProvider rankColumn(int index) {
		Column<RankTable.Row> column = RankTable.TABLE.column(index);
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				RoleFit fit = (RoleFit) element;
				return column.shown(column.valueOf(new RankTable.Row(rank.getOrDefault(fit, -1) + 1, fit)));
			}
		};
	}

	private void column(String name, int width, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(name);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
	}

	public void setProfile(IFile file) {
		tracker.follow(file);
	}

	/** Compares these profiles (the first {@link #MAX_PROFILES}), as selecting them together does. */
	public void setProfiles(List<IFile> files) {
		tracker.followAll(files);
	}

	/**
	 * Reads the profiles with their frameworks and ranks every role for each, in a Job; the title
	 * says so meanwhile, and a newer request (other profiles, a change) supersedes this one.
	 */
	private void profilesChanged(List<IFile> files) {
		List<IFile> compared = files.size() > MAX_PROFILES ? files.subList(0, MAX_PROFILES) : files;
		profileFiles = List.copyOf(compared);
		String names = String.join(", ", compared.stream().map(IFile::getName).toList());
		title.setText("Reading " + names + " and the frameworks, ranking the roles...");
		title.getParent().layout(true, true);
		ranking.start("Ranking roles for " + names, monitor -> rank(compared, monitor), this::showRanking, failure -> {
			title.setText(names + " cannot be ranked: " + failure.getMessage());
			title.getParent().layout(true, true);
		});
	}

	/** In the Job: reads and ranks each profile. */
	private List<Ranked> rank(List<IFile> files, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3 * files.size());
		List<Ranked> all = new ArrayList<>(files.size());
		for (IFile file : files) {
			ProfileInput.Loaded loaded = ProfileInput.load(file, frameworks, progress.split(2));
			AnalysisContext context = loaded.context();
			if (context == null) {
				all.add(new Ranked(file, loaded, List.of(), Map.of(), null));
				progress.worked(1);
				continue;
			}
			progress.setTaskName("Ranking " + context.roles().size() + " roles for " + file.getName());
			RoleRanking roleRanking = new RoleRanking(context.roles());
			List<RoleFit> roles = roleRanking.rank(CurrentLevels.of(context.profile(), TrustOrder.preferred()), roleRanking.roleCount());
			// The rank column reads a map, not indexOf, so that painting n rows stays O(n).
			Map<RoleFit, Integer> positions = new IdentityHashMap<>();
			for (int i = 0; i < roles.size(); i++) {
				positions.put(roles.get(i), i);
			}
			progress.worked(1);
			all.add(new Ranked(file, loaded, roles, positions, new PlanRequest(context.profile(), List.of()).currency()));
		}
		return all;
	}

	private void showRanking(List<Ranked> results) {
		Ranked first = results.get(0);
		ranked = first.roles();
		rank = first.positions();
		List<Map<String, RoleFit>> byKey = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> money = new ArrayList<>();
		List<String> unreadable = new ArrayList<>();
		for (Ranked result : results) {
			Map<String, RoleFit> map = new HashMap<>();
			result.roles().forEach(f -> map.put(f.key(), f));
			byKey.add(map);
			AnalysisContext context = result.loaded().context();
			names.add(context == null ? result.file().getName() : GapTable.personOf(context.profile()));
			money.add(result.currency() == null ? "USD" : result.currency());
			if (context == null) {
				unreadable.add(result.file().getName() + " cannot be read: "
						+ (result.loaded().problems().isEmpty() ? "" : result.loaded().problems().get(0).message()));
			}
		}
		fits = byKey;
		people = names;
		currencies = money;
		roleLabels = new RoleLabels(ranked.stream().map(RoleFit::role).toList());
		columnsFor = -1;
		createColumns(results.size());
		if (first.loaded().context() == null) {
			title.setText(unreadable.get(0));
		} else if (results.size() == 1) {
			title.setText(String.format(Locale.ROOT, "%s (%s) against %d roles; double-click a role to see its gaps", names.get(0),
					first.file().getName(), ranked.size()));
		} else {
			List<String> whose = new ArrayList<>();
			for (int i = 0; i < results.size(); i++) {
				whose.add(names.get(i) + " (" + results.get(i).file().getName() + ")");
			}
			title.setText(String.format(Locale.ROOT, "%s side by side against %d roles, ranked by %s's fit; double-click a role to "
					+ "see %s's gaps%s", String.join(" and ", whose), ranked.size(), names.get(0), names.get(0),
					unreadable.isEmpty() ? "" : ". " + String.join("; ", unreadable)));
		}
		viewer.setInput(ranked);
		title.getParent().layout(true, true);
		reach(results);
	}

	/**
	 * How soon each role is within reach for each profile, from {@link RolesWithinReach}: exact
	 * for the leaders, a lower bound for the others. In a Job after the scores; the columns say
	 * "Computing..." meanwhile.
	 */
	private void reach(List<Ranked> results) {
		if (reaching != null) {
			reaching.cancel();
			reaching = null;
		}
		reaches = List.of();
		reachProblem = null;
		if (ranked.isEmpty()) {
			return;
		}
		Display display = viewer.getControl().getDisplay();
		Job job = new Job("Roles within reach") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, results.size());
				List<Map<String, Reach>> computed = new ArrayList<>();
				String failure = null;
				try {
					for (Ranked result : results) {
						Map<String, Reach> one = new HashMap<>();
						AnalysisContext context = result.loaded().context();
						if (context != null) {
							PlanRequest request = new PlanRequest(context.profile(), context.resources());
							List<Role> roles = result.roles().stream().map(RoleFit::role).toList();
							for (Reach r : new RolesWithinReach().rank(request, roles, 0, REACH_LEADERS, progress.split(1))) {
								one.put(r.key(), r);
							}
						}
						computed.add(Map.copyOf(one));
					}
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (RuntimeException e) {
					failure = e.getMessage() == null ? "the planner failed; see the Error Log" : e.getMessage();
					if (!(e instanceof IllegalArgumentException)) {
						ILog.of(RoleFitView.class).error("Roles within reach failed", e);
					}
				}
				String problem = failure;
				Job self = this;
				display.asyncExec(() -> {
					if (viewer.getControl().isDisposed() || reaching != self) {
						return;
					}
					reaching = null;
					reaches = List.copyOf(computed);
					reachProblem = problem;
					viewer.refresh();
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == RoleFitView.class;
			}
		};
		reaching = job;
		job.schedule();
	}

	/** What the reach column says for a role (of the first profile). */
	public String reachText(RoleFit fit) {
		return reachText(0, fit.key());
	}

	/** What the reach column of a profile (by position) says for a role. */
	public String reachText(int profile, String key) {
		if (reaching != null) {
			return "Computing...";
		}
		Reach r = reachOf(profile, key);
		if (r == null) {
			return reachProblem == null ? "" : "not computed: " + reachProblem;
		}
		if (!r.reachable()) {
			return "out of reach: " + r.note();
		}
		if (!r.exact()) {
			return "\u2265 " + r.weeks() + " weeks";
		}
		if (r.weeks() == 0) {
			return "ready now";
		}
		return String.format(Locale.ROOT, "%d weeks, %s h, %s %s", r.weeks(), GapAnalysisView.hours(r.hours()),
				GapAnalysisView.money(r.cost()), profile < currencies.size() ? currencies.get(profile) : "USD");
	}

	/** Opens the Gap Analysis view on this role, for the first profile. */
	public void analyse(RoleFit fit) {
		try {
			GapAnalysisView gap = (GapAnalysisView) getSite().getPage().showView(GapAnalysisView.ID);
			if (!profileFiles.isEmpty()) {
				gap.setProfile(profileFiles.get(0));
			}
			gap.selectRole(fit.key());
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	/** The reach of each role by key for the first profile, once computed; empty while computing. */
	public Map<String, Reach> reach() {
		return reaches.isEmpty() ? Map.of() : reaches.get(0);
	}

	/** The fit of each profile compared (by position) to the role with this key, or null. */
	public RoleFit fit(int profile, String key) {
		return profile < fits.size() ? fits.get(profile).get(key) : null;
	}

	/** How many profiles are compared. */
	public int profileCount() {
		return profileFiles.size();
	}

	/** The titles of the table's columns, in order. */
	public List<String> columnTitles() {
		return Arrays.stream(viewer.getTable().getColumns()).map(TableColumn::getText).toList();
	}

	/** Whether the profile is being read and its roles ranked (the title says so). */
	public boolean loading() {
		return ranking.running();
	}

	/** What the title says. */
	public String titleText() {
		return title.getText();
	}

	/** Whether the reach is being computed. */
	public boolean computingReach() {
		return reaching != null;
	}

	/** The (first) profile file ranked, or null. */
	public IFile profileFile() {
		return profileFiles.isEmpty() ? null : profileFiles.get(0);
	}

	/** The role selected in the table ({@code framework#role}), else the best fit, or null. */
	public String selectedRoleKey() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		if (selected instanceof RoleFit fit) {
			return fit.key();
		}
		return ranked.isEmpty() ? null : ranked.get(0).key();
	}

	/** Selects a role in the table, as a click does. */
	public void select(RoleFit fit) {
		viewer.setSelection(new StructuredSelection(fit), true);
	}

	/** The table, for tests. */
	public Table table() {
		return viewer.getTable();
	}

	/** The ranking shown, best first. */
	public List<RoleFit> ranked() {
		return ranked;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		if (frameworks != null) {
			frameworks.removeChangeListener(registryListener);
		}
		if (ranking != null) {
			ranking.cancel();
		}
		if (reaching != null) {
			reaching.cancel();
		}
		super.dispose();
	}

	/** A bar as long as the score, with the score written after it. */
	private static final class ScoreBar extends OwnerDrawLabelProvider {

		private final Function<Object, RoleFit> fitOf;

		ScoreBar(Function<Object, RoleFit> fitOf) {
			this.fitOf = fitOf;
		}

		@Override
		protected void measure(Event event, Object element) {
			event.setBounds(new Rectangle(event.x, event.y, 140, event.height));
		}

		@Override
		protected void paint(Event event, Object element) {
			RoleFit fit = fitOf.apply(element);
			if (fit == null) {
				return;
			}
			Rectangle bounds = ((TableItem) event.item).getBounds(event.index);
			int width = (int) ((bounds.width - 52) * fit.score() / 100);
			Color color = new Color(fit.score() >= 75 ? 60 : fit.score() >= 50 ? 200 : 200, fit.score() >= 75 ? 150
					: fit.score() >= 50 ? 150 : 70, fit.score() >= 75 ? 80 : 60);
			try {
				event.gc.setBackground(color);
				event.gc.fillRectangle(bounds.x + 2, bounds.y + 3, Math.max(1, width), bounds.height - 6);
				event.gc.setForeground(event.display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
				event.gc.drawText(String.format(Locale.ROOT, "%.1f", fit.roundedScore()), bounds.x + width + 6, bounds.y + 1, true);
			} finally {
				color.dispose();
			}
		}
	}
}
