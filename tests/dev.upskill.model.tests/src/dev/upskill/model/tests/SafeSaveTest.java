/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.model.Framework;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillKind;
import dev.upskill.model.resource.AtomicFileWriter;
import dev.upskill.model.resource.UpskillResourceFactory;

/**
 * Saving never loses data: the previous version is kept, a model that would not load back is
 * not written at all, and no temporary file is left behind.
 */
class SafeSaveTest {

	@TempDir
	Path folder;

	@Test
	void saveKeepsTheOldVersionAsBackup() throws Exception {
		Path file = folder.resolve("test.framework");
		Framework framework = TestModels.framework();
		Resource resource = TestModels.save(UpskillResourceFactory.createResourceSet(), framework, file);
		byte[] first = Files.readAllBytes(file);

		framework.setName("Renamed");
		resource.save(null);

		assertArrayEquals(first, Files.readAllBytes(AtomicFileWriter.backupOf(file)), "backup holds the previous version");
		assertTrue(Files.readString(file).contains("name=\"Renamed\""));
		assertNoTemporaryFiles();
	}

	@Test
	void aStaleTemporaryFileFromAKilledSaveIsReplacedAndRemoved() throws Exception {
		Path file = folder.resolve("test.framework");
		Framework framework = TestModels.framework();
		Resource resource = TestModels.save(UpskillResourceFactory.createResourceSet(), framework, file);
		// What a save killed after writing half its temporary file leaves behind.
		Path stale = AtomicFileWriter.temporaryOf(file);
		Files.writeString(stale, "<?xml version=\"1.0\"?><half");
		assertTrue(stale.getFileName().toString().startsWith(".") && stale.getFileName().toString().endsWith(".tmp"),
				"hidden, and skipped by *.tmp ignore patterns: " + stale);

		framework.setName("Saved again");
		resource.save(null);

		assertTrue(Files.readString(file).contains("name=\"Saved again\""));
		assertFalse(Files.exists(stale), "the stale temporary file is gone");
		assertNoTemporaryFiles();
	}

	@Test
	void idWithAColonIsRefusedAndTheFileIsUntouched() throws Exception {
		Path file = folder.resolve("test.framework");
		Framework framework = TestModels.framework();
		Resource resource = TestModels.save(UpskillResourceFactory.createResourceSet(), framework, file);
		byte[] saved = Files.readAllBytes(file);

		framework.getSkills().get(0).setId("esco:skill:123");
		IOException refused = assertThrows(IOException.class, () -> resource.save(null));

		assertTrue(refused.getMessage().contains("Skill 'esco:skill:123' has the id 'esco:skill:123'"), refused.getMessage());
		assertTrue(refused.getMessage().contains("no colon"), refused.getMessage());
		assertArrayEquals(saved, Files.readAllBytes(file), "file unchanged byte for byte");
		assertNoTemporaryFiles();
	}

	@Test
	void referenceToAnElementInNoFileIsRefused() throws Exception {
		Path file = folder.resolve("test.framework");
		Framework framework = TestModels.framework();
		Resource resource = TestModels.save(UpskillResourceFactory.createResourceSet(), framework, file);
		byte[] saved = Files.readAllBytes(file);

		Skill floating = TestModels.F.createSkill();
		floating.setId("skill.floating");
		floating.setKind(SkillKind.TOOL);
		framework.getSkills().get(0).getRelated().add(floating);
		IOException refused = assertThrows(IOException.class, () -> resource.save(null));

		assertTrue(refused.getMessage().contains("refers (related) to Skill 'skill.floating', which is in no file"),
				refused.getMessage());
		assertArrayEquals(saved, Files.readAllBytes(file));
	}

	@Test
	void duplicateAndMissingIdsAreRefused() throws Exception {
		Path file = folder.resolve("test.framework");
		Framework framework = TestModels.framework();
		framework.getSkills().get(1).setId(framework.getSkills().get(0).getId());
		framework.getRoles().get(0).setId(null);
		IOException refused = assertThrows(IOException.class,
				() -> TestModels.save(UpskillResourceFactory.createResourceSet(), framework, file));
		assertTrue(refused.getMessage().contains("has the same id as Skill 'skill.python'"), refused.getMessage());
		assertTrue(refused.getMessage().contains("Role named 'Analyst' has no id"), refused.getMessage());
		assertFalse(Files.exists(file), "nothing written");
	}

	@Test
	void newFileIsReadableByOthers() throws Exception {
		Path file = folder.resolve("test.framework");
		TestModels.save(UpskillResourceFactory.createResourceSet(), TestModels.framework(), file);
		assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	private void assertNoTemporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count());
		}
	}
}
