/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.gap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.upskill.model.Importance;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillRequirement;

/**
 * Ranks profiles against many roles ("which role am I closest to"). The roles are compiled once
 * into flat arrays (skill index, normalised required level, weight, essential flag per
 * requirement), so scoring a profile against every role is one pass over primitive arrays with the
 * same {@link FitFormula} as {@link GapAnalysis}: the scores are identical, only faster.
 * <p>
 * Immutable after construction and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class RoleRanking {

	/** A role that is close, and the few skills that would raise its score most. */
	public record Adjacent(RoleFit fit, List<Move> moves, String why) {
	}

	/** Closing the gap of one requirement, and the score it would give. */
	public record Move(SkillRequirement requirement, double scoreAfter) {
	}

	private static final Comparator<RoleFit> BEST_FIRST = Comparator.comparingDouble(RoleFit::score).reversed()
			.thenComparing(RoleFit::key);

	private final List<Role> roles = new ArrayList<>();
	private final String[] roleKeys;
	private final Map<String, Integer> skillIndex = new HashMap<>();
	private final Map<String, Integer> roleIndex = new HashMap<>();
	private final int[] start;
	private final int[] skill;
	private final double[] required;
	private final double[] weight;
	private final boolean[] essential;

	/** Compiles the roles; roles with the same key (loaded twice) count once. */
	public RoleRanking(Collection<Role> allRoles) {
		Map<String, Role> unique = new LinkedHashMap<>();
		for (Role role : allRoles) {
			unique.putIfAbsent(SkillKeys.of(role), role);
		}
		roles.addAll(unique.values());
		roleKeys = unique.keySet().toArray(String[]::new);
		for (int r = 0; r < roleKeys.length; r++) {
			roleIndex.put(roleKeys[r], r);
		}
		start = new int[roles.size() + 1];
		int total = roles.stream().mapToInt(r -> r.getRequirements().size()).sum();
		skill = new int[total];
		required = new double[total];
		weight = new double[total];
		essential = new boolean[total];
		int at = 0;
		for (int r = 0; r < roles.size(); r++) {
			start[r] = at;
			for (SkillRequirement requirement : roles.get(r).getRequirements()) {
				if (!Usable.requirement(requirement)) {
					continue;
				}
				skill[at] = skillIndex.computeIfAbsent(SkillKeys.of(requirement.getSkill()), k -> skillIndex.size());
				required[at] = Normalized.level(requirement.getSkill(), requirement.getLevel());
				weight[at] = requirement.getWeight();
				essential[at] = requirement.getImportance() == Importance.ESSENTIAL;
				at++;
			}
		}
		start[roles.size()] = at;
	}

	public int roleCount() {
		return roles.size();
	}

	/**
	 * The position of the role (by its key) in the arrays {@link #scores} gives, or -1 when the
	 * ranking does not hold it.
	 *
	 * @since 0.6.0
	 */
	public int indexOf(Role role) {
		Integer index = roleIndex.get(SkillKeys.of(role));
		return index == null ? -1 : index;
	}

	/** The role at a position of {@link #scores}. @since 0.6.0 */
	public Role role(int index) {
		return roles.get(index);
	}

	/** The key ({@link SkillKeys}) of the role at a position of {@link #scores}. @since 0.6.0 */
	public String key(int index) {
		return roleKeys[index];
	}

	/** The profile's normalised current level of every skill the roles require (0 when never assessed). */
	public double[] currentLevels(CurrentLevels levels) {
		double[] current = new double[skillIndex.size()];
		for (Map.Entry<String, SkillAssessment> entry : levels.byKey().entrySet()) {
			Integer index = skillIndex.get(entry.getKey());
			if (index != null) {
				SkillAssessment assessment = entry.getValue();
				current[index] = Normalized.level(assessment.getSkill(), assessment.getLevel());
			}
		}
		return current;
	}

	/** The score of every role, in the order the roles were given (each key once). */
	public double[] scores(double[] current) {
		double[] scores = new double[roles.size()];
		score(current, scores, null);
		return scores;
	}

	/** Fills {@code scores} and, when not null, {@code essentialScores} (0 to 100) for every role. */
	private void score(double[] current, double[] scores, double[] essentialScores) {
		double[] result = new double[2];
		for (int r = 0; r < roles.size(); r++) {
			FitFormula.score(required, weight, essential, skill, current, start[r], start[r + 1], result);
			scores[r] = result[0];
			if (essentialScores != null) {
				essentialScores[r] = result[1];
			}
		}
	}

	/** The profile against every role, best first (ties by role key), at most {@code top}. */
	public List<RoleFit> rank(Profile profile, int top) {
		return rank(CurrentLevels.of(profile), top);
	}

	public List<RoleFit> rank(CurrentLevels levels, int top) {
		double[] current = currentLevels(levels);
		double[] scores = new double[roles.size()];
		double[] essentialScores = new double[roles.size()];
		score(current, scores, essentialScores);
		List<RoleFit> fits = new ArrayList<>(roles.size());
		for (int r = 0; r < roles.size(); r++) {
			fits.add(new RoleFit(roles.get(r), roleKeys[r], scores[r], essentialScores[r], List.of()));
		}
		fits.sort(BEST_FIRST);
		return fits.subList(0, Math.min(Math.max(0, top), fits.size()));
	}

	/**
	 * Roles next to the person's targets: the related roles of the target roles, and roles that fit
	 * almost as well as the best one (within {@code margin} points, and above 0), excluding the
	 * targets and the current role; each with up to {@code moves} requirements whose closing would raise its score
	 * most.
	 */
	public List<Adjacent> adjacent(Profile profile, double margin, int limit, int moves) {
		CurrentLevels levels = CurrentLevels.of(profile);
		double[] current = currentLevels(levels);
		List<RoleFit> ranked = rank(levels, roles.size());
		Set<String> excluded = profile.getTargetRoles().stream().filter(r -> !r.eIsProxy()).map(SkillKeys::of)
				.collect(Collectors.toSet());
		if (profile.getCurrentRole() != null && !profile.getCurrentRole().eIsProxy()) {
			excluded.add(SkillKeys.of(profile.getCurrentRole()));
		}
		Set<String> related = profile.getTargetRoles().stream().filter(r -> !r.eIsProxy())
				.flatMap(r -> r.getRelatedRoles().stream()).filter(r -> !r.eIsProxy()).map(SkillKeys::of)
				.collect(Collectors.toSet());
		double best = ranked.stream().filter(f -> !excluded.contains(f.key())).mapToDouble(RoleFit::score).max().orElse(0);
		List<Adjacent> adjacent = new ArrayList<>();
		for (RoleFit fit : ranked) {
			if (adjacent.size() >= limit || excluded.contains(fit.key())) {
				continue;
			}
			boolean isRelated = related.contains(fit.key());
			boolean isClose = fit.score() > 0 && fit.score() >= best - margin;
			if (isRelated || isClose) {
				adjacent.add(new Adjacent(fit, movesFor(indexOf(fit.key()), current, moves),
						isRelated ? "related to a target role" : "close fit"));
			}
		}
		return adjacent;
	}

	private int indexOf(String key) {
		Integer index = roleIndex.get(key);
		if (index == null) {
			throw new IllegalArgumentException(key);
		}
		return index;
	}

	private List<Move> movesFor(int r, double[] current, int count) {
		List<SkillRequirement> requirements = roles.get(r).getRequirements().stream()
				.filter(Usable::requirement).toList();
		int from = start[r];
		int n = start[r + 1] - from;
		double[] req = Arrays.copyOfRange(required, from, from + n);
		double[] w = Arrays.copyOfRange(weight, from, from + n);
		boolean[] ess = Arrays.copyOfRange(essential, from, from + n);
		double[] cur = new double[n];
		for (int i = 0; i < n; i++) {
			cur[i] = current[skill[from + i]];
		}
		int[] identity = IntStream.range(0, n).toArray();
		double[] result = new double[2];
		List<Move> candidates = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (cur[i] + 1e-9 >= req[i]) {
				continue;
			}
			double kept = cur[i];
			cur[i] = req[i];
			FitFormula.score(req, w, ess, identity, cur, 0, n, result);
			candidates.add(new Move(requirements.get(i), result[0]));
			cur[i] = kept;
		}
		candidates.sort(Comparator.comparingDouble(Move::scoreAfter).reversed()
				.thenComparing(m -> m.requirement().getSkill().getId()));
		return candidates.subList(0, Math.min(count, candidates.size()));
	}
}
