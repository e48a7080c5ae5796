/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.io.FrameworkChanges;
import dev.upskill.io.FrameworkFiles;
import dev.upskill.io.ImportProblem;
import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.SpreadsheetMapping;
import dev.upskill.io.SpreadsheetMapping.Field;
import dev.upskill.io.internal.spreadsheet.SpreadsheetImporter;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningResource;
import dev.upskill.model.NamedElement;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillKind;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.validation.Problem;

/** The spreadsheet importer ({@code csv}): CSV and XLSX, mappings given and guessed, re-imports, and bad input. */
class SpreadsheetImporterTest {

	/** A skills matrix as an HR tool exports it: a skill per role, repeated across roles, names in varying case. */
	static final String MATRIX = """
			Skill,Skill group,Domain,Job title,Job family,Required level,Importance,Weight,Aliases,Description,Course,Course URL,Owner
			Python,Programming,Technology,Data analyst,Analytics,3,essential,2,py|python3,"General-purpose programming, for analysis",Python for Data Analysis,https://example.org/pfda,Ann
			SQL,Data,Technology,Data analyst,Analytics,Practitioner,Essential,,,Querying relational databases,,,Ann
			python,programming,technology,ML engineer,Engineering,4,essential,,,,,,Bob
			Kubernetes,Platforms,Technology,ML engineer,Engineering,2,nice to have,0.5,k8s,,,,Bob
			Storytelling,Communication,,Data analyst,Analytics,2,optional,,,,Give a talk,,Ann
			C++,Programming,Technology,,,,,,,,,,
			""";

	@TempDir
	Path folder;

	static ImportResult read(ImportRequest request) {
		return new SpreadsheetImporter().read(request, new NullProgressMonitor());
	}

	Path write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	/** Writes rows as the first sheet of a workbook, with fastexcel; numbers stay numbers, "" is no cell. */
	static Path xlsx(Path file, List<List<Object>> rows) throws IOException {
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "Upskill tests", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Skills");
			for (int r = 0; r < rows.size(); r++) {
				List<Object> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object value = row.get(c);
					if (value instanceof Number number) {
						sheet.value(r, c, number);
					} else if (value != null && !value.toString().isEmpty()) {
						sheet.value(r, c, value.toString());
					}
				}
			}
			workbook.finish();
		}
		return file;
	}

	/** The CSV text as rows of cells (numbers where the cell is a number). */
	static List<List<Object>> cells(String csv) throws IOException {
		List<List<Object>> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(csv))) {
			for (CSVRecord record : parser) {
				List<Object> row = new ArrayList<>();
				record.forEach(value -> row.add(value.matches("\\d+(\\.\\d+)?") ? (Object) Double.valueOf(value) : value));
				rows.add(row);
			}
		}
		return rows;
	}

	static Map<String, Skill> skillsByName(Framework framework) {
		return framework.getSkills().stream().collect(Collectors.toMap(Skill::getName, s -> s));
	}

	static Role role(Framework framework, String name) {
		return framework.getRoles().stream().filter(r -> r.getName().equals(name)).findFirst().orElseThrow();
	}

	static SkillRequirement requirement(Role role, String skill) {
		return role.getRequirements().stream().filter(r -> r.getSkill().getName().equals(skill)).findFirst().orElseThrow();
	}

	static List<ImportProblem> of(ImportResult result, Severity severity) {
		return result.problems().stream().filter(p -> p.severity() == severity).toList();
	}

	void assertAccepted(Framework framework) {
		List<Problem> errors = FrameworkFiles.check(framework, folder.resolve("check.framework")).stream()
				.filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		assertEquals(List.of(), errors, "the model accepts the imported framework");
	}

	@Test
	void rowsBecomeSkillsCategoriesRolesAndRequirements() throws IOException {
		Path file = write("skills-matrix.csv", MATRIX);
		ImportResult result = read(ImportRequest.of(file));
		Framework framework = result.framework();
		assertNotNull(framework, result.problems().toString());
		assertFalse(result.isPartial(), result.problems().toString());
		assertEquals(List.of(), of(result, Severity.WARNING), "a clean sheet gives no warning");
		assertEquals("skills-matrix", framework.getId());
		assertEquals("scale.0-5", framework.getScales().get(0).getId());

		Map<String, Skill> skills = skillsByName(framework);
		assertEquals(List.of("C++", "Kubernetes", "Python", "SQL", "Storytelling"), skills.keySet().stream().sorted().toList(),
				"Python and python are one skill");
		Skill python = skills.get("Python");
		assertEquals("skill.python", python.getId());
		assertEquals(List.of("py", "python3"), python.getAliases());
		assertEquals("General-purpose programming, for analysis", python.getDescription());
		assertEquals("Programming", python.getCategory().getName());
		assertEquals("cat.programming", python.getCategory().getId());
		assertTrue(skills.get("C++").getId().matches("skill\\.c-[0-9a-f]{8}"), "a name an id cannot say gets a hash: " + skills.get("C++").getId());
		assertEquals(List.of("k8s"), skills.get("Kubernetes").getAliases());

		SkillCategory technology = framework.getCategories().stream().filter(c -> c.getName().equals("Technology")).findFirst().orElseThrow();
		assertEquals(List.of("Programming", "Data", "Platforms"), technology.getSubcategories().stream().map(SkillCategory::getName).toList(),
				"the parent column nests the categories");
		assertTrue(framework.getCategories().stream().anyMatch(c -> c.getName().equals("Communication")), "no parent: at the top");

		Role analyst = role(framework, "Data analyst");
		assertEquals("role.data-analyst", analyst.getId());
		assertEquals("Analytics", analyst.getFamily());
		assertEquals(3, analyst.getRequirements().size());
		assertEquals(3, requirement(analyst, "Python").getLevel());
		assertEquals(2.0, requirement(analyst, "Python").getWeight());
		assertEquals(3, requirement(analyst, "SQL").getLevel(), "a level by its name");
		assertEquals(1.0, requirement(analyst, "SQL").getWeight(), "no weight: 1");
		assertEquals(Importance.OPTIONAL, requirement(analyst, "Storytelling").getImportance());
		Role engineer = role(framework, "ML engineer");
		assertEquals(4, requirement(engineer, "Python").getLevel());
		assertEquals(Importance.OPTIONAL, requirement(engineer, "Kubernetes").getImportance(), "nice to have is optional");
		assertEquals(0.5, requirement(engineer, "Kubernetes").getWeight());

		LearningResource course = framework.getResources().stream().filter(r -> r.getName().equals("Python for Data Analysis")).findFirst()
				.orElseThrow();
		assertEquals("https://example.org/pfda", course.getUrl());
		assertEquals(python, course.getGains().get(0).getSkill());
		assertEquals(3, course.getGains().get(0).getLevel(), "teaches to the row's level");

		assertTrue(result.problems().stream().anyMatch(p -> p.severity() == Severity.INFO && p.message().contains("not mapped: Owner")),
				"the guess says which columns it left out: " + result.problems());
		assertAccepted(framework);
	}

	@Test
	void semicolonsAndTabsAreDetected() throws IOException {
		Framework commas = read(ImportRequest.of(write("a/matrix.csv", MATRIX))).framework();
		String semicolons = MATRIX.replace("\"General-purpose programming, for analysis\"", "\"General-purpose programming; for analysis\"")
				.replace(',', ';').replace("programming; for", "programming, for");
		ImportResult semicolonResult = read(ImportRequest.of(write("b/matrix.csv", semicolons)));
		assertFalse(semicolonResult.hasWarnings(), semicolonResult.problems().toString());
		assertEquals(List.of(), changes(commas, semicolonResult.framework()), "the same framework from semicolons");
		String tabs = MATRIX.replace("\"General-purpose programming, for analysis\"", "General-purpose programming, for analysis").replace(',', '\t')
				.replace("programming\t for", "programming, for");
		ImportResult tabResult = read(ImportRequest.of(write("c/matrix.tsv", tabs)));
		assertFalse(tabResult.hasWarnings(), tabResult.problems().toString());
		assertEquals(List.of(), changes(commas, tabResult.framework()), "the same framework from tabs");
	}

	/** The ids added, changed or removed, leaving out the framework itself (its description names its files). */
	static List<String> changes(Framework before, Framework after) {
		FrameworkChanges changes = FrameworkChanges.between(before, after);
		List<String> all = new ArrayList<>();
		all.addAll(changes.added());
		all.addAll(changes.changed());
		all.addAll(changes.removed());
		all.remove(before.getId());
		return all;
	}

	@Test
	void xlsxGivesTheSameFrameworkAsCsv() throws IOException {
		Framework fromCsv = read(ImportRequest.of(write("csv/matrix.csv", MATRIX))).framework();
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of()); // an empty first row: the header is the first row with a value
		rows.addAll(cells(MATRIX));
		Path workbook = xlsx(folder.resolve("xlsx/matrix.xlsx"), rows);
		assertEquals(cells(MATRIX).get(0), SpreadsheetMapping.headers(workbook));
		ImportResult result = read(ImportRequest.of(workbook));
		assertNotNull(result.framework(), result.problems().toString());
		assertFalse(result.hasWarnings(), result.problems().toString());
		assertEquals(List.of(), changes(fromCsv, result.framework()), "numbers in cells read as the CSV's text");
		assertEquals(3, requirement(role(result.framework(), "Data analyst"), "Python").getLevel());
		assertAccepted(result.framework());
	}

	@Test
	void theMappingNamesColumnsTheGuessWouldNot() throws IOException {
		Path file = write("export.csv", """
				Kompetenz;Bereich;Stelle;Stufe
				Python;IT;Analyst;3
				Excel;Office;Analyst;Expert
				""");
		ImportResult guessed = read(ImportRequest.of(file));
		assertFalse(guessed.imported(), "no column is the skill's by its name");
		ImportProblem problem = guessed.problems().get(0);
		assertEquals("export.csv", problem.file());
		assertEquals(1, problem.line());
		assertTrue(problem.message().contains("no column holds the skill") && problem.message().contains("Kompetenz, Bereich, Stelle, Stufe"),
				problem.message());

		SpreadsheetMapping mapping = SpreadsheetMapping.empty().with(Field.SKILL, "kompetenz").with(Field.CATEGORY, "Bereich")
				.with(Field.ROLE, "Stelle").with(Field.LEVEL, "Stufe");
		ImportResult result = read(ImportRequest.of(file).withOptions(mapping.options()));
		assertFalse(result.hasWarnings(), result.problems().toString());
		Role analyst = role(result.framework(), "Analyst");
		assertEquals(5, requirement(analyst, "Excel").getLevel());
		assertEquals("IT", skillsByName(result.framework()).get("Python").getCategory().getName());
	}

	@Test
	void mappingSavesAndLoads() throws IOException {
		SpreadsheetMapping mapping = SpreadsheetMapping.empty().with(Field.SKILL, "Skill name").with(Field.PARENT_CATEGORY, "Domain = area")
				.with(Field.LEVEL, " Stufe\\Level ").with(Field.RESOURCE, "Kurs: Übersicht");
		Path file = folder.resolve("mapping.properties");
		mapping.save(file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains("skill = Skill name\n"), text);
		assertTrue(text.contains("parent-category = Domain = area\n"), text);
		assertTrue(text.contains("resource = Kurs: Übersicht\n"), "readable, UTF-8: " + text);
		SpreadsheetMapping loaded = SpreadsheetMapping.load(file);
		assertEquals(mapping, loaded);
		assertEquals("Stufe\\Level", loaded.column(Field.LEVEL), "stripped, the backslash kept");
		assertEquals(mapping, SpreadsheetMapping.fromOptions(mapping.options()));

		Files.writeString(file, "skill = Skill\nskil = Typo\n");
		IOException unknown = assertThrows(IOException.class, () -> SpreadsheetMapping.load(file));
		assertTrue(unknown.getMessage().startsWith(file + ": skil is not a field"), unknown.getMessage());
		Files.writeString(file, "category = Group\n");
		IOException noSkill = assertThrows(IOException.class, () -> SpreadsheetMapping.load(file));
		assertTrue(noSkill.getMessage().contains("names no column for the skill"), noSkill.getMessage());
		IOException missing = assertThrows(IOException.class, () -> SpreadsheetMapping.load(folder.resolve("none.properties")));
		assertTrue(missing.getMessage().contains("none.properties") && missing.getMessage().contains("does not exist"), missing.getMessage());
	}

	@Test
	void guessMapsCommonHeaders() {
		List<String> headers = List.of("ID", "Competency", "Skill Group", "JOB_TITLE", "Job family", "Required level (0-5)", "Essential?",
				"Synonyms", "Notes", "Learning resource");
		SpreadsheetMapping guess = SpreadsheetMapping.guess(headers);
		Map<Field, String> expected = new HashMap<>();
		expected.put(Field.SKILL_ID, "ID");
		expected.put(Field.SKILL, "Competency");
		expected.put(Field.CATEGORY, "Skill Group");
		expected.put(Field.ROLE, "JOB_TITLE");
		expected.put(Field.ROLE_FAMILY, "Job family");
		expected.put(Field.LEVEL, "Required level (0-5)");
		expected.put(Field.IMPORTANCE, "Essential?");
		expected.put(Field.ALIASES, "Synonyms");
		expected.put(Field.RESOURCE, "Learning resource");
		assertEquals(expected, guess.columns());
		assertEquals(List.of("Notes"), guess.unmapped(headers));
		assertEquals(List.of(), guess.missing());
		assertEquals(List.of(Field.SKILL), SpreadsheetMapping.guess(List.of("Owner", "Notes")).missing());
		assertEquals("Skill", SpreadsheetMapping.guess(List.of("Skill", "Name")).column(Field.SKILL), "Skill before Name");
		assertEquals("Skill", Field.SKILL.label());
		assertTrue(Arrays.stream(Field.values()).allMatch(f -> Field.ofKey(f.key()) == f));
	}

	@Test
	void wordsThatNeedAContextAreRead() throws IOException {
		Path file = write("context.csv", "Skill,Aliases,Requires context\nGo,golang,Go\nKubernetes,k8s|helm,Helm\nSQL,,\n");
		assertEquals("Requires context", SpreadsheetMapping.guess(SpreadsheetMapping.headers(file)).column(Field.REQUIRES_CONTEXT));
		ImportResult result = read(ImportRequest.of(file));
		Map<String, Skill> skills = skillsByName(result.framework());
		assertEquals(List.of("Go"), skills.get("Go").getRequiresContext());
		assertEquals(List.of("golang"), skills.get("Go").getAliases());
		assertEquals(List.of("Helm"), skills.get("Kubernetes").getRequiresContext());
		assertEquals(List.of(), skills.get("SQL").getRequiresContext());
		assertAccepted(result.framework());
	}

	@Test
	void headersDetectTheDelimiter() throws IOException {
		assertEquals(List.of("Skill", "Level", "Note"), SpreadsheetMapping.headers(write("h1.csv", "\uFEFFSkill;Level;Note\nPython;3;\"a, b\"\n")));
		assertEquals(List.of("Skill", "Level, required"), SpreadsheetMapping.headers(write("h2.csv", "Skill\t\"Level, required\"\nPython\t3\n")));
		assertEquals(List.of("Skill", "Level"), SpreadsheetMapping.headers(write("h3.csv", "\n\"Skill\",Level\n")));
		assertEquals(List.of("Skill"), SpreadsheetMapping.headers(write("h4.csv", "Skill\nPython\n")));
		IOException empty = assertThrows(IOException.class, () -> SpreadsheetMapping.headers(write("empty.csv", "")));
		assertEquals("empty.csv: the file is empty: it has no header line", empty.getMessage());
	}

	@Test
	void reimportKeepsIdsAndReportsChanges() throws IOException {
		ImportResult first = read(ImportRequest.of(write("q1/matrix.csv", MATRIX)));
		// Next quarter: rows in another order, Kubernetes gone, Docker new, SQL required at level 4.
		String next = """
				Skill,Skill group,Domain,Job title,Job family,Required level,Importance,Weight,Aliases,Description,Course,Course URL,Owner
				C++,Programming,Technology,,,,,,,,,,
				Storytelling,Communication,,Data analyst,Analytics,2,optional,,,,Give a talk,,Ann
				sql,Data,Technology,Data analyst,Analytics,4,Essential,,,Querying relational databases,,,Ann
				Docker,Platforms,Technology,ML engineer,Engineering,2,essential,,,,,,Bob
				Python,Programming,Technology,Data analyst,Analytics,3,essential,2,py|python3,"General-purpose programming, for analysis",Python for Data Analysis,https://example.org/pfda,Ann
				PYTHON,programming,technology,ML engineer,Engineering,4,essential,,,,,,Bob
				""";
		ImportResult second = read(ImportRequest.of(write("q2/matrix.csv", next)));
		Map<String, String> before = ids(first.framework());
		Map<String, String> after = ids(second.framework());
		for (String name : List.of("python", "sql", "c++", "storytelling", "data analyst", "ml engineer", "programming", "technology")) {
			assertEquals(before.get(name), after.get(name), name + " keeps its id");
		}
		FrameworkChanges changes = FrameworkChanges.between(first.framework(), second.framework());
		assertEquals(List.of("skill.docker"), changes.added());
		assertEquals(List.of("skill.kubernetes"), changes.removed());
		assertTrue(changes.changed().containsAll(List.of("role.data-analyst", "role.ml-engineer")), changes.toString());
		assertFalse(changes.changed().contains("skill.python"), "the first line of Python is the same: " + changes);
	}

	/** Element ids by lower-case name. */
	static Map<String, String> ids(Framework framework) {
		Map<String, String> ids = new HashMap<>();
		framework.eAllContents().forEachRemaining(o -> {
			if (o instanceof NamedElement named && named.getName() != null) {
				ids.put(named.getName().toLowerCase(Locale.ROOT), named.getId());
			}
		});
		return ids;
	}

	@Test
	void levelsOutsideTheScaleAreRefusedWithTheirLine() throws IOException {
		Path file = write("levels.csv", """
				Skill,Role,Level,Importance,Weight
				Python,Analyst,3,,
				SQL,Analyst,9,,
				Excel,Analyst,Guru,,
				R,Analyst,2.5,,
				Git,Analyst,2,sometimes,
				Bash,Analyst,2,,-1
				Spark,Analyst,,,
				""");
		ImportResult result = read(ImportRequest.of(file));
		assertTrue(result.isPartial(), "a refused level makes the import partial");
		Map<Long, String> errors = new HashMap<>();
		of(result, Severity.ERROR).forEach(p -> errors.put(p.line(), p.message()));
		assertEquals(List.of(3L, 4L, 5L, 6L, 7L), errors.keySet().stream().sorted().toList(), result.problems().toString());
		assertTrue(errors.get(3L).startsWith("the level '9' is not a level of the scale 'Proficiency 0-5'"), errors.get(3L));
		assertTrue(errors.get(4L).contains("'Guru'"), errors.get(4L));
		assertTrue(errors.get(5L).contains("'2.5'"), "no rounding: " + errors.get(5L));
		assertTrue(errors.get(6L).contains("the importance 'sometimes'"), errors.get(6L));
		assertTrue(errors.get(7L).contains("the weight '-1' is not a number above 0"), errors.get(7L));
		assertTrue(result.problems().stream().anyMatch(p -> p.line() == 8 && p.severity() == Severity.WARNING && p.message().contains("no level")),
				result.problems().toString());
		Role analyst = role(result.framework(), "Analyst");
		assertEquals(List.of("Python"), analyst.getRequirements().stream().map(r -> r.getSkill().getName()).toList(),
				"only the line that is whole is a requirement");
		assertEquals(7, result.framework().getSkills().size(), "the skills are kept");
		assertTrue(errors.values().stream().allMatch(m -> !m.isBlank()));
		assertTrue(of(result, Severity.ERROR).stream().allMatch(p -> p.file().equals("levels.csv")));
	}

	@Test
	void badInputGivesFileLineAndReason() throws IOException {
		String header = "Skill,Category,Role,Level\n";
		assertProblem(write("delimiter.csv", header + "Python,IT,Analyst,3\nSQL;IT;Analyst;3\n"), 3,
				"reads as one value: it seems separated by ';'");
		assertProblem(write("quotes.csv", header + "Python,IT,Analyst,3\n\"SQL,IT,Analyst,3\nExcel,IT,Analyst,2\n"), 3, "never closed");
		assertProblem(write("extra.csv", header + "Python,IT,Analyst,3,x,y\n"), 2, "has 6 values where the header has 4");
		assertProblem(write("huge.csv", header + "Python,IT,Analyst,3\n" + "x".repeat(1_000_001) + "\n"), 3, "longer than 1,000,000 characters");
		Files.write(folder.resolve("latin1.csv"), (header + "Caf\u00e9,IT,Analyst,3\n").getBytes(StandardCharsets.ISO_8859_1));
		// The decoder reads ahead of the parser: the line is where the reading stopped, here the first.
		assertProblem(folder.resolve("latin1.csv"), 1, "the text is not UTF-8 here");
		assertProblem(write("empty.csv", ""), 0, "the file is empty");

		SpreadsheetMapping mapping = SpreadsheetMapping.empty().with(Field.SKILL, "Skill name").with(Field.LEVEL, "Level");
		ImportResult missing = read(ImportRequest.of(write("missing.csv", header + "Python,IT,Analyst,3\n")).withOptions(mapping.options()));
		assertFalse(missing.imported(), "nothing imported");
		ImportProblem lacks = of(missing, Severity.ERROR).get(0);
		assertEquals("missing.csv", lacks.file());
		assertEquals(1, lacks.line());
		assertTrue(lacks.message().contains("lacks the column Skill name") && lacks.message().contains("it has: Skill, Category, Role, Level"),
				lacks.message());
		ImportResult optionalMissing = read(ImportRequest.of(folder.resolve("missing.csv"))
				.withOptions(SpreadsheetMapping.empty().with(Field.SKILL, "Skill").with(Field.ROLE_FAMILY, "Family").options()));
		assertTrue(optionalMissing.imported());
		assertTrue(of(optionalMissing, Severity.WARNING).get(0).message().contains("no column 'Family' (the mapping's role family)"),
				optionalMissing.problems().toString());

		Files.write(folder.resolve("old.xls"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0, 0, 0 });
		assertProblem(folder.resolve("old.xls"), 0, "Excel 97-2003 workbook (.xls)");
		assertProblem(write("text.xlsx", header), 0, "is named as an XLSX workbook but is not one");
		Path workbook = xlsx(folder.resolve("whole.xlsx"), cells(MATRIX));
		byte[] bytes = Files.readAllBytes(workbook);
		Files.write(folder.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
		assertProblem(folder.resolve("truncated.xlsx"), 0, "not a whole zip archive");
	}

	/** An error on the line, naming the file, with the text in its reason. */
	private void assertProblem(Path file, long line, String text) {
		ImportResult result = read(ImportRequest.of(file));
		List<ImportProblem> errors = of(result, Severity.ERROR);
		assertFalse(errors.isEmpty(), file + ": " + result.problems());
		ImportProblem error = errors.get(0);
		assertEquals(file.getFileName().toString(), error.file(), error.toString());
		assertEquals(line, error.line(), error.toString());
		assertTrue(error.message().contains(text), error.toString());
		assertFalse(error.message().contains("Exception"), error.toString());
		assertTrue(result.isPartial() || !result.imported(), "never complete");
	}

	@Test
	void progressAndCancel() throws IOException {
		StringBuilder big = new StringBuilder("Skill,Category,Role,Level\n");
		for (int i = 0; i < 5000; i++) {
			big.append("Skill ").append(i).append(",Category ").append(i % 40).append(",Role ").append(i % 30).append(',').append(i % 5 + 1).append('\n');
		}
		Path csv = write("big.csv", big.toString());
		Path workbook = xlsx(folder.resolve("big.xlsx"), cells(big.toString()));
		for (Path file : List.of(csv, workbook)) {
			int[] worked = new int[1];
			ImportResult result = new SpreadsheetImporter().read(ImportRequest.of(file), new NullProgressMonitor() {
				@Override
				public void worked(int work) {
					worked[0] += work;
				}
			});
			assertEquals(5000, result.counts().skills(), file.toString());
			assertTrue(worked[0] > 500, file + ": progress as it reads, " + worked[0] + " of 1000");
			NullProgressMonitor cancelling = new NullProgressMonitor() {
				int calls;

				@Override
				public boolean isCanceled() {
					return ++calls > 3;
				}
			};
			assertThrows(OperationCanceledException.class, () -> new SpreadsheetImporter().read(ImportRequest.of(file), cancelling));
		}
	}

	@Test
	void aResourceWithoutALevelTeachesNothing() throws IOException {
		ImportResult result = read(ImportRequest.of(write("courses.csv", "Skill,Course,Level\nPython,Intro to Python,\nSQL,SQL basics,2\n")));
		List<ImportProblem> warnings = of(result, Severity.WARNING);
		assertEquals(1, warnings.size(), result.problems().toString());
		assertEquals(2, warnings.get(0).line());
		assertTrue(warnings.get(0).message().contains("no level above 0 that it teaches 'Python' to"), warnings.get(0).message());
		Map<String, LearningResource> resources = result.framework().getResources().stream()
				.collect(Collectors.toMap(LearningResource::getName, r -> r));
		assertEquals(List.of(), resources.get("Intro to Python").getGains());
		assertEquals(2, resources.get("SQL basics").getGains().get(0).getLevel());
		assertAccepted(result.framework());
	}

	@Test
	void kindsAndConflictsAreReported() throws IOException {
		Path file = write("kinds.csv", """
				Skill,Type,Category
				Python,tool,Programming
				Empathy,soft skill,People
				Python,,Data
				Statistics,theory,Maths
				""");
		ImportResult result = read(ImportRequest.of(file));
		Map<String, Skill> skills = skillsByName(result.framework());
		assertEquals(SkillKind.TOOL, skills.get("Python").getKind());
		assertEquals(SkillKind.TRANSVERSAL, skills.get("Empathy").getKind());
		List<ImportProblem> warnings = of(result, Severity.WARNING);
		assertEquals(2, warnings.size(), warnings.toString());
		assertEquals(4, warnings.get(0).line());
		assertTrue(warnings.get(0).message().contains("an earlier line put it in 'Programming'"), warnings.get(0).message());
		assertEquals(5, warnings.get(1).line());
		assertTrue(warnings.get(1).message().contains("'theory' is none of skill, knowledge, tool or transversal"), warnings.get(1).message());
		assertFalse(result.isPartial());
	}
}
