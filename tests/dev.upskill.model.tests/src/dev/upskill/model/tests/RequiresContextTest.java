/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.model.Framework;
import dev.upskill.model.Skill;
import dev.upskill.model.UpskillPackage;
import dev.upskill.model.resource.UpskillResource;
import dev.upskill.model.resource.UpskillResourceFactory;

/**
 * A skill's {@code requiresContext} words (the names and aliases that are ordinary words too) are
 * written as elements like aliases, read back by both loaders in order, and optional.
 */
class RequiresContextTest {

	@TempDir
	Path folder;

	@Test
	void theWordsThatNeedContextAreSavedAndReadBackInOrder() throws Exception {
		Framework framework = TestModels.framework();
		Skill skill = framework.getSkills().get(0);
		skill.getRequiresContext().addAll(List.of("Go", "helm"));
		Path file = folder.resolve("context.framework");
		TestModels.save(UpskillResourceFactory.createResourceSet(), framework, file);
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(saved.contains("<requiresContext>Go</requiresContext>"), saved);

		for (boolean general : new boolean[] { false, true }) {
			UpskillResource resource = (UpskillResource) UpskillResourceFactory.createResourceSet()
					.createResource(URI.createFileURI(file.toString()));
			resource.load(general ? Map.of(UpskillResource.OPTION_GENERAL_LOADER, Boolean.TRUE) : null);
			assertEquals(!general, resource.isReadDirectly());
			Skill read = ((Framework) resource.getContents().get(0)).getSkills().get(0);
			assertEquals(List.of("Go", "helm"), read.getRequiresContext(), general ? "EMF's loader" : "the direct reader");
		}
	}

	@Test
	void aSkillWithoutThemHasNone() {
		Skill skill = TestModels.framework().getSkills().get(0);
		assertTrue(skill.getRequiresContext().isEmpty());
		assertTrue(UpskillPackage.Literals.SKILL__REQUIRES_CONTEXT.isMany());
	}
}
