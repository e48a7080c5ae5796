/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.upskill.core.posting.MatchedSkill;
import dev.upskill.core.posting.Occurrence;
import dev.upskill.core.posting.PostingMatch;
import dev.upskill.core.posting.SkillMatcher;
import dev.upskill.core.tests.posting.Postings.Labelled;

/**
 * The matcher on the hand-labelled postings ({@link Postings}): the skills it finds that the posting
 * asks for (required or nice to have) against the labels, over all postings together. Precision and
 * recall must both be at least 0.9 (the figures are in the README), and no ambiguity trap fires.
 */
class PostingQualityTest {

	private static SkillMatcher matcher;
	private static List<Labelled> postings;

	@BeforeAll
	static void load() throws Exception {
		matcher = Postings.matcher();
		postings = Postings.all();
	}

	@Test
	void thereAreAtLeastTenLabelledPostingsOfManyKinds() {
		assertTrue(postings.size() >= 10, "labelled postings: " + postings.size());
		assertTrue(postings.stream().anyMatch(p -> p.name().contains("manager")));
		assertTrue(postings.stream().anyMatch(p -> p.name().contains("finance")), "a posting outside AI");
	}

	@Test
	void precisionAndRecallAreAtLeastNinetyPercent() {
		int truePositives = 0;
		int found = 0;
		int labelled = 0;
		int demandRight = 0;
		StringBuilder report = new StringBuilder();
		for (Labelled posting : postings) {
			PostingMatch match = matcher.match(posting.text(), null);
			Set<String> asked = new HashSet<>();
			match.asked().forEach(s -> asked.add(s.key()));
			Set<String> hits = new HashSet<>(asked);
			hits.retainAll(posting.labels().keySet());
			truePositives += hits.size();
			found += asked.size();
			labelled += posting.labels().size();
			for (String key : hits) {
				if (match.skill(key).orElseThrow().demand() == posting.labels().get(key)) {
					demandRight++;
				}
			}
			Set<String> extra = new HashSet<>(asked);
			extra.removeAll(posting.labels().keySet());
			Set<String> missed = new HashSet<>(posting.labels().keySet());
			missed.removeAll(asked);
			report.append(String.format(Locale.ROOT, "%-26s found %2d, labelled %2d, right %2d; extra %s; missed %s%n", posting.name(),
					asked.size(), posting.labels().size(), hits.size(), extra, missed));
		}
		double precision = truePositives / (double) found;
		double recall = truePositives / (double) labelled;
		double demand = demandRight / (double) truePositives;
		report.append(String.format(Locale.ROOT, "precision %.3f (%d of %d), recall %.3f (%d of %d), required/nice right %.3f (%d of %d)%n",
				precision, truePositives, found, recall, truePositives, labelled, demand, demandRight, truePositives));
		System.out.print(report);
		assertTrue(precision >= 0.9, report::toString);
		assertTrue(recall >= 0.9, report::toString);
		assertTrue(demand >= 0.85, report::toString);
	}

	/** Places where a word that needs context stands as an ordinary word: nothing may be found there. */
	private static final List<List<String>> TRAPS = List.of(
			List.of("01-data-scientist", "R&D"), List.of("01-data-scientist", "go to market"),
			List.of("02-ml-engineer", "at the helm"),
			List.of("03-mlops-engineer", "R&D"), List.of("03-mlops-engineer", "Privacy"),
			List.of("04-data-analyst", "You excel at"), List.of("04-data-analyst", "Excel at collaboration"),
			List.of("06-ai-product-manager", "C-level"), List.of("06-ai-product-manager", "Plan C"),
			List.of("06-ai-product-manager", "go-to-market"),
			List.of("07-engineering-manager", "R&D"), List.of("07-engineering-manager", "C-level"),
			List.of("07-engineering-manager", "go live"),
			List.of("08-finance-analyst", "C-suite"), List.of("08-finance-analyst", "You excel at"),
			List.of("08-finance-analyst", "Vitamin C"),
			List.of("09-supply-chain-planner", "shipping containers"), List.of("09-supply-chain-planner", "lean\nteam"),
			List.of("09-supply-chain-planner", "Lean on"), List.of("09-supply-chain-planner", "the containers are late"),
			List.of("10-nlp-engineer", "Evidently"), List.of("10-nlp-engineer", "summer feast"), List.of("10-nlp-engineer", "lime green"),
			List.of("11-process-engineer", "80 °C"), List.of("11-process-engineer", "240 °C"),
			List.of("12-marketing-manager", "go to market"), List.of("12-marketing-manager", "spark ideas"),
			List.of("12-marketing-manager", "excel at"), List.of("12-marketing-manager", "R&D"),
			List.of("13-frontend-developer", "React quickly"));

	@Test
	void noAmbiguityTrapFires() {
		List<String> fired = new ArrayList<>();
		for (List<String> trap : TRAPS) {
			Labelled posting = postings.stream().filter(p -> p.name().equals(trap.get(0))).findFirst().orElseThrow();
			int at = posting.text().indexOf(trap.get(1));
			assertTrue(at >= 0, () -> trap + " is not in the posting");
			int end = at + trap.get(1).length();
			for (MatchedSkill skill : matcher.match(posting.text(), null).skills()) {
				for (Occurrence o : skill.occurrences()) {
					if (o.start() < end && o.end() > at) {
						fired.add(trap + " -> " + skill.key() + " at '" + o.in(posting.text()) + "'");
					}
				}
			}
		}
		assertEquals(List.of(), fired);
	}

	@Test
	void theShortNamesFireWhereTheyAreMeant() {
		Map<String, String> meant = Map.of("01-data-scientist", "general-tech#skill.r", "03-mlops-engineer", "general-tech#skill.go",
				"07-engineering-manager", "general-tech#skill.go", "11-process-engineer", "general-tech#skill.c",
				"08-finance-analyst", "general-tech#skill.excel", "09-supply-chain-planner", "general-tech#skill.lean");
		for (Map.Entry<String, String> entry : meant.entrySet()) {
			Labelled posting = postings.stream().filter(p -> p.name().equals(entry.getKey())).findFirst().orElseThrow();
			assertTrue(matcher.match(posting.text(), null).skill(entry.getValue()).isPresent(), entry::toString);
		}
	}
}
