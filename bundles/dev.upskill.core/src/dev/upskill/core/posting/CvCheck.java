/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.posting;

import java.util.ArrayList;
import java.util.List;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.Normalized;

/**
 * A CV against a job posting: the skills the posting asks for that the CV does not name (by any
 * of their terms), split by the person's profile into those they have (above the lowest level of
 * the scale: the CV should say so) and real gaps.
 *
 * @param missing every asked-for skill the CV does not name, required ones first, in the posting's order
 * @param unsaid those the profile has: add them to the CV
 * @param gaps those the profile does not have (all of {@code missing} when there is no profile)
 * @param inCv the asked-for skills the CV names
 * @param profileKnown whether a profile told which skills the person has
 * @since 0.1.0
 */
public record CvCheck(List<MatchedSkill> missing, List<MatchedSkill> unsaid, List<MatchedSkill> gaps, List<MatchedSkill> inCv,
		boolean profileKnown) {

	public CvCheck {
		missing = List.copyOf(missing);
		unsaid = List.copyOf(unsaid);
		gaps = List.copyOf(gaps);
		inCv = List.copyOf(inCv);
	}

	/**
	 * @param posting the posting, matched
	 * @param cv the CV, matched by the same matcher
	 * @param levels the person's current levels, or null when there is no profile
	 */
	public static CvCheck of(PostingMatch posting, PostingMatch cv, CurrentLevels levels) {
		List<MatchedSkill> missing = new ArrayList<>();
		List<MatchedSkill> unsaid = new ArrayList<>();
		List<MatchedSkill> gaps = new ArrayList<>();
		List<MatchedSkill> inCv = new ArrayList<>();
		for (MatchedSkill skill : posting.asked()) {
			if (cv.skill(skill.key()).isPresent()) {
				inCv.add(skill);
				continue;
			}
			missing.add(skill);
			boolean held = levels != null && levels.of(skill.skill())
					.filter(a -> Normalized.level(skill.skill(), a.getLevel()) > 0).isPresent();
			(held ? unsaid : gaps).add(skill);
		}
		return new CvCheck(missing, unsaid, gaps, inCv, levels != null);
	}
}
