/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.io.ExporterDescriptor;
import dev.upskill.io.FormatRegistry;
import dev.upskill.io.ImportProblem;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.ImporterDescriptor;

/** The extension point {@code dev.upskill.io.formats}: built-in and contributed formats, and broken contributions. */
class FormatRegistryTest {

	@TempDir
	Path folder;

	@Test
	void builtInAndContributedFormatsAreListedById() throws Exception {
		FormatRegistry registry = SharedData.registry();
		List<String> importers = registry.getImporters().stream().map(ImporterDescriptor::id).toList();
		assertEquals(List.of("case", "csv", "esco", "onet", "test-lines", "test-missing", "test-throwing"), importers);
		assertEquals("dev.upskill.io", registry.getImporter("esco").orElseThrow().contributor(), "the built-in one wins");
		assertEquals(List.of("csv", "xlsx"), registry.getExporters().stream().map(ExporterDescriptor::id).toList());
		assertEquals("xlsx", registry.getExporter("xlsx").orElseThrow().extension());
		assertTrue(registry.getProblems().stream().anyMatch(p -> p.contains("dev.upskill.io.tests") && p.contains("'esco'")),
				"the repeated id is reported with the bundle: " + registry.getProblems());
	}

	@Test
	void contributedImporterRuns() throws Exception {
		Path file = Files.writeString(folder.resolve("skills.txt"), "SQL\n\nPython\n");
		ImportResult result = SharedData.registry().getImporter("test-lines").orElseThrow().run(ImportRequest.of(file),
				new NullProgressMonitor());
		assertEquals(List.of("SQL", "Python"), result.framework().getSkills().stream().map(s -> s.getName()).toList());
		assertFalse(result.hasWarnings());
	}

	@Test
	void throwingImporterGivesAnErrorNamingItsBundle() throws Exception {
		ImportResult result = SharedData.registry().getImporter("test-throwing").orElseThrow()
				.run(ImportRequest.of(folder), new NullProgressMonitor());
		assertNull(result.framework());
		assertTrue(result.isPartial());
		ImportProblem problem = result.problems().get(0);
		assertTrue(problem.message().contains("dev.upskill.io.tests") && problem.message().contains("test-throwing"), problem.toString());
		assertFalse(problem.toString().contains("Exception"), problem.toString());
	}

	@Test
	void missingClassGivesAnErrorNamingItsBundle() throws Exception {
		ImportResult result = SharedData.registry().getImporter("test-missing").orElseThrow()
				.run(ImportRequest.of(folder), new NullProgressMonitor());
		assertNull(result.framework());
		assertTrue(result.problems().get(0).message().contains("dev.upskill.io.tests"), result.problems().toString());
	}

	@Test
	void cancellationIsThrownThrough() throws Exception {
		Path file = Files.writeString(folder.resolve("skills.txt"), "SQL\n");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		ImporterDescriptor lines = SharedData.registry().getImporter("test-lines").orElseThrow();
		assertThrows(OperationCanceledException.class, () -> lines.run(ImportRequest.of(file), cancelled));
	}

	@Test
	void exporterWritesThroughTheRegistry() throws Exception {
		Path file = Files.writeString(folder.resolve("skills.txt"), "SQL\n");
		ImportResult result = SharedData.registry().getImporter("test-lines").orElseThrow().run(ImportRequest.of(file), null);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SharedData.registry().getExporter("csv").orElseThrow().write(result.framework(), out, null);
		String csv = out.toString(StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("kind,id,name,parent,"), csv);
		assertTrue(csv.contains("skill,line1,SQL,"), csv);
	}

}
