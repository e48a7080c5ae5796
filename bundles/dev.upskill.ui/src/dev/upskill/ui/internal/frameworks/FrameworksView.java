/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.frameworks;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.FilteredTree;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.ui.internal.editors.ModelEditor;
import dev.upskill.ui.internal.frameworks.FrameworkContent.Loaded;
import dev.upskill.ui.internal.jobs.LatestResult;

/**
 * The Frameworks view: every contributed framework, then every framework file of the workspace's
 * open projects (marked "workspace", its path in the tooltip), as a tree of categories, skills, roles
 * and learning resources, with the bundle that contributed each, the contributions that are broken
 * and the workspace's framework files that cannot be read (each with its reason).
 * The filter matches names, ids and the aliases job postings use, and requirements and resources by
 * the skills they are about; group nodes say how many of their elements match. Double-clicking an
 * element opens it in the framework editor (read-only for installed plug-ins, the file's editor for a
 * workspace framework), and the Properties
 * view shows the selected element.
 * <p>
 * The registry is injected (the DS service, found through the part's context). It is read in a Job,
 * since its first use loads every contribution and runs the organizations' providers; the tree says
 * "Loading the frameworks..." meanwhile, and reads it again, in a Job, when bundles come or go or
 * framework files change ({@link WorkspaceFrameworks}).
 */
public class FrameworksView {

	public static final String ID = "dev.upskill.ui.views.frameworks";

	@Inject
	private FrameworkRegistry registry;

	/** The installed frameworks and the workspace's framework files. */
	private AllFrameworks frameworks;

	@Inject
	private ESelectionService selectionService;

	private FilteredTree filteredTree;
	private FrameworkFilter filter;
	private FrameworkLabels labels;
	private LatestResult<Loaded> loading;
	private Loaded loaded;
	private final Runnable refresher = this::registryChanged;

	@PostConstruct
	public void createControls(Composite parent) {
		filter = new FrameworkFilter(() -> loaded);
		filteredTree = new FilteredTree(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION, filter, true, true);
		filteredTree.setQuickSelectionMode(true);
		TreeViewer viewer = filteredTree.getViewer();
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(false);
		labels = new FrameworkLabels(() -> loaded, filter, filteredTree::getViewer);
		TreeColumnLayout layout = new TreeColumnLayout();
		viewer.getTree().getParent().setLayout(layout);
		column(viewer, layout, "Name", 55, FrameworkLabels.NAME);
		column(viewer, layout, "Id", 25, FrameworkLabels.ID);
		column(viewer, layout, "Contributed by", 20, FrameworkLabels.CONTRIBUTOR);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(new FrameworkContent());
		viewer.setInput(FrameworkContent.LOADING);
		viewer.addSelectionChangedListener(event -> selectionService.setSelection(modelSelection(event.getStructuredSelection())));
		// The Properties view follows the post selection.
		viewer.addPostSelectionChangedListener(
				event -> selectionService.setPostSelection(modelSelection(event.getStructuredSelection())));
		viewer.addDoubleClickListener(event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
		loading = new LatestResult<>(viewer.getTree(), FrameworksView.class);
		frameworks = AllFrameworks.of(registry);
		frameworks.addChangeListener(refresher);
		load();
	}

	/** Reads the registry and the workspace's framework files in a Job (loading them when needed) and shows them when done. */
	private void load() {
		loading.start("Loading the frameworks", monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, "Loading the frameworks", 3);
			return Loaded.of(frameworks.read(progress.split(2)));
		}, this::show, failure -> filteredTree.getViewer().setInput("The frameworks could not be loaded: " + failure.getMessage()));
	}

	private void show(Loaded fresh) {
		TreeViewer viewer = filteredTree.getViewer();
		boolean first = loaded == null;
		loaded = fresh;
		viewer.getTree().setRedraw(false);
		try {
			if (first) {
				viewer.setInput(fresh);
				viewer.expandToLevel(1);
			} else {
				Object[] expanded = viewer.getExpandedElements();
				viewer.setInput(fresh);
				viewer.setExpandedElements(expanded);
			}
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	/**
	 * The selection the workbench sees: the model elements behind the nodes (a framework node's
	 * framework, a category node's category), so that the Properties view shows them.
	 */
	private static IStructuredSelection modelSelection(IStructuredSelection nodes) {
		List<Object> elements = new ArrayList<>();
		for (Object node : nodes) {
			EObject element = OpenInEditor.elementOf(node);
			elements.add(element == null ? node : element);
		}
		return new StructuredSelection(elements);
	}

	/**
	 * Opens a node's element in the framework editor, selected: the workspace file's editor, or
	 * read-only for a framework an installed plug-in contributes. Groups and problems open nothing.
	 *
	 * @return the editor, or null when nothing was opened
	 */
	public ModelEditor open(Object node) {
		if (node == null || OpenInEditor.elementOf(node) == null) {
			if (node != null && filteredTree.getViewer().isExpandable(node)) {
				TreeViewer viewer = filteredTree.getViewer();
				viewer.setExpandedState(node, !viewer.getExpandedState(node));
			}
			return null;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			return OpenInEditor.open(page, node);
		} catch (PartInitException e) {
			MessageDialog.openError(filteredTree.getShell(), "Cannot open",
					FrameworkLabels.name(node) + " cannot be opened in the framework editor: " + e.getMessage());
			return null;
		}
	}

	private void column(TreeViewer viewer, TreeColumnLayout layout, String title, int weight, int index) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(labels.column(index));
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	/**
	 * Bundles came or went, or framework files of the workspace changed: read again, in a Job (the
	 * listener may be called on any thread).
	 */
	private void registryChanged() {
		if (filteredTree.isDisposed() || filteredTree.getDisplay().isDisposed()) {
			return;
		}
		filteredTree.getDisplay().asyncExec(() -> {
			if (!filteredTree.isDisposed()) {
				load();
			}
		});
	}

	/** Whether the frameworks are being read (the tree says so). */
	public boolean loading() {
		return loading.running();
	}

	/** The tree, for tests and for the workbench's selection. */
	public TreeViewer getViewer() {
		return filteredTree.getViewer();
	}

	/** The query the tree is filtered by now (after the filtered tree's short delay), or null. */
	public String filterQuery() {
		return filter.query();
	}

	/** The filter text field. */
	public FilteredTree getFilteredTree() {
		return filteredTree;
	}

	@Focus
	public void setFocus() {
		filteredTree.getFilterControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (frameworks != null) {
			frameworks.removeChangeListener(refresher);
		}
		if (loading != null) {
			loading.cancel();
		}
		if (labels != null) {
			labels.dispose();
		}
	}
}
