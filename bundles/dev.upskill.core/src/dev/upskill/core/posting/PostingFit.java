/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.posting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.Importance;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Role;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.validation.Scales;

/**
 * A person against a job posting, as against a role: the posting becomes a role whose requirements
 * are the skills it asks for (required ones essential, nice-to-have ones optional; skills it only
 * mentions are left out), and {@link GapAnalysis} gives the gap of each and the fit score by the
 * same {@link dev.upskill.core.gap.FitFormula} as roles have.
 * <p>
 * A posting rarely says which level it wants; each skill is asked for at the middle of its scale,
 * rounded up ({@link #requiredLevel}): 3 on a 0-5 scale (a practitioner), 1 on a "held or not"
 * scale.
 *
 * @param role the role made of the posting (held by no framework)
 * @param fit the gap analysis against it
 * @since 0.1.0
 */
public record PostingFit(Role role, RoleFit fit) {

	/** The id of the role made of a posting. */
	public static final String ROLE_ID = "job-posting";

	/** The posting's asked-for skills against a person's current levels. */
	public static PostingFit of(PostingMatch posting, CurrentLevels levels, String name) {
		Role role = role(posting, name);
		return new PostingFit(role, new GapAnalysis().analyze(levels, role));
	}

	/** The role of a posting: a requirement per skill it asks for, at {@link #requiredLevel}. */
	public static Role role(PostingMatch posting, String name) {
		Role role = UpskillFactory.eINSTANCE.createRole();
		role.setId(ROLE_ID);
		role.setName(name == null ? "Job posting" : name);
		for (MatchedSkill skill : posting.asked()) {
			Optional<Integer> level = requiredLevel(skill);
			if (level.isEmpty()) {
				continue;
			}
			SkillRequirement requirement = UpskillFactory.eINSTANCE.createSkillRequirement();
			requirement.setSkill(skill.skill());
			requirement.setLevel(level.get());
			requirement.setImportance(skill.required() ? Importance.ESSENTIAL : Importance.OPTIONAL);
			role.getRequirements().add(requirement);
		}
		return role;
	}

	/** The level a posting is taken to ask for: the middle of the skill's scale, rounded up; empty without a scale. */
	public static Optional<Integer> requiredLevel(MatchedSkill skill) {
		ProficiencyScale scale = Scales.of(skill.skill());
		if (scale == null || scale.getLevels().isEmpty()) {
			return Optional.empty();
		}
		int lowest = scale.getLevels().stream().mapToInt(ProficiencyLevel::getValue).min().getAsInt();
		int highest = scale.getLevels().stream().mapToInt(ProficiencyLevel::getValue).max().getAsInt();
		int middle = lowest + (int) Math.ceil((highest - lowest) / 2.0);
		// The scale's level nearest to the middle from above (scales may skip values).
		return scale.getLevels().stream().mapToInt(ProficiencyLevel::getValue).filter(v -> v >= middle).min().stream().boxed()
				.findFirst();
	}

	/** The fit score, 0 to 100. */
	public double score() {
		return fit.score();
	}

	/** The gap line of each asked-for skill, by key. */
	public Map<String, GapLine> lines() {
		Map<String, GapLine> lines = new HashMap<>();
		for (GapLine line : fit.lines()) {
			lines.put(SkillKeys.of(line.requirement().getSkill()), line);
		}
		return lines;
	}

	/** The gap line of a skill, if the posting asks for it. */
	public Optional<GapLine> line(MatchedSkill skill) {
		List<GapLine> all = fit.lines();
		return all.stream().filter(l -> SkillKeys.of(l.requirement().getSkill()).equals(skill.key())).findFirst();
	}
}
