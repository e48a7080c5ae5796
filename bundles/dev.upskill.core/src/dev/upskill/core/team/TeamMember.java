/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.team;

import java.nio.file.Path;
import java.util.List;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.model.Profile;

/**
 * One person of a team: their profile, read from its file, and their current levels.
 *
 * @param name what people read: the profile's person, else its name, else its file's name
 * @param file the profile's file
 * @param profile the profile (its skills resolved)
 * @param levels the current level of each skill ({@link CurrentLevels})
 * @param groups the team's groups the person is in, in the team file's order; empty when none
 * @since 0.6.0
 */
public record TeamMember(String name, Path file, Profile profile, CurrentLevels levels, List<String> groups) {

	/** The name a profile gives its person: the person, else the profile's name, else its id. */
	static String nameOf(Profile profile, Path file) {
		if (profile.getPerson() != null && !profile.getPerson().isBlank()) {
			return profile.getPerson().strip();
		}
		if (profile.getName() != null && !profile.getName().isBlank()) {
			return profile.getName().strip();
		}
		return profile.getId() != null ? profile.getId() : file.getFileName().toString();
	}
}
