/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillPackage.Literals;
import dev.upskill.model.validation.Scales;

/**
 * The levels of a skill as the user sees and types them: chosen from the skill's own proficiency
 * scale (or its framework's first scale, as the model's validator does, {@link Scales#of}), named
 * "3 - Practitioner". Typed text is read as a level's value ("3"), its name ("practitioner") or
 * both; anything else is refused with a message that says which levels the scale has.
 */
public final class SkillLevels {

	/** The level features: the level of an assessment, of a role's requirement, of a resource's gain or prerequisite. */
	private static final Set<EStructuralFeature> LEVELS = Set.of(Literals.SKILL_ASSESSMENT__LEVEL,
			Literals.SKILL_REQUIREMENT__LEVEL, Literals.SKILL_GAIN__LEVEL);

	private static final Pattern LEADING_NUMBER = Pattern.compile("\\s*([+-]?\\d+)\\s*(?:[-:.]\\s*(.*))?");

	private SkillLevels() {
	}

	/** Whether a feature is a skill's level, edited on the skill's scale. */
	public static boolean isLevel(EStructuralFeature feature) {
		return LEVELS.contains(feature);
	}

	/** The skill whose level an element holds, or null when it has none (or it was not found). */
	static Skill skillOf(EObject element) {
		Skill skill = switch (element) {
			case SkillAssessment a -> a.getSkill();
			case SkillRequirement r -> r.getSkill();
			case SkillGain g -> g.getSkill();
			default -> null;
		};
		return skill == null || skill.eIsProxy() ? null : skill;
	}

	/** The scale of the element's skill, or null when the skill or its scale is unknown. */
	public static ProficiencyScale scaleOf(EObject element) {
		Skill skill = skillOf(element);
		return skill == null ? null : Scales.of(skill);
	}

	/** The values of a scale in increasing order (empty for no scale). */
	public static List<Integer> values(ProficiencyScale scale) {
		return scale == null ? List.of()
				: scale.getLevels().stream().map(ProficiencyLevel::getValue).sorted().toList();
	}

	/** "3 - Practitioner"; the bare number when the scale does not have the value or names no level. */
	public static String name(ProficiencyScale scale, Object value) {
		if (value == null) {
			return "";
		}
		ProficiencyLevel level = level(scale, value);
		return level == null || level.getName() == null || level.getName().isBlank() ? value.toString()
				: level.getValue() + " - " + level.getName();
	}

	/** The descriptor of a level (what a person at the level can do), or null. */
	public static String descriptor(ProficiencyScale scale, Object value) {
		ProficiencyLevel level = level(scale, value);
		return level == null ? null : level.getDescriptor();
	}

	private static ProficiencyLevel level(ProficiencyScale scale, Object value) {
		if (scale == null || !(value instanceof Integer number)) {
			return null;
		}
		return scale.getLevels().stream().filter(l -> l.getValue() == number).findFirst().orElse(null);
	}

	/**
	 * The level that text names: "3", "3 - Practitioner" or "practitioner" (case does not matter).
	 *
	 * @throws IllegalArgumentException saying what is expected, when the text names no level of the scale
	 */
	public static int parse(String text, ProficiencyScale scale) {
		String typed = text == null ? "" : text.strip();
		if (typed.isEmpty()) {
			throw new IllegalArgumentException("A level is required.\n" + expected(scale));
		}
		Matcher number = LEADING_NUMBER.matcher(typed);
		if (number.matches()) {
			int value;
			try {
				value = Integer.parseInt(number.group(1));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("'" + typed + "' is not a level.\n" + expected(scale), e);
			}
			if (scale == null ? value >= 0 : values(scale).contains(value)) {
				return value;
			}
			throw new IllegalArgumentException(value + " is not a level of the skill's scale.\n" + expected(scale));
		}
		if (scale != null) {
			for (ProficiencyLevel level : scale.getLevels()) {
				if (level.getName() != null && level.getName().strip().equalsIgnoreCase(typed)) {
					return level.getValue();
				}
			}
		}
		throw new IllegalArgumentException("'" + typed + "' is not a level.\n" + expected(scale));
	}

	/** Whether a value is a level of the scale (any whole number from 0 when the scale is unknown). */
	public static boolean accepts(ProficiencyScale scale, int value) {
		return scale == null ? value >= 0 : values(scale).contains(value);
	}

	/**
	 * What is expected, on two lines: "Enter a level from 0 to 5 of the scale 'Proficiency 0-5':",
	 * then "0 None, 1 Awareness, ...". Messages start with a line saying what is wrong.
	 */
	public static String expected(ProficiencyScale scale) {
		List<Integer> values = values(scale);
		if (values.isEmpty()) {
			return "Enter a whole number from 0 (the skill has no proficiency scale).";
		}
		String names = scale.getLevels().stream().sorted((a, b) -> Integer.compare(a.getValue(), b.getValue()))
				.map(l -> l.getName() == null || l.getName().isBlank() ? String.valueOf(l.getValue()) : l.getValue() + " " + l.getName())
				.collect(Collectors.joining(", "));
		return "Enter a level from " + values.get(0) + " to " + values.get(values.size() - 1) + " of the scale "
				+ scaleName(scale) + ":\n" + names + ".";
	}

	private static String scaleName(ProficiencyScale scale) {
		if (scale == null) {
			return "the skill";
		}
		String name = scale.getName() != null && !scale.getName().isBlank() ? scale.getName() : scale.getId();
		return "'" + name + "'";
	}
}
