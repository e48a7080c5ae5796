/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.model.Team;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.ProblemCode;

/** A {@code .team} file: read as a Team, and every member that is not a readable profile named with its file and the reason. */
class TeamFileTest {

	@TempDir
	Path folder;

	@Test
	void membersThatAreNotReadableProfilesAreNamedWithTheReason() throws Exception {
		Files.writeString(folder.resolve("ada.profile"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="ada" person="Ada"/>
				""");
		Files.writeString(folder.resolve("next.plan"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:LearningPlan xmlns:upskill="https://upskill.dev/model/1.0" id="next"/>
				""");
		Path team = folder.resolve("squad.team");
		Files.writeString(team, """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:Team xmlns:upskill="https://upskill.dev/model/1.0" id="squad" name="Squad"
				    members="ada.profile#ada">
				  <groups name="Front" members="ghost.profile#ghost next.plan#next"/>
				</upskill:Team>
				""");
		ModelFile file = ModelFile.load(UpskillResourceFactory.createResourceSet(), team);
		assertTrue(file.loaded(), file.problems().toString());
		Team root = (Team) file.resource().getContents().get(0);
		assertEquals(1, root.getMembers().size());
		assertEquals("Front", root.getGroups().get(0).getName());
		List<Problem> problems = ModelChecker.check(file);
		assertEquals(2, problems.size(), problems.toString());
		Problem missing = problems.get(0);
		assertEquals(ProblemCode.TEAM_MEMBER_UNREADABLE, missing.code());
		assertEquals("Team 'squad' > group 'Front'", missing.element());
		assertEquals(4, missing.line());
		assertEquals("the member 'ghost.profile' cannot be read: ghost.profile does not exist next to this file", missing.message());
		Problem plan = problems.get(1);
		assertEquals(ProblemCode.TEAM_MEMBER_NOT_PROFILE, plan.code());
		assertEquals("the member 'next.plan' is not a profile: it is LearningPlan 'next'", plan.message());
	}

	@Test
	void aTeamFileOfAnotherKindIsRefused() throws Exception {
		Path team = folder.resolve("wrong.team");
		Files.writeString(team, """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="ada"/>
				""");
		ModelFile file = ModelFile.load(UpskillResourceFactory.createResourceSet(), team);
		assertEquals(ProblemCode.WRONG_KIND, file.problems().get(0).code());
		assertTrue(file.problems().get(0).message().contains("expected a Team"), file.problems().toString());
	}
}
