/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningResource;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Profile;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;

/**
 * Frameworks and profiles at ESCO scale, reproducible from a seed: 14,000 skills on two scales
 * (0-5 and SFIA 1-7, so levels need normalising), 3,000 roles with 42 requirements each (126,000
 * in all, a third optional), and profiles of 40 assessments each from mixed sources and dates.
 */
final class SyntheticFrameworks {

	static final int SKILLS = 14_000;
	static final int ROLES = 3_000;
	static final int REQUIREMENTS_PER_ROLE = 42;
	static final int ASSESSMENTS_PER_PROFILE = 40;

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;

	private SyntheticFrameworks() {
	}

	static Framework framework(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Framework framework = F.createFramework();
		framework.setId("synthetic");
		ProficiencyScale zeroToFive = scale("scale.0-5", 0, 5);
		ProficiencyScale sfia = scale("scale.sfia", 1, 7);
		framework.getScales().add(zeroToFive);
		framework.getScales().add(sfia);
		List<Skill> skills = new ArrayList<>(SKILLS);
		for (int i = 0; i < SKILLS; i++) {
			Skill skill = F.createSkill();
			skill.setId("skill." + i);
			skill.setName("Skill " + i);
			if (i % 4 == 0) {
				skill.setScale(sfia);
			}
			skills.add(skill);
		}
		framework.getSkills().addAll(skills);
		for (int r = 0; r < ROLES; r++) {
			Role role = F.createRole();
			role.setId("role." + r);
			role.setName("Role " + r);
			for (int q = 0; q < REQUIREMENTS_PER_ROLE; q++) {
				// Roles draw mostly from a common core of 2,000 skills, like real occupations do.
				Skill skill = skills.get(random.nextInt(10) < 7 ? random.nextInt(2_000) : random.nextInt(SKILLS));
				SkillRequirement requirement = F.createSkillRequirement();
				requirement.setSkill(skill);
				requirement.setLevel(skill.getScale() == sfia ? 2 + random.nextInt(6) : 1 + random.nextInt(5));
				requirement.setImportance(q % 3 == 2 ? Importance.OPTIONAL : Importance.ESSENTIAL);
				requirement.setWeight(0.5 + random.nextInt(4) * 0.5);
				role.getRequirements().add(requirement);
			}
			framework.getRoles().add(role);
		}
		return framework;
	}

	static List<Profile> profiles(Framework framework, int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		AssessmentSource[] sources = AssessmentSource.values();
		List<Profile> profiles = new ArrayList<>(count);
		for (int p = 0; p < count; p++) {
			Profile profile = F.createProfile();
			profile.setId("profile." + p);
			for (int a = 0; a < ASSESSMENTS_PER_PROFILE; a++) {
				Skill skill = framework.getSkills().get(random.nextInt(10) < 8 ? random.nextInt(2_000) : random.nextInt(SKILLS));
				SkillAssessment assessment = F.createSkillAssessment();
				assessment.setSkill(skill);
				assessment.setLevel(skill.getScale() != null ? 1 + random.nextInt(7) : random.nextInt(6));
				assessment.setSource(sources[random.nextInt(sources.length)]);
				assessment.setDate(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900)));
				profile.getAssessments().add(assessment);
			}
			profiles.add(profile);
		}
		return profiles;
	}

	/**
	 * Learning resources at ESCO scale: each teaches one to four skills (mostly from the common core),
	 * the first to the top level or the one below (every core skill twice this way); a third has a skill prerequisite at a low level, one in thirty
	 * requires an earlier resource; two in five are free, the rest cost 20 to 2,000; one in twenty
	 * is a meetup or mentoring.
	 */
	static void addResources(Framework framework, int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Skill> skills = framework.getSkills();
		ResourceKind[] kinds = { ResourceKind.COURSE, ResourceKind.BOOK, ResourceKind.PROJECT, ResourceKind.ARTICLE,
				ResourceKind.CERTIFICATION, ResourceKind.COMPETITION };
		List<LearningResource> resources = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			LearningResource resource = F.createLearningResource();
			resource.setId("res." + i);
			resource.setName("Resource " + i);
			resource.setKind(random.nextInt(20) == 0 ? (random.nextBoolean() ? ResourceKind.MEETUP : ResourceKind.MENTORING)
					: kinds[random.nextInt(kinds.length)]);
			resource.setHours(3 + random.nextInt(118));
			resource.setCost(random.nextInt(5) < 2 ? java.math.BigDecimal.ZERO : java.math.BigDecimal.valueOf(20 + 10 * random.nextInt(199)));
			resource.setCurrency("USD");
			int gains = 1 + random.nextInt(4);
			for (int g = 0; g < gains; g++) {
				// The first 4,000 teach each core skill twice to the top; the rest draw at random.
				Skill skill = g == 0 && i < 4_000 ? skills.get(i % 2_000)
						: skills.get(random.nextInt(10) < 8 ? random.nextInt(2_000) : random.nextInt(SKILLS));
				boolean sfia = skill.getScale() != null;
				int level = g == 0 ? (sfia ? 7 - random.nextInt(2) : 5 - random.nextInt(2)) : (sfia ? 2 + random.nextInt(6) : 1 + random.nextInt(5));
				resource.getGains().add(gain(skill, level));
			}
			if (random.nextInt(3) == 0) {
				Skill skill = skills.get(random.nextInt(2_000));
				resource.getPrerequisites().add(gain(skill, skill.getScale() != null ? 2 + random.nextInt(2) : 1 + random.nextInt(2)));
			}
			if (i > 0 && random.nextInt(30) == 0) {
				resource.getRequiredResources().add(resources.get(random.nextInt(i)));
			}
			resources.add(resource);
		}
		framework.getResources().addAll(resources);
	}

	/** Moves the roles' essential requirements onto the common core, where resources teach. */
	static void essentialsOnCore(Framework framework) {
		for (Role role : framework.getRoles()) {
			for (SkillRequirement requirement : role.getRequirements()) {
				int index = Integer.parseInt(requirement.getSkill().getId().substring("skill.".length()));
				if (requirement.getImportance() == Importance.ESSENTIAL && index >= 2_000) {
					Skill core = framework.getSkills().get(index % 2_000);
					boolean sfia = core.getScale() != null;
					requirement.setSkill(core);
					requirement.setLevel(Math.min(requirement.getLevel(), sfia ? 7 : 5));
					if (sfia && requirement.getLevel() < 2) {
						requirement.setLevel(2);
					}
				}
			}
		}
	}

	/** A role that asks for {@code count} distinct core skills, all essential: a profile meets few of them. */
	static Role wideRole(Framework framework, int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Role role = F.createRole();
		role.setId("role.wide");
		role.setName("Wide role");
		java.util.Set<Integer> taken = new java.util.HashSet<>();
		while (role.getRequirements().size() < count) {
			int index = random.nextInt(2_000);
			if (!taken.add(index)) {
				continue;
			}
			Skill skill = framework.getSkills().get(index);
			SkillRequirement requirement = F.createSkillRequirement();
			requirement.setSkill(skill);
			requirement.setLevel(skill.getScale() != null ? 3 + random.nextInt(3) : 2 + random.nextInt(3));
			requirement.setImportance(Importance.ESSENTIAL);
			requirement.setWeight(1);
			role.getRequirements().add(requirement);
		}
		framework.getRoles().add(role);
		return role;
	}

	private static SkillGain gain(Skill skill, int level) {
		SkillGain gain = F.createSkillGain();
		gain.setSkill(skill);
		gain.setLevel(level);
		return gain;
	}

	private static ProficiencyScale scale(String id, int from, int to) {
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId(id);
		for (int v = from; v <= to; v++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(v);
			scale.getLevels().add(level);
		}
		return scale;
	}
}
