/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningResource;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillKind;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.resource.UpskillResourceFactory;

/**
 * Framework files of any size, the shape of an imported ESCO framework (skills with alternative
 * labels and a category, occupations with a family, a description and their essential and optional
 * skills, a few related occupations), built in memory from a fixed seed and written with the model's
 * resource layer, so tests do not depend on the ESCO files being present.
 */
final class ScaleFrameworks {

	/** ESCO v1.2: 13,939 skills, 3,039 occupations, 126,051 occupation-skill relations. */
	static final int ESCO_SKILLS = 14_000;
	static final int ESCO_ROLES = 3_000;
	static final int ESCO_REQUIREMENTS_PER_ROLE = 42;

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;
	private static final String[] WORDS = { "manage", "data", "customer", "safety", "develop", "electrical", "quality",
			"software", "marketing", "patient", "financial", "design", "maintain", "legal", "logistics", "teach", "food",
			"machine", "analyse", "report", "communicate", "plant", "building", "vehicle", "research", "security" };

	private ScaleFrameworks() {
	}

	/**
	 * A framework of {@code skills} skills in {@code skills / 100 + 1} categories, {@code roles} roles of
	 * {@code requirementsPerRole} requirements each (a third optional), and {@code resources} learning
	 * resources; the same for the same seed.
	 */
	static Framework framework(String id, int skills, int roles, int requirementsPerRole, int resources, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Framework framework = F.createFramework();
		framework.setId(id);
		framework.setName("Generated " + id);
		framework.setPublisher("Upskill tests");
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId("scale.0-5");
		scale.setName("Proficiency 0-5");
		String[] names = { "None", "Awareness", "Beginner", "Practitioner", "Advanced", "Expert" };
		for (int v = 0; v < names.length; v++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(v);
			level.setName(names[v]);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		List<SkillCategory> categories = new ArrayList<>();
		for (int c = 0; c <= skills / 100; c++) {
			SkillCategory category = F.createSkillCategory();
			category.setId("category." + c);
			category.setName(phrase(random, 2) + " (group " + c + ")");
			categories.add(category);
		}
		framework.getCategories().addAll(categories);
		List<Skill> skillList = new ArrayList<>(skills);
		SkillKind[] kinds = SkillKind.values();
		for (int i = 0; i < skills; i++) {
			Skill skill = F.createSkill();
			skill.setId("skill-" + Long.toHexString(random.nextLong()));
			skill.setName(phrase(random, 3) + " " + i);
			skill.setKind(kinds[random.nextInt(kinds.length)]);
			skill.setCategory(categories.get(random.nextInt(categories.size())));
			skill.setDescription("The ability to " + phrase(random, 12) + ".");
			for (int a = random.nextInt(4); a > 0; a--) {
				skill.getAliases().add(phrase(random, 2));
			}
			skillList.add(skill);
		}
		framework.getSkills().addAll(skillList);
		List<Role> roleList = new ArrayList<>(roles);
		int core = Math.max(1, Math.min(2_000, skills));
		for (int r = 0; r < roles; r++) {
			Role role = F.createRole();
			role.setId("occupation-" + Long.toHexString(random.nextLong()));
			role.setName(phrase(random, 2) + " officer " + r);
			role.setFamily("Major group " + random.nextInt(10));
			role.setDescription(phrase(random, 30) + ".");
			Set<Skill> required = new HashSet<>();
			for (int q = 0; q < Math.min(requirementsPerRole, skills); q++) {
				// Roles draw mostly from a common core of skills, as real occupations do; each skill once.
				Skill skill;
				do {
					skill = skillList.get(random.nextInt(10) < 7 ? random.nextInt(core) : random.nextInt(skills));
				} while (!required.add(skill));
				SkillRequirement requirement = F.createSkillRequirement();
				requirement.setSkill(skill);
				requirement.setLevel(1 + random.nextInt(5));
				requirement.setImportance(q % 3 == 2 ? Importance.OPTIONAL : Importance.ESSENTIAL);
				requirement.setWeight(q % 3 == 2 ? 0.5 : 1.0);
				role.getRequirements().add(requirement);
			}
			roleList.add(role);
		}
		for (int r = 0; r < roles; r++) {
			int other = random.nextInt(roles);
			if (random.nextInt(5) == 0 && other != r) {
				roleList.get(r).getRelatedRoles().add(roleList.get(other));
			}
		}
		framework.getRoles().addAll(roleList);
		ResourceKind[] resourceKinds = { ResourceKind.COURSE, ResourceKind.BOOK, ResourceKind.PROJECT, ResourceKind.ARTICLE };
		for (int i = 0; i < resources && skills > 0; i++) {
			LearningResource resource = F.createLearningResource();
			resource.setId("res." + i);
			resource.setName("Course on " + phrase(random, 3) + " " + i);
			resource.setKind(resourceKinds[random.nextInt(resourceKinds.length)]);
			resource.setHours(3 + random.nextInt(100));
			resource.setCost(BigDecimal.valueOf(random.nextInt(3) == 0 ? 0 : 20 + random.nextInt(500)));
			resource.setCurrency("EUR");
			SkillGain gain = F.createSkillGain();
			gain.setSkill(skillList.get(random.nextInt(core)));
			gain.setLevel(2 + random.nextInt(4));
			resource.getGains().add(gain);
			framework.getResources().add(resource);
		}
		return framework;
	}

	/** The ESCO-scale framework: 14,000 skills, 3,000 roles and 126,000 requirements, 1,000 resources. */
	static Framework esco(long seed) {
		return framework("esco-scale-file", ESCO_SKILLS, ESCO_ROLES, ESCO_REQUIREMENTS_PER_ROLE, 1_000, seed);
	}

	/** Writes the framework to a workspace file (created or replaced) through the model's resource layer. */
	static IFile write(Framework framework, IFile file) throws IOException, CoreException {
		// the file's own address: references inside it are then written as #id
		Resource resource = UpskillResourceFactory.createResourceSet()
				.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
		resource.getContents().add(framework);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, null);
		ByteArrayInputStream in = new ByteArrayInputStream(bytes.toByteArray());
		if (file.exists()) {
			file.setContents(in, true, false, null);
		} else {
			file.create(in, true, null);
		}
		return file;
	}

	private static String phrase(SplittableRandom random, int words) {
		StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
		for (int w = 1; w < words; w++) {
			text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}
}
