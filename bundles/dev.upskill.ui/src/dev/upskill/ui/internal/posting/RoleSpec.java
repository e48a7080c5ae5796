/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.posting;

import java.util.List;

import org.eclipse.core.resources.IFile;

import dev.upskill.model.Importance;
import dev.upskill.model.Skill;

/**
 * A role to make of a job posting, as Create Role asks for it: where it goes (an existing workspace
 * framework file, or a new one), its id and name, and the skills it requires.
 *
 * @param file the framework file
 * @param newFile whether the file is to be created (it must not exist then)
 * @param frameworkId for a new file, the framework's id
 * @param frameworkName for a new file, the framework's name
 * @param roleId the role's id
 * @param roleName the role's name
 * @param requirements the skills, each with its importance and level
 */
public record RoleSpec(IFile file, boolean newFile, String frameworkId, String frameworkName, String roleId, String roleName,
		List<Requirement> requirements) {

	public RoleSpec {
		requirements = List.copyOf(requirements);
	}

	/** A skill the role requires: essential (the posting requires it) or optional (nice to have), at a level of its scale. */
	public record Requirement(Skill skill, Importance importance, int level) {
	}
}
