/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.io.ImportProblem;
import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.internal.esco.EscoImporter;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillKind;
import dev.upskill.model.SkillRequirement;

/** The ESCO importer on small files written in ESCO's layout: every part, any subset, and bad input. */
class EscoImporterTest {

	static final String S = "http://data.europa.eu/esco/skill/";
	static final String O = "http://data.europa.eu/esco/occupation/";

	/** skills_en.csv as the full export writes it (no broader column: that is in broaderRelationsSkillPillar). */
	static final String SKILLS = """
			conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description
			KnowledgeSkillCompetence,%1$sa1,skill/competence,cross-sector,use spreadsheets software,"use spreadsheets
			work with spreadsheets",,released,,,,,"Use software tools to create and edit tabular data."
			KnowledgeSkillCompetence,%1$sa2,knowledge,sector-specific,SQL,"Structured Query Language | SQL",,released,,,,,"The computer language SQL, a query language."
			KnowledgeSkillCompetence,%1$sa3,skill/competence,transversal,work in teams,,,released,,,,,Work with others.
			""".formatted(S);
	static final String HIERARCHY = """
			Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,Level 2 URI,Level 2 preferred term,Level 3 URI,Level 3 preferred term,Description,Scope note,Level 0 code,Level 1 code,Level 2 code,Level 3 code
			%1$sg0,skills,,,,,,,,,S
			%1$sg0,skills,%1$sg1,working with computers,,,,,Using computers.,,S,S5
			%1$sg0,skills,%1$sg1,working with computers,%1$sg2,using digital tools,,,Digital tools.,,S,S5,S5.6
			""".formatted(S);
	static final String BROADER = """
			conceptType,conceptUri,conceptLabel,broaderType,broaderUri,broaderLabel
			KnowledgeSkillCompetence,%1$sa1,use spreadsheets software,SkillGroup,%1$sg2,using digital tools
			KnowledgeSkillCompetence,%1$sa2,SQL,KnowledgeSkillCompetence,%1$sa1,use spreadsheets software
			""".formatted(S);
	static final String RELATIONS = """
			originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri
			%1$sa1,skill/competence,optional,knowledge,%1$sa2
			%1$sa1,skill/competence,essential,knowledge,%1$sgone
			""".formatted(S);
	static final String OCCUPATIONS = """
			conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code
			Occupation,%1$so1,2511,data analyst,"data analysis specialist",,released,,,,,,"Data analysts import, inspect, clean data.",2511.3
			Occupation,%1$so2,3343,office clerk,,,released,,,,,,,3343.1
			""".formatted(O);
	static final String REQUIREMENTS = """
			occupationUri,relationType,skillType,skillUri
			%1$so1,essential,skill/competence,%2$sa1
			%1$so1,optional,knowledge,%2$sa2
			%1$so2,optional,skill/competence,%2$sa1
			%1$so2,essential,skill/competence,%2$sa3
			%1$sgone,essential,skill/competence,%2$sa3
			""".formatted(O, S);

	@TempDir
	Path folder;

	Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}

	ImportResult importAll() throws IOException {
		write("skills_en.csv", SKILLS);
		write("skillsHierarchy_en.csv", HIERARCHY);
		write("broaderRelationsSkillPillar_en.csv", BROADER);
		write("skillSkillRelations_en.csv", RELATIONS);
		write("occupations_en.csv", OCCUPATIONS);
		write("occupationSkillRelations_en.csv", REQUIREMENTS);
		return new EscoImporter().read(new ImportRequest(List.of(folder), null, null, "1.2.0"), new NullProgressMonitor());
	}

	static Map<String, Skill> skills(Framework framework) {
		return framework.getSkills().stream().collect(Collectors.toMap(Skill::getName, Function.identity()));
	}

	@Test
	void everyPartBecomesItsElement() throws IOException {
		ImportResult result = importAll();
		Framework framework = result.framework();
		assertEquals("esco", framework.getId());
		assertEquals("1.2.0", framework.getVersion());
		assertEquals("http://data.europa.eu/esco", framework.getSourceUri());
		assertTrue(framework.getLicence().contains("2011/833/EU"));

		Map<String, Skill> skills = skills(framework);
		Skill spreadsheets = skills.get("use spreadsheets software");
		assertEquals("skill.a1", spreadsheets.getId());
		assertEquals(S + "a1", spreadsheets.getSourceUri());
		assertEquals(List.of("use spreadsheets", "work with spreadsheets"), spreadsheets.getAliases());
		assertEquals(SkillKind.SKILL, spreadsheets.getKind());
		assertEquals(List.of("cross-sector"), spreadsheets.getFacets());
		assertEquals("using digital tools", spreadsheets.getCategory().getName());
		assertEquals("working with computers", ((SkillCategory) spreadsheets.getCategory().eContainer()).getName());
		assertEquals(List.of(skills.get("SQL")), spreadsheets.getRelated());

		Skill sql = skills.get("SQL");
		assertEquals(SkillKind.KNOWLEDGE, sql.getKind());
		assertEquals(List.of("Structured Query Language"), sql.getAliases(), "the preferred label is not repeated as an alias");
		assertEquals(spreadsheets.getCategory(), sql.getCategory(), "a skill under a skill is in that skill's category");
		assertEquals(SkillKind.TRANSVERSAL, skills.get("work in teams").getKind());

		Role analyst = framework.getRoles().get(0);
		assertEquals("occupation.o1", analyst.getId());
		assertEquals("ISCO 2511", analyst.getFamily());
		assertEquals("Data analysts import, inspect, clean data.", analyst.getDescription());
		SkillRequirement first = analyst.getRequirements().get(0);
		assertEquals(spreadsheets, first.getSkill());
		assertEquals(Importance.ESSENTIAL, first.getImportance());
		assertEquals(1, first.getLevel());
		assertEquals(Importance.OPTIONAL, analyst.getRequirements().get(1).getImportance());
		assertEquals(2, framework.getRoles().get(1).getRequirements().size());

		// Only the references to elements the files do not hold are reported, each file once.
		List<String> warnings = result.problems().stream().filter(p -> p.severity() == Severity.WARNING).map(ImportProblem::toString).toList();
		assertEquals(List.of(
				"skillSkillRelations_en.csv: warning: 1 relation names a skill that is not among the imported skills (the first on line 3: "
						+ S + "gone); it is left out",
				"occupationSkillRelations_en.csv: warning: 1 relation names a occupation or skill that is not among the imported"
						+ " occupations and skills (the first on line 6: " + O + "gone); it is left out"),
				warnings);
		assertFalse(result.isPartial());
	}

	@Test
	void aSubsetImportsWhatItCanAndSaysWhatIsMissing() throws IOException {
		write("occupations_en.csv", OCCUPATIONS);
		write("ISCOGroups_en.csv", "conceptType,conceptUri\n");
		ImportResult result = new EscoImporter().read(ImportRequest.of(folder), null);
		assertEquals(2, result.framework().getRoles().size());
		assertTrue(result.imported());
		String all = result.problems().toString();
		assertTrue(all.contains("no skills file was given"), all);
		assertTrue(all.contains("occupationSkillRelations_en.csv was not given: the 2 roles have no requirements"), all);
		assertTrue(all.contains("ISCOGroups_en.csv: info: not a file of ESCO's CSV export that this importer reads"), all);
	}

	@Test
	void filesOfNoKnownKindImportNothing() throws IOException {
		Path other = write("notes.csv", "a,b\n1,2\n");
		ImportResult result = new EscoImporter().read(ImportRequest.of(other), null);
		assertNull(result.framework());
		assertFalse(result.imported());
		assertTrue(result.problems().toString().contains("none of the files is a skills, skill groups, skills hierarchy or occupations file"));
	}

	ImportProblem onlyError(String name, String content) throws IOException {
		Path file = write(name, content);
		ImportResult result = new EscoImporter().read(ImportRequest.of(file), null);
		List<ImportProblem> errors = result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
		assertEquals(1, errors.size(), result.problems().toString());
		assertTrue(result.isPartial());
		assertEquals(name, errors.get(0).file());
		return errors.get(0);
	}

	@Test
	void wrongDelimiterIsNamed() throws IOException {
		ImportProblem problem = onlyError("skills_en.csv", SKILLS.replace(',', ';'));
		assertEquals(1, problem.line());
		assertTrue(problem.message().contains("separated by ';'"), problem.message());
	}

	@Test
	void missingColumnsAreNamed() throws IOException {
		ImportProblem problem = onlyError("skills_en.csv", SKILLS.replace("preferredLabel", "label"));
		assertTrue(problem.message().startsWith("the header lacks the column preferredLabel (it has: conceptType, conceptUri,"), problem.message());
	}

	@Test
	void brokenQuotesGiveTheLine() throws IOException {
		String broken = SKILLS.replace("\"The computer language SQL, a query language.\"", "\"The computer language SQL, a query language.");
		ImportProblem problem = onlyError("skills_en.csv", broken);
		assertTrue(problem.message().contains("never closed"), problem.message());
		assertEquals(4, problem.line(), problem.toString());
	}

	@Test
	void textAfterAClosingQuoteIsBrokenQuotes() throws IOException {
		ImportProblem problem = onlyError("skills_en.csv", SKILLS.replace("\"Work with others.", "x").replace("Work with others.",
				"\"Work\" with others."));
		assertTrue(problem.message().contains("broken quotes"), problem.message());
	}

	@Test
	void extraValuesSkipTheLine() throws IOException {
		ImportProblem problem = onlyError("occupations_en.csv", OCCUPATIONS.replace("office clerk", "office, clerk"));
		assertEquals(3, problem.line());
		assertTrue(problem.message().contains("a comma inside a value that is not quoted"), problem.message());
	}

	@Test
	void hugeLinesStopTheReading() throws IOException {
		ImportProblem problem = onlyError("occupations_en.csv", OCCUPATIONS + "Occupation," + "x".repeat(1_200_000) + "\n");
		assertEquals(4, problem.line());
		assertTrue(problem.message().contains("longer than 1,000,000 characters"), problem.message());
	}

	@Test
	void textThatIsNotUtf8IsNamed() throws IOException {
		Path file = folder.resolve("skills_en.csv");
		byte[] bytes = SKILLS.getBytes(StandardCharsets.UTF_8);
		bytes[bytes.length - 5] = (byte) 0xC3;
		bytes[bytes.length - 4] = (byte) 0x28;
		Files.write(file, bytes);
		ImportResult result = new EscoImporter().read(ImportRequest.of(file), null);
		assertTrue(result.isPartial());
		assertTrue(result.problems().toString().contains("not UTF-8"), result.problems().toString());
	}

	@Test
	void missingInputIsAnError() {
		ImportResult result = new EscoImporter().read(ImportRequest.of(folder.resolve("nowhere")), null);
		assertNull(result.framework());
		assertTrue(result.problems().get(0).toString().endsWith("nowhere: error: does not exist"), result.problems().toString());
	}

	@Test
	void anIdWithAColonIsRefused() throws IOException {
		write("skills_en.csv", SKILLS);
		ImportResult result = new EscoImporter().read(new ImportRequest(List.of(folder), "esco:1", null, null), null);
		assertNull(result.framework());
		assertTrue(result.problems().toString().contains("no colon"));
	}

	@Test
	void cancellingStopsTheImport() throws IOException {
		write("skills_en.csv", SKILLS);
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> new EscoImporter().read(ImportRequest.of(folder), monitor));
	}
}
