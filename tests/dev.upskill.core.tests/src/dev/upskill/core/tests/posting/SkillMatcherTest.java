/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.posting.CvCheck;
import dev.upskill.core.posting.Demand;
import dev.upskill.core.posting.MatchedSkill;
import dev.upskill.core.posting.Occurrence;
import dev.upskill.core.posting.PostingFit;
import dev.upskill.core.posting.PostingMatch;
import dev.upskill.core.posting.PostingText;
import dev.upskill.core.posting.SkillMatcher;
import dev.upskill.core.table.PostingTable;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Profile;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;

/** The matcher's rules, one at a time, on a small framework built here. */
class SkillMatcherTest {

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;

	private static Framework framework() {
		Framework framework = F.createFramework();
		framework.setId("t");
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId("scale.0-5");
		for (int v = 0; v <= 5; v++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(v);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		skill(framework, "python", "Python");
		skill(framework, "sql", "SQL");
		skill(framework, "ml", "Machine learning");
		skill(framework, "mle", "Machine learning engineering");
		skill(framework, "pipelines", "Data pipeline");
		skill(framework, "modelling", "Data modelling");
		skill(framework, "cicd", "CI/CD", "continuous delivery");
		skill(framework, "k8s", "Kubernetes", "k8s");
		skill(framework, "sklearn", "scikit-learn", "sklearn");
		skill(framework, "ab", "A/B testing");
		skill(framework, "cpp", "C++");
		skill(framework, "budgeting", "Budgeting");
		skill(framework, "go", "Go", "golang").getRequiresContext().add("Go");
		skill(framework, "r", "R").getRequiresContext().add("R");
		skill(framework, "c", "C").getRequiresContext().add("C");
		skill(framework, "excel", "Microsoft Excel", "spreadsheets").getRequiresContext().add("Excel");
		return framework;
	}

	private static Skill skill(Framework framework, String id, String name, String... aliases) {
		Skill skill = F.createSkill();
		skill.setId("skill." + id);
		skill.setName(name);
		skill.getAliases().addAll(List.of(aliases));
		framework.getSkills().add(skill);
		return skill;
	}

	private static final SkillMatcher MATCHER = SkillMatcher.of(List.of(framework()));

	private static PostingMatch match(String text) {
		return MATCHER.match(text, null);
	}

	private static List<String> found(String text) {
		return match(text).skills().stream().map(s -> s.key().substring("t#skill.".length())).sorted().toList();
	}

	@Test
	void namesAndAliasesAreFoundCaseInsensitivelyOnWordBoundaries() {
		assertEquals(List.of("python", "sql"), found("PYTHON and sql"));
		assertEquals(List.of(), found("NoSQL, Pythonic, mysqlx"), "inside other words nothing is found");
		assertEquals(List.of("k8s"), found("We run K8s."));
	}

	@Test
	void spellingsPluralsAndInflectedFormsMeet() {
		assertEquals(List.of("cicd"), found("CI-CD"));
		assertEquals(List.of("cicd"), found("ci/cd"));
		assertEquals(List.of("cicd"), found("Continuous Delivery"));
		assertEquals(List.of("sklearn"), found("scikit learn"));
		assertEquals(List.of("sklearn"), found("Scikit-Learn"));
		assertEquals(List.of("sklearn"), found("sklearn"));
		assertEquals(List.of("pipelines"), found("robust data pipelines"));
		assertEquals(List.of("modelling"), found("data modeling"));
		assertEquals(List.of("ab"), found("run A/B tests"));
		assertEquals(List.of("cpp"), found("modern C++"));
	}

	@Test
	void theLongestMatchWinsAndItsOffsetsAreExact() {
		String text = "Machine learning engineering, then machine learning.";
		PostingMatch match = match(text);
		MatchedSkill longer = match.skill("t#skill.mle").orElseThrow();
		assertEquals(List.of(new Occurrence(0, 28, "Machine learning engineering", Demand.REQUIRED)), longer.occurrences());
		MatchedSkill shorter = match.skill("t#skill.ml").orElseThrow();
		assertEquals(1, shorter.occurrences().size());
		assertEquals("machine learning", shorter.occurrences().get(0).in(text));
		assertEquals(List.of("ml"), found("machine learning, engineering"), "a term does not run across a comma");
		assertEquals(List.of("k8s", "python"), found("Python (Kubernetes)"));
	}

	@Test
	void aSkillNamedWithAWordInIngMatchesOnlyThat() {
		assertEquals(List.of(), found("a generous learning budget"));
		assertEquals(List.of("budgeting"), found("budgeting for the team"));
	}

	@Test
	void wordsThatNeedContextCountOnlyInContext() {
		assertEquals(List.of("go", "python"), found("Services in Go and Python"));
		assertEquals(List.of("go", "r"), found("Languages: Rust, Go, R"));
		assertEquals(List.of("go"), found("golang"), "an alias that needs no context");
		assertEquals(List.of("r"), found("- Experience with R or Stan."));
		assertEquals(List.of("excel"), found("Advanced Excel skills are essential."));
		assertEquals(List.of("c", "cpp", "python"), found("C, C++ and Python? We use C and C++."));
		assertEquals(List.of(), found("We go to market every quarter."));
		assertEquals(List.of(), found("Go to market with our sales team."));
		assertEquals(List.of("python"), found("Our R&D team writes Python."));
		assertEquals(List.of("sql"), found("You excel at SQL."));
		assertEquals(List.of(), found("Excel at collaboration."));
		assertEquals(List.of(), found("Report to C-level sponsors."));
		assertEquals(List.of("python"), found("If Python fails we have a Plan C for Python."));
		assertEquals(List.of(), found("Reactors run at 80 °C."));
	}

	@Test
	void sectionsAndCueWordsTellRequiredFromNiceToHave() {
		PostingMatch match = match("""
				# Data engineer

				## About us
				We love Kubernetes.

				## Requirements
				- Python
				- CI/CD is a plus

				## Nice to have
				- SQL
				- You must know scikit-learn.
				""");
		assertEquals(Demand.MENTIONED, match.skill("t#skill.k8s").orElseThrow().demand());
		assertEquals(Demand.REQUIRED, match.skill("t#skill.python").orElseThrow().demand());
		assertEquals(Demand.NICE_TO_HAVE, match.skill("t#skill.cicd").orElseThrow().demand());
		assertEquals(Demand.NICE_TO_HAVE, match.skill("t#skill.sql").orElseThrow().demand());
		assertEquals(Demand.REQUIRED, match.skill("t#skill.sklearn").orElseThrow().demand(), "a cue word beats the section");
		assertEquals(List.of("t#skill.python", "t#skill.sklearn", "t#skill.cicd", "t#skill.sql", "t#skill.k8s"),
				match.skills().stream().map(MatchedSkill::key).toList(), "required, then nice to have, then mentioned");
		assertEquals(4, match.asked().size());
		assertEquals(Demand.NICE_TO_HAVE, match("Requirements: Python. Nice to have: SQL, Kubernetes.").skill("t#skill.k8s")
				.orElseThrow().demand(), "a heading inside a line");
	}

	@Test
	void repeatedPhrasesNoFrameworkKnowsAreProposed() {
		PostingMatch match = match("""
				You will own our feature flags and the Looker models. Feature flags decide rollouts.
				Python and Looker every day; experience with our feature flag service is a plus.
				""");
		List<String> phrases = match.unknownPhrases().stream().map(p -> p.phrase().toLowerCase(Locale.ROOT)).toList();
		assertTrue(phrases.contains("feature flags"), phrases.toString());
		assertTrue(phrases.contains("looker"), phrases.toString());
		assertFalse(phrases.contains("python"), "a known skill is not unknown");
		assertFalse(phrases.contains("experience"), "a word every posting uses");
		assertEquals(3, match.unknownPhrases().get(0).count(), "feature flags, twice plural and once singular");
	}

	@Test
	void aCancelledMonitorStopsMatching() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> MATCHER.match("Python ".repeat(10_000), monitor));
	}

	@Test
	void aPostingIsARoleWhoseRequirementsAreTheSkillsItAsksFor() {
		Framework framework = framework();
		SkillMatcher matcher = SkillMatcher.of(List.of(framework));
		PostingMatch match = matcher.match("## Requirements\n- Python\n- SQL\n## Nice to have\n- Kubernetes\n## About us\nWe use C++ and Go.", null);
		Profile profile = F.createProfile();
		profile.setId("p");
		assess(profile, framework.getSkills().get(0), 5); // Python
		assess(profile, framework.getSkills().get(7), 1); // Kubernetes
		PostingFit fit = PostingFit.of(match, CurrentLevels.of(profile), "Data engineer");
		List<SkillRequirement> requirements = fit.role().getRequirements();
		assertEquals(List.of("Python", "SQL", "Kubernetes"), requirements.stream().map(r -> r.getSkill().getName()).toList(),
				"mentioned skills are not asked for");
		assertEquals(List.of(Importance.ESSENTIAL, Importance.ESSENTIAL, Importance.OPTIONAL),
				requirements.stream().map(SkillRequirement::getImportance).toList());
		assertTrue(requirements.stream().allMatch(r -> r.getLevel() == 3), "the middle of 0-5");
		// Essentials: Python covered, SQL not: E = 0.5; optional: Kubernetes 1 of 3: O = 1/3.
		assertEquals(100 * (0.5 + 0.5 * 0.25 / 3), fit.score(), 1e-9);

		Profile cvPerson = profile;
		assess(cvPerson, framework.getSkills().get(1), 2); // SQL
		CvCheck cv = CvCheck.of(match, matcher.match("I write Python every day.", null), CurrentLevels.of(cvPerson));
		assertEquals(List.of("Python"), cv.inCv().stream().map(MatchedSkill::name).toList());
		assertEquals(List.of("SQL", "Kubernetes"), cv.unsaid().stream().map(MatchedSkill::name).toList());
		assertEquals(List.of(), cv.gaps());
		CvCheck withoutProfile = CvCheck.of(match, matcher.match("", null), null);
		assertEquals(3, withoutProfile.gaps().size());
		assertFalse(withoutProfile.profileKnown());
	}

	private static void assess(Profile profile, Skill skill, int level) {
		SkillAssessment assessment = F.createSkillAssessment();
		assessment.setSkill(skill);
		assessment.setLevel(level);
		assessment.setDate(LocalDate.of(2026, 1, 1));
		assessment.setSource(AssessmentSource.MANAGER);
		profile.getAssessments().add(assessment);
	}

	@Test
	void theTableGivesPlacesAsOffsetPairsInJson() {
		PostingMatch match = match("Python, k8s and Kubernetes.");
		JsonObject document = PostingTable.document("p.txt", match, null, null, null, null);
		JsonArray skills = document.getAsJsonArray("skills");
		JsonObject k8s = skills.get(1).getAsJsonObject();
		assertEquals("t#skill.k8s", k8s.get("skill").getAsString());
		assertEquals("[[8,11],[16,26]]", k8s.get("occurrences").toString());
		assertTrue(k8s.get("current").isJsonNull());
		assertNull(document.get("score"));
		assertEquals(List.of("8-11", "16-26"), PostingTable.TABLE.value(PostingTable.rows(match, null).get(1), PostingTable.OCCURRENCES));
	}

	@Test
	void htmlBecomesTheTextABrowserShows() {
		String text = PostingText.fromHtml("""
				<html><head><title>Job</title><style>p { content: "SQL"; }</style></head>
				<body><!-- Kubernetes --><h2>Requirements</h2><ul><li>Python &amp; R&amp;D</li><li>CI&#x2F;CD</li></ul>
				<script>if (a < b && c > d) { document.write("<h2>Go</h2>"); }</script><p>caf&eacute;&nbsp;ok</p></body></html>""");
		assertEquals("## Requirements\n- Python & R&D\n- CI/CD\ncafé ok\n", text);
		assertEquals(List.of("cicd", "python"), found(text));
	}
}
