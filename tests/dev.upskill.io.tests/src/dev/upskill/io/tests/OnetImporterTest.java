/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.io.FrameworkFiles;
import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.internal.onet.OnetImporter;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillKind;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.validation.Problem;

/** The O*NET importer: the real 29.2 files, and rating files written in O*NET's layout. */
class OnetImporterTest {

	@TempDir
	Path folder;

	static List<String[]> rows(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
	}

	@Test
	void realFilesMatchTheirRows() throws IOException {
		Path onet = SharedData.folder("onet");
		ImportResult result = new OnetImporter().read(ImportRequest.of(onet), new NullProgressMonitor());
		Framework framework = result.framework();
		assertNotNull(framework, result.problems().toString());
		System.out.println("[import] O*NET: " + result.counts());
		result.problems().forEach(p -> System.out.println("[import]   " + p));
		assertFalse(result.isPartial(), result.problems().toString());
		assertEquals("29.2", framework.getVersion(), "the release from Read Me.txt");
		assertEquals("CC-BY-4.0", framework.getLicence());

		List<String[]> occupations = rows(onet.resolve("Occupation Data.txt"));
		assertEquals(occupations.size(), framework.getRoles().size());
		Map<String, Role> roles = new HashMap<>();
		framework.getRoles().forEach(r -> roles.put(r.getId(), r));
		Role ceo = roles.get("11-1011.00");
		assertEquals("Chief Executives", ceo.getName());
		assertEquals("Management Occupations", ceo.getFamily());
		assertEquals("https://www.onetonline.org/link/summary/11-1011.00", ceo.getSourceUri());

		for (String[] zone : rows(onet.resolve("Job Zones.txt"))) {
			assertTrue(roles.get(zone[0]).getFacets().contains("job-zone-" + zone[1]), zone[0]);
		}

		Set<String> related = new HashSet<>();
		for (String[] row : rows(onet.resolve("Related Occupations.txt"))) {
			if (roles.containsKey(row[0]) && roles.containsKey(row[1])) {
				related.add(row[0] + ">" + row[1]);
			}
		}
		Set<String> importedRelated = new HashSet<>();
		framework.getRoles().forEach(r -> r.getRelatedRoles().forEach(o -> importedRelated.add(r.getId() + ">" + o.getId())));
		assertEquals(related, importedRelated);

		// Technologies: one tool skill per example, hot ones marked, one requirement per occupation and example.
		Map<String, Boolean> hot = new HashMap<>();
		Map<String, boolean[]> pairs = new HashMap<>();
		for (String[] row : rows(onet.resolve("Technology Skills.txt"))) {
			hot.merge(row[1], row[4].equals("Y"), Boolean::logicalOr);
			boolean[] flags = pairs.computeIfAbsent(row[0] + "\t" + row[1], k -> new boolean[2]);
			flags[0] |= row[4].equals("Y");
			flags[1] |= row[5].equals("Y");
		}
		Map<String, Skill> tools = new HashMap<>();
		framework.getSkills().stream().filter(s -> s.getKind() == SkillKind.TOOL).forEach(s -> tools.put(s.getName(), s));
		assertEquals(hot.keySet(), tools.keySet());
		hot.forEach((name, isHot) -> assertEquals(isHot, tools.get(name).getFacets().contains("hot-technology"), name));
		int requirements = 0;
		for (Role role : framework.getRoles()) {
			for (SkillRequirement requirement : role.getRequirements()) {
				boolean[] flags = pairs.get(role.getId() + "\t" + requirement.getSkill().getName());
				assertNotNull(flags, role.getId() + " " + requirement.getSkill().getName());
				assertEquals(flags[1] ? Importance.ESSENTIAL : Importance.OPTIONAL, requirement.getImportance());
				assertEquals(1.0 + (flags[0] ? 0.5 : 0) + (flags[1] ? 1 : 0), requirement.getWeight());
				requirements++;
			}
		}
		assertEquals(pairs.size(), requirements);
		assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("neither") == false),
				"the ratings are not in the subset; nothing says they are required");

		List<Problem> problems = FrameworkFiles.check(framework, folder.resolve("onet.framework"));
		assertEquals(List.of(), problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList());
		FrameworkFiles.save(framework, folder.resolve("onet.framework"));
	}

	static final String OCCUPATIONS = """
			O*NET-SOC Code\tTitle\tDescription
			15-2051.00\tData Scientists\tDevelop and implement a set of techniques or analytics applications.
			43-9021.00\tData Entry Keyers\tOperate data entry device.
			""";
	static final String HEADER = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\tStandard Error\tLower CI Bound"
			+ "\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source\n";
	static final String SKILLS = HEADER + """
			15-2051.00\t2.A.1.a\tReading Comprehension\tIM\t4.00\t8\t0.19\t3.63\t4.37\tN\tn/a\t08/2023\tAnalyst
			15-2051.00\t2.A.1.a\tReading Comprehension\tLV\t4.62\t8\t0.18\t4.27\t4.98\tN\tN\t08/2023\tAnalyst
			15-2051.00\t2.A.1.e\tMathematics\tIM\t2.50\t8\t0.19\t3.63\t4.37\tN\tn/a\t08/2023\tAnalyst
			15-2051.00\t2.A.1.e\tMathematics\tLV\t3.40\t8\t0.18\t4.27\t4.98\tN\tN\t08/2023\tAnalyst
			43-9021.00\t2.A.1.e\tMathematics\tIM\t1.20\t8\t0.19\t3.63\t4.37\tN\tn/a\t08/2023\tAnalyst
			43-9021.00\t2.A.1.e\tMathematics\tLV\t0.30\t8\t0.18\t4.27\t4.98\tN\tY\t08/2023\tAnalyst
			99-9999.99\t2.A.1.e\tMathematics\tIM\t1.20\t8\t0.19\t3.63\t4.37\tN\tn/a\t08/2023\tAnalyst
			""";
	static final String KNOWLEDGE = HEADER + """
			15-2051.00\t2.C.4.a\tMathematics\tIM\t4.50\t8\t0.19\t3.63\t4.37\tN\tn/a\t08/2023\tAnalyst
			15-2051.00\t2.C.4.a\tMathematics\tLV\t6.10\t8\t0.18\t4.27\t4.98\tN\tN\t08/2023\tAnalyst
			""";
	static final String ABILITIES = HEADER + """
			15-2051.00\t1.A.1.b.4\tDeductive Reasoning\tIM\t3.88\t8\t0.19\t3.63\t4.37\tN\tn/a\t08/2023\tAnalyst
			15-2051.00\t1.A.1.b.4\tDeductive Reasoning\tLV\t4.00\t8\t0.18\t4.27\t4.98\tN\tN\t08/2023\tAnalyst
			""";
	static final String CONTENT_MODEL = """
			Element ID\tElement Name\tDescription
			2\tWorker Requirements\tWorker Requirements
			2.A\tBasic Skills\tDeveloped capacities that facilitate learning.
			2.A.1\tContent\tBackground structures needed to work with and acquire more specific skills.
			2.A.1.a\tReading Comprehension\tUnderstanding written sentences and paragraphs in work-related documents.
			""";

	@Test
	void ratingsBecomeWeightedRequirementsOnTheLevelScale() throws IOException {
		Files.writeString(folder.resolve("Occupation Data.txt"), OCCUPATIONS);
		Files.writeString(folder.resolve("Skills.txt"), SKILLS);
		Files.writeString(folder.resolve("Knowledge.txt"), KNOWLEDGE);
		Files.writeString(folder.resolve("Abilities.txt"), ABILITIES);
		Files.writeString(folder.resolve("Content Model Reference.txt"), CONTENT_MODEL);
		ImportResult result = new OnetImporter().read(ImportRequest.of(folder), null);
		Framework framework = result.framework();
		assertEquals("onet.level", framework.getScales().get(0).getId(), "the 0-7 scale is the default");
		assertEquals(8, framework.getScales().get(0).getLevels().size());

		Role scientist = framework.getRoles().get(0);
		Map<String, SkillRequirement> byId = new HashMap<>();
		scientist.getRequirements().forEach(r -> byId.put(r.getSkill().getId(), r));
		assertEquals(Set.of("2.A.1.a", "2.A.1.e", "2.C.4.a", "1.A.1.b.4"), byId.keySet());
		SkillRequirement reading = byId.get("2.A.1.a");
		assertEquals(5, reading.getLevel(), "LV 4.62 rounds to 5");
		assertEquals(4.0, reading.getWeight(), "IM is the weight");
		assertEquals(Importance.ESSENTIAL, reading.getImportance());
		assertEquals(Importance.OPTIONAL, byId.get("2.A.1.e").getImportance(), "IM 2.5 is below 'important'");
		assertEquals(3, byId.get("2.A.1.e").getLevel());
		assertEquals(SkillKind.KNOWLEDGE, byId.get("2.C.4.a").getSkill().getKind());
		assertEquals(6, byId.get("2.C.4.a").getLevel());
		assertEquals("Content", reading.getSkill().getCategory().getName(), "the content model's parent element");
		assertEquals("Abilities", byId.get("1.A.1.b.4").getSkill().getCategory().getName(), "no content model entry: the file's category");
		assertEquals("Understanding written sentences and paragraphs in work-related documents.", reading.getSkill().getDescription());

		assertEquals(List.of(), framework.getRoles().get(1).getRequirements(), "level 0.3, not relevant: no requirement");
		assertTrue(result.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING && p.file().equals("Skills.txt")
				&& p.message().startsWith("1 line names an occupation that is not in Occupation Data.txt (the first on line 8: 99-9999.99)")),
				result.problems().toString());
		assertFalse(result.isPartial());
		assertEquals(List.of(), FrameworkFiles.check(framework, folder.resolve("o.framework")).stream()
				.filter(p -> p.severity() == Problem.Severity.ERROR).toList());
	}

	@Test
	void aCommaSeparatedFileIsNamedAsSuch() throws IOException {
		Files.writeString(folder.resolve("Occupation Data.txt"), OCCUPATIONS.replace('\t', ','));
		ImportResult result = new OnetImporter().read(ImportRequest.of(folder), null);
		assertTrue(result.isPartial());
		String message = result.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst().orElseThrow().toString();
		assertTrue(message.startsWith("Occupation Data.txt:1: error: the header lacks the columns O*NET-SOC Code, Title (it reads as one column:"
				+ " the values seem separated by ','"), message);
	}
}
