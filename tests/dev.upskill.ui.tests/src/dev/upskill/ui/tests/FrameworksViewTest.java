/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.NamedElement;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.UpskillPackage;
import dev.upskill.ui.internal.editors.FrameworkEditor;
import dev.upskill.ui.internal.editors.ModelGrid;
import dev.upskill.ui.internal.frameworks.FrameworksView;

/** The Frameworks view in the running workbench: frameworks, their contributors, the filter. */
class FrameworksViewTest {

	@Test
	void showsTheBuiltInFrameworkAndFindsSkillsByAlias() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewPart part = page.showView(FrameworksView.ID);
		FrameworksView view = viewOf(part);
		Ui.waitFor(() -> !view.loading(), "the frameworks loaded");

		TreeItem[] roots = view.getViewer().getTree().getItems();
		assertTrue(roots.length >= 1, "at least the built-in framework");
		TreeItem ai = Arrays.stream(roots).filter(i -> i.getText(0).startsWith("AI upskilling")).findFirst().orElseThrow(
				() -> new AssertionError("no 'AI upskilling' in " + texts(roots)));
		assertEquals("ai-upskilling", ai.getText(1));
		assertEquals("dev.upskill.frameworks.ai", ai.getText(2));
		RegisteredFramework builtIn = PlatformUI.getWorkbench().getService(FrameworkRegistry.class).getFramework("ai-upskilling")
				.orElseThrow();
		int resources = builtIn.resources().size();
		assertTrue(resources >= 55, "the built-in framework's learning resources: " + resources);
		assertTrue(ai.getText(0).contains(builtIn.skills().size() + " skills, " + builtIn.roles().size() + " roles, " + resources
				+ " resources"), ai.getText(0));

		assertTrue(visibleLeaves(view).stream().anyMatch(t -> t.startsWith("Python")), "unfiltered, every skill shows");
		view.getFilteredTree().getFilterControl().setText("helm");
		Ui.waitFor(() -> visibleLeaves(view).stream().noneMatch(t -> t.startsWith("Python")), "the filter to hide other skills");
		List<String> found = visibleLeaves(view);
		assertTrue(found.contains("Kubernetes  (tool)"), "Kubernetes matches its alias helm: " + found);
		assertTrue(found.stream().noneMatch(t -> t.contains("(tool)") && !t.startsWith("Kubernetes")),
				"no other skill matches helm: " + found);
		view.getFilteredTree().getFilterControl().setText("");
	}

	@Test
	void aFilterOnAnAliasFindsEverythingTheSkillFindsAndGroupsCountWhatMatches() throws Exception {
		FrameworksView view = shownView();
		RegisteredFramework builtIn = PlatformUI.getWorkbench().getService(FrameworkRegistry.class).getFramework("ai-upskilling")
				.orElseThrow();
		Skill kubernetes = builtIn.skills().stream().filter(s -> s.getId().equals("skill.kubernetes")).findFirst().orElseThrow();
		assertTrue(kubernetes.getAliases().contains("k8s"), "k8s is an alias of Kubernetes");
		List<Role> requiring = builtIn.roles().stream()
				.filter(r -> r.getRequirements().stream().anyMatch(q -> q.getSkill() == kubernetes)).toList();
		List<LearningResource> teaching = builtIn.resources().stream()
				.filter(r -> r.getGains().stream().anyMatch(g -> g.getSkill() == kubernetes)).toList();
		assertTrue(requiring.size() >= 3, "roles that require Kubernetes: " + requiring);
		view.getViewer().expandToLevel(2);
		TreeItem ai = frameworkItem(view, "ai-upskilling");
		assertEquals("Roles (" + builtIn.roles().size() + ")", child(ai, "Roles").getText(0), "unfiltered: the total");

		Set<Object> byName = filtered(view, "kubernetes");
		assertTrue(byName.containsAll(requiring), "kubernetes finds the roles that require it");
		assertTrue(byName.containsAll(teaching), "kubernetes finds the resources that teach it");
		assertTrue(byName.stream().anyMatch(e -> e instanceof LearningResource r && r.getKind() == ResourceKind.CERTIFICATION),
				"and a certification");
		ai = frameworkItem(view, "ai-upskilling");
		// The built-in framework's own (other tests leave workspace copies of it, listed after it)
		int rolesFound = (int) byName.stream().filter(e -> e instanceof Role && builtIn.roles().contains(e)).count();
		assertEquals("Roles (" + rolesFound + " of " + builtIn.roles().size() + ")", child(ai, "Roles").getText(0));
		int resourcesFound = (int) byName.stream().filter(e -> e instanceof LearningResource && builtIn.resources().contains(e))
				.count();
		assertEquals("Learning resources (" + resourcesFound + " of " + builtIn.resources().size() + ")",
				child(ai, "Learning resources").getText(0));

		Set<Object> byAlias = filtered(view, "K8s");
		assertTrue(byAlias.containsAll(byName), "k8s finds everything kubernetes finds; missing: "
				+ byName.stream().filter(e -> !byAlias.contains(e)).map(FrameworksViewTest::describe).toList());
		assertTrue(byAlias.contains(kubernetes));
		assertTrue(filtered(view, "no-such-skill-anywhere").isEmpty(), "a query that matches nothing shows nothing");
		view.getFilteredTree().getFilterControl().setText("");
	}

	@Test
	void doubleClickOpensTheElementReadOnlyAndPropertiesShowIt() throws Exception {
		FrameworksView view = shownView();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		// The Properties view beside the Frameworks view (the perspective puts it on the right), then select.
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(page.findView(FrameworksView.ID));
		assertTrue(page.isPartVisible(properties), "the Properties view stays visible beside the Frameworks view");
		filtered(view, "k8s");
		TreeItem item = findItem(view.getViewer().getTree().getItems(), data -> data instanceof Skill s && s.getId().equals("skill.kubernetes"));
		view.getViewer().setSelection(new StructuredSelection(item.getData()), true);
		Ui.processEvents();
		Skill shown = (Skill) item.getData();
		IPropertySource source = Adapters.adapt(shown, IPropertySource.class);
		assertNotNull(source, "the Properties view has a source for a skill of the Frameworks view");
		assertTrue(Arrays.stream(source.getPropertyDescriptors()).allMatch(d -> d.createPropertyEditor(view.getViewer().getTree()) == null),
				"an installed framework's properties cannot be edited");
		source.setPropertyValue(Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("Name"))
				.findFirst().orElseThrow().getId(), "Renamed");
		assertEquals("Kubernetes", shown.getName(), "setting a property of an installed framework changes nothing");
		try {
			Ui.waitFor(() -> propertyTexts(properties).contains("Kubernetes"), "the Properties view showing the skill");
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + ": page " + properties.getCurrentPage() + " control "
					+ (properties.getCurrentPage() == null ? null : properties.getCurrentPage().getControl()) + " texts "
					+ propertyTexts(properties) + " page selection " + page.getSelection() + " active " + page.getActivePart()
					+ " visible " + page.isPartVisible(properties));
		}

		view.getViewer().getTree().notifyListeners(SWT.DefaultSelection, selectionEvent(item));
		Ui.waitFor(() -> page.getActiveEditor() instanceof FrameworkEditor, "the framework editor");
		FrameworkEditor editor = (FrameworkEditor) page.getActiveEditor();
		EditorLoads.await(editor);
		assertTrue(editor.isReadOnly());
		assertTrue(editor.getTitle().endsWith("(read-only)"), editor.getTitle());
		assertTrue(editor.getTitle().startsWith(builtInName()), editor.getTitle());
		Object selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
		assertTrue(selected instanceof Skill s && s.getId().equals("skill.kubernetes") && s != shown,
				"the editor's own copy of the skill is selected: " + selected);
		Skill copy = (Skill) selected;
		ModelGrid<Skill> skills = editor.grid(editor.getActivePage());
		int index = skills.rowOf(copy);
		assertTrue(index > 0, "the skill is a row of the grid");
		Ui.waitFor(() -> skills.isRowShown(index), "the selected row scrolled into view");
		editor.execute(SetCommand.create(editor.getEditingDomain(), copy, UpskillPackage.Literals.NAMED_ELEMENT__NAME, "Renamed"));
		assertEquals("Kubernetes", copy.getName(), "a read-only editor runs no command");
		assertFalse(editor.isDirty());
		IPropertySource inEditor = editor.propertiesOf(copy);
		assertTrue(Arrays.stream(inEditor.getPropertyDescriptors()).allMatch(d -> d.createPropertyEditor(view.getViewer().getTree()) == null),
				"the editor's Properties page cannot edit a read-only model either");

		// A role opens in the same editor, on its row.
		TreeItem role = findItem(view.getViewer().getTree().getItems(), data -> data instanceof Role);
		view.getViewer().setSelection(new StructuredSelection(role.getData()), true);
		view.open(role.getData());
		String roleId = ((Role) role.getData()).getId();
		Ui.waitFor(() -> editor.getActivePage() == 2 && editor.grid(2).selectedElement() instanceof Role r && r.getId().equals(roleId),
				"the role's row selected in the Roles page");
		assertEquals(1, page.getEditorReferences().length, "the installed framework is open once");
		assertEquals(2, editor.getActivePage(), "the Roles page");
		Object selectedRole = editor.grid(2).selectedElement();
		assertTrue(selectedRole instanceof Role r && r.getId().equals(((Role) role.getData()).getId()),
				"the role's row is selected: " + selectedRole + "; the editor's selection: "
						+ editor.getSite().getSelectionProvider().getSelection());
		page.closeAllEditors(false);
		view.getFilteredTree().getFilterControl().setText("");
	}

	private static String builtInName() {
		return PlatformUI.getWorkbench().getService(FrameworkRegistry.class).getFramework("ai-upskilling").orElseThrow().name();
	}

	private static Event selectionEvent(TreeItem item) {
		Event event = new Event();
		event.item = item;
		return event;
	}

	private static List<String> propertyTexts(PropertySheet properties) {
		List<String> texts = new ArrayList<>();
		if (properties.getCurrentPage() != null && properties.getCurrentPage().getControl() instanceof Tree tree) {
			collectAll(tree.getItems(), texts);
		}
		return texts;
	}

	private static void collectAll(TreeItem[] items, List<String> texts) {
		for (TreeItem item : items) {
			texts.add(item.getText(1));
			item.setExpanded(true);
			collectAll(item.getItems(), texts);
		}
	}

	/** The view, loaded and unfiltered. */
	private static FrameworksView shownView() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FrameworksView view = viewOf(page.showView(FrameworksView.ID));
		Ui.waitFor(() -> !view.loading(), "the frameworks loaded");
		view.getFilteredTree().getFilterControl().setText("");
		Ui.waitFor(() -> view.filterQuery() == null || view.filterQuery().isEmpty(), "the filter cleared");
		return view;
	}

	@AfterEach
	void clearFilter() throws Exception {
		shownView();
	}

	/** The elements the tree shows under the query, once the filter has run. */
	private static Set<Object> filtered(FrameworksView view, String query) throws InterruptedException {
		view.getFilteredTree().getFilterControl().setText(query);
		// The filtered tree refreshes after a short delay; wait until the query has been applied.
		Ui.waitFor(() -> !view.getFilteredTree().getViewer().getTree().isDisposed() && appliedQuery(view, query), "the filter on " + query);
		view.getViewer().expandAll();
		Set<Object> shown = Collections.newSetFromMap(new IdentityHashMap<>());
		collectData(view.getViewer().getTree().getItems(), shown);
		return shown;
	}

	private static boolean appliedQuery(FrameworksView view, String query) {
		return query.equals(view.filterQuery());
	}

	/** The model elements shown (group and category nodes are made afresh on each refresh, so they are left out). */
	private static void collectData(TreeItem[] items, Set<Object> shown) {
		for (TreeItem item : items) {
			if (item.getData() instanceof EObject) {
				shown.add(item.getData());
			}
			collectData(item.getItems(), shown);
		}
	}

	private static TreeItem frameworkItem(FrameworksView view, String id) {
		return Arrays.stream(view.getViewer().getTree().getItems()).filter(i -> i.getText(1).equals(id)).findFirst().orElseThrow();
	}

	private static TreeItem child(TreeItem parent, String prefix) {
		return Arrays.stream(parent.getItems()).filter(i -> i.getText(0).startsWith(prefix + " (")).findFirst()
				.orElseThrow(() -> new AssertionError("no " + prefix + " under " + parent.getText(0) + ": " + texts(parent.getItems())));
	}

	private static TreeItem findItem(TreeItem[] items, Predicate<Object> wanted) {
		for (TreeItem item : items) {
			if (wanted.test(item.getData())) {
				return item;
			}
			TreeItem found = findItem(item.getItems(), wanted);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static String describe(Object element) {
		return element instanceof NamedElement named ? named.getId() : String.valueOf(element);
	}

	static FrameworksView viewOf(IViewPart part) {
		// An e4view is wrapped by the 3.x compatibility layer; its POJO is the part's object.
		Object object = part.getSite().getService(MPart.class).getObject();
		if (object instanceof FrameworksView view) {
			return view;
		}
		throw new AssertionError("not the Frameworks view: " + object);
	}

	private static List<String> visibleLeaves(FrameworksView view) {
		view.getViewer().expandAll();
		List<String> texts = new ArrayList<>();
		collect(view.getViewer().getTree().getItems(), texts);
		return texts;
	}

	private static void collect(TreeItem[] items, List<String> texts) {
		for (TreeItem item : items) {
			if (item.getItemCount() == 0) {
				texts.add(item.getText(0));
			}
			collect(item.getItems(), texts);
		}
	}

	private static List<String> texts(TreeItem[] items) {
		return Arrays.stream(items).map(i -> i.getText(0)).toList();
	}

}
