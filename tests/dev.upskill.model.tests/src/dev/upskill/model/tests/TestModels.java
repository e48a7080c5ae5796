/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Evidence;
import dev.upskill.model.EvidenceKind;
import dev.upskill.model.ExchangeRate;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.LogEntry;
import dev.upskill.model.PlanObjective;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Profile;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillKind;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.StepStatus;
import dev.upskill.model.UpskillFactory;

/** Builds models for the tests, and reads the test bundle's files. */
final class TestModels {

	static final UpskillFactory F = UpskillFactory.eINSTANCE;

	private TestModels() {
	}

	/** A framework that uses every class and every attribute of the framework part of the model. */
	static Framework framework() {
		Framework framework = F.createFramework();
		framework.setId("test-fw");
		framework.setName("Test framework");
		framework.setDescription("Für Tests: UTF-8 — ✓, quotes \" and <tags> & ampersands");
		framework.setVersion("1.2");
		framework.setPublisher("Test publisher");
		framework.setSourceUri("http://data.europa.eu/esco/skill/abc");
		framework.setLicence("CC-BY-4.0");
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId("scale.1-4");
		scale.setName("Scale 1-4");
		scale.setDescription("A four-level scale");
		for (int value = 1; value <= 4; value++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(value);
			level.setName("L" + value);
			level.setDescriptor("Can do level " + value + " work");
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		SkillCategory data = category(framework, "cat.data", "Data");
		SkillCategory sql = F.createSkillCategory();
		sql.setId("cat.data.sql");
		sql.setName("SQL and ingestion");
		sql.setDescription("Nested category");
		sql.getFacets().add("data");
		data.getSubcategories().add(sql);
		Skill python = skill(framework, "skill.python", "Python", SkillKind.TOOL, data);
		Skill sqlSkill = skill(framework, "skill.sql", "SQL", SkillKind.KNOWLEDGE, sql);
		Skill features = skill(framework, "skill.features", "Feature engineering", SkillKind.TRANSVERSAL, data);
		features.getAliases().add("feature extraction");
		features.getAliases().add("features");
		features.getRequiresContext().add("Features");
		features.getFacets().add("data");
		features.getRelated().add(python);
		features.getPrerequisites().add(sqlSkill);
		features.setScale(scale);
		features.setSourceUri("http://data.europa.eu/esco/skill/def");
		Role role = F.createRole();
		role.setId("role.analyst");
		role.setName("Analyst");
		role.setDescription("Analyses data");
		role.setFamily("Data");
		role.setSourceUri("http://data.europa.eu/esco/occupation/xyz");
		role.getRequirements().add(requirement(sqlSkill, 3, Importance.ESSENTIAL, 2.0));
		role.getRequirements().add(requirement(python, 2, Importance.OPTIONAL, 0.5));
		framework.getRoles().add(role);
		Role engineer = F.createRole();
		engineer.setId("role.engineer");
		engineer.setName("Engineer");
		engineer.getRelatedRoles().add(role);
		engineer.getFacets().add("deploys-models");
		engineer.getRequirements().add(requirement(features, 4, Importance.ESSENTIAL, 1.0));
		framework.getRoles().add(engineer);
		LearningResource book = F.createLearningResource();
		book.setId("res.book");
		book.setName("A book");
		book.setKind(ResourceKind.BOOK);
		book.setProvider("Publisher");
		book.setUrl("https://example.com/book");
		book.setCost(new BigDecimal("39.99"));
		book.setCurrency("EUR");
		book.setHours(25.5);
		book.setEstimate(true);
		book.getGains().add(gain(sqlSkill, 3));
		framework.getResources().add(book);
		LearningResource course = F.createLearningResource();
		course.setId("res.course");
		course.setName("A course");
		course.setKind(ResourceKind.BOOTCAMP);
		course.getGains().add(gain(features, 4));
		course.getPrerequisites().add(gain(sqlSkill, 2));
		course.getRequiredResources().add(book);
		framework.getResources().add(course);
		return framework;
	}

	/** A profile that uses every attribute of the profile part of the model, over {@code framework}. */
	static Profile profile(Framework framework) {
		Profile profile = F.createProfile();
		profile.setId("p1");
		profile.setName("Profile of Ada");
		profile.setDescription("Test profile");
		profile.setPerson("Ada Lovelace");
		profile.setCurrentRole(framework.getRoles().get(0));
		profile.setCurrentRoleTitle("Analyst II");
		profile.getTargetRoles().add(framework.getRoles().get(1));
		profile.setWeeklyHours(7.5);
		profile.setBudget(new BigDecimal("1200.50"));
		profile.setCurrency("GBP");
		SkillAssessment assessment = F.createSkillAssessment();
		assessment.setSkill(framework.getSkills().get(1));
		assessment.setLevel(2);
		assessment.setDate(LocalDate.of(2025, 3, 1));
		assessment.setSource(AssessmentSource.MANAGER);
		assessment.setAssessor("Grace");
		assessment.setNote("Solid");
		Evidence evidence = F.createEvidence();
		evidence.setKind(EvidenceKind.LINK);
		evidence.setTitle("SQL certificate");
		evidence.setUrl("https://example.com/cert");
		evidence.setDate(LocalDate.of(2025, 2, 1));
		assessment.getEvidence().add(evidence);
		profile.getAssessments().add(assessment);
		SkillAssessment older = F.createSkillAssessment();
		older.setSkill(framework.getSkills().get(1));
		older.setLevel(1);
		older.setDate(LocalDate.of(2024, 1, 15));
		profile.getAssessments().add(older);
		return profile;
	}

	/** A plan that uses every attribute of the plan part of the model. */
	static LearningPlan plan(Profile profile, Framework framework) {
		LearningPlan plan = F.createLearningPlan();
		plan.setId("plan1");
		plan.setName("Plan");
		plan.setDescription("Test plan");
		plan.setProfile(profile);
		plan.setTargetRole(framework.getRoles().get(1));
		plan.getOtherTargetRoles().add(framework.getRoles().get(0));
		plan.setStartDate(LocalDate.of(2025, 4, 7));
		plan.setEndDate(LocalDate.of(2025, 12, 22));
		plan.setWeeklyHours(6);
		plan.setBudget(new BigDecimal("800"));
		plan.setCurrency("EUR");
		plan.setObjective(PlanObjective.COST);
		plan.setMaxParallel(3);
		plan.setIncludeOptional(true);
		ExchangeRate rate = F.createExchangeRate();
		rate.setCurrency("USD");
		rate.setRate(new BigDecimal("0.92"));
		plan.getRates().add(rate);
		PlanStep step = F.createPlanStep();
		step.setResource(framework.getResources().get(0));
		step.setStartWeek(2);
		step.setEndWeek(5);
		step.setStatus(StepStatus.IN_PROGRESS);
		step.setHoursLogged(3.5);
		step.setNote("Chapter 3");
		// 2 of the 3.5 hours logged are dated (the rest predates the log).
		LogEntry entry = F.createLogEntry();
		entry.setDate(LocalDate.of(2025, 4, 19));
		entry.setHours(2);
		entry.setNote("Chapters 1-2");
		step.getLog().add(entry);
		plan.getSteps().add(step);
		return plan;
	}

	static SkillCategory category(Framework framework, String id, String name) {
		SkillCategory category = F.createSkillCategory();
		category.setId(id);
		category.setName(name);
		framework.getCategories().add(category);
		return category;
	}

	static Skill skill(Framework framework, String id, String name, SkillKind kind, SkillCategory category) {
		Skill skill = F.createSkill();
		skill.setId(id);
		skill.setName(name);
		skill.setDescription("About " + name);
		skill.setKind(kind);
		skill.setCategory(category);
		framework.getSkills().add(skill);
		return skill;
	}

	static SkillRequirement requirement(Skill skill, int level, Importance importance, double weight) {
		SkillRequirement requirement = F.createSkillRequirement();
		requirement.setSkill(skill);
		requirement.setLevel(level);
		requirement.setImportance(importance);
		requirement.setWeight(weight);
		return requirement;
	}

	static SkillGain gain(Skill skill, int level) {
		SkillGain gain = F.createSkillGain();
		gain.setSkill(skill);
		gain.setLevel(level);
		return gain;
	}

	static Resource save(ResourceSet resourceSet, EObject root, Path file) throws IOException {
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(root);
		resource.save(null);
		return resource;
	}

	/** Copies a file of this bundle's {@code resources/} folder into {@code folder}. */
	static Path copyResource(String name, Path folder) throws IOException {
		Path target = folder.resolve(name);
		try (InputStream in = TestModels.class.getResourceAsStream("/resources/" + name)) {
			if (in == null) {
				throw new IOException("test resource missing: " + name);
			}
			Files.copy(in, target);
		}
		return target;
	}
}
