/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.gap.RoleRanking;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.core.plan.RolesWithinReach.Reach;
import dev.upskill.core.plan.RolesWithinReach;
import dev.upskill.core.table.Column;
import dev.upskill.core.table.RankTable;
import dev.upskill.model.Role;
import dev.upskill.ui.internal.jobs.LatestResult;
import dev.upskill.ui.internal.preferences.TrustOrderPreference;

/**
 * The Role Fit view: every role of every framework ranked by how well the profile fits it, with a
 * score bar; a double-click analyses that role in the Gap Analysis view.
 */
public class RoleFitView extends ViewPart {

	public static final String ID = "dev.upskill.ui.views.rolefit";

	private Label title;
	private TableViewer viewer;
	private ProfileTracker tracker;
	/** How many roles get exact plans in the reach column; the others get a lower bound. */
	static final int REACH_LEADERS = 3;

	private List<RoleFit> ranked = List.of();
	private Map<RoleFit, Integer> rank = Map.of();
	private Map<String, Reach> reach = Map.of();
	private Job reaching;
	private String reachProblem;
	private String currency = "USD";
	private IFile profileFile;
	private FrameworkRegistry registry;
	private LatestResult<Ranked> ranking;
	private final Runnable registryListener = this::registryChanged;

	/** A profile read with its frameworks and every role ranked, in a Job. */
	private record Ranked(ProfileInput.Loaded loaded, List<RoleFit> roles, Map<RoleFit, Integer> positions, String currency) {
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		title = new Label(parent, SWT.NONE);
		title.setText("Select a .profile file to rank the roles it fits.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		// Virtual, and sized by the layout rather than measured: a framework may have thousands of
		// roles, and measuring every row froze the UI thread for seconds at ESCO scale.
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		viewer.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 200).applyTo(viewer.getControl());
		TrustOrderPreference.onChange(viewer.getControl(), () -> {
			if (profileFile != null) {
				profileChanged(profileFile);
			}
		});
		column(RankTable.TABLE.column(RankTable.RANK).title(), 40, rankColumn(RankTable.RANK));
		TableViewerColumn score = new TableViewerColumn(viewer, SWT.LEFT);
		score.getColumn().setText(RankTable.TABLE.column(RankTable.SCORE).title());
		score.getColumn().setWidth(180);
		score.setLabelProvider(new ScoreBar());
		column("Within reach", 660, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return reachText((RoleFit) element);
			}

			@Override
			public String getToolTipText(Object element) {
				Reach r = reach.get(((RoleFit) element).key());
				return r == null ? null : !r.reachable() ? r.note() : r.exact() ? "From the role's best plan at the profile's hours and budget."
						: "A lower bound: only the leading roles get an exact plan.";
			}
		});
		column(RankTable.TABLE.column(RankTable.NAME).title(), 300, rankColumn(RankTable.NAME));
		column(RankTable.TABLE.column(RankTable.ROLE).title(), 260, rankColumn(RankTable.ROLE));
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
		registry = getSite().getService(FrameworkRegistry.class);
		ranking = new LatestResult<>(title, RoleFitView.class);
		if (registry != null) {
			registry.addChangeListener(registryListener);
		}
		tracker = new ProfileTracker(getViewSite(), title, this::profileChanged);
	}

	/** Bundles that contribute frameworks came or went (on any thread): rank again. */
	private void registryChanged() {
		Display display = title.getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!title.isDisposed() && profileFile != null) {
					profileChanged(profileFile);
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

	/**
	 * Reads the profile with its frameworks and ranks every role, in a Job; the title says so
	 * meanwhile, and a newer request (another profile, a change) supersedes this one.
	 */
	private void profileChanged(IFile file) {
		profileFile = file;
		title.setText("Reading " + file.getName() + " and the frameworks, ranking the roles...");
		title.getParent().layout(true, true);
		ranking.start("Ranking roles for " + file.getName(), monitor -> rank(file, monitor), this::showRanking, failure -> {
			title.setText(file.getName() + " cannot be ranked: " + failure.getMessage());
			title.getParent().layout(true, true);
		});
	}

	/** In the Job: reads and ranks. */
	private Ranked rank(IFile file, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		ProfileInput.Loaded loaded = ProfileInput.load(file, registry, progress.split(2));
		AnalysisContext context = loaded.context();
		if (context == null) {
			return new Ranked(loaded, List.of(), Map.of(), null);
		}
		progress.setTaskName("Ranking " + context.roles().size() + " roles");
		RoleRanking roleRanking = new RoleRanking(context.roles());
		List<RoleFit> roles = roleRanking.rank(CurrentLevels.of(context.profile(), TrustOrder.preferred()), roleRanking.roleCount());
		// The rank column reads a map, not indexOf, so that painting n rows stays O(n).
		Map<RoleFit, Integer> positions = new IdentityHashMap<>();
		for (int i = 0; i < roles.size(); i++) {
			positions.put(roles.get(i), i);
		}
		progress.worked(1);
		return new Ranked(loaded, roles, positions, new PlanRequest(context.profile(), List.of()).currency());
	}

	private void showRanking(Ranked result) {
		IFile file = profileFile;
		ProfileInput.Loaded loaded = result.loaded();
		AnalysisContext context = loaded.context();
		ranked = result.roles();
		rank = result.positions();
		if (context == null) {
			title.setText(file.getName() + " cannot be read: " + (loaded.problems().isEmpty() ? "" : loaded.problems().get(0).message()));
		} else {
			currency = result.currency();
			title.setText(String.format(Locale.ROOT, "%s (%s) against %d roles; double-click a role to see its gaps",
					context.profile().getPerson() != null ? context.profile().getPerson() : context.profile().getName(), file.getName(),
					ranked.size()));
		}
		viewer.setInput(ranked);
		title.getParent().layout(true, true);
		reach(context);
	}

	/**
	 * How soon each role is within reach, from {@link RolesWithinReach}: exact for the leaders, a
	 * lower bound for the others. In a Job after the scores; the column says "Computing..." meanwhile.
	 */
	private void reach(AnalysisContext context) {
		if (reaching != null) {
			reaching.cancel();
			reaching = null;
		}
		reach = Map.of();
		reachProblem = null;
		if (context == null || ranked.isEmpty()) {
			return;
		}
		List<Role> roles = ranked.stream().map(RoleFit::role).toList();
		Display display = viewer.getControl().getDisplay();
		Job job = new Job("Roles within reach") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Map<String, Reach> computed = new HashMap<>();
				String failure = null;
				try {
					PlanRequest request = new PlanRequest(context.profile(), context.resources());
					for (Reach r : new RolesWithinReach().rank(request, roles, 0, REACH_LEADERS, monitor)) {
						computed.put(r.key(), r);
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
					reach = Map.copyOf(computed);
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

	/** What the reach column says for a role. */
	public String reachText(RoleFit fit) {
		if (reaching != null) {
			return "Computing...";
		}
		Reach r = reach.get(fit.key());
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
				GapAnalysisView.money(r.cost()), currency);
	}

	/** Opens the Gap Analysis view on this role. */
	public void analyse(RoleFit fit) {
		try {
			GapAnalysisView gap = (GapAnalysisView) getSite().getPage().showView(GapAnalysisView.ID);
			if (profileFile != null) {
				gap.setProfile(profileFile);
			}
			gap.selectRole(fit.key());
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	/** The reach of each role by key, once computed; empty while computing. */
	public Map<String, Reach> reach() {
		return reach;
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

	/** The profile file ranked, or null. */
	public IFile profileFile() {
		return profileFile;
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
		if (registry != null) {
			registry.removeChangeListener(registryListener);
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

		@Override
		protected void measure(Event event, Object element) {
			event.setBounds(new Rectangle(event.x, event.y, 170, event.height));
		}

		@Override
		protected void paint(Event event, Object element) {
			RoleFit fit = (RoleFit) element;
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
