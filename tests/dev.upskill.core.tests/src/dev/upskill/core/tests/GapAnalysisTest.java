/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.gap.RoleRanking;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningResource;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;

/** Gap analysis and fit scores on small cases computed by hand. */
class GapAnalysisTest {

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;
	private Framework framework;
	private Skill a;
	private Skill b;
	private Skill c;
	private Skill sfia;
	private Profile profile;

	@BeforeEach
	void model() {
		framework = F.createFramework();
		framework.setId("fw");
		framework.getScales().add(scale("scale.0-5", 0, 5));
		ProficiencyScale sfiaScale = scale("scale.sfia", 1, 7);
		framework.getScales().add(sfiaScale);
		a = skill("a");
		b = skill("b");
		c = skill("c");
		sfia = skill("d");
		sfia.setScale(sfiaScale);
		profile = F.createProfile();
		profile.setId("p");
	}

	@Test
	void essentialCoverageAndOptionalBonusAsDocumented() {
		Role role = role("r", req(a, 4, true, 1), req(b, 2, true, 1), req(c, 3, false, 1));
		assess(a, 2, "2026-01-01", AssessmentSource.SELF);
		assess(b, 2, "2026-01-01", AssessmentSource.MANAGER);
		// a: 0.4 of 0.8 -> coverage 0.5; b: met -> 1; c: never assessed -> 0.
		// E = (0.5 + 1) / 2 = 0.75; O = 0; score = 100 * (0.75 + 0.25 * 0.25 * 0) = 75
		RoleFit fit = new GapAnalysis().analyze(profile, role);
		assertEquals(75.0, fit.score(), 1e-9);
		assertEquals(75.0, fit.essentialScore(), 1e-9);
		GapLine lineA = fit.lines().get(0);
		assertEquals(4, lineA.requiredLevel());
		assertEquals(2, lineA.currentLevel());
		assertEquals(2, lineA.gapLevels());
		assertEquals(0.4, lineA.gap(), 1e-9);
		assertEquals(0.5, lineA.coverage(), 1e-9);
		assertEquals(0, fit.lines().get(1).gapLevels());
		GapLine lineC = fit.lines().get(2);
		assertNull(lineC.currentLevel(), "never assessed");
		assertEquals(3, lineC.gapLevels(), "a missing assessment counts as the lowest level");
		assertEquals("not assessed", lineC.source());

		// The optional skill met: O = 1, score = 100 * (0.75 + 0.25 * 0.25 * 1) = 81.25
		assess(c, 3, "2026-01-01", AssessmentSource.SELF);
		assertEquals(81.25, new GapAnalysis().analyze(profile, role).score(), 1e-9);
	}

	@Test
	void optionalGapsNeverLowerTheScoreBelowTheEssentials() {
		Role essentialsOnly = role("e", req(a, 4, true, 1));
		Role withOptionals = role("o", req(a, 4, true, 1), req(b, 5, false, 3), req(c, 5, false, 3));
		assess(a, 3, "2026-01-01", AssessmentSource.TEST);
		double base = new GapAnalysis().analyze(profile, essentialsOnly).score();
		assertEquals(75.0, base, 1e-9); // 0.6 / 0.8
		RoleFit fit = new GapAnalysis().analyze(profile, withOptionals);
		assertEquals(base, fit.score(), 1e-9, "unmet optional skills do not lower the score");
		assertTrue(fit.score() >= fit.essentialScore());
		assertEquals(0.0, new GapAnalysis().analyze(profile, role("n", req(b, 5, true, 1))).score(), 1e-9);
		assertEquals(100.0, new GapAnalysis().analyze(profile, role("none")).score(), 1e-9, "no requirements, nothing missing");
	}

	@Test
	void levelsOnDifferentScalesAreNormalised() {
		// SFIA 1-7: required 5 -> (5 - 1) / 6 = 0.667; current 4 -> 0.5; coverage 0.75.
		// 0-5: required 3 -> 0.6; current 3 -> 0.6; coverage 1. Weights 2 and 1: E = (2 * 0.75 + 1) / 3
		Role role = role("mixed", req(sfia, 5, true, 2), req(a, 3, true, 1));
		assess(sfia, 4, "2026-01-01", AssessmentSource.MANAGER);
		assess(a, 3, "2026-01-01", AssessmentSource.MANAGER);
		RoleFit fit = new GapAnalysis().analyze(profile, role);
		assertEquals(100 * (2 * 0.75 + 1) / 3, fit.score(), 1e-9);
		assertEquals(1, fit.lines().get(0).gapLevels(), "one SFIA level missing");
		assertEquals(1 / 6.0, fit.lines().get(0).gap(), 1e-9);
	}

	@Test
	void theMostTrustedRecentAssessmentDecides() {
		SkillAssessment self = assess(a, 5, "2026-06-01", AssessmentSource.SELF);
		SkillAssessment peer = assess(a, 4, "2026-07-01", AssessmentSource.PEER);
		SkillAssessment manager = assess(a, 3, "2025-01-01", AssessmentSource.MANAGER);
		assertEquals(manager, CurrentLevels.of(profile).of(a).orElseThrow(), "manager over a newer peer or self claim");
		SkillAssessment newerManager = assess(a, 4, "2025-06-01", AssessmentSource.MANAGER);
		assertEquals(newerManager, CurrentLevels.of(profile).of(a).orElseThrow(), "the newer of two manager assessments");
		SkillAssessment evidence = assess(a, 2, "2024-01-01", AssessmentSource.EVIDENCE);
		assertEquals(evidence, CurrentLevels.of(profile).of(a).orElseThrow(), "evidence over anything, even older");
		SkillAssessment test = assess(a, 3, "2024-01-01", AssessmentSource.TEST);
		assertEquals(test, CurrentLevels.of(profile).of(a).orElseThrow(), "test ranks with evidence; same date: the later added");
		assertTrue(profile.getAssessments().containsAll(List.of(self, peer, manager, newerManager, evidence, test)),
				"history is kept: a deciding assessment replaces none");
		assertEquals(6, profile.getAssessments().size());
		assertEquals(3, new GapAnalysis().analyze(profile, role("r", req(a, 4, true, 1))).lines().get(0).currentLevel());
	}

	@Test
	void rankingGivesExactlyTheScoresOfTheAnalysisAndIsStable() {
		List<Role> roles = List.of(role("r1", req(a, 4, true, 1), req(b, 2, true, 1), req(c, 3, false, 1)),
				role("r2", req(sfia, 5, true, 2), req(a, 3, true, 1)), role("r3", req(c, 5, true, 1)),
				role("r4", req(a, 1, true, 1), req(b, 1, false, 1)), role("r5", req(b, 2, true, 1)));
		assess(a, 2, "2026-01-01", AssessmentSource.SELF);
		assess(b, 2, "2026-01-01", AssessmentSource.MANAGER);
		assess(sfia, 6, "2026-01-01", AssessmentSource.TEST);
		RoleRanking ranking = new RoleRanking(roles);
		List<RoleFit> ranked = ranking.rank(profile, 10);
		assertEquals(5, ranked.size());
		for (RoleFit fit : ranked) {
			assertEquals(new GapAnalysis().analyze(profile, fit.role()).score(), fit.score(), 0.0, fit.key());
		}
		assertEquals(List.of("fw#r4", "fw#r5", "fw#r2", "fw#r1", "fw#r3"), ranked.stream().map(RoleFit::key).toList(),
				"best first; r4 and r5 both 100, ordered by key");
		assertEquals(ranked.stream().map(RoleFit::score).toList(),
				ranking.rank(profile, 10).stream().map(RoleFit::score).toList(), "same inputs, same numbers");
		assertEquals(2, ranking.rank(profile, 2).size(), "top N");
	}

	@Test
	void adjacentRolesComeWithTheSkillsThatMoveThemMost() {
		Role target = role("target", req(a, 5, true, 1));
		Role related = role("related", req(a, 2, true, 1), req(b, 4, true, 1), req(c, 4, true, 3));
		target.getRelatedRoles().add(related);
		role("far", req(c, 5, true, 1));
		profile.getTargetRoles().add(target);
		assess(a, 2, "2026-01-01", AssessmentSource.SELF);
		RoleRanking ranking = new RoleRanking(framework.getRoles());
		List<RoleRanking.Adjacent> adjacent = ranking.adjacent(profile, 5, 5, 2);
		assertEquals("fw#related", adjacent.get(0).fit().key());
		assertEquals("related to a target role", adjacent.get(0).why());
		// related: a met (w1), b 0 of 0.8 (w1), c 0 of 0.8 (w3): closing c gives (1 + 3) / 5 = 80, closing b 40
		assertEquals(List.of("c", "b"), adjacent.get(0).moves().stream().map(m -> m.requirement().getSkill().getId()).toList());
		assertEquals(80.0, adjacent.get(0).moves().get(0).scoreAfter(), 1e-9);
	}

	@Test
	void hoursToCloseTheGapsComeFromThePlannerAndTheQuickestResourceThatReachesTheLevel() {
		Role role = role("r", req(a, 4, true, 1), req(b, 3, true, 1));
		LearningResource slow = resource("slow", 40, "0", gain(a, 4));
		LearningResource quickButShallow = resource("shallow", 5, "0", gain(a, 2));
		LearningResource quick = resource("quick", 20, "100", gain(a, 5));
		PlanResult plan = new LearningPlanner().estimate(profile, role, List.of(slow, quickButShallow, quick), null);
		PlannedStep closer = plan.closer(SkillKeys.of(a)).orElseThrow();
		assertEquals(quick, closer.resource());
		assertEquals(20.0, plan.totalHours(), 0.0);
		assertEquals("fw#b", plan.open().get(0).skill(), "no resource teaches b");
		assertTrue(plan.closer(SkillKeys.of(b)).isEmpty());
	}

	private ProficiencyScale scale(String id, int from, int to) {
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId(id);
		for (int v = from; v <= to; v++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(v);
			scale.getLevels().add(level);
		}
		return scale;
	}

	private Skill skill(String id) {
		Skill skill = F.createSkill();
		skill.setId(id);
		skill.setName(id.toUpperCase());
		framework.getSkills().add(skill);
		return skill;
	}

	private Role role(String id, SkillRequirement... requirements) {
		Role role = F.createRole();
		role.setId(id);
		role.getRequirements().addAll(List.of(requirements));
		framework.getRoles().add(role);
		return role;
	}

	private static SkillRequirement req(Skill skill, int level, boolean essential, double weight) {
		SkillRequirement requirement = F.createSkillRequirement();
		requirement.setSkill(skill);
		requirement.setLevel(level);
		requirement.setImportance(essential ? Importance.ESSENTIAL : Importance.OPTIONAL);
		requirement.setWeight(weight);
		return requirement;
	}

	private SkillAssessment assess(Skill skill, int level, String date, AssessmentSource source) {
		SkillAssessment assessment = F.createSkillAssessment();
		assessment.setSkill(skill);
		assessment.setLevel(level);
		assessment.setDate(LocalDate.parse(date));
		assessment.setSource(source);
		profile.getAssessments().add(assessment);
		return assessment;
	}

	private LearningResource resource(String id, double hours, String cost, SkillGain... gains) {
		LearningResource resource = F.createLearningResource();
		resource.setId(id);
		resource.setHours(hours);
		resource.setCost(new BigDecimal(cost));
		resource.getGains().addAll(List.of(gains));
		framework.getResources().add(resource);
		return resource;
	}

	private static SkillGain gain(Skill skill, int level) {
		SkillGain gain = F.createSkillGain();
		gain.setSkill(skill);
		gain.setLevel(level);
		return gain;
	}
}
