/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.ProblemCode;
import dev.upskill.model.validation.Problem.Severity;

/** Every problem of a file is reported with its file, line, element and reason. */
class ModelCheckerTest {

	@TempDir
	Path folder;

	@Test
	void brokenFrameworkReportsEachProblemWhereItIs() throws Exception {
		Path path = TestModels.copyResource("broken.framework", folder);
		ModelFile file = ModelFile.load(UpskillResourceFactory.createResourceSet(), path);
		assertTrue(file.loaded(), file.problems().toString());
		List<Problem> problems = ModelChecker.check(file);

		assertProblem(problems, 8, "Skill 'skill.sql'", ProblemCode.DUPLICATE_ID);
		assertProblem(problems, 9, "Skill 'esco:skill:1'", ProblemCode.ID_PATTERN);
		assertProblem(problems, 11, "Role 'role.a' > skill requirement 1 (skill.sql)", ProblemCode.LEVEL_NOT_IN_SCALE);
		assertProblem(problems, 12, "Role 'role.a' > skill requirement 2", ProblemCode.UNRESOLVED_REFERENCE);
		assertEquals(1, problems.stream().filter(p -> p.line() == 12).count(), "one problem for the unknown skill: " + problems);
		assertProblem(problems, 13, "Role 'role.a' > skill requirement 3 (skill.sql)", ProblemCode.REQUIRED);
		assertProblem(problems, 13, "Role 'role.a' > skill requirement 3 (skill.sql)", ProblemCode.WEIGHT_NOT_POSITIVE);
		assertEquals(6, problems.size(), "each problem once: " + problems);
		// The words, once each: what users read.
		assertEquals("duplicate id 'skill.sql' (also used by Skill 'skill.sql')", find(problems, ProblemCode.DUPLICATE_ID).message());
		assertEquals("the id 'esco:skill:1' may use only letters, digits, '_', '.' and '-' (no colon, no space)",
				find(problems, ProblemCode.ID_PATTERN).message());
		assertEquals("skill refers to 'skill.nope', which is not in this file", find(problems, ProblemCode.UNRESOLVED_REFERENCE).message());
		assertEquals("level is required but not set", find(problems, ProblemCode.REQUIRED).message());
		assertEquals("weight 0.0 must be greater than 0", find(problems, ProblemCode.WEIGHT_NOT_POSITIVE).message());
		assertTrue(problems.stream().allMatch(p -> p.file().endsWith("broken.framework")));
		assertEquals(path + ":11: error: Role 'role.a' > skill requirement 1 (skill.sql): level 9 is not a level of the"
				+ " scale 'scale.0-5' (0-5)", find(problems, ProblemCode.LEVEL_NOT_IN_SCALE).toString());
	}

	@Test
	void linesAreRightForEveryFileLoaded() throws Exception {
		Path path = TestModels.copyResource("broken.framework", folder);
		for (int i = 0; i < 3; i++) {
			ModelFile file = ModelFile.load(UpskillResourceFactory.createResourceSet(), path);
			List<Problem> problems = ModelChecker.check("broken.framework", file.resource());
			assertEquals(11, find(problems, ProblemCode.LEVEL_NOT_IN_SCALE).line(), "load " + (i + 1) + ": " + problems);
		}
	}

	@Test
	void validFileHasNoProblems() throws Exception {
		Path file = folder.resolve("ok.framework");
		TestModels.save(UpskillResourceFactory.createResourceSet(), TestModels.framework(), file);
		ModelFile loaded = ModelFile.load(UpskillResourceFactory.createResourceSet(), file);
		assertTrue(loaded.loaded());
		assertEquals(List.of(), ModelChecker.check("ok.framework", loaded.resource()));
	}

	@Test
	void truncatedFileIsNotTakenAsWhole() throws Exception {
		Path whole = TestModels.copyResource("broken.framework", folder);
		String text = Files.readString(whole);
		Path truncated = folder.resolve("truncated.framework");
		Files.writeString(truncated, text.substring(0, text.indexOf("<roles")));
		ModelFile file = ModelFile.load(UpskillResourceFactory.createResourceSet(), truncated);
		assertFalse(file.loaded(), "a truncated file must not count as loaded");
		Problem problem = file.problems().get(0);
		assertEquals(Severity.ERROR, problem.severity());
		assertEquals(ProblemCode.XML_TRUNCATED, problem.code(), problem.toString());
		assertEquals(10, problem.line(), problem.toString());
	}

	@Test
	void wrongKindAndNewerVersionAreNamed() throws Exception {
		Path wrongKind = folder.resolve("profile-in.framework");
		Files.writeString(wrongKind, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<upskill:Profile xmlns:upskill=\"https://upskill.dev/model/1.0\" id=\"p\"/>\n");
		ModelFile file = ModelFile.load(UpskillResourceFactory.createResourceSet(), wrongKind);
		assertFalse(file.loaded());
		assertEquals(ProblemCode.WRONG_KIND, file.problems().get(0).code(), file.problems().toString());
		assertEquals("the file is a .framework file but holds a Profile (expected a Framework)", file.problems().get(0).message());

		Path newer = folder.resolve("newer.profile");
		Files.writeString(newer, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<upskill:Profile xmlns:upskill=\"https://upskill.dev/model/2.0\" id=\"p\"/>\n");
		file = ModelFile.load(UpskillResourceFactory.createResourceSet(), newer);
		assertFalse(file.loaded());
		assertEquals(ProblemCode.UNKNOWN_NAMESPACE, file.problems().get(0).code(), file.problems().toString());
		assertTrue(file.problems().get(0).message().contains("written by a newer version"), file.problems().toString());
		assertEquals(2, file.problems().get(0).line());

		ModelFile missing = ModelFile.load(UpskillResourceFactory.createResourceSet(), folder.resolve("nope.plan"));
		assertTrue(missing.unreadable());
		assertEquals(ProblemCode.FILE_MISSING, missing.problems().get(0).code());
		assertEquals("the file does not exist", missing.problems().get(0).message());
	}

	private static void assertProblem(List<Problem> problems, int line, String element, ProblemCode code) {
		Optional<Problem> found = problems.stream()
				.filter(p -> p.line() == line && Objects.equals(element, p.element()) && p.code() == code).findFirst();
		assertTrue(found.isPresent(), "expected at line " + line + " on " + element + " a problem " + code + " in:\n"
				+ String.join("\n", problems.stream().map(Problem::toString).toList()));
	}

	private static Problem find(List<Problem> problems, ProblemCode code) {
		return problems.stream().filter(p -> p.code() == code).findFirst()
				.orElseThrow(() -> new AssertionError("no problem " + code + " in " + problems));
	}

	@Test
	void severityNamesDoNotDependOnTheLocale() {
		Locale saved = Locale.getDefault();
		try {
			// In Turkish, "WARNING".toLowerCase() gives a dotless i.
			Locale.setDefault(Locale.forLanguageTag("tr-TR"));
			assertEquals("warning", Problem.Severity.WARNING.toString());
			assertEquals("error", Problem.Severity.ERROR.toString());
		} finally {
			Locale.setDefault(saved);
		}
	}
}
