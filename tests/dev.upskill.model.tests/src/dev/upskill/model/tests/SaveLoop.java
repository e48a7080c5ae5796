/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillKind;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.resource.UpskillResourceFactory;

/**
 * The process that {@link KillDuringSaveTest} kills: a plain Java program (no OSGi) that saves a
 * large framework again and again through {@code UpskillResource}, each version with its number
 * in the framework's name. It builds the model, prints {@code ready}, waits for a line {@code go FIRST [COUNT]} on
 * standard input, then for each version prints {@code saving N}, saves, and prints
 * {@code saved N}: forever, or COUNT times and exits.
 * <p>
 * Usage: {@code java -cp ... dev.upskill.model.tests.SaveLoop FILE}
 */
public final class SaveLoop {

	static final int SKILLS = 1_000;
	static final int ROLES = 150;
	static final int REQUIREMENTS_PER_ROLE = 20;
	static final int RESOURCES = 300;

	private SaveLoop() {
	}

	public static void main(String[] args) throws Exception {
		PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
		Framework framework = framework(0);
		Resource resource = UpskillResourceFactory.createResourceSet().createResource(URI.createFileURI(args[0]));
		resource.getContents().add(framework);
		out.println("ready");
		out.flush();
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String go = in.readLine();
		if (go == null || !go.startsWith("go ")) {
			return;
		}
		String[] words = go.trim().split(" ");
		long first = Long.parseLong(words[1]);
		long last = words.length > 2 ? first + Long.parseLong(words[2]) - 1 : Long.MAX_VALUE;
		for (long version = first; version <= last; version++) {
			framework.setName(name(version));
			out.println("saving " + version);
			out.flush();
			resource.save(null);
			out.println("saved " + version);
			out.flush();
		}
	}

	/** The framework's name in the given version: fixed width, so every version has the same length. */
	static String name(long version) {
		return String.format(Locale.ROOT, "Kill test version %09d", Long.valueOf(version));
	}

	/** A large framework, the same every time (about 400 KB saved), named for the given version. */
	static Framework framework(long version) {
		UpskillFactory f = UpskillFactory.eINSTANCE;
		Framework framework = f.createFramework();
		framework.setId("kill-test");
		framework.setName(name(version));
		framework.setDescription("Saved over and over while being killed: ü, ✓, \"quotes\", <tags> & ampersands");
		ProficiencyScale scale = f.createProficiencyScale();
		scale.setId("scale.0-5");
		for (int v = 0; v <= 5; v++) {
			ProficiencyLevel level = f.createProficiencyLevel();
			level.setValue(v);
			level.setName("Level " + v);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		SkillKind[] kinds = SkillKind.values();
		List<Skill> skills = new ArrayList<>(SKILLS);
		for (int i = 0; i < SKILLS; i++) {
			Skill skill = f.createSkill();
			skill.setId("skill." + i);
			skill.setName("Skill number " + i);
			skill.setDescription("What a person who has skill " + i + " can do, in a sentence or two.");
			skill.setKind(kinds[i % kinds.length]);
			if (i > 10 && i % 7 == 0) {
				skill.getPrerequisites().add(skills.get(i / 7));
			}
			skills.add(skill);
		}
		framework.getSkills().addAll(skills);
		for (int r = 0; r < ROLES; r++) {
			Role role = f.createRole();
			role.setId("role." + r);
			role.setName("Role " + r);
			for (int q = 0; q < REQUIREMENTS_PER_ROLE; q++) {
				SkillRequirement requirement = f.createSkillRequirement();
				requirement.setSkill(skills.get((r * 37 + q * 101) % SKILLS));
				requirement.setLevel(1 + (r + q) % 5);
				requirement.setImportance(q % 3 == 2 ? Importance.OPTIONAL : Importance.ESSENTIAL);
				requirement.setWeight(0.5 + (q % 4) * 0.5);
				role.getRequirements().add(requirement);
			}
			framework.getRoles().add(role);
		}
		for (int i = 0; i < RESOURCES; i++) {
			LearningResource resource = f.createLearningResource();
			resource.setId("res." + i);
			resource.setName("Resource " + i);
			resource.setKind(ResourceKind.COURSE);
			resource.setHours(3 + i % 100);
			resource.setCost(BigDecimal.valueOf(10 * (i % 50)));
			resource.setCurrency("USD");
			resource.setUrl("https://example.com/resources/" + i);
			for (int g = 0; g < 3; g++) {
				SkillGain gain = f.createSkillGain();
				gain.setSkill(skills.get((i * 13 + g * 977) % SKILLS));
				gain.setLevel(1 + (i + g) % 5);
				resource.getGains().add(gain);
			}
			framework.getResources().add(resource);
		}
		return framework;
	}
}
