/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.upskill.core.posting.MatchedSkill;
import dev.upskill.core.posting.Occurrence;
import dev.upskill.core.posting.PostingMatch;
import dev.upskill.core.posting.PostingText;
import dev.upskill.core.posting.SkillMatcher;

/**
 * Any input, however hostile, gives a result (or "not text") and no exception, in bounded time:
 * random bytes, random code points (lone surrogates, combining marks, controls, right-to-left),
 * very long and very repetitive texts, deeply nested HTML. Offsets always lie within the text.
 */
class PostingFuzzTest {

	private static final Duration BOUND = Duration.ofSeconds(20);
	private static SkillMatcher matcher;

	@BeforeAll
	static void build() {
		matcher = Postings.matcher();
	}

	private static void check(String text) {
		PostingMatch match = assertTimeoutPreemptively(BOUND, () -> matcher.match(text, null));
		for (MatchedSkill skill : match.skills()) {
			for (Occurrence o : skill.occurrences()) {
				assertTrue(o.start() >= 0 && o.end() <= text.length() && o.start() < o.end(), () -> o + " in a text of " + text.length());
			}
		}
		match.unknownPhrases().forEach(p -> p.occurrences().forEach(o -> assertTrue(o.end() <= text.length())));
	}

	@Test
	void randomBytesAreTextOrRefusedAndNeverBreakTheMatcher() {
		SplittableRandom random = new SplittableRandom(11);
		for (int round = 0; round < 300; round++) {
			byte[] bytes = new byte[random.nextInt(4096)];
			random.nextBytes(bytes);
			String text = PostingText.decode(bytes);
			if (text != null) {
				check(text);
				check(PostingText.fromHtml(text));
			}
		}
		assertEquals(null, PostingText.decode(new byte[] { 'P', 'K', 3, 4, 0, 0, 1 }), "a zip file is not text");
	}

	@Test
	void randomCodePointsIncludingLoneSurrogates() {
		SplittableRandom random = new SplittableRandom(12);
		String[] pieces = { "Python", " ", "\u0301", "\uD800", "\uDC00", "\u200B", "\u202E", "İ", "ß", "ﬁ", "Ｐｙｔｈｏｎ", "C++", "C#", "R&D",
				"Go", "\n", "-", "/", ":", "•", "k8s", "\u0000", "\uFFFF", "😀", "sql", "**", "#" };
		for (int round = 0; round < 500; round++) {
			StringBuilder text = new StringBuilder();
			int n = random.nextInt(200);
			for (int i = 0; i < n; i++) {
				if (random.nextBoolean()) {
					text.append(pieces[random.nextInt(pieces.length)]);
				} else {
					text.append((char) random.nextInt(0x10000));
				}
			}
			check(text.toString());
		}
		assertTrue(matcher.match("Ｐｙｔｈｏｎ and ＳＱＬ", null).skill("ai-upskilling#skill.python").isPresent(),
				"full-width letters are folded");
	}

	@Test
	void hugeAndRepetitiveTextsTakeBoundedTime() {
		check("a".repeat(2_000_000));
		check("Python ".repeat(200_000));
		check("machine learning machine ".repeat(50_000));
		check("C++ C# R&D Go, R, ".repeat(50_000));
		check("- \n".repeat(200_000));
		check(":".repeat(500_000) + "Nice to have:\n".repeat(20_000));
		check("data science ".repeat(100_000));
		StringBuilder words = new StringBuilder();
		SplittableRandom random = new SplittableRandom(13);
		for (int i = 0; i < 300_000; i++) {
			words.append((char) ('a' + random.nextInt(26))).append((char) ('a' + random.nextInt(26))).append(' ');
		}
		check(words.toString());
	}

	@Test
	void deeplyNestedAndBrokenHtmlIsRead() {
		String nested = "<div>".repeat(50_000) + "Python" + "</div>".repeat(50_000);
		String text = assertTimeoutPreemptively(BOUND, () -> PostingText.fromHtml(nested));
		assertEquals("Python", text.strip());
		for (String broken : List.of("<", "<<<>>>", "<script>", "<!--", "<![CDATA[ Go", "&#xFFFFFFFF; &#0; &bogus; &", "<p>R&D</i></b></p>",
				"<table><tr><td>SQL<td>Python</table>", "<html>" + "<p>".repeat(100_000))) {
			check(assertTimeoutPreemptively(BOUND, () -> PostingText.fromHtml(broken)));
		}
		byte[] utf16 = "\uFEFFPython".getBytes(StandardCharsets.UTF_16BE);
		assertEquals("Python", PostingText.decode(utf16));
	}
}
