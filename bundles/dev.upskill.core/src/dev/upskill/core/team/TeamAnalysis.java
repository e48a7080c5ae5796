/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.GapLine;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.gap.Usable;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillRequirement;

/**
 * A team against one role: the people-by-skills matrix of the role's requirements (each person's
 * current level and gap, and their fit by the same {@code FitFormula} as the Gap Analysis), the
 * coverage of each skill (how many people reach the required level), the skills only one person
 * reaches (the bus factor), and the distribution of the fit scores.
 *
 * @since 0.6.0
 */
public final class TeamAnalysis {

	/** The number of bins of {@link #histogram()}: 0-10, 10-20, ..., 90-100. */
	public static final int BINS = 10;

	/**
	 * One skill the role requires, across the team.
	 *
	 * @param index the column's position, 0 for the role's first usable requirement
	 * @param requirement the role's requirement
	 * @param key the skill as {@code framework#id}
	 * @param column the skill's column name: its id, or its key when two of the role's skills share an id
	 * @param category the name of the skill's category, or null
	 * @param reached how many people reach the required level
	 * @param assessed how many people have a level of the skill at all
	 * @param holders the people who reach it, in the team's order
	 */
	public record SkillColumn(int index, SkillRequirement requirement, String key, String column, String category, int reached,
			int assessed, List<TeamMember> holders) {

		public Skill skill() {
			return requirement.getSkill();
		}

		public String name() {
			return skill().getName() == null ? skill().getId() : skill().getName();
		}

		public int requiredLevel() {
			return requirement.getLevel();
		}

		/** Whether only one person reaches the level: the skill leaves with them. */
		public boolean busFactor() {
			return reached == 1;
		}
	}

	/** One person against the role: the gap analysis of their current levels. */
	public record PersonLine(TeamMember member, RoleFit fit) {

		/** The current level of a skill column, or null when never assessed. */
		public Integer level(int column) {
			return fit.lines().get(column).currentLevel();
		}

		/** How many levels short of the requirement (0 when met). */
		public int gapLevels(int column) {
			return fit.lines().get(column).gapLevels();
		}

		public double score() {
			return fit.score();
		}

		/** How many of the role's requirements the person meets. */
		public int met() {
			return (int) fit.lines().stream().filter(l -> l.gapLevels() == 0).count();
		}
	}

	private final LoadedTeam team;
	private final Role role;
	private final List<SkillColumn> skills;
	private final List<PersonLine> people;

	private TeamAnalysis(LoadedTeam team, Role role, List<SkillColumn> skills, List<PersonLine> people) {
		this.team = team;
		this.role = role;
		this.skills = skills;
		this.people = people;
	}

	/** The team against the role. */
	public static TeamAnalysis of(LoadedTeam team, Role role) {
		GapAnalysis analysis = new GapAnalysis();
		List<PersonLine> people = new ArrayList<>(team.members().size());
		for (TeamMember member : team.members()) {
			people.add(new PersonLine(member, analysis.analyze(member.levels(), role)));
		}
		List<SkillRequirement> requirements = role.getRequirements().stream().filter(Usable::requirement).toList();
		Map<String, Integer> ids = new HashMap<>();
		requirements.forEach(r -> ids.merge(r.getSkill().getId(), 1, Integer::sum));
		List<SkillColumn> skills = new ArrayList<>(requirements.size());
		for (int c = 0; c < requirements.size(); c++) {
			SkillRequirement requirement = requirements.get(c);
			Skill skill = requirement.getSkill();
			List<TeamMember> holders = new ArrayList<>();
			int assessed = 0;
			for (PersonLine person : people) {
				GapLine line = person.fit().lines().get(c);
				if (line.currentLevel() != null) {
					assessed++;
				}
				if (line.gapLevels() == 0 && line.currentLevel() != null) {
					holders.add(person.member());
				}
			}
			String key = SkillKeys.of(skill);
			String column = ids.get(skill.getId()) > 1 ? key : skill.getId();
			String category = skill.getCategory() == null ? null : skill.getCategory().getName();
			skills.add(new SkillColumn(c, requirement, key, column, category, holders.size(), assessed, List.copyOf(holders)));
		}
		return new TeamAnalysis(team, role, List.copyOf(skills), List.copyOf(people));
	}

	public LoadedTeam team() {
		return team;
	}

	public Role role() {
		return role;
	}

	public String roleKey() {
		return SkillKeys.of(role);
	}

	/** The role's skills, in the role's order of requirements. */
	public List<SkillColumn> skills() {
		return skills;
	}

	/** The people, in the team's order. */
	public List<PersonLine> people() {
		return people;
	}

	/** The skills only one person reaches, in the role's order. */
	public List<SkillColumn> busFactor() {
		return skills.stream().filter(SkillColumn::busFactor).toList();
	}

	/** The skills nobody reaches. */
	public List<SkillColumn> uncovered() {
		return skills.stream().filter(s -> s.reached() == 0).toList();
	}

	/** The people by fit, best first (ties in the team's order), at most {@code top}. */
	public List<PersonLine> closest(int top) {
		List<PersonLine> sorted = new ArrayList<>(people);
		sorted.sort(Comparator.comparingDouble(PersonLine::score).reversed());
		return List.copyOf(sorted.subList(0, Math.min(Math.max(0, top), sorted.size())));
	}

	/**
	 * How many people fit the role within each tenth of the scale: index 0 counts the scores from
	 * 0 up to (not including) 10, index 9 those from 90 to 100 inclusive.
	 */
	public int[] histogram() {
		int[] bins = new int[BINS];
		for (PersonLine person : people) {
			bins[bin(person.score())]++;
		}
		return bins;
	}

	/** The bin of a score: {@code floor(score / 10)}, 100 in the last. */
	public static int bin(double score) {
		return Math.max(0, Math.min(BINS - 1, (int) Math.floor(score / (100.0 / BINS))));
	}

	/** The label of a bin, for example {@code 30-40}. */
	public static String binLabel(int bin) {
		int width = 100 / BINS;
		return bin * width + "-" + (bin + 1) * width;
	}
}
