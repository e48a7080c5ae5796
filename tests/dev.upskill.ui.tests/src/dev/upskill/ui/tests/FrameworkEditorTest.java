/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.convert.IDisplayConverter;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.upskill.model.Framework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillPackage.Literals;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.ui.internal.editors.FrameworkEditor;
import dev.upskill.ui.internal.editors.ModelGrid;

/** The framework editor on a copy of the built-in framework: grids of skills and resources, edited through commands. */
class FrameworkEditorTest {

	private static final URI BUILT_IN = URI.createPlatformPluginURI("dev.upskill.frameworks.ai/frameworks/ai-upskilling.framework", true);

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void skillsAndResourcesAreEditedAndUndone() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Framework Tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("ai-copy.framework");
		try (InputStream in = URIConverter.INSTANCE.createInputStream(BUILT_IN)) {
			if (file.exists()) {
				file.setContents(in, true, false, null);
			} else {
				file.create(in, true, null);
			}
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FrameworkEditor editor = (FrameworkEditor) IDE.openEditor(page, file, FrameworkEditor.ID);
		EditorLoads.await(editor);

		ModelGrid<Skill> skills = editor.grid(1);
		Ui.processEvents();
		Framework builtIn = (Framework) UpskillResourceFactory.createResourceSet().getResource(BUILT_IN, true).getContents().get(0);
		assertEquals(builtIn.getSkills().size(), skills.rowCount(), "one row per skill of the file");
		assertEquals("SQL", skills.cell(0, 0));
		assertEquals("sql, postgresql, mysql, t-sql, snowflake", skills.cell(4, 0));
		skills.edit(0, 0, "SQL and warehousing");
		Ui.processEvents();
		assertEquals("SQL and warehousing", skills.cellElement(0).getName());

		// Sorting and filtering show the same model differently; edits still reach the right element.
		skills.sortBy(0, false);
		String last = IntStream.range(0, skills.rowCount()).mapToObj(r -> skills.cellElement(r).getName())
				.max(String.CASE_INSENSITIVE_ORDER).orElseThrow();
		assertEquals(last, skills.cell(0, 0), "names in reverse order");
		for (int row = 1; row < skills.rowCount(); row++) {
			assertTrue(String.CASE_INSENSITIVE_ORDER.compare((String) skills.cell(0, row - 1), (String) skills.cell(0, row)) >= 0);
		}
		// A click on the header goes through the same sort model: from the model's order to Name ascending
		// (the row header is position 0).
		skills.sortBy(-1, true);
		skills.table().doCommand(new SortColumnCommand(skills.table(), 1, false));
		Ui.processEvents();
		assertEquals(SortDirectionEnum.ASC, skills.sortModel().getSortDirection(0));
		for (int row = 1; row < skills.rowCount(); row++) {
			assertTrue(String.CASE_INSENSITIVE_ORDER.compare((String) skills.cell(0, row - 1), (String) skills.cell(0, row)) <= 0);
		}
		skills.setFilter("helm");
		assertEquals(1, skills.rowCount());
		assertEquals("Kubernetes", skills.cell(0, 0), "found by its alias");
		skills.setFilter("");
		skills.sortBy(-1, true);
		assertEquals("SQL and warehousing", skills.cell(0, 0), "back in the model's order");

		ModelGrid<SkillRequirement> requirements = editor.grid(3);
		Ui.processEvents();
		int total = editor.getEditingDomain().getResourceSet().getResources().get(0).getContents().stream()
				.mapToInt(f -> ((Framework) f).getRoles().stream().mapToInt(r -> r.getRequirements().size()).sum()).sum();
		assertEquals(total, requirements.rowCount(), "every requirement of every role");
		assertEquals("Data analyst", requirements.cell(0, 0));
		requirements.edit(2, 0, 5);
		Ui.processEvents();
		assertEquals(5, requirements.cellElement(0).getLevel());
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Ui.processEvents();
		assertEquals(4, requirements.cellElement(0).getLevel());

		ModelGrid<LearningResource> resources = editor.grid(4);
		Ui.processEvents();
		LearningResource first = resources.cellElement(0);
		resources.edit(3, 0, new BigDecimal("19.99"));
		Ui.processEvents();
		assertEquals(new BigDecimal("19.99"), first.getCost());
		assertTrue(editor.isDirty());

		// The cost cell converts text as the form fields do: a blank cell is "not set", the model's default (0, free).
		IDisplayConverter money = resources.table().getConfigRegistry().getConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER,
				DisplayMode.EDIT, "COLUMN_3");
		assertEquals(new BigDecimal("12.50"), money.displayToCanonicalValue(" 12.50 "));
		assertEquals("'twelve' is not an amount like 49.99",
				assertThrows(ConversionFailedException.class, () -> money.displayToCanonicalValue("twelve")).getMessage());
		assertNull(money.displayToCanonicalValue(""));
		resources.edit(3, 0, money.displayToCanonicalValue(""));
		Ui.processEvents();
		assertFalse(first.eIsSet(Literals.LEARNING_RESOURCE__COST), "blank: not set");
		assertEquals(0, BigDecimal.ZERO.compareTo(first.getCost()), "the model's default: free");
		assertEquals("0", money.canonicalToDisplayValue(resources.cell(3, 0)));
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Ui.processEvents();
		assertEquals(new BigDecimal("19.99"), first.getCost(), "one undo brings the cost back");

		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Ui.processEvents();
		assertEquals(BigDecimal.ZERO.compareTo(first.getCost()), 0, "the cost back to 0");
		assertEquals("SQL", skills.cellElement(0).getName());
		assertTrue(!editor.isDirty(), "everything undone");
		assertTrue(new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8).contains("name=\"SQL\""));
	}

}
