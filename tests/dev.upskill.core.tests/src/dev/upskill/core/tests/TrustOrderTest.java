/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.PlanRequest;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Framework;
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

/** The trust order of assessment sources: the default is the documented rule, another order changes the current level. */
class TrustOrderTest {

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;
	private Framework framework;
	private Skill skill;
	private Profile profile;

	@BeforeEach
	void model() {
		framework = F.createFramework();
		framework.setId("fw");
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId("scale.0-5");
		for (int v = 0; v <= 5; v++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(v);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		skill = F.createSkill();
		skill.setId("python");
		skill.setName("Python");
		framework.getSkills().add(skill);
		profile = F.createProfile();
		profile.setId("p");
	}

	@Test
	void theDefaultIsTheDocumentedRuleOnRandomHistories() {
		assertEquals("evidence=test > manager > peer > self", TrustOrder.DEFAULT.format());
		assertEquals(TrustOrder.DEFAULT, TrustOrder.parse(TrustOrder.DEFAULT.format()));
		// The rule as it was written before the order became a setting: 3 evidence and test, 2 manager, 1 peer, 0 self;
		// then the newest; then the one added last.
		SplittableRandom random = new SplittableRandom(7);
		AssessmentSource[] sources = AssessmentSource.values();
		for (int round = 0; round < 500; round++) {
			profile.getAssessments().clear();
			int n = 1 + random.nextInt(6);
			for (int i = 0; i < n; i++) {
				assess(random.nextInt(6), LocalDate.of(2026, 1, 1).plusDays(random.nextInt(5)), sources[random.nextInt(sources.length)]);
			}
			List<SkillAssessment> history = profile.getAssessments();
			SkillAssessment expected = history.get(0);
			for (SkillAssessment candidate : history) {
				int byTrust = Integer.compare(oldTrust(candidate.getSource()), oldTrust(expected.getSource()));
				if (byTrust > 0 || byTrust == 0 && !candidate.getDate().isBefore(expected.getDate())) {
					expected = candidate;
				}
			}
			assertEquals(expected, CurrentLevels.of(profile).of(skill).orElseThrow(), "round " + round);
			assertEquals(expected, CurrentLevels.of(profile, TrustOrder.DEFAULT).of(skill).orElseThrow(), "round " + round);
		}
	}

	private static int oldTrust(AssessmentSource source) {
		return switch (source) {
			case EVIDENCE, TEST -> 3;
			case MANAGER -> 2;
			case PEER -> 1;
			case SELF -> 0;
		};
	}

	@Test
	void anotherOrderChangesTheCurrentLevelTheGapAndThePlan() {
		assess(1, LocalDate.of(2025, 3, 1), AssessmentSource.MANAGER);
		assess(4, LocalDate.of(2026, 3, 1), AssessmentSource.SELF);
		Role role = F.createRole();
		role.setId("role");
		SkillRequirement requirement = F.createSkillRequirement();
		requirement.setSkill(skill);
		requirement.setLevel(4);
		role.getRequirements().add(requirement);
		framework.getRoles().add(role);
		profile.getTargetRoles().add(role);
		profile.setWeeklyHours(5);

		assertEquals(1, new GapAnalysis().analyze(profile, role).lines().get(0).currentLevel(), "by default the manager decides");
		TrustOrder selfFirst = TrustOrder.parse("self > manager > peer > evidence = test");
		assertEquals(4, CurrentLevels.of(profile, selfFirst).of(skill).orElseThrow().getLevel());
		assertEquals(4, new GapAnalysis(selfFirst).analyze(profile, role).lines().get(0).currentLevel(), "the person decides");
		assertEquals(0, new GapAnalysis(selfFirst).analyze(profile, role).lines().get(0).gapLevels());
		// Trusted alike, the newer wins.
		TrustOrder alike = TrustOrder.parse("evidence=test > manager = self > peer");
		assertEquals(4, new GapAnalysis(alike).analyze(profile, role).lines().get(0).currentLevel());

		LearningResource course = F.createLearningResource();
		course.setId("course");
		course.setHours(30);
		course.setCost(BigDecimal.ZERO);
		SkillGain gain = F.createSkillGain();
		gain.setSkill(skill);
		gain.setLevel(4);
		course.getGains().add(gain);
		framework.getResources().add(course);
		PlanResult byDefault = new LearningPlanner().plan(new PlanRequest(profile, List.of(course)).trustOrder(TrustOrder.DEFAULT), new NullProgressMonitor());
		assertEquals(1, byDefault.steps().size(), "the manager's level 1 leaves a gap the course closes");
		PlanResult trustingSelf = new LearningPlanner().plan(new PlanRequest(profile, List.of(course)).trustOrder(selfFirst), new NullProgressMonitor());
		assertTrue(trustingSelf.steps().isEmpty(), "trusting the person's level 4, nothing is left to learn");
	}

	@Test
	void sourcesLeftOutAreTrustedLeastAndMistakesAreNamed() {
		TrustOrder order = TrustOrder.parse(" Test > Manager ");
		assertEquals("test > manager > evidence=peer=self", order.format());
		assertEquals(List.of(Set.of(AssessmentSource.TEST), Set.of(AssessmentSource.MANAGER),
				Set.copyOf(EnumSet.of(AssessmentSource.EVIDENCE, AssessmentSource.PEER, AssessmentSource.SELF))), order.tiers());
		assertTrue(order.trust(AssessmentSource.TEST) > order.trust(AssessmentSource.MANAGER));
		assertEquals(order.trust(AssessmentSource.SELF), order.trust(AssessmentSource.PEER));
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> TrustOrder.parse("evidence > boss"));
		assertEquals("'boss' is not a source of assessment (one of self, peer, manager, test, evidence)", unknown.getMessage());
		IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> TrustOrder.parse("self > manager = self"));
		assertEquals("'self' is named twice", twice.getMessage());
		List<SkillAssessment> sorted = new ArrayList<>(List.of(assess(2, LocalDate.of(2026, 1, 1), AssessmentSource.EVIDENCE),
				assess(3, LocalDate.of(2026, 1, 1), AssessmentSource.TEST), assess(1, LocalDate.of(2026, 2, 1), AssessmentSource.MANAGER)));
		sorted.sort(order.decidingFirst());
		assertEquals(List.of(3, 1, 2), sorted.stream().map(SkillAssessment::getLevel).toList());
		sorted.sort(Comparator.comparing(SkillAssessment::getLevel));
		sorted.sort(CurrentLevels.DECIDING_FIRST);
		assertEquals(AssessmentSource.MANAGER, sorted.get(2).getSource(), "the default order still puts the manager after evidence and tests");
	}

	private SkillAssessment assess(int level, LocalDate date, AssessmentSource source) {
		SkillAssessment assessment = F.createSkillAssessment();
		assessment.setSkill(skill);
		assessment.setLevel(level);
		assessment.setDate(date);
		assessment.setSource(source);
		profile.getAssessments().add(assessment);
		return assessment;
	}
}
