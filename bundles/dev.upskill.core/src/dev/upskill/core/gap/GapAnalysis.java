/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.upskill.model.Importance;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillRequirement;

/**
 * A profile against one role: a {@link GapLine} per requirement and the {@link FitFormula fit
 * score}. No UI; the Gap Analysis view, the command line and the planner use it.
 *
 * @since 0.1.0
 */
public final class GapAnalysis {

	private final TrustOrder order;

	/** What closing the gaps takes comes from the planner ({@code LearningPlanner.estimate}), not from here. */
	public GapAnalysis() {
		this(TrustOrder.DEFAULT);
	}

	/**
	 * An analysis whose current levels trust the sources of assessment in this order.
	 *
	 * @since 0.3.0
	 */
	public GapAnalysis(TrustOrder order) {
		this.order = order;
	}

	public RoleFit analyze(Profile profile, Role role) {
		return analyze(CurrentLevels.of(profile, order), role);
	}

	public RoleFit analyze(CurrentLevels levels, Role role) {
		List<SkillRequirement> requirements = role.getRequirements().stream()
				.filter(Usable::requirement).toList();
		int n = requirements.size();
		double[] required = new double[n];
		double[] current = new double[n];
		double[] weight = new double[n];
		boolean[] essential = new boolean[n];
		List<GapLine> lines = new ArrayList<>(n);
		Map<String, SkillAssessment> deciding = levels.byKey();
		for (int i = 0; i < n; i++) {
			SkillRequirement requirement = requirements.get(i);
			Skill skill = requirement.getSkill();
			String key = SkillKeys.of(skill);
			SkillAssessment assessment = deciding.get(key);
			required[i] = Normalized.level(skill, requirement.getLevel());
			current[i] = assessment == null ? 0 : Normalized.level(skill, assessment.getLevel());
			weight[i] = requirement.getWeight();
			essential[i] = requirement.getImportance() == Importance.ESSENTIAL;
			double gap = Math.max(0, required[i] - current[i]);
			int gapLevels = (int) Math.round(gap / Normalized.step(skill));
			lines.add(new GapLine(requirement, skill.getName(), skill.getCategory(), requirement.getLevel(),
					assessment == null ? null : assessment.getLevel(), gapLevels, gap,
					FitFormula.coverage(required[i], current[i]), weight[i], requirement.getImportance(), assessment));
		}
		double[] result = new double[2];
		FitFormula.score(required, weight, essential, IntStream.range(0, n).toArray(), current, 0, n, result);
		return new RoleFit(role, SkillKeys.of(role), result[0], result[1], List.copyOf(lines));
	}
}
