/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.gap.RoleRanking;

/**
 * The Role Fit view: every role of every framework ranked by how well the profile fits it, with a
 * score bar; a double-click analyses that role in the Gap Analysis view.
 */
public class RoleFitView extends ViewPart {

	public static final String ID = "dev.upskill.ui.views.rolefit";

	private Label title;
	private TableViewer viewer;
	private ProfileTracker tracker;
	private List<RoleFit> ranked = List.of();
	private IFile profileFile;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		title = new Label(parent, SWT.NONE);
		title.setText("Select a .profile file to rank the roles it fits.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		column("#", 40, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Integer.toString(ranked.indexOf(element) + 1);
			}
		});
		TableViewerColumn score = new TableViewerColumn(viewer, SWT.LEFT);
		score.getColumn().setText("Fit");
		score.getColumn().setWidth(180);
		score.setLabelProvider(new ScoreBar());
		column("Role", 300, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((RoleFit) element).role().getName();
			}
		});
		column("Id", 280, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((RoleFit) element).key();
			}
		});
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addDoubleClickListener(event -> {
			if (((org.eclipse.jface.viewers.IStructuredSelection) event.getSelection()).getFirstElement() instanceof RoleFit fit) {
				analyse(fit);
			}
		});
		tracker = new ProfileTracker(getViewSite(), title, this::profileChanged);
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

	private void profileChanged(IFile file) {
		profileFile = file;
		ProfileInput.Loaded loaded = ProfileInput.load(file);
		AnalysisContext context = loaded.context();
		if (context == null) {
			title.setText(file.getName() + " cannot be read: " + (loaded.problems().isEmpty() ? "" : loaded.problems().get(0).message()));
			ranked = List.of();
		} else {
			RoleRanking ranking = new RoleRanking(context.roles());
			ranked = ranking.rank(context.profile(), ranking.roleCount());
			title.setText(String.format(Locale.ROOT, "%s (%s) against %d roles; double-click a role to see its gaps",
					context.profile().getPerson() != null ? context.profile().getPerson() : context.profile().getName(), file.getName(),
					ranked.size()));
		}
		viewer.setInput(ranked);
		title.getParent().layout(true, true);
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
			org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
		}
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
			Rectangle bounds = ((org.eclipse.swt.widgets.TableItem) event.item).getBounds(event.index);
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
