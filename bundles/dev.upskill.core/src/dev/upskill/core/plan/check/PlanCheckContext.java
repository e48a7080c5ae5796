/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.gap.Normalized;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.gap.Usable;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.StepStatus;

/**
 * A learning plan as the plan checks see it: the plan, its person's profile and current levels,
 * the role it works towards, the role's open gaps, every learning resource a fix may suggest, and
 * the thresholds. Levels are compared as fractions of their scale ({@link Normalized}). Built once
 * per plan and shared by all checks; it must not be modified.
 *
 * @since 0.1.0
 */
public final class PlanCheckContext {

	/**
	 * A requirement of the target role that the person does not meet yet.
	 *
	 * @param requirement the role's requirement
	 * @param skill its skill
	 * @param required the required level, as a fraction of the skill's scale
	 * @param current the person's current level, as a fraction of the skill's scale
	 */
	public record Gap(SkillRequirement requirement, Skill skill, double required, double current) {
	}

	private static final double EPSILON = 1e-9;

	private final LearningPlan plan;
	private final Profile profile;
	private final Role role;
	private final CurrentLevels levels;
	private final PlanCheckSettings settings;
	private final List<LearningResource> resources;
	private final List<PlanStep> steps;
	private final List<Gap> gaps;

	private PlanCheckContext(LearningPlan plan, Collection<LearningResource> resources, PlanCheckSettings settings) {
		this.plan = plan;
		this.profile = plan.getProfile() == null || plan.getProfile().eIsProxy() ? null : plan.getProfile();
		this.role = plan.getTargetRole() == null || plan.getTargetRole().eIsProxy() ? null : plan.getTargetRole();
		this.levels = profile == null ? null : CurrentLevels.of(profile, TrustOrder.preferred());
		this.settings = settings;
		Map<String, LearningResource> unique = new LinkedHashMap<>();
		resources.stream().filter(r -> r != null && !r.eIsProxy()).forEach(r -> unique.putIfAbsent(SkillKeys.of(r), r));
		this.resources = List.copyOf(unique.values());
		this.steps = plan.getSteps().stream().filter(s -> s.getStatus() != StepStatus.DROPPED && s.getResource() != null
				&& !s.getResource().eIsProxy()).toList();
		this.gaps = findGaps();
	}

	/**
	 * The context of a plan whose references are resolved (or resolvable) in its resource set.
	 *
	 * @param resources the learning resources fixes may suggest
	 */
	public static PlanCheckContext of(LearningPlan plan, Collection<LearningResource> resources, PlanCheckSettings settings) {
		return new PlanCheckContext(plan, resources, settings);
	}

	/**
	 * The context of a plan loaded from a file: fixes may suggest the learning resources of the
	 * frameworks its file refers to and of every installed framework.
	 *
	 * @param registry the installed frameworks, or null for the plan's own files only
	 */
	public static PlanCheckContext of(LearningPlan plan, FrameworkRegistry registry, PlanCheckSettings settings) {
		List<LearningResource> resources = new ArrayList<>();
		ResourceSet resourceSet = plan.eResource() == null ? null : plan.eResource().getResourceSet();
		if (resourceSet != null) {
			EcoreUtil.resolveAll(resourceSet);
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Framework framework) {
					resources.addAll(framework.getResources());
				}
			}
		}
		if (registry != null) {
			for (RegisteredFramework framework : registry.getFrameworks()) {
				resources.addAll(framework.resources());
			}
		}
		return new PlanCheckContext(plan, resources, settings);
	}

	public LearningPlan plan() {
		return plan;
	}

	/** The person's profile, or null when the plan names none (or it cannot be read). */
	public Profile profile() {
		return profile;
	}

	/** The role the plan works towards, or null when it names none (or it cannot be found). */
	public Role role() {
		return role;
	}

	public PlanCheckSettings settings() {
		return settings;
	}

	/** Every learning resource known, each once. */
	public List<LearningResource> resources() {
		return resources;
	}

	/** The plan's steps that count: not dropped, with a learning resource that could be found. */
	public List<PlanStep> steps() {
		return steps;
	}

	/** How messages name the plan: {@code 'Dana: towards data analyst using AI'}. */
	public String planLabel() {
		return "'" + (plan.getName() != null && !plan.getName().isBlank() ? plan.getName() : plan.getId()) + "'";
	}

	/** How messages name the role: its name, quoted, or "its target role". */
	public String roleLabel() {
		return role == null ? "its target role" : "'" + (role.getName() != null ? role.getName() : role.getId()) + "'";
	}

	/** The person's current level of the skill as a fraction of its scale; 0 when never assessed. */
	public double currentLevel(Skill skill) {
		if (levels == null || skill == null) {
			return 0;
		}
		return levels.of(skill).map(a -> Normalized.level(skill, a.getLevel())).orElse(0.0);
	}

	/**
	 * The target role's requirements the person does not meet: the essential ones, and the optional
	 * ones too when the plan includes them. Empty without a role.
	 */
	public List<Gap> gaps() {
		return gaps;
	}

	private List<Gap> findGaps() {
		if (role == null) {
			return List.of();
		}
		List<Gap> found = new ArrayList<>();
		for (SkillRequirement requirement : role.getRequirements()) {
			Skill skill = requirement.getSkill();
			if (!Usable.requirement(requirement)
					|| requirement.getImportance() == Importance.OPTIONAL && !plan.isIncludeOptional()) {
				continue;
			}
			double required = Normalized.level(skill, requirement.getLevel());
			double current = currentLevel(skill);
			if (current + EPSILON < required) {
				found.add(new Gap(requirement, skill, required, current));
			}
		}
		return List.copyOf(found);
	}

	/** The highest level (as a fraction) to which the plan's steps bring the skill; 0 when none teaches it. */
	public double plannedLevel(Skill skill) {
		String key = SkillKeys.of(skill);
		double best = 0;
		for (PlanStep step : steps) {
			for (SkillGain gain : step.getResource().getGains()) {
				if (Usable.gain(gain)
						&& SkillKeys.of(gain.getSkill()).equals(key)) {
					best = Math.max(best, Normalized.level(gain.getSkill(), gain.getLevel()));
				}
			}
		}
		return best;
	}

	/** Whether the plan's steps close the gap: one brings the skill to the required level. */
	public boolean closes(Gap gap) {
		return plannedLevel(gap.skill()) + EPSILON >= gap.required();
	}

	/** Whether the plan works on the gap: a step brings the skill above the current level. */
	public boolean worksOn(Gap gap) {
		return plannedLevel(gap.skill()) > gap.current() + EPSILON;
	}

	/** The skills a step's resource teaches above the person's current level. */
	public List<Skill> skillsLearned(PlanStep step) {
		List<Skill> learned = new ArrayList<>();
		for (SkillGain gain : step.getResource().getGains()) {
			Skill skill = gain.getSkill();
			if (Usable.gain(gain)
					&& Normalized.level(skill, gain.getLevel()) > currentLevel(skill) + EPSILON) {
				learned.add(skill);
			}
		}
		return learned;
	}

	/**
	 * The hours a step still asks for: none when done, otherwise the resource's hours less the hours
	 * logged (never below 0).
	 */
	public double remainingHours(PlanStep step) {
		if (step.getStatus() == StepStatus.DONE) {
			return 0;
		}
		return Math.max(0, step.getResource().getHours() - step.getHoursLogged());
	}

	/** The hours a step takes in all: the hours logged when done, otherwise the larger of the resource's hours and the hours logged. */
	public double totalHours(PlanStep step) {
		if (step.getStatus() == StepStatus.DONE && step.getHoursLogged() > 0) {
			return step.getHoursLogged();
		}
		return Math.max(step.getResource().getHours(), step.getHoursLogged());
	}

	/**
	 * The learning resource to suggest among those that match: one that works on the role's open
	 * gaps before one that does not, then the cheapest, the one that works on most gaps, the
	 * quickest, and by id; never one the plan already has. (Costs are compared as written: a
	 * suggestion, not a budget.)
	 */
	public Optional<LearningResource> suggest(Predicate<LearningResource> wanted) {
		Set<String> inPlan = plan.getSteps().stream().filter(s -> s.getResource() != null && !s.getResource().eIsProxy())
				.map(s -> s.getResource().getId()).collect(Collectors.toSet());
		Comparator<LearningResource> best = Comparator.comparing((LearningResource r) -> gapsWorkedOn(r) == 0)
				.thenComparing(r -> r.getCost() == null ? BigDecimal.ZERO : r.getCost())
				.thenComparingInt(r -> -gapsWorkedOn(r))
				.thenComparingDouble(LearningResource::getHours)
				.thenComparing(r -> r.getId() == null ? "" : r.getId());
		return resources.stream().filter(r -> !inPlan.contains(r.getId())).filter(wanted).min(best);
	}

	private int gapsWorkedOn(LearningResource resource) {
		int count = 0;
		for (Gap gap : gaps) {
			String key = SkillKeys.of(gap.skill());
			if (resource.getGains().stream().anyMatch(g -> Usable.gain(g)
					&& SkillKeys.of(g.getSkill()).equals(key) && Normalized.level(g.getSkill(), g.getLevel()) > gap.current() + EPSILON)) {
				count++;
			}
		}
		return count;
	}

	/** A resource as fixes name it: {@code 'Storytelling with Data' (12 h, 30 USD)}. */
	public static String describe(LearningResource resource) {
		String name = resource.getName() != null ? resource.getName() : resource.getId();
		BigDecimal cost = resource.getCost() == null ? BigDecimal.ZERO : resource.getCost();
		String price = cost.signum() == 0 ? "free"
				: cost.stripTrailingZeros().toPlainString() + " " + (resource.getCurrency() == null ? "" : resource.getCurrency());
		return "'" + name + "' (" + hours(resource.getHours()) + " h, " + price.strip() + ")";
	}

	/** Hours as messages write them: whole numbers without decimals, others with one. */
	public static String hours(double hours) {
		return Math.abs(hours - Math.rint(hours)) < 0.05 ? String.valueOf(Math.round(hours))
				: String.format(Locale.ROOT, "%.1f", hours);
	}

	/** Names of skills for messages, quoted since names may hold "and": {@code 'Docker', 'Kubernetes' and 'MLflow'}. */
	public static String names(Collection<Skill> skills) {
		List<String> names = skills.stream().map(s -> "'" + (s.getName() != null ? s.getName() : s.getId()) + "'").distinct()
				.toList();
		if (names.size() <= 1) {
			return names.isEmpty() ? "" : names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}
}
