/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.frameworks;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.dialogs.PatternFilter;

import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.model.NamedElement;
import dev.upskill.model.Skill;

/** Matches an element by name, id, the aliases job postings use for skills, or a problem's text. */
final class FrameworkFilter extends PatternFilter {

	FrameworkFilter() {
		setIncludeLeadingWildcard(true);
	}

	@Override
	protected boolean isLeafMatch(Viewer viewer, Object element) {
		if (element instanceof Skill skill && skill.getAliases().stream().anyMatch(this::wordMatches)) {
			return true;
		}
		if (element instanceof NamedElement named) {
			return wordMatches(named.getName()) || wordMatches(named.getId());
		}
		if (element instanceof ContributionProblem problem) {
			return wordMatches(problem.toString());
		}
		return wordMatches(FrameworkLabels.name(element));
	}
}
