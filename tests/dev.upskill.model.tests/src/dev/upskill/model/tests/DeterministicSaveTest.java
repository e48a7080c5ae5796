/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.model.Framework;
import dev.upskill.model.NamedElement;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillKind;
import dev.upskill.model.resource.UpskillResourceFactory;

/** Files diff and merge well: the same model always gives the same bytes, in the same order. */
class DeterministicSaveTest {

	@TempDir
	Path folder;

	@Test
	void savingAnUnchangedModelTwiceGivesIdenticalBytes() throws Exception {
		Path file = folder.resolve("test.framework");
		Resource resource = TestModels.save(UpskillResourceFactory.createResourceSet(), TestModels.framework(), file);
		byte[] first = Files.readAllBytes(file);
		resource.setModified(true);
		resource.save(null);
		assertArrayEquals(first, Files.readAllBytes(file), "second save of the same model");

		Resource reloaded = UpskillResourceFactory.createResourceSet().getResource(URI.createFileURI(file.toString()), true);
		reloaded.save(null);
		assertArrayEquals(first, Files.readAllBytes(file), "load and save of the saved file");
	}

	@Test
	void fileIsUtf8WithUnixLineEndsAndNoMachineDependentContent() throws Exception {
		Path file = folder.resolve("test.framework");
		TestModels.save(UpskillResourceFactory.createResourceSet(), TestModels.framework(), file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), text.substring(0, 60));
		assertFalse(text.contains("\r"), "no CR line ends");
		assertTrue(text.contains("Für Tests: UTF-8 — ✓"), "non-ASCII text written as UTF-8");
		assertFalse(text.contains("xsi:schemaLocation"), "no schema location to fetch");
		assertFalse(text.contains("xmi:id"), "ids are our stable ids, not generated UUIDs");
		assertTrue(text.contains("prerequisites=\"#skill.sql\""), "references by id, not by position");
	}

	@Test
	void elementOrderIsKeptAndAnInsertionChangesOnlyItsOwnLines() throws Exception {
		Path file = folder.resolve("test.framework");
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		Framework framework = TestModels.framework();
		Resource resource = TestModels.save(resourceSet, framework, file);
		List<String> before = Files.readAllLines(file);

		Skill added = TestModels.F.createSkill();
		added.setId("skill.added");
		added.setName("Added at the top");
		added.setKind(SkillKind.TOOL);
		framework.getSkills().add(0, added);
		framework.getSkills().move(3, 1); // python after sql, features
		resource.save(null);
		List<String> after = Files.readAllLines(file);

		Framework back = (Framework) UpskillResourceFactory.createResourceSet()
				.getResource(URI.createFileURI(file.toString()), true).getContents().get(0);
		assertEquals(ids(framework.getSkills()), ids(back.getSkills()), "skill order after reload");
		assertEquals(List.of("skill.added", "skill.sql", "skill.features", "skill.python"), ids(back.getSkills()));

		List<String> removed = new ArrayList<>(before);
		removed.removeAll(after);
		assertEquals(List.of(), removed, "no line of the old file changed; lines only moved or were added");
	}

	private static List<String> ids(List<? extends NamedElement> elements) {
		return elements.stream().map(NamedElement::getId).toList();
	}
}
