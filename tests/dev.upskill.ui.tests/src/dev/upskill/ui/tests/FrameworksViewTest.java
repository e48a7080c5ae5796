/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
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
		assertEquals(List.of("Kubernetes  (tool)"), found, "only Kubernetes matches its alias helm");
		view.getFilteredTree().getFilterControl().setText("");
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
