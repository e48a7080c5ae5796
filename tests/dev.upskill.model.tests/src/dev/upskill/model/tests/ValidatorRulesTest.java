/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.upskill.model.Framework;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.LogEntry;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Profile;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.util.UpskillValidator;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.ProblemCode;

/**
 * Each rule of the model's validator reports its own {@link ProblemCode}: a valid framework,
 * profile and plan are broken in exactly one way, and the problems found are exactly of that code,
 * on the element broken. The rules are the model's EValidator's: EMF's plain {@link Diagnostician}
 * finds them too.
 */
class ValidatorRulesTest {

	@TempDir
	Path folder;

	/** A valid framework, profile and plan, each in its file (not saved) of one resource set. */
	record Models(Framework framework, Profile profile, LearningPlan plan, Path folder) {
		SkillRequirement requirement() {
			return framework.getRoles().get(0).getRequirements().get(0);
		}

		LearningResource book() {
			return framework.getResources().get(0);
		}

		PlanStep step() {
			return plan.getSteps().get(0);
		}
	}

	private Models models() {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		Framework framework = TestModels.framework();
		Profile profile = TestModels.profile(framework);
		LearningPlan plan = TestModels.plan(profile, framework);
		add(resourceSet, "test.framework", framework);
		add(resourceSet, "ada.profile", profile);
		add(resourceSet, "ada.plan", plan);
		return new Models(framework, profile, plan, folder);
	}

	private void add(ResourceSet resourceSet, String name, EObject root) {
		Resource resource = resourceSet.createResource(URI.createFileURI(folder.resolve(name).toString()));
		resource.getContents().add(root);
	}

	static Stream<Arguments> rules() {
		return Stream.of(
				rule(ProblemCode.DUPLICATE_ID, m -> m.framework().getSkills().get(1).setId("skill.python"), Models::framework,
						"Skill 'skill.python'"),
				rule(ProblemCode.ID_PATTERN, m -> m.framework().getSkills().get(0).setId("esco:skill:1"), Models::framework,
						"Skill 'esco:skill:1'"),
				rule(ProblemCode.REQUIRED, m -> m.requirement().unsetLevel(), Models::framework,
						"Role 'role.analyst' > skill requirement 1 (skill.sql)"),
				rule(ProblemCode.UNRESOLVED_REFERENCE, m -> m.requirement().setSkill(proxy(m.folder(), "other.framework#skill.x")),
						Models::framework, "Role 'role.analyst' > skill requirement 1 (skill.x)"),
				rule(ProblemCode.SCALE_DUPLICATE_VALUE, m -> m.framework().getScales().get(0).getLevels().get(0).setValue(2),
						Models::framework, "ProficiencyScale 'scale.1-4' > proficiency level 2 (value 2)"),
				rule(ProblemCode.SCALE_ORDER, m -> m.framework().getScales().get(0).getLevels().move(3, 0), Models::framework,
						"ProficiencyScale 'scale.1-4' > proficiency level 4 (value 1)"),
				rule(ProblemCode.SCALE_TOO_FEW_LEVELS, m -> m.framework().getScales().add(oneLevelScale()), Models::framework,
						"ProficiencyScale 'scale.one'"),
				rule(ProblemCode.SKILL_WITHOUT_SCALE, m -> {
					m.framework().getScales().clear();
					m.framework().getSkills().forEach(skill -> skill.setScale(null));
				}, Models::framework,
						"Role 'role.analyst' > skill requirement 1 (skill.sql)"),
				rule(ProblemCode.LEVEL_NOT_IN_SCALE, m -> m.requirement().setLevel(9), Models::framework,
						"Role 'role.analyst' > skill requirement 1 (skill.sql)"),
				rule(ProblemCode.LEVEL_NOT_IN_SCALE, m -> m.book().getGains().get(0).setLevel(0), Models::framework,
						"LearningResource 'res.book' > skill gain 1 (skill.sql)"),
				rule(ProblemCode.LEVEL_NOT_IN_SCALE, m -> m.profile().getAssessments().get(0).setLevel(7), Models::profile,
						"Profile 'p1' > skill assessment 1 (skill.sql)"),
				rule(ProblemCode.WEIGHT_NOT_POSITIVE, m -> m.requirement().setWeight(0), Models::framework,
						"Role 'role.analyst' > skill requirement 1 (skill.sql)"),
				rule(ProblemCode.WEEKLY_HOURS_RANGE, m -> m.profile().setWeeklyHours(120), Models::profile, "Profile 'p1'"),
				rule(ProblemCode.COST_NEGATIVE, m -> m.book().setCost(new BigDecimal("-1")), Models::framework,
						"LearningResource 'res.book'"),
				rule(ProblemCode.HOURS_NEGATIVE, m -> m.book().setHours(-2), Models::framework, "LearningResource 'res.book'"),
				rule(ProblemCode.CURRENCY_CODE, m -> m.book().setCurrency("euro"), Models::framework, "LearningResource 'res.book'"),
				rule(ProblemCode.STEP_START_WEEK, m -> m.step().setStartWeek(0), Models::plan,
						"LearningPlan 'plan1' > plan step 1 (res.book)"),
				rule(ProblemCode.STEP_END_BEFORE_START, m -> m.step().setEndWeek(1), Models::plan,
						"LearningPlan 'plan1' > plan step 1 (res.book)"),
				rule(ProblemCode.STEP_AFTER_PLAN_END, m -> m.step().setEndWeek(60), Models::plan,
						"LearningPlan 'plan1' > plan step 1 (res.book)"),
				rule(ProblemCode.HOURS_LOGGED_NEGATIVE, m -> m.step().setHoursLogged(-1), Models::plan,
						"LearningPlan 'plan1' > plan step 1 (res.book)"),
				rule(ProblemCode.LOG_HOURS_NEGATIVE, m -> {
					m.step().setHoursLogged(2);
					m.step().getLog().add(logEntry(LocalDate.of(2025, 3, 4), -1));
				}, Models::plan, "LearningPlan 'plan1' > plan step 1 (res.book) > log entry 2"),
				rule(ProblemCode.REQUIRED, m -> {
					m.step().setHoursLogged(4); // the test plan's 2 dated hours and these 2
					m.step().getLog().add(logEntry(null, 2));
				}, Models::plan, "LearningPlan 'plan1' > plan step 1 (res.book) > log entry 2"),
				// 2 (the test plan's entry) + 1.5 on dated entries, but the step's total says 3: the entries are part of the total.
				rule(ProblemCode.LOG_EXCEEDS_TOTAL, m -> {
					m.step().setHoursLogged(3);
					m.step().getLog().add(logEntry(LocalDate.of(2025, 4, 26), 1.5));
				}, Models::plan, "LearningPlan 'plan1' > plan step 1 (res.book)"),
				rule(ProblemCode.PLAN_END_BEFORE_START, m -> {
					m.plan().getSteps().clear();
					m.plan().setEndDate(LocalDate.of(2025, 1, 1));
				}, Models::plan, "LearningPlan 'plan1'"));
	}

	private static Arguments rule(ProblemCode code, Consumer<Models> breakIt, Function<Models, EObject> root,
			String element) {
		return Arguments.of(code, breakIt, root, element);
	}

	private static Skill proxy(Path folder, String reference) {
		Skill skill = TestModels.F.createSkill();
		String[] fileAndId = reference.split("#");
		((InternalEObject) skill).eSetProxyURI(URI.createFileURI(folder.resolve(fileAndId[0]).toString()).appendFragment(fileAndId[1]));
		return skill;
	}

	private static LogEntry logEntry(LocalDate date, double hours) {
		LogEntry entry = TestModels.F.createLogEntry();
		entry.setDate(date);
		entry.setHours(hours);
		return entry;
	}

	private static ProficiencyScale oneLevelScale() {
		ProficiencyScale scale = TestModels.F.createProficiencyScale();
		scale.setId("scale.one");
		ProficiencyLevel level = TestModels.F.createProficiencyLevel();
		level.setValue(1);
		scale.getLevels().add(level);
		return scale;
	}

	@Test
	void theUnbrokenModelsHaveNoProblems() {
		Models models = models();
		for (EObject root : List.of(models.framework(), models.profile(), models.plan())) {
			assertEquals(List.of(), ModelChecker.check(root.eResource().getURI().lastSegment(), root.eResource()));
		}
	}

	@ParameterizedTest(name = "{0} on {3}")
	@MethodSource("rules")
	void eachRuleReportsItsCode(ProblemCode code, Consumer<Models> breakIt, Function<Models, EObject> root,
			String element) {
		Models models = models();
		breakIt.accept(models);
		EObject broken = root.apply(models);
		List<Problem> problems = ModelChecker.check("broken", broken.eResource());

		assertFalse(problems.isEmpty(), "no problem found");
		assertEquals(Set.of(code), problems.stream().map(Problem::code).collect(Collectors.toSet()),
				"only the broken rule's code: " + problems);
		assertTrue(problems.stream().anyMatch(p -> element.equals(p.element())), "on " + element + ": " + problems);
		assertFalse(problems.get(0).message().isBlank());

		// The rule is the model's EValidator's: EMF's plain Diagnostician reports it with the same code.
		if (code != ProblemCode.REQUIRED && code != ProblemCode.ID_PATTERN) {
			Diagnostic diagnostic = Diagnostician.INSTANCE.validate(broken);
			assertTrue(diagnostic.getChildren().stream().anyMatch(d -> UpskillValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())
					&& d.getCode() == code.value()), "the validator's diagnostics: " + diagnostic.getChildren());
		}
	}

	@Test
	void aReferenceToAMissingFileSaysSoInWords() {
		Models models = models();
		models.requirement().setSkill(proxy(folder, "other.framework#skill.x"));
		List<Problem> problems = ModelChecker.check("test.framework", models.framework().eResource());
		assertEquals(1, problems.size(), problems.toString());
		assertEquals("skill refers to 'skill.x', which is not in other.framework (other.framework does not exist next to this file)",
				problems.get(0).message());
	}

	@Test
	void codesAreUniqueAndStable() {
		assertEquals(ProblemCode.values().length, Arrays.stream(ProblemCode.values()).map(ProblemCode::id).distinct().count());
		assertEquals(ProblemCode.values().length, Arrays.stream(ProblemCode.values()).mapToInt(ProblemCode::value).distinct().count());
		// Markers and scripts keep these: changing one breaks them.
		assertEquals("level-not-in-scale", ProblemCode.LEVEL_NOT_IN_SCALE.id());
		assertEquals("duplicate-id", ProblemCode.DUPLICATE_ID.id());
		assertEquals(ProblemCode.UNRESOLVED_REFERENCE, ProblemCode.ofId("unresolved-reference"));
	}
}
