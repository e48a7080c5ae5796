/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Composite;

import dev.upskill.model.Profile;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.UpskillPackage.Literals;

/** The assessments of a profile: skill, then level, date, source, assessor and note, editable in the cells. */
public final class AssessmentGrid extends ModelGrid<SkillAssessment> {

	public static final int SKILL = 0;
	public static final int LEVEL = 1;
	public static final int DATE = 2;
	public static final int SOURCE = 3;

	AssessmentGrid(Composite parent, ModelEditor editor, Profile profile) {
		super(parent, editor, profile.getAssessments(), List.of(
				Column.<SkillAssessment>reference("Skill", Literals.SKILL_ASSESSMENT__SKILL, 260, editor::skillChoices,
						AssessmentGrid::skillName),
				Column.of("Level", Literals.SKILL_ASSESSMENT__LEVEL, Kind.INTEGER, 55),
				Column.of("Date", Literals.SKILL_ASSESSMENT__DATE, Kind.DATE, 95),
				Column.of("Source", Literals.SKILL_ASSESSMENT__SOURCE, Kind.ENUM, 90),
				Column.of("Assessor", Literals.SKILL_ASSESSMENT__ASSESSOR, Kind.TEXT, 140),
				Column.of("Note", Literals.SKILL_ASSESSMENT__NOTE, Kind.TEXT, 360)));
	}

	static String skillName(Object value) {
		Skill skill = (Skill) value;
		return skill.eIsProxy() ? EcoreUtil.getURI(skill).fragment() + " (not found)" : skill.getName();
	}

}
