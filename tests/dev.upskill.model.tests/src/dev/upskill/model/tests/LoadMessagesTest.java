/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.ProblemCode;

/**
 * What the parser, EMF and the file system throw is said in words: the file, the place and the
 * reason, never a Java class name.
 */
class LoadMessagesTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String NS = "xmlns:upskill=\"https://upskill.dev/model/1.0\"";

	@TempDir
	Path folder;

	@Test
	void aPlanWhoseProfileIsMissingSaysSo() throws Exception {
		Path plan = folder.resolve("dana-ai-analyst.plan");
		Files.writeString(plan, HEADER + "<upskill:LearningPlan " + NS + " id=\"p\" profile=\"dana.profile#dana\"/>\n");
		List<Problem> problems = check(plan);
		Problem problem = only(problems, ProblemCode.UNRESOLVED_REFERENCE);
		assertEquals("profile refers to 'dana', which is not in dana.profile (dana.profile does not exist next to this file)",
				problem.message());
		assertEquals(2, problem.line());
		assertClear(problems);
	}

	@Test
	void aPlanWhoseProfileIsBrokenSaysWhereAndWhy() throws Exception {
		Files.writeString(folder.resolve("dana.profile"), HEADER + "<upskill:Profile " + NS + " id=\"da");
		Path plan = folder.resolve("dana-ai-analyst.plan");
		Files.writeString(plan, HEADER + "<upskill:LearningPlan " + NS + " id=\"p\" profile=\"dana.profile#dana\"/>\n");
		List<Problem> problems = check(plan);
		Problem problem = only(problems, ProblemCode.UNRESOLVED_REFERENCE);
		assertTrue(problem.message().startsWith("profile refers to 'dana', which is not in dana.profile (dana.profile could not be"
				+ " read at line 2: the file ends too early"), problem.message());
		assertClear(problems);
	}

	@Test
	void bytesThatAreNotUtf8AreFoundByLineAndColumn() throws Exception {
		String text = HEADER + "<upskill:Profile " + NS + " id=\"dana\"\n    name=\"Dana Okafor\" person=\"Dana\"/>\n";
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		int at = text.indexOf("Okafor") + 2;
		int column = at - text.lastIndexOf('\n', at) ; // 1-based
		byte[] bytes = new byte[utf8.length + 2];
		System.arraycopy(utf8, 0, bytes, 0, at);
		bytes[at] = (byte) 0xC3; // a two-byte sequence ...
		bytes[at + 1] = (byte) 0x28; // ... whose second byte is not a continuation byte
		System.arraycopy(utf8, at, bytes, at + 2, utf8.length - at);
		Path file = folder.resolve("latin.profile");
		Files.write(file, bytes);

		List<Problem> problems = check(file);
		Problem problem = only(problems, ProblemCode.ENCODING);
		assertEquals(3, problem.line(), problem.toString());
		assertEquals(column, problem.column(), problem.toString());
		assertTrue(problem.message().startsWith("not valid UTF-8 at line 3, column " + column), problem.message());
		assertClear(problems);
	}

	@Test
	void anUnknownEncodingIsNamed() throws Exception {
		Path file = folder.resolve("odd.profile");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTN-8\"?>\n<upskill:Profile " + NS + " id=\"p\"/>\n");
		List<Problem> problems = check(file);
		Problem problem = only(problems, ProblemCode.ENCODING);
		assertTrue(problem.message().contains("'UTN-8'"), problem.message());
		assertClear(problems);
	}

	@Test
	void aReferenceToTheWrongKindOfElementNamesItInWords() throws Exception {
		Path file = folder.resolve("wrong.framework");
		Files.writeString(file, HEADER + "<upskill:Framework " + NS + " id=\"f\">\n"
				+ "  <scales id=\"s\"><levels value=\"0\"/><levels value=\"1\"/></scales>\n"
				+ "  <roles id=\"role.a\">\n    <requirements skill=\"#role.a\" level=\"1\"/>\n  </roles>\n</upskill:Framework>\n");
		List<Problem> problems = check(file);
		Problem problem = only(problems, ProblemCode.INVALID_VALUE);
		assertEquals("skill refers to Role 'role.a', which is not a Skill", problem.message());
		assertClear(problems);
	}

	@Test
	void malformedXmlSaysWhereAndWhy() throws Exception {
		Path file = folder.resolve("bad.profile");
		Files.writeString(file, HEADER + "<upskill:Profile " + NS + " id=\"p\" name=\"a\" name=\"b\"/>\n");
		List<Problem> problems = check(file);
		Problem problem = only(problems, ProblemCode.XML_MALFORMED);
		assertEquals(2, problem.line());
		assertTrue(problem.message().startsWith("the XML is not well formed: "), problem.message());
		assertClear(problems);
	}

	private static List<Problem> check(Path file) {
		ModelFile loaded = ModelFile.load(UpskillResourceFactory.createResourceSet(), file);
		return ModelChecker.check(loaded);
	}

	private static Problem only(List<Problem> problems, ProblemCode code) {
		List<Problem> found = problems.stream().filter(p -> p.code() == code).toList();
		assertEquals(1, found.size(), "one " + code + " in " + problems);
		assertNotNull(found.get(0).file());
		return found.get(0);
	}

	/** No Java class name, no exception, in any message. */
	static void assertClear(List<Problem> problems) {
		for (Problem problem : problems) {
			String text = problem.toString();
			assertFalse(FuzzTest.CLASS_NAME.matcher(text).find() || FuzzTest.ANY_CLASS_NAME.matcher(problem.message()).find()
					|| text.contains("Exception") || text.contains("Impl"), text);
		}
	}
}
