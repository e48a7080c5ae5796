/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.validation;

import java.util.IntSummaryStatistics;

import org.eclipse.emf.ecore.EObject;

import dev.upskill.model.Framework;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Skill;

/** Which scale a skill's levels are on, and how to describe a scale's range. */
public final class Scales {

	private Scales() {
	}

	/** The skill's own scale, else the first scale of its framework, else null. */
	public static ProficiencyScale of(Skill skill) {
		if (skill.getScale() != null && !skill.getScale().eIsProxy()) {
			return skill.getScale();
		}
		for (EObject container = skill.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Framework framework && !framework.getScales().isEmpty()) {
				return framework.getScales().get(0);
			}
		}
		return null;
	}

	/** For example {@code 0-5}, or {@code no levels}. */
	public static String describeRange(ProficiencyScale scale) {
		IntSummaryStatistics stats = scale.getLevels().stream().mapToInt(ProficiencyLevel::getValue).summaryStatistics();
		return stats.getCount() == 0 ? "no levels" : stats.getMin() + "-" + stats.getMax();
	}
}
