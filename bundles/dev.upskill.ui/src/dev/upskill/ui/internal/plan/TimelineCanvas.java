/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import dev.upskill.core.plan.timeline.TimelineLayout;
import dev.upskill.core.plan.timeline.TimelineLayout.Box;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanStep;

/**
 * A plan's timeline drawn on an SWT canvas: a bar per step over the weeks, coloured by status,
 * and below it the weekly load against the plan's weekly hours. Geometry and hit testing come
 * from {@link TimelineLayout}, the drawing from {@link TimelinePainter}; this class scrolls, keeps
 * the highlight in step with the editor's selection and turns clicks into selections.
 * <p>
 * The load chart is drawn by hand rather than with SWTChart: its bars must line up with the
 * week columns of the bars above and scroll with them, which a separate chart widget with its own
 * axis, insets and scrolling cannot do; and SWTChart is not in the product.
 */
public final class TimelineCanvas {

	private static final int MIN_WEEK_WIDTH_PAD = 10;
	private static final int MAX_WEEK_WIDTH = 48;

	private final Canvas canvas;
	private final LearningPlan plan;
	private final Consumer<PlanStep> select;
	private final Consumer<PlanStep> open;
	private final Supplier<LocalDate> today;
	private final ISelectionChangedListener selectionListener;
	private final TimelinePainter painter;
	private TimelineLayout layout;
	private PlanStep selected;
	private Object hovered;
	private int originX;
	private int originY;

	/**
	 * @param selectionProvider the editor's selection, which the canvas highlights
	 * @param select            makes a step the editor's selection (a click on its bar)
	 * @param open              shows a step where it is edited (a double-click)
	 * @param today             the date of the today line
	 */
	public TimelineCanvas(Composite parent, LearningPlan plan, ISelectionProvider selectionProvider, Consumer<PlanStep> select,
			Consumer<PlanStep> open, Supplier<LocalDate> today) {
		this.plan = plan;
		this.select = select;
		this.open = open;
		this.today = today;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		painter = new TimelinePainter(canvas.getDisplay(), canvas.getFont());
		selectionListener = event -> showSelection(event.getSelection() instanceof IStructuredSelection s ? s.getFirstElement() : null);
		selectionProvider.addSelectionChangedListener(selectionListener);
		if (selectionProvider.getSelection() instanceof IStructuredSelection s) {
			selected = s.getFirstElement() instanceof PlanStep step ? step : null;
		}
		canvas.addListener(SWT.Paint, e -> painter.paint(e.gc, canvas.getClientArea(), layout, selected, originX, originY));
		canvas.addListener(SWT.Resize, e -> refresh());
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseDoubleClick, e -> {
			PlanStep step = layout.stepAt(e.x + originX, e.y + originY);
			if (step != null && e.button == 1) {
				open.accept(step);
			}
		});
		canvas.addListener(SWT.MouseMove, e -> hover(e.x + originX, e.y + originY));
		canvas.addListener(SWT.MouseExit, e -> hover(-1, -1));
		canvas.addListener(SWT.KeyDown, this::keyDown);
		canvas.addListener(SWT.Traverse, e -> e.doit = e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS);
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrollTo(canvas.getHorizontalBar().getSelection(), originY));
		canvas.getVerticalBar().addListener(SWT.Selection, e -> scrollTo(originX, canvas.getVerticalBar().getSelection()));
		canvas.addListener(SWT.Dispose, e -> {
			selectionProvider.removeSelectionChangedListener(selectionListener);
			painter.dispose();
		});
		refresh();
	}

	public Canvas control() {
		return canvas;
	}

	/** The geometry drawn now. */
	public TimelineLayout layout() {
		return layout;
	}

	/** The step highlighted, or null. */
	public PlanStep selected() {
		return selected;
	}

	/** The scroll position: the drawing's x at the canvas's left edge. */
	public int originX() {
		return originX;
	}

	public int originY() {
		return originY;
	}

	/**
	 * Recomputes the geometry from the model and redraws; called after every change, undo or
	 * redo. The computation is a pass over the steps and weeks, cheap enough for the UI thread.
	 */
	public void refresh() {
		if (canvas.isDisposed()) {
			return;
		}
		GC gc = new GC(canvas);
		int lineHeight;
		int numberWidth;
		int gutter;
		try {
			lineHeight = gc.getFontMetrics().getHeight();
			numberWidth = gc.textExtent("88").x;
			gutter = gc.textExtent("Week").x + 16;
		} finally {
			gc.dispose();
		}
		int weeks = TimelineLayout.weeks(plan);
		int available = canvas.getClientArea().width - gutter - TimelineLayout.PAD - 1;
		int weekWidth = Math.max(numberWidth + MIN_WEEK_WIDTH_PAD, Math.min(MAX_WEEK_WIDTH, available / weeks));
		LocalDate now = today.get();
		layout = new TimelineLayout(plan, now, new TimelineLayout.Metrics(weekWidth, lineHeight, gutter));
		int spare = canvas.getClientArea().height - layout.height();
		if (spare > 0) {
			// room left: a taller load chart reads better, up to twice the smallest
			int loadHeight = layout.loadChart().height() + Math.min(spare, layout.loadChart().height());
			layout = new TimelineLayout(plan, now, new TimelineLayout.Metrics(weekWidth, lineHeight, gutter, loadHeight));
		}
		if (selected != null && layout.bar(selected) == null) {
			selected = null;
		}
		// the tooltip shown may describe what was just changed
		hovered = null;
		canvas.setToolTipText(null);
		updateScrollBars();
		canvas.redraw();
	}

	/** Highlights a step and makes it the editor's selection, scrolling its bar into view. */
	public void select(PlanStep step) {
		if (layout.bar(step) == null) {
			return;
		}
		selected = step;
		reveal(step);
		canvas.redraw();
		select.accept(step);
	}

	private void showSelection(Object element) {
		PlanStep step = element instanceof PlanStep s && layout.bar(s) != null ? s : null;
		if (step != selected && !canvas.isDisposed()) {
			selected = step;
			if (step != null) {
				reveal(step);
			}
			canvas.redraw();
		}
	}

	private void reveal(PlanStep step) {
		Box box = layout.bar(step).box();
		Rectangle client = canvas.getClientArea();
		int gutter = layout.metrics().gutter();
		int x = originX;
		if (box.x() - x < gutter || box.x() - x > client.width - 20) {
			x = Math.max(0, box.x() - gutter - layout.metrics().weekWidth());
		}
		int y = originY;
		if (box.y() - y < 0 || box.bottom() - y > client.height) {
			y = Math.max(0, box.y() - client.height / 3);
		}
		scrollTo(x, y);
	}

	private void scrollTo(int x, int y) {
		Rectangle client = canvas.getClientArea();
		originX = Math.max(0, Math.min(x, layout.width() - client.width));
		originY = Math.max(0, Math.min(y, layout.height() - client.height));
		canvas.getHorizontalBar().setSelection(originX);
		canvas.getVerticalBar().setSelection(originY);
		canvas.redraw();
	}

	private void updateScrollBars() {
		Rectangle client = canvas.getClientArea();
		configure(canvas.getHorizontalBar(), layout.width(), client.width);
		configure(canvas.getVerticalBar(), layout.height(), client.height);
		scrollTo(originX, originY);
	}

	private static void configure(ScrollBar bar, int content, int visible) {
		bar.setMaximum(Math.max(1, content));
		bar.setThumb(Math.max(1, Math.min(content, visible)));
		bar.setPageIncrement(Math.max(1, visible - 20));
		bar.setIncrement(20);
		bar.setVisible(content > visible);
	}

	private void mouseDown(Event e) {
		if (e.button != 1) {
			return;
		}
		canvas.setFocus();
		PlanStep step = layout.stepAt(e.x + originX, e.y + originY);
		if (step != null) {
			selected = step;
			canvas.redraw();
			select.accept(step);
		}
	}

	private void keyDown(Event e) {
		int index = selected == null ? -1 : plan.getSteps().indexOf(selected);
		if (e.keyCode == SWT.ARROW_DOWN && index + 1 < plan.getSteps().size()) {
			select(plan.getSteps().get(index + 1));
		} else if (e.keyCode == SWT.ARROW_UP && index > 0) {
			select(plan.getSteps().get(index - 1));
		} else if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && selected != null) {
			open.accept(selected);
		}
	}

	private void hover(int x, int y) {
		Object over = x < 0 ? null : layout.stepAt(x, y);
		if (over == null && x >= 0 && layout.loadWeekAt(x, y) > 0) {
			over = layout.loadWeekAt(x, y);
		}
		if (!Objects.equals(over, hovered)) {
			hovered = over;
			canvas.setToolTipText(over instanceof PlanStep step ? TimelineText.tooltip(plan, step)
					: over instanceof Integer week ? TimelineText.tooltip(plan, layout.load(), week) : null);
		}
	}
}
