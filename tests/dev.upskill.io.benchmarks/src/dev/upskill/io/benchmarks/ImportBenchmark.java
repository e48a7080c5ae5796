/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.benchmarks;

import static dev.upskill.core.benchmarks.Measure.line;
import static dev.upskill.core.benchmarks.Measure.median;
import static dev.upskill.core.benchmarks.Measure.usedHeapAfterGc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import dev.upskill.core.benchmarks.Measure;
import dev.upskill.io.FormatRegistry;
import dev.upskill.io.FrameworkCounts;
import dev.upskill.io.FrameworkFiles;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.ImporterDescriptor;
import dev.upskill.model.Framework;
import dev.upskill.model.UpskillPackage;
import dev.upskill.model.resource.UpskillResourceFactory;

/**
 * Importing ESCO at full scale, and the load and save of the framework it gives, each against the
 * floor of the same work measured in the same run:
 * <ul>
 * <li>the import of generated CSVs in ESCO's own layout (14,000 skills, 3,000 occupations,
 * 126,000 occupation-skill relations, 640 skill groups; fixed seed) against a bare Commons CSV pass
 * over the same files that touches every value;</li>
 * <li>the load of the resulting {@code .framework} file against a bare SAX pass over it;</li>
 * <li>the save (checks, temporary file, fsync, backup, rename) against writing and syncing the
 * same bytes;</li>
 * <li>the heap the loaded framework keeps, after garbage collection.</li>
 * </ul>
 * Results go to standard output and to {@code target/import-benchmarks.md}.
 */
class ImportBenchmark {

	static final int SKILLS = 14_000;
	static final int OCCUPATIONS = 3_000;
	static final int RELATIONS_PER_OCCUPATION = 42;
	static final int GROUPS = 640;
	private static final int RUNS = 5;
	private static final String SKILL = "http://data.europa.eu/esco/skill/";
	private static final String OCCUPATION = "http://data.europa.eu/esco/occupation/";

	@Test
	void importAtEscoScale() throws Exception {
		Measure.inTemporaryFolder("upskill-import-benchmark", this::run);
	}

	private void run(Path folder) throws Exception {
		Path input = Files.createDirectories(folder.resolve("esco"));
		generate(input, new Random(20261129L));
		long inputBytes = 0;
		List<Path> csvFiles;
		try (Stream<Path> files = Files.list(input)) {
			csvFiles = files.sorted().toList();
		}
		for (Path csv : csvFiles) {
			inputBytes += Files.size(csv);
		}
		ImporterDescriptor esco = formats().getImporter("esco").orElseThrow(() -> new AssertionError("no ESCO importer"));

		StringBuilder report = new StringBuilder();
		line(report, "Generated ESCO CSVs (seed 20261129): %,d skills, %,d occupations, %,d occupation-skill relations, %,d skill groups; %d files, %.1f MB",
				SKILLS, OCCUPATIONS, OCCUPATIONS * RELATIONS_PER_OCCUPATION, GROUPS, csvFiles.size(), inputBytes / 1e6);
		line(report, "Cores: %d; Java %s; max heap %d MB", Runtime.getRuntime().availableProcessors(), Runtime.version(),
				Runtime.getRuntime().maxMemory() >> 20);

		// The floor of the import: Commons CSV over the same files, every value touched.
		long[] csvCounted = new long[2];
		double csvPass = median(() -> {
			for (Path csv : csvFiles) {
				try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
						CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
					for (CSVRecord record : parser) {
						csvCounted[0]++;
						for (String value : record) {
							csvCounted[1] += value.length();
						}
					}
				}
			}
		}, 2, RUNS);

		// The import, through the format registry as the workbench and the command line run it.
		Framework[] imported = new Framework[1];
		double importTime = median(() -> {
			ImportResult result = esco.run(ImportRequest.of(input), new NullProgressMonitor());
			if (!result.imported() || result.isPartial()) {
				throw new AssertionError("the import failed: " + result.problems());
			}
			imported[0] = result.framework();
		}, 2, RUNS);
		FrameworkCounts counts = FrameworkCounts.of(imported[0]);
		check(counts);

		// The save of the result, and its floor: the same bytes written and synced.
		Path file = folder.resolve("esco.framework");
		double save = median(() -> FrameworkFiles.save(imported[0], file), 2, RUNS);
		byte[] bytes = Files.readAllBytes(file);
		Path raw = folder.resolve("raw.xml");
		double rawWrite = median(() -> {
			try (FileChannel channel = FileChannel.open(raw, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				channel.write(ByteBuffer.wrap(bytes));
				channel.force(true);
			}
		}, 2, RUNS);
		// EMF's default save of the same model (XMIResourceImpl, no options: in place, no checks, no sync).
		Path plain = folder.resolve("esco-defaults.framework");
		ResourceSet defaults = new ResourceSetImpl();
		defaults.getPackageRegistry().put(UpskillPackage.eNS_URI, UpskillPackage.eINSTANCE);
		Resource defaultResource = new XMIResourceImpl(URI.createFileURI(plain.toString()));
		defaults.getResources().add(defaultResource);
		defaultResource.getContents().add(imported[0]);
		double defaultSave = median(() -> defaultResource.save(Map.of()), 2, RUNS);
		defaultResource.getContents().clear();
		imported[0] = null;

		// The load, and its floor: a bare SAX pass over the file.
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		long[] saxCounted = new long[2];
		double saxPass = median(() -> {
			SAXParser parser = factory.newSAXParser();
			parser.parse(file.toFile(), new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					saxCounted[0]++;
					for (int i = 0; i < attributes.getLength(); i++) {
						saxCounted[1] += attributes.getValue(i).length();
					}
				}
			});
		}, 2, RUNS);
		double load = median(() -> check(FrameworkCounts.of(loaded(file))), 2, RUNS);

		// The heap the loaded framework keeps.
		long before = usedHeapAfterGc();
		Framework kept = loaded(file);
		long after = usedHeapAfterGc();
		check(FrameworkCounts.of(kept));
		double retainedMb = (after - before) / 1e6;

		line(report, "Imported: %s; file %.1f MB", counts, bytes.length / 1e6);
		line(report, "");
		line(report, "| measure, median of %d runs | floor | ours | ours against the floor |", RUNS);
		line(report, "|---|---|---|---|");
		line(report, "| import of the CSVs (ESCO importer, through the format registry) | %.0f ms (Commons CSV pass) | %.0f ms | %.2fx |",
				csvPass, importTime, importTime / csvPass);
		line(report, "| load of the imported `.framework` | %.0f ms (bare SAX pass) | %.0f ms | %.2fx |", saxPass, load, load / saxPass);
		line(report, "| save of the imported `.framework` (checks, temporary file, fsync, backup, rename) | %.0f ms (write and fsync the same bytes) | %.0f ms | %.2fx; EMF's default save (in place, no checks, no fsync) takes %.0f ms, ours %.2fx that |",
				rawWrite, save, save / rawWrite, defaultSave, save / defaultSave);
		line(report, "| heap kept by the loaded framework, after GC | - | %.1f MB | - |", retainedMb);
		line(report, "");
		line(report, "CSV pass: %,d records, %,d characters of values. SAX pass: %,d elements, %,d characters of attributes.", csvCounted[0] / (RUNS + 2),
				csvCounted[1] / (RUNS + 2), saxCounted[0] / (RUNS + 2), saxCounted[1] / (RUNS + 2));

		System.out.println(report);
		Path out = Path.of("target", "import-benchmarks.md").toAbsolutePath();
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString());
		System.out.println("Written to " + out);
	}

	private static Framework loaded(Path file) {
		Resource resource = UpskillResourceFactory.createResourceSet().getResource(URI.createFileURI(file.toString()), true);
		if (!resource.getErrors().isEmpty()) {
			throw new AssertionError("load errors: " + resource.getErrors());
		}
		return (Framework) resource.getContents().get(0);
	}

	/** Fails unless the framework holds everything that was generated. */
	private static void check(FrameworkCounts counts) {
		if (counts.skills() != SKILLS || counts.roles() != OCCUPATIONS || counts.requirements() != OCCUPATIONS * RELATIONS_PER_OCCUPATION
				|| counts.categories() != GROUPS) {
			throw new AssertionError("not the whole input: " + counts);
		}
	}

	/**
	 * Writes ESCO's files in their own layout (the headers of the v1.2 CSV export): skill groups in
	 * two levels, skills with multi-line alternative labels and quoted descriptions, their broader
	 * groups in {@code broaderRelationsSkillPillar_en.csv}, occupations, and 42 distinct skills per
	 * occupation, a third of them essential.
	 */
	static void generate(Path folder, Random random) throws IOException {
		String[] groups = new String[GROUPS];
		try (CSVPrinter out = printer(folder.resolve("skillGroups_en.csv"), "conceptType", "conceptUri", "preferredLabel", "altLabels",
				"hiddenLabels", "status", "modifiedDate", "scopeNote", "inScheme", "description", "code")) {
			for (int i = 0; i < GROUPS; i++) {
				groups[i] = SKILL + uuid(random);
				out.printRecord("SkillGroup", groups[i], words(random, 3), "", "", "released", "2023-01-01T00:00:00Z", "",
						"http://data.europa.eu/esco/concept-scheme/skills", sentence(random, 18), "S" + i);
			}
		}
		String[] skills = new String[SKILLS];
		String[] types = new String[SKILLS];
		try (CSVPrinter out = printer(folder.resolve("skills_en.csv"), "conceptType", "conceptUri", "skillType", "reuseLevel",
				"preferredLabel", "altLabels", "hiddenLabels", "status", "modifiedDate", "scopeNote", "definition", "inScheme",
				"description")) {
			for (int i = 0; i < SKILLS; i++) {
				skills[i] = SKILL + uuid(random);
				types[i] = random.nextInt(3) == 0 ? "knowledge" : "skill/competence";
				String aliases = String.join("\n", words(random, 2), words(random, 3), words(random, 2));
				out.printRecord("KnowledgeSkillCompetence", skills[i], types[i],
						random.nextInt(10) == 0 ? "cross-sector" : "sector-specific", words(random, 3) + " " + i, aliases, "",
						"released", "2023-01-01T00:00:00Z", "", "", "http://data.europa.eu/esco/concept-scheme/skills",
						sentence(random, 24));
			}
		}
		try (CSVPrinter out = printer(folder.resolve("broaderRelationsSkillPillar_en.csv"), "conceptType", "conceptUri",
				"broaderType", "broaderUri")) {
			for (int i = 40; i < GROUPS; i++) {
				out.printRecord("SkillGroup", groups[i], "SkillGroup", groups[random.nextInt(40)]);
			}
			for (int i = 0; i < SKILLS; i++) {
				out.printRecord("KnowledgeSkillCompetence", skills[i], "SkillGroup", groups[40 + random.nextInt(GROUPS - 40)]);
			}
		}
		String[] occupations = new String[OCCUPATIONS];
		try (CSVPrinter out = printer(folder.resolve("occupations_en.csv"), "conceptType", "conceptUri", "iscoGroup",
				"preferredLabel", "altLabels", "hiddenLabels", "status", "modifiedDate", "regulatedProfessionNote", "scopeNote",
				"definition", "inScheme", "description", "code")) {
			for (int i = 0; i < OCCUPATIONS; i++) {
				occupations[i] = OCCUPATION + uuid(random);
				String isco = String.valueOf(1000 + random.nextInt(9000));
				out.printRecord("Occupation", occupations[i], isco, words(random, 2) + " " + i, words(random, 2) + "\n" + words(random, 3),
						"", "released", "2023-01-01T00:00:00Z", "http://data.europa.eu/esco/regulated-professions/unregulated", "", "",
						"http://data.europa.eu/esco/concept-scheme/occupations", sentence(random, 40), isco + "." + i);
			}
		}
		try (CSVPrinter out = printer(folder.resolve("occupationSkillRelations_en.csv"), "occupationUri", "relationType",
				"skillType", "skillUri")) {
			for (int i = 0; i < OCCUPATIONS; i++) {
				int start = random.nextInt(SKILLS);
				int step = 1 + random.nextInt(97);
				for (int r = 0; r < RELATIONS_PER_OCCUPATION; r++) {
					int skill = (start + r * step) % SKILLS; // distinct: 42 steps of at most 97 never wrap past 14,000
					out.printRecord(occupations[i], r % 3 == 0 ? "essential" : "optional", types[skill], skills[skill]);
				}
			}
		}
	}

	private static CSVPrinter printer(Path file, String... header) throws IOException {
		BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get());
	}

	private static String uuid(Random random) {
		return new UUID(random.nextLong(), random.nextLong()).toString();
	}

	private static final String[] WORDS = { "data", "analysis", "manage", "design", "software", "machine", "learning", "safety",
			"customer", "quality", "budget", "team", "cloud", "network", "clinical", "legal", "supply", "chain", "writing", "report",
			"model", "systems", "research", "training", "sales", "energy", "maintain", "equipment", "process", "plan" };

	private static String words(Random random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				text.append(' ');
			}
			text.append(WORDS[random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}

	private static String sentence(Random random, int count) {
		String text = words(random, count);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1, text.length() / 2) + ", " + text.substring(text.length() / 2) + ".";
	}

	private static FormatRegistry formats() throws InterruptedException {
		Bundle bundle = FrameworkUtil.getBundle(ImportBenchmark.class);
		ServiceTracker<FormatRegistry, FormatRegistry> tracker = new ServiceTracker<>(bundle.getBundleContext(), FormatRegistry.class, null);
		tracker.open();
		try {
			FormatRegistry registry = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
			if (registry == null) {
				throw new AssertionError("the format registry service did not start");
			}
			return registry;
		} finally {
			tracker.close();
		}
	}
}
