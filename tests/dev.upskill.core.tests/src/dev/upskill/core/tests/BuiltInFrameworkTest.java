/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningResource;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillKind;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;

/** The built-in AI-upskilling framework is complete, valid and stored in canonical form. */
class BuiltInFrameworkTest {

	private static final URI FILE = URI.createPlatformPluginURI("dev.upskill.frameworks.ai/frameworks/ai-upskilling.framework", true);

	private static ModelFile load() {
		return ModelFile.load(UpskillResourceFactory.createResourceSet(), FILE, "ai-upskilling.framework");
	}

	@Test
	void isValidAndCanonical() throws Exception {
		ModelFile file = load();
		assertTrue(file.loaded(), file.problems().toString());
		assertEquals(List.of(), ModelChecker.check(file));
		ByteArrayOutputStream saved = new ByteArrayOutputStream();
		file.resource().save(saved, null);
		try (InputStream in = file.resource().getResourceSet().getURIConverter().createInputStream(FILE)) {
			assertArrayEquals(in.readAllBytes(), saved.toByteArray(), "saving the file unchanged gives the same bytes");
		}
	}

	@Test
	void coversTheRolesAndTheWholeLifecycle() {
		Framework framework = (Framework) load().resource().getContents().get(0);
		Set<String> roles = framework.getRoles().stream().map(Role::getId).collect(Collectors.toSet());
		assertTrue(roles.containsAll(Set.of("role.ml-engineer", "role.mlops-engineer", "role.data-engineer",
				"role.data-analyst-ai", "role.swe-to-mlops", "role.marketing-manager-genai", "role.process-engineer-ts",
				"role.ai-product-manager")), roles.toString());
		for (Role role : framework.getRoles()) {
			assertTrue(role.getRequirements().stream().anyMatch(r -> r.getImportance() == Importance.ESSENTIAL), role.getId());
			assertTrue(role.getRequirements().stream().allMatch(r -> r.isSetLevel() && r.getWeight() > 0), role.getId());
		}
		Set<String> categories = framework.getCategories().stream().map(c -> c.getId()).collect(Collectors.toSet());
		assertTrue(categories.containsAll(Set.of("cat.data-ingestion", "cat.data-cleaning", "cat.feature-engineering",
				"cat.python", "cat.modeling", "cat.deep-learning", "cat.deployment", "cat.mlops", "cat.monitoring", "cat.genai",
				"cat.time-series", "cat.communication", "cat.business-value", "cat.governance")), categories.toString());
		for (String tool : List.of("skill.docker", "skill.kubernetes", "skill.sagemaker", "skill.mlflow", "skill.kubeflow")) {
			assertTrue(framework.getSkills().stream().anyMatch(s -> s.getId().equals(tool)), tool);
		}
		assertTrue(framework.getSkills().stream().allMatch(s -> s.getCategory() != null && !s.getAliases().isEmpty()),
				"every skill has a category and the aliases job postings use");
		assertTrue(framework.getSkills().size() >= 60);
		EnumSet<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
		framework.getResources().forEach(r -> kinds.add(r.getKind()));
		assertEquals(EnumSet.allOf(ResourceKind.class), kinds, "resources of every kind");
		assertTrue(framework.getResources().size() >= 40);
		List<LearningResource> bootcamps = framework.getResources().stream().filter(r -> r.getKind() == ResourceKind.BOOTCAMP).toList();
		assertTrue(bootcamps.stream().allMatch(b -> b.getCost().intValue() >= 5000 && b.getCost().intValue() <= 15000),
				"bootcamps in the $5,000-15,000 range");
		assertTrue(framework.getResources().stream().allMatch(r -> r.getHours() > 0 && !r.getGains().isEmpty()),
				"every resource has hours and gives skill levels");
		Skill python = framework.getSkills().stream().filter(s -> s.getId().equals("skill.python")).findFirst().orElseThrow();
		assertTrue(python.getAliases().contains("python3"));
	}

	@Test
	void everyRequirementOfEveryRoleIsTaughtToItsLevel() {
		Framework framework = (Framework) load().resource().getContents().get(0);
		Map<Skill, Integer> taught = new HashMap<>();
		for (LearningResource resource : framework.getResources()) {
			for (SkillGain gain : resource.getGains()) {
				taught.merge(gain.getSkill(), gain.getLevel(), Math::max);
			}
		}
		List<String> untaught = new ArrayList<>();
		for (Role role : framework.getRoles()) {
			for (SkillRequirement requirement : role.getRequirements()) {
				int highest = taught.getOrDefault(requirement.getSkill(), 0);
				if (highest < requirement.getLevel()) {
					untaught.add(role.getId() + " needs " + requirement.getSkill().getId() + " at level " + requirement.getLevel() + " ("
							+ requirement.getImportance() + "), but no resource teaches it beyond level " + highest);
				}
			}
		}
		assertEquals(List.of(), untaught, "every requirement has a resource that gains the skill to the required level");
	}

	@Test
	void everySkillCanBeLearntFromACourseOrBookAndForFreeOrForMoney() {
		Framework framework = (Framework) load().resource().getContents().get(0);
		List<String> missing = new ArrayList<>();
		for (Skill skill : framework.getSkills()) {
			List<LearningResource> teaching = teaching(framework, skill);
			if (teaching.stream().noneMatch(r -> r.getKind() == ResourceKind.COURSE || r.getKind() == ResourceKind.BOOK)) {
				missing.add(skill.getId() + ": no course or book");
			}
			if (teaching.stream().noneMatch(r -> r.getCost().signum() == 0)) {
				missing.add(skill.getId() + ": no free resource");
			}
			if (teaching.stream().noneMatch(r -> r.getCost().signum() > 0)) {
				missing.add(skill.getId() + ": no paid resource");
			}
			if ((skill.getKind() == SkillKind.TOOL || skill.getKind() == SkillKind.SKILL) && teaching.stream()
					.noneMatch(r -> r.getKind() == ResourceKind.PROJECT || r.getKind() == ResourceKind.COMPETITION)) {
				missing.add(skill.getId() + ": a practical skill without a project or competition");
			}
			if (skill.getKind() == SkillKind.TRANSVERSAL && teaching.stream()
					.noneMatch(r -> r.getKind() == ResourceKind.MEETUP || r.getKind() == ResourceKind.MENTORING)) {
				missing.add(skill.getId() + ": a social skill without a community (meetup or mentoring)");
			}
		}
		assertEquals(List.of(), missing);
	}

	/**
	 * Hours per level gained (above the resource's own prerequisite on the same skill) stay within ten times the
	 * framework's median either way: a resource far outside would be a typo or an estimate that makes the planner's
	 * advice wrong (a 600-hour bootcamp as the quickest way to one level, a two-hour course to expert).
	 */
	@Test
	void hoursPerLevelGainedAreWithinTheFrameworksNorm() {
		Framework framework = (Framework) load().resource().getContents().get(0);
		Map<LearningResource, Double> rate = new HashMap<>();
		for (LearningResource resource : framework.getResources()) {
			int gained = 0;
			for (SkillGain gain : resource.getGains()) {
				int from = resource.getPrerequisites().stream().filter(p -> p.getSkill() == gain.getSkill())
						.mapToInt(SkillGain::getLevel).max().orElse(0);
				gained += Math.max(0, gain.getLevel() - from);
			}
			assertTrue(gained > 0, resource.getId() + " gains no level above its own prerequisites");
			rate.put(resource, resource.getHours() / gained);
		}
		double[] sorted = rate.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double median = sorted[sorted.length / 2];
		List<String> outside = rate.entrySet().stream().filter(e -> e.getValue() > 10 * median || e.getValue() < median / 10)
				.map(e -> String.format(Locale.ROOT, "%s: %.1f h per level (norm %.1f)", e.getKey().getId(), e.getValue(), median))
				.sorted().toList();
		assertEquals(List.of(), outside);
	}

	@Test
	void estimatesNameTheirSource() {
		Framework framework = (Framework) load().resource().getContents().get(0);
		List<String> unsourced = framework.getResources().stream().filter(LearningResource::isEstimate)
				.filter(r -> r.getDescription() == null || r.getDescription().isBlank()).map(LearningResource::getId).toList();
		assertEquals(List.of(), unsourced, "an estimated cost or effort says where it comes from");
	}

	private static List<LearningResource> teaching(Framework framework, Skill skill) {
		return framework.getResources().stream().filter(r -> r.getGains().stream().anyMatch(g -> g.getSkill() == skill && g.getLevel() > 0))
				.toList();
	}
}
