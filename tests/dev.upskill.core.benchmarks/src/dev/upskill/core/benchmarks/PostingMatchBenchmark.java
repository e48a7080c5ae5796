/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.posting.MatchedSkill;
import dev.upskill.core.posting.SkillMatcher;
import dev.upskill.model.Framework;
import dev.upskill.model.Skill;
import dev.upskill.model.UpskillFactory;

/**
 * Matching a job posting at ESCO scale: a posting of 20,000 words against 14,000 skills with about
 * 40,000 aliases (one to four words each, fixed seed), with {@link SkillMatcher} (one token trie
 * built once) against a baseline measured in the same run: one case-insensitive, word-bounded
 * regular expression per skill (its name and aliases as alternatives), each run over the text.
 * Before timing, it checks that the matcher finds every skill whose term was written into the
 * posting. {@code -Dupskill.benchmark.postingScale=0.05} runs it small (skills and words scaled).
 * Results go to standard output and to {@code target/posting-benchmarks.md}.
 */
class PostingMatchBenchmark {

	private static final int WARMUP = 5;
	private static final int RUNS = 15;
	private static final String[] SYLLABLES = { "ka", "lo", "mi", "ter", "van", "dro", "sel", "pu", "ri", "ton", "ba", "gen", "ex",
			"qua", "lin", "or", "zu", "fe", "nor", "ast", "ip", "cle", "mon", "da" };
	private static final String[] FILLER = ("you will work with our team to build and run the services that our customers use every "
			+ "day we are looking for someone who enjoys hard problems and clear writing experience with modern tools is "
			+ "expected and you should be comfortable owning work from the first idea to production").split(" ");

	@Test
	void matchAPostingAtEscoScale() throws IOException {
		double scale = Double.parseDouble(System.getProperty("upskill.benchmark.postingScale", "1"));
		int skillCount = (int) Math.max(100, 14_000 * scale);
		int words = (int) Math.max(500, 20_000 * scale);
		SplittableRandom random = new SplittableRandom(42);
		Framework framework = framework(random, skillCount);
		int aliases = framework.getSkills().stream().mapToInt(s -> s.getAliases().size()).sum();
		List<String> inserted = new ArrayList<>();
		String posting = posting(random, framework, words, inserted);

		StringBuilder report = new StringBuilder();
		line(report, "Synthetic framework: %,d skills, %,d aliases (%,d terms with the names); posting: %,d words, %,d characters, %,d skill terms in it",
				skillCount, aliases, skillCount + aliases, words, posting.length(), inserted.size());
		line(report, "Cores: %d; Java %s", Runtime.getRuntime().availableProcessors(), Runtime.version());

		long buildStart = System.nanoTime();
		SkillMatcher matcher = SkillMatcher.of(List.of(framework));
		double buildMs = (System.nanoTime() - buildStart) / 1e6;
		long regexStart = System.nanoTime();
		List<Pattern> patterns = new ArrayList<>(skillCount);
		for (Skill skill : framework.getSkills()) {
			List<String> terms = new ArrayList<>();
			terms.add(skill.getName());
			terms.addAll(skill.getAliases());
			patterns.add(Pattern.compile("\\b(?:" + terms.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
		}
		double regexBuildMs = (System.nanoTime() - regexStart) / 1e6;

		// Both must find what was written into the posting before their speed means anything.
		Set<String> expected = new HashSet<>(inserted);
		Set<String> found = new HashSet<>();
		for (MatchedSkill skill : matcher.match(posting, null).skills()) {
			found.add(skill.key());
		}
		Set<String> baselineFound = new HashSet<>();
		for (int i = 0; i < patterns.size(); i++) {
			if (patterns.get(i).matcher(posting).find()) {
				baselineFound.add(SkillKeys.of(framework.getSkills().get(i)));
			}
		}
		if (!found.containsAll(expected) || !baselineFound.containsAll(expected)) {
			throw new AssertionError("missed skills written into the posting: matcher " + difference(expected, found) + ", baseline "
					+ difference(expected, baselineFound));
		}

		double matcherMs = median(() -> matcher.match(posting, null).skills().size());
		double baselineMs = median(() -> {
			int hits = 0;
			for (Pattern pattern : patterns) {
				Matcher m = pattern.matcher(posting);
				while (m.find()) {
					hits++;
				}
			}
			return hits;
		}, 1, 3);
		line(report, "");
		line(report, "| benchmark | baseline (a regex per skill) | SkillMatcher (one token trie) | ratio |");
		line(report, "|---|---|---|---|");
		line(report, "| match a %,d-word posting, %,d skills, warm, median | %.1f ms | %.2f ms | %.0fx |", words, skillCount, baselineMs,
				matcherMs, baselineMs / matcherMs);
		line(report, "| build once per framework set | %.0f ms (compile %,d patterns) | %.0f ms (trie of %,d terms) | - |", regexBuildMs,
				patterns.size(), buildMs, matcher.terms());
		line(report, "");
		line(report, "Skills found: matcher %,d (every one of the %,d written in), baseline %,d. Target: under 50 ms warm: %s.",
				found.size(), expected.size(), baselineFound.size(), matcherMs < 50 ? "met" : "NOT met");

		System.out.println(report);
		Path out = Path.of("target", "posting-benchmarks.md").toAbsolutePath();
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString());
		System.out.println("Written to " + out);
	}

	private static Framework framework(SplittableRandom random, int skills) {
		UpskillFactory f = UpskillFactory.eINSTANCE;
		Framework framework = f.createFramework();
		framework.setId("synthetic-postings");
		Set<String> used = new HashSet<>();
		for (int i = 0; i < skills; i++) {
			Skill skill = f.createSkill();
			skill.setId("skill." + i);
			skill.setName(term(random, used));
			// ESCO: 14,000 skills, about 40,000 alternative labels; 0 to 5 here, 2.9 on average.
			int aliases = random.nextInt(6);
			for (int a = 0; a < aliases; a++) {
				skill.getAliases().add(term(random, used));
			}
			framework.getSkills().add(skill);
		}
		return framework;
	}

	/** A new term of one to four made-up words. */
	private static String term(SplittableRandom random, Set<String> used) {
		while (true) {
			int n = 1 + random.nextInt(4);
			StringBuilder term = new StringBuilder();
			for (int w = 0; w < n; w++) {
				if (w > 0) {
					term.append(' ');
				}
				int syllables = 2 + random.nextInt(2);
				for (int s = 0; s < syllables; s++) {
					term.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
				}
			}
			if (used.add(term.toString())) {
				return term.toString();
			}
		}
	}

	/** Filler prose with a skill's name or alias every ~20 words; {@code inserted} gets the keys written in. */
	private static String posting(SplittableRandom random, Framework framework, int words, List<String> inserted) {
		StringBuilder text = new StringBuilder();
		int written = 0;
		while (written < words) {
			if (random.nextInt(20) == 0) {
				Skill skill = framework.getSkills().get(random.nextInt(framework.getSkills().size()));
				List<String> terms = new ArrayList<>(skill.getAliases());
				terms.add(skill.getName());
				String term = terms.get(random.nextInt(terms.size()));
				text.append(random.nextBoolean() ? term : term.toUpperCase(Locale.ROOT)).append(random.nextInt(4) == 0 ? ", " : " ");
				inserted.add(SkillKeys.of(skill));
				written += term.split(" ").length;
			} else {
				text.append(FILLER[random.nextInt(FILLER.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
				written++;
			}
		}
		return text.toString();
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> d = new HashSet<>(a);
		d.removeAll(b);
		return d;
	}

	private interface Work {
		int run();
	}

	private static double median(Work work) {
		return median(work, WARMUP, RUNS);
	}

	/** The median wall time of {@code runs} runs, in milliseconds, after {@code warmup} unmeasured ones. */
	private static double median(Work work, int warmup, int runs) {
		long sink = 0;
		for (int i = 0; i < warmup; i++) {
			sink += work.run();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			sink += work.run();
			times.add((System.nanoTime() - start) / 1e6);
		}
		if (sink < 0) {
			throw new AssertionError("unreachable; keeps the work from being optimised away");
		}
		times.sort(null);
		return times.get(times.size() / 2);
	}

	private static void line(StringBuilder report, String format, Object... args) {
		report.append(String.format(Locale.ROOT, format, args)).append('\n');
	}
}
