/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.io.FrameworkCounts;
import dev.upskill.io.FrameworkFiles;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.internal.esco.EscoImporter;
import dev.upskill.model.Framework;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillKind;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;

/**
 * Every file of the real ESCO v1.2 subset in {@code ../shared/data/esco}, imported, and checked
 * against the files themselves (read here with Commons CSV, independently of the importer).
 */
class EscoRealDataTest {

	@TempDir
	Path folder;

	static List<Map<String, String>> rows(Path file) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			for (CSVRecord record : parser) {
				rows.add(record.toMap());
			}
		}
		return rows;
	}

	@Test
	void importsEveryFileAndMatchesTheFiles() throws IOException {
		Path esco = SharedData.folder("esco");
		AtomicInteger worked = new AtomicInteger();
		ImportResult result = new EscoImporter().read(ImportRequest.of(esco), new NullProgressMonitor() {
			@Override
			public void worked(int work) {
				worked.addAndGet(work);
			}
		});
		Framework framework = result.framework();
		assertNotNull(framework, result.problems().toString());
		assertFalse(result.isPartial(), result.problems().toString());
		System.out.println("[import] ESCO: " + result.counts());
		result.problems().forEach(p -> System.out.println("[import]   " + p));
		assertTrue(worked.get() >= 990, "progress reaches the end: " + worked);

		// Skills: every concept of both collections once, with its label, URI and kind.
		Map<String, Map<String, String>> expected = new LinkedHashMap<>();
		for (String name : List.of("digitalSkillsCollection_en.csv", "transversalSkillsCollection_en.csv")) {
			for (Map<String, String> row : rows(esco.resolve(name))) {
				expected.putIfAbsent(row.get("conceptUri"), row);
			}
		}
		Map<String, Skill> byUri = new HashMap<>();
		framework.getSkills().forEach(s -> byUri.put(s.getSourceUri(), s));
		assertEquals(expected.size(), framework.getSkills().size());
		assertEquals(expected.keySet(), byUri.keySet());
		int knowledge = 0;
		for (Map.Entry<String, Map<String, String>> entry : expected.entrySet()) {
			Skill skill = byUri.get(entry.getKey());
			assertEquals(entry.getValue().get("preferredLabel").strip(), skill.getName());
			assertEquals("skill." + entry.getKey().substring(entry.getKey().lastIndexOf('/') + 1), skill.getId());
			assertFalse(skill.getId().contains(":"));
			if (entry.getValue().get("skillType").equals("knowledge")) {
				knowledge++;
				assertEquals(SkillKind.KNOWLEDGE, skill.getKind());
			}
			assertTrue(skill.getFacets().contains(entry.getValue().get("reuseLevel")), skill.getName());
			for (String alias : entry.getValue().get("altLabels").split("\\s*\\|\\s*|\\R")) {
				if (!alias.isBlank() && !alias.strip().equals(skill.getName())) {
					assertTrue(skill.getAliases().contains(alias.strip()), skill.getName() + " has the alias " + alias);
				}
			}
		}
		assertEquals(knowledge, framework.getSkills().stream().filter(s -> s.getKind() == SkillKind.KNOWLEDGE).count());

		// Categories: every skill group, nested as the hierarchy says.
		Map<String, SkillCategory> categories = new HashMap<>();
		framework.eAllContents().forEachRemaining(o -> {
			if (o instanceof SkillCategory c) {
				categories.put(c.getId(), c);
			}
		});
		Set<String> groups = new HashSet<>();
		rows(esco.resolve("skillGroups_en.csv")).forEach(r -> groups.add(r.get("conceptUri")));
		assertEquals(groups.size(), categories.size());
		int nested = 0;
		for (Map<String, String> row : rows(esco.resolve("skillsHierarchy_en.csv"))) {
			for (int level = 1; level <= 3; level++) {
				String uri = row.get("Level " + level + " URI");
				if (uri.isEmpty()) {
					break;
				}
				SkillCategory parent = categories.get(id(row.get("Level " + (level - 1) + " URI")));
				assertSame(parent, categories.get(id(uri)).eContainer(), uri);
				nested++;
			}
		}
		assertTrue(nested > 600, "the hierarchy nests " + nested);
		for (Map.Entry<String, Map<String, String>> entry : expected.entrySet()) {
			String first = entry.getValue().get("broaderConceptUri").split("\\s*\\|\\s*|\\R")[0].strip();
			if (groups.contains(first)) {
				assertEquals(id(first), byUri.get(entry.getKey()).getCategory().getId(), entry.getKey());
			}
		}

		// Related skills: every relation whose skills are both imported, and nothing else.
		Set<String> relations = new HashSet<>();
		int outside = 0;
		for (Map<String, String> row : rows(esco.resolve("skillSkillRelations_en.csv"))) {
			String from = row.get("originalSkillUri");
			String to = row.get("relatedSkillUri");
			if (byUri.containsKey(from) && byUri.containsKey(to)) {
				if (!from.equals(to)) {
					relations.add(from + " " + to);
				}
			} else {
				outside++;
			}
		}
		Set<String> imported = new HashSet<>();
		framework.getSkills().forEach(s -> s.getRelated().forEach(r -> imported.add(s.getSourceUri() + " " + r.getSourceUri())));
		assertEquals(relations, imported);
		final int unknown = outside;
		assertTrue(result.problems().stream().anyMatch(p -> p.file().equals("skillSkillRelations_en.csv")
				&& p.message().startsWith(unknown + " relations name a skill that is not among the imported skills")), result.problems().toString());

		// Occupations: every one as a role; their skills' file is not in the subset, and the import says so.
		List<Map<String, String>> occupations = rows(esco.resolve("occupations_en.csv"));
		assertEquals(occupations.size(), framework.getRoles().size());
		Role first = framework.getRoles().get(0);
		assertEquals(occupations.get(0).get("preferredLabel"), first.getName());
		assertEquals(occupations.get(0).get("conceptUri"), first.getSourceUri());
		assertEquals("ISCO " + occupations.get(0).get("iscoGroup"), first.getFamily());
		assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("occupationSkillRelations_en.csv was not given")));
		assertEquals(0, result.counts().requirements());

		// The saved file loads back whole, with every reference (no id has a colon).
		Path file = folder.resolve("esco.framework");
		List<Problem> problems = FrameworkFiles.check(framework, file);
		assertEquals(List.of(), problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList());
		FrameworkFiles.save(framework, file);
		ModelFile loaded = ModelFile.load(UpskillResourceFactory.createResourceSet(), file);
		assertTrue(loaded.loaded() && loaded.problems().isEmpty(), loaded.problems().toString());
		Framework reloaded = (Framework) loaded.resource().getContents().get(0);
		assertEquals(result.counts(), FrameworkCounts.of(reloaded));
		assertEquals(List.of(), ModelChecker.check(loaded).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList());
	}

	private static String id(String uri) {
		return uri.substring("http://data.europa.eu/esco/".length()).replace('/', '.');
	}
}
