/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.team;

import java.nio.file.Path;
import java.util.List;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Role;
import dev.upskill.model.validation.Problem;

/**
 * A team as {@link TeamLoader} read it: the people whose profiles could be read, the problems of
 * those that could not (each naming the file and the reason), and the roles and learning resources
 * of the frameworks they were compared with.
 *
 * @param name the team's name (the team file's, or the folder's)
 * @param source the folder or {@code .team} file
 * @param members the people, in the team file's order (or by file in a folder)
 * @param groups the team's groups, in order; empty when it has none
 * @param problems why some members are missing; empty when every one was read
 * @param roles every role of the frameworks, each once
 * @param resources every learning resource, each once
 * @since 0.6.0
 */
public record LoadedTeam(String name, Path source, List<TeamMember> members, List<String> groups, List<Problem> problems,
		List<Role> roles, List<LearningResource> resources) {

	/**
	 * A role by {@code framework#role}, or by its id alone when only one framework has it.
	 *
	 * @throws IllegalArgumentException naming the id, or the frameworks that have it, when there is no single such role
	 */
	public Role role(String id) {
		List<Role> matches = roles.stream().filter(r -> SkillKeys.of(r).equals(id) || id.equals(r.getId())).toList();
		if (matches.size() == 1) {
			return matches.get(0);
		}
		if (matches.isEmpty()) {
			throw new IllegalArgumentException("unknown role '" + id + "'");
		}
		throw new IllegalArgumentException("the role id '" + id + "' is in several frameworks: "
				+ String.join(", ", matches.stream().map(SkillKeys::of).toList()) + "; name one of these");
	}
}
