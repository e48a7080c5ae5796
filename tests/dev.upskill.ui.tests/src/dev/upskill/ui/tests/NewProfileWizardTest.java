/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.ui.internal.wizards.NewProfileWizard;

/** The profile the New Profile wizard writes from its answers: valid, portable, pre-filled for the target role. */
class NewProfileWizardTest {

	@TempDir
	Path folder;

	@Test
	void answersBecomeAValidProfileWithTheTargetRolesSkillsToRate() throws Exception {
		FrameworkRegistry registry = PlatformUI.getWorkbench().getService(FrameworkRegistry.class);
		Role current = registry.findRole("ai-upskilling", "role.data-analyst").orElseThrow();
		Role target = registry.findRole("ai-upskilling", "role.mlops-engineer").orElseThrow();
		Profile profile = NewProfileWizard.createProfile("sam", "Sam Lee", current, target, 8, new BigDecimal("2000"), "EUR");

		assertEquals(target.getRequirements().size(), profile.getAssessments().size(), "one assessment per required skill");
		assertTrue(profile.getAssessments().stream().allMatch(a -> a.getLevel() == 0 && a.isSetLevel()), "at the lowest level");
		Path file = folder.resolve("sam.profile");
		ResourceSet write = UpskillResourceFactory.createResourceSet();
		Resource resource = write.createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(profile);
		resource.save(null);
		String text = Files.readString(file);
		assertTrue(text.contains("targetRoles=\"upskill:/framework/ai-upskilling#role.mlops-engineer\""), text);

		ResourceSet read = UpskillResourceFactory.createResourceSet();
		registry.configure(read);
		ModelFile loaded = ModelFile.load(read, file);
		assertEquals(List.of(), ModelChecker.check(loaded), "the new profile is valid and its references resolve");
		Profile back = (Profile) loaded.resource().getContents().get(0);
		assertEquals("MLOps engineer", back.getTargetRoles().get(0).getName());
		assertEquals("Docker", back.getAssessments().stream().filter(a -> a.getSkill().getId().equals("skill.docker")).findFirst()
				.orElseThrow().getSkill().getName());
	}
}
