/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.upskill.io.FrameworkFiles;
import dev.upskill.io.FrameworkImporter;
import dev.upskill.io.ImportProblem;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.internal.casejson.CaseImporter;
import dev.upskill.io.internal.esco.EscoImporter;
import dev.upskill.io.internal.onet.OnetImporter;
import dev.upskill.io.internal.spreadsheet.SpreadsheetImporter;
import dev.upskill.model.validation.Problem;

/**
 * Fuzz evidence for the importers, in the house pattern of the model's FuzzTest: for each format,
 * {@value #DEFAULT_COUNT} mutated inputs from a fixed seed (truncated, bits flipped, lines deleted,
 * copied or swapped, quotes, delimiters and brackets inserted or removed, a header renamed, bytes
 * that are not UTF-8, a huge line; for XLSX, the same on the sheet's cells or on the workbook's bytes). For every one: nothing is thrown, every problem names a file
 * and says why in words (no Java class or exception name), and a result that is not partial is a
 * framework the model's rules accept (so it saves as complete only when it is).
 * <p>
 * Another count or seed:
 * {@code -Dupskill.test.vmargs='-Dupskill.fuzz.count=5000 -Dupskill.fuzz.seed=7'}.
 */
class ImportFuzzTest {

	static final int DEFAULT_COUNT = 1000;
	static final int COUNT = Integer.getInteger("upskill.fuzz.count", DEFAULT_COUNT);
	static final long SEED = Long.getLong("upskill.fuzz.seed", 20_261_129L);

	static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|jdk|sun|com|org|dev)(\\.[a-z0-9_]+)+\\.[A-Z]\\w*");
	/** Names of the libraries' own API (JsonReader.setStrictness, Strictness.LENIENT, CSVFormat ...). */
	static final Pattern LIBRARY = Pattern.compile("JsonReader|Strictness|LENIENT|CSVFormat|CSVParser|JsonToken|Gson");
	private static final String[] INSERTS = { "\"", ",", "\t", "\n", "\r\n", ";", "{", "}", "[", "]", ":", "\u0000", "\"\"", "|",
			"http://data.europa.eu/esco/skill/x:y", "NaN", "-1", "99999999999999999999", "null", "\\u12", "\"abc\"" };

	@TempDir
	Path folder;

	/** The files of a format's seed input, by name. */
	static Map<String, String> seed(String format) {
		Map<String, String> files = new LinkedHashMap<>();
		switch (format) {
			case "esco" -> {
				files.put("skills_en.csv", EscoImporterTest.SKILLS);
				files.put("skillsHierarchy_en.csv", EscoImporterTest.HIERARCHY);
				files.put("broaderRelationsSkillPillar_en.csv", EscoImporterTest.BROADER);
				files.put("skillSkillRelations_en.csv", EscoImporterTest.RELATIONS);
				files.put("occupations_en.csv", EscoImporterTest.OCCUPATIONS);
				files.put("occupationSkillRelations_en.csv", EscoImporterTest.REQUIREMENTS);
			}
			case "onet" -> {
				files.put("Occupation Data.txt", OnetImporterTest.OCCUPATIONS);
				files.put("Skills.txt", OnetImporterTest.SKILLS);
				files.put("Knowledge.txt", OnetImporterTest.KNOWLEDGE);
				files.put("Content Model Reference.txt", OnetImporterTest.CONTENT_MODEL);
				files.put("Technology Skills.txt", """
						O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand
						15-2051.00\tPython\t43232403\tDevelopment environment software\tY\tY
						43-9021.00\tMicrosoft Excel\t43232110\tSpreadsheet software\tY\tN
						""");
				files.put("Related Occupations.txt", "O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex\n"
						+ "15-2051.00\t43-9021.00\tPrimary-Short\t1\n");
				files.put("Job Zones.txt", "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\n15-2051.00\t5\t08/2023\tAnalyst\n");
			}
			case "csv", "xlsx" -> files.put("matrix.csv", SpreadsheetImporterTest.MATRIX);
			default -> files.put("package.json", CaseImporterTest.PACKAGE);
		}
		return files;
	}

	static FrameworkImporter importer(String format) {
		Map<String, Supplier<FrameworkImporter>> importers = Map.of("esco", EscoImporter::new, "onet", OnetImporter::new, "case",
				CaseImporter::new, "csv", SpreadsheetImporter::new, "xlsx", SpreadsheetImporter::new);
		return importers.get(format).get();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "esco", "onet", "case", "csv", "xlsx" })
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void mutatedInputsGiveClearMessages(String format) throws IOException {
		Map<String, String> seed = seed(format);
		Random random = new Random(SEED + format.hashCode());
		List<String> failures = new ArrayList<>();
		Map<String, Integer> outcomes = new TreeMap<>();
		int withProblems = 0;
		long start = System.nanoTime();
		for (int i = 0; i < COUNT && failures.size() <= 20; i++) {
			Path input = Files.createDirectories(folder.resolve(format + i));
			List<String> names = List.copyOf(seed.keySet());
			String target = names.get(random.nextInt(names.size()));
			String description = "";
			for (String name : names) {
				byte[] bytes = seed.get(name).getBytes(StandardCharsets.UTF_8);
				if (format.equals("xlsx")) {
					// The sheet of the spreadsheet's seed: half the time its text mutated and written as cells, half the time
					// the bytes of the workbook mutated.
					Path workbook = input.resolve("matrix.xlsx");
					boolean cells = random.nextBoolean();
					Mutation mutation = cells ? mutate(bytes, random, true) : null;
					SpreadsheetImporterTest.xlsx(workbook, rows(cells ? new String(mutation.bytes, StandardCharsets.UTF_8) : seed.get(name)));
					if (!cells) {
						mutation = mutate(Files.readAllBytes(workbook), random, true);
						Files.write(workbook, mutation.bytes);
					}
					description = "matrix.xlsx: " + (cells ? "cells of " : "bytes ") + mutation.description;
					continue;
				}
				if (name.equals(target)) {
					Mutation mutation = mutate(bytes, random, !format.equals("case"));
					bytes = mutation.bytes;
					description = name + ": " + mutation.description;
				}
				Files.write(input.resolve(name), bytes);
			}
			try {
				ImportResult result = importer(format).read(ImportRequest.of(input), null);
				outcomes.merge(result.framework() == null ? "nothing" : result.isPartial() ? "partial" : result.hasWarnings() ? "warnings"
						: "clean", 1, Integer::sum);
				withProblems += result.hasWarnings() ? 1 : 0;
				for (ImportProblem problem : result.problems()) {
					String text = problem.toString();
					if (problem.message().isBlank() || problem.file().isBlank() || CLASS_NAME.matcher(text).find() || text.contains("Exception")
							|| text.contains("BEGIN_") || text.contains("END_") || LIBRARY.matcher(text).find()) {
						failures.add("#" + i + " " + description + ": unclear message: " + text);
					}
				}
				if (result.framework() != null && !result.isPartial()) {
					List<Problem> errors = FrameworkFiles.check(result.framework(), input.resolve("out.framework")).stream()
							.filter(p -> p.severity() == Problem.Severity.ERROR).toList();
					if (!errors.isEmpty()) {
						failures.add("#" + i + " " + description + ": a complete import the model refuses: " + errors.get(0));
					}
				}
				if (i < 3 || (i % 250 == 0 && !result.problems().isEmpty())) {
					System.out.println("[fuzz] " + format + " #" + i + " " + description + " -> "
							+ (result.problems().isEmpty() ? "no problem" : result.problems().get(0)));
				}
			} catch (RuntimeException | Error e) {
				failures.add("#" + i + " " + description + ": threw " + e);
			}
		}
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		System.out.println("[fuzz] " + format + ": " + COUNT + " mutated inputs (seed " + SEED + ") in " + millis + " ms; outcomes " + outcomes);
		assertEquals(List.of(), failures, "every mutated input gives clear messages and never a framework the model refuses");
		assertTrue(withProblems > COUNT / 3, "most mutations are noticed: " + withProblems + " of " + COUNT);
	}

	/** Text as rows of cells, split at commas and line breaks (quotes are text), for a workbook. */
	static List<List<Object>> rows(String text) {
		List<List<Object>> rows = new ArrayList<>();
		for (String line : text.split("\r?\n", -1)) {
			rows.add(new ArrayList<>(List.of((Object[]) line.split(",", -1))));
		}
		return rows;
	}

	/** A mutated file and how it was made (to reproduce a failure). */
	record Mutation(byte[] bytes, String description) {
	}

	static Mutation mutate(byte[] original, Random random, boolean huge) {
		String text = new String(original, StandardCharsets.UTF_8);
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		// A huge line costs a megabyte per file written: one mutation in forty.
		int kind = huge && random.nextInt(40) == 0 ? 11 : random.nextInt(11);
		switch (kind) {
			case 0 -> {
				int at = random.nextInt(original.length);
				return new Mutation(Arrays.copyOf(original, at), "truncated at byte " + at);
			}
			case 1 -> {
				byte[] bytes = original.clone();
				int flips = 1 + random.nextInt(6);
				StringBuilder where = new StringBuilder();
				for (int f = 0; f < flips; f++) {
					int at = random.nextInt(bytes.length);
					bytes[at] ^= (byte) (1 << random.nextInt(8));
					where.append(' ').append(at);
				}
				return new Mutation(bytes, "bits flipped at" + where);
			}
			case 2 -> {
				int line = random.nextInt(lines.size());
				lines.remove(line);
				return lines(lines, "line " + (line + 1) + " deleted");
			}
			case 3 -> {
				int line = random.nextInt(lines.size());
				int other = random.nextInt(lines.size());
				lines.add(other, lines.get(line));
				return lines(lines, "line " + (line + 1) + " copied before line " + (other + 1));
			}
			case 4 -> {
				int line = random.nextInt(lines.size());
				int other = random.nextInt(lines.size());
				String swap = lines.get(line);
				lines.set(line, lines.get(other));
				lines.set(other, swap);
				return lines(lines, "lines " + (line + 1) + " and " + (other + 1) + " swapped");
			}
			case 5, 6 -> {
				String insert = INSERTS[random.nextInt(INSERTS.length)];
				int at = random.nextInt(text.length() + 1);
				return text(text.substring(0, at) + insert + text.substring(at), "'" + insert + "' inserted at char " + at);
			}
			case 7 -> {
				List<Integer> syntax = new ArrayList<>();
				for (int i = 0; i < text.length(); i++) {
					if ("\",\t{}[]:".indexOf(text.charAt(i)) >= 0) {
						syntax.add(i);
					}
				}
				int at = syntax.get(random.nextInt(syntax.size()));
				return text(text.substring(0, at) + text.substring(at + 1), "'" + text.charAt(at) + "' at char " + at + " removed");
			}
			case 8 -> {
				int line = random.nextInt(lines.size());
				String from = lines.get(line).contains("\t") ? "\t" : ",";
				String to = random.nextBoolean() ? ";" : from.equals(",") ? "\t" : ",";
				lines.set(line, lines.get(line).replace(from, to));
				return lines(lines, "delimiters of line " + (line + 1) + " replaced");
			}
			case 9 -> {
				String header = lines.get(0);
				int at = random.nextInt(Math.max(1, header.length()));
				lines.set(0, header.substring(0, at) + "X" + header.substring(Math.min(header.length(), at + 1)));
				return lines(lines, "header changed at char " + at);
			}
			case 10 -> {
				int at = random.nextInt(original.length + 1);
				byte[] bytes = new byte[original.length + 2];
				System.arraycopy(original, 0, bytes, 0, at);
				bytes[at] = (byte) 0xC3;
				bytes[at + 1] = (byte) 0x28;
				System.arraycopy(original, at, bytes, at + 2, original.length - at);
				return new Mutation(bytes, "invalid UTF-8 at byte " + at);
			}
			default -> {
				int line = 1 + random.nextInt(Math.max(1, lines.size() - 1));
				lines.add(Math.min(line, lines.size()), "x".repeat(1_000_001 + random.nextInt(1000)));
				return lines(lines, "a line of over 1,000,000 characters inserted before line " + (line + 1));
			}
		}
	}

	private static Mutation lines(List<String> lines, String description) {
		return text(String.join("\n", lines), description);
	}

	private static Mutation text(String text, String description) {
		return new Mutation(text.getBytes(StandardCharsets.UTF_8), description);
	}
}
