/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.upskill.io.FrameworkFiles;
import dev.upskill.io.ImportProblem;
import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.internal.casejson.CaseImporter;
import dev.upskill.model.Framework;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillKind;
import dev.upskill.model.validation.Problem;

/** The CASE 1.1 importer: every package in ../shared/data/case, and packages written here. */
class CaseImporterTest {

	@TempDir
	Path folder;

	static final Set<String> GROUPING = Set.of("Cluster");

	@Test
	void everyRealPackageMatchesItsJson() throws IOException {
		Path data = SharedData.folder("case");
		List<Path> packages;
		try (Stream<Path> files = Files.list(data)) {
			packages = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
		}
		assertEquals(5, packages.size());
		for (Path file : packages) {
			JsonObject json;
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				json = JsonParser.parseReader(reader).getAsJsonObject();
			}
			ImportResult result = new CaseImporter().read(ImportRequest.of(file), new NullProgressMonitor());
			Framework framework = result.framework();
			assertNotNull(framework, file + ": " + result.problems());
			assertFalse(result.isPartial(), file + ": " + result.problems());
			System.out.println("[import] " + file.getFileName() + ": " + result.counts());
			result.problems().forEach(p -> System.out.println("[import]   " + p));
			JsonObject document = json.getAsJsonObject("CFDocument");
			assertEquals(document.get("identifier").getAsString(), framework.getId(), "the document's identifier is kept");
			assertEquals(document.get("title").getAsString(), framework.getName());

			Map<String, JsonObject> items = new HashMap<>();
			json.getAsJsonArray("CFItems").forEach(i -> items.put(i.getAsJsonObject().get("identifier").getAsString(), i.getAsJsonObject()));
			Map<String, Skill> skills = new HashMap<>();
			framework.getSkills().forEach(s -> skills.put(s.getId(), s));
			Map<String, SkillCategory> categories = new HashMap<>();
			framework.eAllContents().forEachRemaining(o -> {
				if (o instanceof SkillCategory c) {
					categories.put(c.getId(), c);
				}
			});
			Set<String> expectedSkills = new HashSet<>();
			items.forEach((id, item) -> {
				if (!(item.get("CFItemType") instanceof JsonElement type && GROUPING.contains(type.getAsString()))) {
					expectedSkills.add(id);
					assertEquals(item.get("uri").getAsString(), skills.get(id).getSourceUri());
				}
			});
			assertEquals(expectedSkills, skills.keySet(), file.toString());

			Set<String> prerequisites = new HashSet<>();
			for (JsonElement element : json.getAsJsonArray("CFAssociations")) {
				JsonObject association = element.getAsJsonObject();
				String type = association.get("associationType").getAsString();
				String origin = association.getAsJsonObject("originNodeURI").get("identifier").getAsString();
				String destination = association.getAsJsonObject("destinationNodeURI").get("identifier").getAsString();
				if (type.equals("isChildOf") && items.containsKey(origin) && items.containsKey(destination)) {
					String parentCategory = GROUPING.contains(items.get(destination).get("CFItemType").getAsString()) ? destination
							: destination + ".group";
					SkillCategory parent = categories.get(parentCategory);
					assertNotNull(parent, parentCategory);
					if (skills.containsKey(origin)) {
						assertEquals(parent, skills.get(origin).getCategory(), origin);
					}
				}
				if (type.equals("precedes") && skills.containsKey(origin) && skills.containsKey(destination)) {
					prerequisites.add(destination + "<" + origin);
				}
			}
			Set<String> imported = new HashSet<>();
			framework.getSkills().forEach(s -> s.getPrerequisites().forEach(p -> imported.add(s.getId() + "<" + p.getId())));
			assertEquals(prerequisites, imported, file.toString());
			assertEquals(List.of(), FrameworkFiles.check(framework, folder.resolve("case.framework")).stream()
					.filter(p -> p.severity() == Problem.Severity.ERROR).toList());
		}
	}

	static final String PACKAGE = """
			{"CFPackage": {
			  "CFDocument": {"identifier": "doc-1", "uri": "https://example.org/case/doc-1", "title": "Data literacy",
			    "creator": "Example Board", "version": "2.0", "licenseURI": {"identifier": "lic-1", "title": "ignored", "uri": "x"}},
			  "CFItems": [
			    {"identifier": "d1", "uri": "https://example.org/d1", "fullStatement": "Working with data", "CFItemType": "Domain"},
			    {"identifier": "s1", "uri": "https://example.org/s1", "fullStatement": "Reads a table and finds its columns.",
			     "abbreviatedStatement": "Read tables", "humanCodingScheme": "DL.1", "CFItemType": "Standard"},
			    {"identifier": "s1a", "uri": "https://example.org/s1a", "fullStatement": "Names the unit of a column.", "CFItemType": "Component"},
			    {"identifier": "s2", "uri": "https://example.org/s2", "fullStatement": "Sorts and filters a table.", "CFItemType": "Standard"},
			    {"identifier": "k1", "uri": "https://example.org/k1", "fullStatement": "What a spreadsheet is.", "CFItemType": "Knowledge"}
			  ],
			  "CFAssociations": [
			    {"identifier": "a1", "associationType": "isChildOf", "originNodeURI": {"identifier": "d1"}, "destinationNodeURI": {"identifier": "doc-1"}},
			    {"identifier": "a2", "associationType": "isChildOf", "originNodeURI": {"identifier": "s1"}, "destinationNodeURI": {"identifier": "d1"}},
			    {"identifier": "a3", "associationType": "isChildOf", "originNodeURI": {"identifier": "s1a"}, "destinationNodeURI": {"identifier": "s1"}},
			    {"identifier": "a4", "associationType": "isChildOf", "originNodeURI": {"identifier": "s2"}, "destinationNodeURI": {"identifier": "d1"}},
			    {"identifier": "a5", "associationType": "precedes", "originNodeURI": {"identifier": "s1"}, "destinationNodeURI": {"identifier": "s2"}},
			    {"identifier": "a6", "associationType": "isRelatedTo", "originNodeURI": {"identifier": "s2"}, "destinationNodeURI": {"identifier": "k1"}},
			    {"identifier": "a7", "associationType": "exactMatchOf", "originNodeURI": {"identifier": "s2"}, "destinationNodeURI": {"identifier": "elsewhere"}},
			    {"identifier": "a8", "associationType": "exemplar", "originNodeURI": {"identifier": "s2"}, "destinationNodeURI": {"identifier": "x"}}
			  ],
			  "CFDefinitions": {"CFLicenses": [{"identifier": "lic-1", "title": "CC BY 4.0"}]},
			  "CFRubrics": [{"identifier": "r1", "title": "Table skills", "CFRubricCriteria": [
			    {"identifier": "c1", "category": "Sorting", "CFItemURI": {"identifier": "s2"}, "CFRubricCriterionLevels": [
			      {"identifier": "l3", "quality": "Proficient", "description": "Sorts by several columns.", "score": 3},
			      {"identifier": "l1", "quality": "Beginning", "description": "Sorts by one column.", "score": 1},
			      {"identifier": "l2", "quality": "Developing", "score": 2}]}]}]
			}}
			""";

	@Test
	void everyPartOfAPackageBecomesItsElement() throws IOException {
		Path file = Files.writeString(folder.resolve("package.json"), PACKAGE);
		ImportResult result = new CaseImporter().read(ImportRequest.of(file), null);
		Framework framework = result.framework();
		assertEquals("doc-1", framework.getId());
		assertEquals("2.0", framework.getVersion());
		assertEquals("Example Board", framework.getPublisher());
		assertEquals("CC BY 4.0", framework.getLicence(), "the licence's title from CFDefinitions");
		assertEquals("https://example.org/case/doc-1", framework.getSourceUri());

		Map<String, Skill> skills = new HashMap<>();
		framework.getSkills().forEach(s -> skills.put(s.getId(), s));
		assertEquals(Set.of("s1", "s1a", "s2", "k1"), skills.keySet(), "the domain is a category only");
		SkillCategory domain = framework.getCategories().get(0);
		assertEquals("d1", domain.getId());
		assertEquals("Read tables", skills.get("s1").getName());
		assertEquals("Reads a table and finds its columns.", skills.get("s1").getDescription());
		assertEquals(List.of("DL.1"), skills.get("s1").getAliases());
		assertEquals(domain, skills.get("s1").getCategory());
		SkillCategory s1Group = skills.get("s1a").getCategory();
		assertEquals("s1.group", s1Group.getId(), "a standard with components is also a category for them");
		assertEquals(domain, s1Group.eContainer());
		assertEquals(List.of(skills.get("s1")), skills.get("s2").getPrerequisites());
		assertEquals(List.of(skills.get("k1")), skills.get("s2").getRelated());
		assertEquals(SkillKind.KNOWLEDGE, skills.get("k1").getKind());

		ProficiencyScale rubric = skills.get("s2").getScale();
		assertEquals("Table skills: Sorting", rubric.getName());
		assertEquals(List.of(1, 2, 3), rubric.getLevels().stream().map(l -> l.getValue()).toList());
		assertEquals(List.of("Beginning", "Developing", "Proficient"), rubric.getLevels().stream().map(l -> l.getName()).toList());
		assertEquals("case.achieved", framework.getScales().get(0).getId());

		String problems = result.problems().toString();
		assertTrue(problems.contains("associations to items that are not skills of this package are left out: 1 exactMatchOf"), problems);
		assertTrue(problems.contains("info: associations of kinds the model does not hold are left out: 1 exemplar"), problems);
		assertFalse(result.isPartial());
		assertEquals(List.of(), FrameworkFiles.check(framework, folder.resolve("p.framework")).stream()
				.filter(p -> p.severity() == Problem.Severity.ERROR).toList());
	}

	ImportProblem error(String json) throws IOException {
		Path file = Files.writeString(folder.resolve("broken.json"), json);
		ImportResult result = new CaseImporter().read(ImportRequest.of(file), null);
		assertTrue(result.isPartial(), result.problems().toString());
		ImportProblem problem = result.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst().orElseThrow();
		assertEquals("broken.json", problem.file());
		return problem;
	}

	@Test
	void invalidJsonNamesLineAndRecord() throws IOException {
		String truncated = PACKAGE.substring(0, PACKAGE.indexOf("\"s2\", \"uri\""));
		ImportProblem problem = error(truncated);
		assertTrue(problem.message().startsWith("invalid JSON: "), problem.toString());
		assertTrue(problem.line() >= 9, problem.toString());
		assertEquals("CFPackage.CFItems[3].identifier", problem.record(), problem.toString());
		assertFalse(problem.toString().contains("Exception") || problem.toString().contains("gson"), problem.toString());
	}

	@Test
	void wrongTypesAreNamedInWords() throws IOException {
		ImportProblem problem = error("{\"CFDocument\": {\"identifier\": \"d\", \"title\": \"t\"}, \"CFItems\": [{\"identifier\": }]}");
		assertTrue(problem.message().startsWith("invalid JSON: "), problem.toString());
		assertEquals("CFItems[0].identifier", problem.record(), problem.toString());
	}

	@Test
	void notAPackage() throws IOException {
		Path file = Files.writeString(folder.resolve("list.json"), "[1, 2]");
		ImportResult result = new CaseImporter().read(ImportRequest.of(file), null);
		assertNull(result.framework());
		assertTrue(result.problems().toString().contains("does not start with a JSON object"), result.problems().toString());
	}
}
