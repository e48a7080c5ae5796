/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;

/**
 * Fuzz evidence: truncated, bit-flipped and structurally mutated copies of each kind of model file
 * (the built-in framework, the sample profile and the sample plan) are loaded and validated. For
 * every one: nothing is thrown, every problem is a clear message that names no Java class and no
 * exception, and the file's bytes are unchanged afterwards.
 * <p>
 * The suite runs {@value #DEFAULT_COUNT} files per kind with a fixed seed (about 15 seconds in all on a quiet machine). A larger
 * run, or another seed, on request:
 *
 * <pre>
 * ./mvnw -o -B verify -pl tests/dev.upskill.model.tests -am -Dupskill.test.includes='**&#47;FuzzTest.java' \
 *     -Dupskill.test.vmargs='-Dupskill.fuzz.count=2000 -Dupskill.fuzz.seed=20261129'
 * </pre>
 *
 * ({@code upskill.test.vmargs} passes the properties to the test runtime.)
 *
 * Each kind prints how many files it checked, in how long, and how many problems of each code
 * they gave.
 */
class FuzzTest {

	static final int DEFAULT_COUNT = 1000;
	static final int COUNT = Integer.getInteger("upskill.fuzz.count", DEFAULT_COUNT);
	static final long SEED = Long.getLong("upskill.fuzz.seed", 20_261_129L);

	/** A qualified Java exception or error class name, such as {@code java.io.FileNotFoundException}. */
	static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w*(Exception|Error)\\b");
	/** A qualified name of any Java class (a package path, then a capitalised name). */
	static final Pattern ANY_CLASS_NAME = Pattern.compile("\\b(java|javax|jdk|sun|com\\.sun|org|dev)(\\.[a-z0-9_]+)+\\.[A-Z]\\w*");

	private static final String[] VALUES = { "", "-1", "0", "1e309", "NaN", "abc", "99999999999", "2026-13-45", "a:b", "#nope",
			"x y", "&amp;", "upskill:/framework/none#x", "../missing.profile#dana", "\u00e9\u2713", "true", "-0.5", "USD ",
			"profile.profile#dana" };
	private static final String[] INSERTS = { "<foo/>", "<skills id=\"dup\"/><skills id=\"dup\"/>", "<levels/>", "</upskill:Framework>",
			"<!-- c -->", "<![CDATA[x]]>", "&bogus;", "<?pi x?>", "<steps/>", "<assessments level=\"3\"/>", "<requirements/>",
			"\u0000", "<a xmlns:b=\"urn:b\"><b:c/></a>", "<roles id=\"r\"><requirements skill=\"#nope\" level=\"2\"/></roles>" };

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "framework", "profile", "plan" })
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void mutatedFilesGiveClearMessagesAndStayUnchanged(String kind) throws IOException {
		Path repository = repository();
		assertNotNull(repository, "the repository's sample files are not reachable from " + Path.of("").toAbsolutePath());
		Path framework = Files.copy(repository.resolve("bundles/dev.upskill.frameworks.ai/frameworks/ai-upskilling.framework"),
				folder.resolve("ai-upskilling.framework"));
		Path samples = repository.resolve("bundles/dev.upskill.app/samples/getting-started");
		Files.copy(samples.resolve("dana.profile"), folder.resolve("dana.profile"));
		byte[] original = switch (kind) {
			case "framework" -> Files.readAllBytes(framework);
			case "profile" -> Files.readAllBytes(samples.resolve("dana.profile"));
			default -> Files.readAllBytes(samples.resolve("dana-ai-analyst.plan"));
		};

		// The built-in framework is reached by its address, as installed frameworks are.
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		resourceSet.getURIConverter().getURIMap().put(URI.createURI("upskill:/framework/ai-upskilling"),
				URI.createFileURI(framework.toString()));
		resourceSet.getResource(URI.createFileURI(framework.toString()), true);
		resourceSet.getResource(URI.createFileURI(folder.resolve("dana.profile").toString()), true);
		List<Resource> baseline = List.copyOf(resourceSet.getResources());

		Path file = folder.resolve("fuzzed." + kind);
		Random random = new Random(SEED + kind.hashCode());
		Seed seed = new Seed(original);
		Map<String, Integer> codes = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		int withProblems = 0;

		Map<String, String> examples = new TreeMap<>();
		long start = System.nanoTime();
		for (int i = 0; i < COUNT; i++) {
			Mutation mutation = seed.mutate(random);
			Files.write(file, mutation.bytes());
			try {
				ModelFile loaded = ModelFile.load(resourceSet, file);
				List<Problem> problems = ModelChecker.check(loaded);
				if (!problems.isEmpty() && examples.putIfAbsent(problems.get(0).code().id(), problems.get(0).toString()) == null) {
					System.out.println("[fuzz] " + kind + " example: " + mutation.description() + " -> " + problems.get(0));
				}
				withProblems += problems.isEmpty() ? 0 : 1;
				for (Problem problem : problems) {
					codes.merge(problem.code().id(), 1, Integer::sum);
					String text = problem.toString();
					if (CLASS_NAME.matcher(text).find() || text.contains("Exception") || ANY_CLASS_NAME.matcher(problem.message()).find()
							|| problem.message().isBlank()) {
						failures.add("#" + i + " " + mutation.description() + ": " + text);
					}
				}
				if (!Arrays.equals(mutation.bytes(), Files.readAllBytes(file))) {
					failures.add("#" + i + " " + mutation.description() + ": the file was changed by loading and validating it");
				}
			} catch (RuntimeException | Error e) {
				failures.add("#" + i + " " + mutation.description() + ": threw " + e);
			} finally {
				for (Resource resource : List.copyOf(resourceSet.getResources())) {
					if (!baseline.contains(resource)) {
						resourceSet.getResources().remove(resource);
					}
				}
			}
			if (failures.size() > 20) {
				break;
			}
		}
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		System.out.println("[fuzz] " + kind + ": " + COUNT + " mutated files (seed " + SEED + ") in " + millis + " ms, " + withProblems
				+ " with problems; problems by code: " + codes);

		assertEquals(List.of(), failures, "every mutated file gives clear messages and stays unchanged");
		assertTrue(withProblems > COUNT / 2, "most mutations break the file: " + withProblems + " of " + COUNT);
		assertArrayEquals(Files.readAllBytes(framework), Files.readAllBytes(repository
				.resolve("bundles/dev.upskill.frameworks.ai/frameworks/ai-upskilling.framework")), "the framework copy is unchanged");
	}

	/** A mutated file and how it was made (to reproduce a failure). */
	record Mutation(byte[] bytes, String description) {
	}

	/** An original file, with the places where structural mutations apply found once. */
	static final class Seed {
		private static final Pattern VALUE = Pattern.compile("=\"[^\"]*\"");
		private static final Pattern NAME = Pattern.compile("[<\\s/]([A-Za-z:]+)[=\\s>/]|#([a-z][\\w.-]*)|(upskill:/framework/)|(model/1\\.0)");
		private static final String SYNTAX = "<>\"=/";

		private final byte[] original;
		private final String text;
		private final List<String> lines;
		private final List<int[]> values = new ArrayList<>();
		private final List<int[]> names = new ArrayList<>();
		private final List<Integer> syntax = new ArrayList<>();

		Seed(byte[] original) {
			this.original = original;
			this.text = new String(original, StandardCharsets.UTF_8);
			this.lines = List.of(text.split("\n", -1));
			for (Matcher m = VALUE.matcher(text); m.find();) {
				values.add(new int[] { m.start(), m.end() });
			}
			for (Matcher m = NAME.matcher(text); m.find();) {
				for (int g = 1; g <= m.groupCount(); g++) {
					if (m.group(g) != null) {
						names.add(new int[] { m.start(g), m.end(g) });
					}
				}
			}
			for (int i = 0; i < text.length(); i++) {
				if (SYNTAX.indexOf(text.charAt(i)) >= 0) {
					syntax.add(i);
				}
			}
		}

		Mutation mutate(Random random) {
			int kind = random.nextInt(10);
			return switch (kind) {
				case 0, 1 -> {
					int at = random.nextInt(original.length);
					yield new Mutation(Arrays.copyOf(original, at), "truncated at byte " + at);
				}
				case 2, 3 -> {
					byte[] bytes = original.clone();
					int flips = 1 + random.nextInt(8);
					StringBuilder where = new StringBuilder();
					for (int f = 0; f < flips; f++) {
						int at = random.nextInt(bytes.length);
						int bit = random.nextInt(8);
						bytes[at] ^= (byte) (1 << bit);
						where.append(' ').append(at).append(':').append(bit);
					}
					yield new Mutation(bytes, "bits flipped at" + where);
				}
				case 4 -> {
					List<String> changed = new ArrayList<>(lines);
					int line = random.nextInt(lines.size());
					int other = random.nextInt(lines.size());
					if (random.nextBoolean()) {
						changed.remove(line);
						yield lines(changed, "line " + (line + 1) + " deleted");
					}
					changed.add(other, lines.get(line));
					yield lines(changed, "line " + (line + 1) + " copied before line " + (other + 1));
				}
				case 5 -> {
					List<String> changed = new ArrayList<>(lines);
					int line = random.nextInt(lines.size());
					int other = random.nextInt(lines.size());
					changed.set(line, lines.get(other));
					changed.set(other, lines.get(line));
					yield lines(changed, "lines " + (line + 1) + " and " + (other + 1) + " swapped");
				}
				case 6 -> {
					int[] target = values.get(random.nextInt(values.size()));
					String value = VALUES[random.nextInt(VALUES.length)];
					yield replace(target[0], target[1], "=\"" + value + "\"", "value at char " + target[0] + " replaced by '" + value + "'");
				}
				case 7 -> {
					String insert = INSERTS[random.nextInt(INSERTS.length)];
					int at = random.nextInt(text.length());
					yield replace(at, at, insert, "'" + insert + "' inserted at char " + at);
				}
				case 8 -> {
					// Names: an element or attribute renamed, a reference or the namespace changed.
					int[] target = names.get(random.nextInt(names.size()));
					String renamed = text.substring(target[0], target[1]) + (random.nextBoolean() ? "x" : "2");
					yield replace(target[0], target[1], renamed, "name at char " + target[0] + " changed to '" + renamed + "'");
				}
				default -> {
					if (random.nextBoolean()) {
						// Bytes that are not UTF-8: a two-byte lead without its continuation byte.
						int at = random.nextInt(original.length);
						byte[] out = new byte[original.length + 2];
						System.arraycopy(original, 0, out, 0, at);
						out[at] = (byte) 0xC3;
						out[at + 1] = (byte) 0x28;
						System.arraycopy(original, at, out, at + 2, original.length - at);
						yield new Mutation(out, "invalid UTF-8 inserted at byte " + at);
					}
					int at = syntax.get(random.nextInt(syntax.size()));
					yield replace(at, at + 1, "", "character '" + text.charAt(at) + "' at char " + at + " removed");
				}
			};
		}

		private Mutation replace(int from, int to, String by, String description) {
			return new Mutation((text.substring(0, from) + by + text.substring(to)).getBytes(StandardCharsets.UTF_8), description);
		}

		private static Mutation lines(List<String> lines, String description) {
			return new Mutation(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), description);
		}
	}

	/** The repository's root, found from the test's working folder, or null. */
	static Path repository() {
		String configured = System.getProperty("upskill.repository");
		if (configured != null && Files.isDirectory(Path.of(configured, "bundles/dev.upskill.app/samples/getting-started"))) {
			return Path.of(configured).toAbsolutePath();
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("bundles/dev.upskill.frameworks.ai/frameworks/ai-upskilling.framework"))
					&& Files.isDirectory(dir.resolve("bundles/dev.upskill.app/samples/getting-started"))) {
				return dir;
			}
		}
		return null;
	}
}
