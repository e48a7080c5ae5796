/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.Normalized;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.gap.Usable;
import dev.upskill.core.internal.plan.PlanProblem;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.StepStatus;

/**
 * Turns a {@link PlanRequest} into a {@link PlanProblem}: skills indexed by key with today's
 * normalised levels (raised by the done steps of an earlier plan), the target roles'
 * requirements, and the usable resources with costs in the plan's currency.
 */
final class PlanCompiler {

	final PlanRequest request;
	final ExchangeRates rates;
	final Map<String, Integer> skillIndex = new HashMap<>();
	final List<Skill> skills = new ArrayList<>();
	/** Per skill, the highest required level on its scale, for messages. */
	final Map<Integer, Integer> requiredLevel = new HashMap<>();
	final List<LearningResource> resources = new ArrayList<>();
	final List<BigDecimal> costs = new ArrayList<>();
	/** Steps of the earlier plan kept as they are: done and in progress. */
	final List<PlanStep> kept = new ArrayList<>();
	/** For kept steps in progress, their index in {@link #resources}. */
	final Map<PlanStep, Integer> keptIndex = new HashMap<>();
	BigDecimal spent = BigDecimal.ZERO;
	final PlanProblem problem;

	private final List<Double> current = new ArrayList<>();
	private final CurrentLevels levels;

	PlanCompiler(PlanRequest request) {
		this.request = request;
		this.rates = new ExchangeRates(request.currency(), request.rates());
		this.levels = CurrentLevels.of(request.profile(), request.trustOrder());
		if (request.targets().isEmpty()) {
			throw new IllegalArgumentException("the profile '" + request.profile().getId()
					+ "' has no target role: add one to the profile or name one (for example --role ai-upskilling#role.ml-engineer)");
		}
		Set<String> done = new HashSet<>();
		Set<String> dropped = new HashSet<>();
		List<PlanStep> inProgress = new ArrayList<>();
		if (request.previous() != null) {
			for (PlanStep step : request.previous().getSteps()) {
				if (step.getResource() == null || step.getResource().eIsProxy()) {
					continue;
				}
				String key = SkillKeys.of(step.getResource());
				switch (step.getStatus()) {
					case DONE -> {
						done.add(key);
						kept.add(step);
						spend(step.getResource());
					}
					case IN_PROGRESS -> {
						inProgress.add(step);
						kept.add(step);
						spend(step.getResource());
					}
					case DROPPED -> dropped.add(key);
					default -> {
						// planned steps are planned again
					}
				}
			}
		}
		List<PlanProblem.Requirement> requirements = new ArrayList<>();
		List<Role> targets = request.targets();
		for (int role = 0; role < targets.size(); role++) {
			for (SkillRequirement requirement : targets.get(role).getRequirements()) {
				Skill skill = requirement.getSkill();
				if (!Usable.requirement(requirement)) {
					continue;
				}
				int s = index(skill);
				requiredLevel.merge(s, requirement.getLevel(), Math::max);
				requirements.add(new PlanProblem.Requirement(s, Normalized.level(skill, requirement.getLevel()), requirement.getWeight(),
						requirement.getImportance() == Importance.ESSENTIAL, role));
			}
		}
		// Done steps count as learnt, whether or not an assessment says so yet.
		for (PlanStep step : kept) {
			if (step.getStatus() == StepStatus.DONE) {
				raise(step.getResource());
			}
		}
		Map<String, LearningResource> unique = new LinkedHashMap<>();
		for (PlanStep step : inProgress) {
			unique.put(SkillKeys.of(step.getResource()), step.getResource());
		}
		List<String> noRate = new ArrayList<>();
		for (LearningResource resource : request.resources()) {
			String key = SkillKeys.of(resource);
			if (unique.containsKey(key) || done.contains(key) || dropped.contains(key) || excluded(resource)) {
				continue;
			}
			if (rates.convert(resource.getCost(), resource.getCurrency()) == null) {
				if (teachesMissing(resource)) {
					noRate.add("'" + resource.getName() + "' costs " + money(resource.getCost()) + " " + resource.getCurrency());
				}
				continue;
			}
			unique.put(key, resource);
		}
		if (!noRate.isEmpty()) {
			String code = noRate.get(0).substring(noRate.get(0).lastIndexOf(' ') + 1);
			throw new IllegalArgumentException("there is no exchange rate from " + code + " to " + rates.currency() + " ("
					+ String.join(", ", noRate.subList(0, Math.min(3, noRate.size()))) + (noRate.size() > 3 ? ", ..." : "")
					+ "): give one, for example --rate " + code + "=1.08");
		}
		List<LearningResource> usable = new ArrayList<>(unique.values());
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < usable.size(); i++) {
			position.put(SkillKeys.of(usable.get(i)), i);
		}
		// A resource whose required resource is not available cannot be taken; drop to a fixpoint.
		boolean changed = true;
		boolean[] gone = new boolean[usable.size()];
		while (changed) {
			changed = false;
			for (int i = 0; i < usable.size(); i++) {
				if (gone[i]) {
					continue;
				}
				for (LearningResource required : usable.get(i).getRequiredResources()) {
					if (required.eIsProxy() || done.contains(SkillKeys.of(required)) || alreadyKnown(required)) {
						continue;
					}
					Integer at = position.get(SkillKeys.of(required));
					if (at == null || gone[at]) {
						gone[i] = true;
						changed = true;
						break;
					}
				}
			}
		}
		Map<String, Integer> finalIndex = new HashMap<>();
		for (int i = 0; i < usable.size(); i++) {
			if (!gone[i]) {
				finalIndex.put(SkillKeys.of(usable.get(i)), resources.size());
				resources.add(usable.get(i));
			}
		}
		Set<String> fixed = new HashSet<>();
		inProgress.forEach(step -> fixed.add(SkillKeys.of(step.getResource())));
		List<PlanProblem.Resource> compiled = new ArrayList<>();
		for (LearningResource resource : resources) {
			compiled.add(compile(resource, fixed.contains(SkillKeys.of(resource)), finalIndex, done));
		}
		for (PlanStep step : inProgress) {
			keptIndex.put(step, finalIndex.get(SkillKeys.of(step.getResource())));
		}
		double[] now = current.stream().mapToDouble(Double::doubleValue).toArray();
		problem = new PlanProblem(now, requirements, compiled, targets.size());
	}

	private PlanProblem.Resource compile(LearningResource resource, boolean fixed, Map<String, Integer> index, Set<String> done) {
		List<Integer> gainSkill = new ArrayList<>();
		List<Double> gainLevel = new ArrayList<>();
		for (SkillGain gain : resource.getGains()) {
			if (Usable.gain(gain)) {
				gainSkill.add(index(gain.getSkill()));
				gainLevel.add(Normalized.level(gain.getSkill(), gain.getLevel()));
			}
		}
		List<Integer> prereqSkill = new ArrayList<>();
		List<Double> prereqLevel = new ArrayList<>();
		for (SkillGain prerequisite : resource.getPrerequisites()) {
			if (Usable.gain(prerequisite) && !fixed) {
				int s = index(prerequisite.getSkill());
				double level = Normalized.level(prerequisite.getSkill(), prerequisite.getLevel());
				if (!PlanProblem.meets(current.get(s), level)) {
					prereqSkill.add(s);
					prereqLevel.add(level);
				}
			}
		}
		List<Integer> required = new ArrayList<>();
		if (!fixed) {
			for (LearningResource other : resource.getRequiredResources()) {
				Integer at = other.eIsProxy() ? null : index.get(SkillKeys.of(other));
				if (at != null && !done.contains(SkillKeys.of(other)) && !alreadyKnown(other)) {
					required.add(at);
				}
			}
		}
		BigDecimal cost = fixed ? BigDecimal.ZERO : rates.convert(resource.getCost(), resource.getCurrency());
		costs.add(cost);
		double hours = Math.max(0, resource.getHours());
		if (fixed) {
			double logged = request.previous().getSteps().stream()
					.filter(s -> s.getResource() == resource).mapToDouble(PlanStep::getHoursLogged).sum();
			hours = Math.max(0, hours - logged);
		}
		return new PlanProblem.Resource(SkillKeys.of(resource), hours, cost.doubleValue(), recurring(resource.getKind()),
				preferred(resource), fixed, ints(gainSkill), doubles(gainLevel), ints(prereqSkill), doubles(prereqLevel),
				ints(required));
	}

	/** Meetups and mentoring run alongside the other steps at a few hours a month. */
	static boolean recurring(ResourceKind kind) {
		return kind == ResourceKind.MEETUP || kind == ResourceKind.MENTORING;
	}

	private boolean excluded(LearningResource resource) {
		return request.excludedKinds().contains(resource.getKind())
				|| resource.getProvider() != null && request.excludedProviders().contains(resource.getProvider());
	}

	private boolean preferred(LearningResource resource) {
		return request.preferredKinds().contains(resource.getKind())
				|| resource.getProvider() != null && request.preferredProviders().contains(resource.getProvider());
	}

	/** Whether today's levels already reach everything the resource teaches (so requiring it asks nothing). */
	private boolean alreadyKnown(LearningResource resource) {
		for (SkillGain gain : resource.getGains()) {
			if (Usable.gain(gain)
					&& !PlanProblem.meets(current.get(index(gain.getSkill())), Normalized.level(gain.getSkill(), gain.getLevel()))) {
				return false;
			}
		}
		return true;
	}

	private boolean teachesMissing(LearningResource resource) {
		for (SkillGain gain : resource.getGains()) {
			if (gain.getSkill() != null && !gain.getSkill().eIsProxy()) {
				Integer s = skillIndex.get(SkillKeys.of(gain.getSkill()));
				if (s != null && requiredLevel.containsKey(s) && current.get(s) < 1) {
					return true;
				}
			}
		}
		return false;
	}

	private void raise(LearningResource resource) {
		for (SkillGain gain : resource.getGains()) {
			if (Usable.gain(gain)) {
				int s = index(gain.getSkill());
				current.set(s, Math.max(current.get(s), Normalized.level(gain.getSkill(), gain.getLevel())));
			}
		}
	}

	private void spend(LearningResource resource) {
		BigDecimal cost = rates.convert(resource.getCost(), resource.getCurrency());
		spent = spent.add(cost == null ? BigDecimal.ZERO : cost);
	}

	int index(Skill skill) {
		String key = SkillKeys.of(skill);
		Integer at = skillIndex.get(key);
		if (at == null) {
			at = skills.size();
			skillIndex.put(key, at);
			skills.add(skill);
			current.add(levels.of(skill).map(a -> Normalized.level(skill, a.getLevel())).orElse(0.0));
		}
		return at;
	}

	static String money(BigDecimal amount) {
		return amount == null ? "0" : amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** An amount for messages: grouped, without trailing zero cents (13,540 or 12.50). */
	static String amount(double value) {
		String text = String.format(Locale.ROOT, "%,.2f", value);
		return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
	}

	private static int[] ints(List<Integer> values) {
		return values.stream().mapToInt(Integer::intValue).toArray();
	}

	private static double[] doubles(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
