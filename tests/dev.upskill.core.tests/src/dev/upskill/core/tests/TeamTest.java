/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.RoleRanking;
import dev.upskill.core.table.TeamTables;
import dev.upskill.core.team.LoadedTeam;
import dev.upskill.core.team.PeopleByRole;
import dev.upskill.core.team.TeamAnalysis;
import dev.upskill.core.team.TeamLoader;
import dev.upskill.core.team.TeamMember;
import dev.upskill.core.team.TeamSummary;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningResource;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Profile;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ProblemCode;

/**
 * Teams on a small case computed by hand: four people, a role of two essential skills and an
 * optional one, written as files and read back as a folder and as a {@code .team} file.
 */
class TeamTest {

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;

	@TempDir
	Path folder;

	private Path frameworkFile;
	private Framework framework;
	private Skill a;
	private Skill b;
	private Skill c;

	@BeforeEach
	void files() throws IOException {
		// scale 0-5; role r: a at 4 (essential), b at 2 (essential), c at 3 (optional); role r2: b at 2.
		framework = F.createFramework();
		framework.setId("fw");
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId("scale");
		for (int v = 0; v <= 5; v++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(v);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		a = skill("a");
		b = skill("b");
		c = skill("c");
		role("r", req(a, 4, true), req(b, 2, true), req(c, 3, false));
		role("r2", req(b, 2, true));
		// res.a: a to 4, 10 h, 100; res.b: b to 2, 8 h, 20; res.ab: both, 12 h, 150.
		resource("res.a", 10, "100", gain(a, 4));
		resource("res.b", 8, "20", gain(b, 2));
		resource("res.ab", 12, "150", gain(a, 4), gain(b, 2));
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		frameworkFile = folder.resolve("fw.framework");
		save(resourceSet, frameworkFile, framework);
		Path people = Files.createDirectories(folder.resolve("people"));
		// p1 meets everything; p2 has a at 2 and b; p3 a at 4 only; p4 nothing.
		save(resourceSet, people.resolve("p1.profile"), profile("p1", "Ada", Map.of(a, 4, b, 2, c, 3)));
		save(resourceSet, people.resolve("p2.profile"), profile("p2", "Ben", Map.of(a, 2, b, 2)));
		save(resourceSet, people.resolve("p3.profile"), profile("p3", "Cy", Map.of(a, 4)));
		save(resourceSet, people.resolve("p4.profile"), profile("p4", "Di", Map.of()));
	}

	private LoadedTeam loadFolder() {
		return new TeamLoader(null, List.of(frameworkFile)).load(folder.resolve("people"), new NullProgressMonitor());
	}

	@Test
	void coverageBusFactorAndFitAsComputedByHand() {
		LoadedTeam team = loadFolder();
		assertEquals(List.of("Ada", "Ben", "Cy", "Di"), team.members().stream().map(TeamMember::name).toList(), "by file");
		assertTrue(team.problems().isEmpty(), team.problems().toString());
		TeamAnalysis analysis = TeamAnalysis.of(team, team.role("r"));
		// Ada: all met -> 100. Ben: a 2/4 -> 0.5, b met: E = 0.75, O = 0 -> 75.
		// Cy: a met, b none: E = 0.5 -> 50. Di: nothing -> 0.
		assertArrayEquals(new double[] { 100, 75, 50, 0 },
				analysis.people().stream().mapToDouble(TeamAnalysis.PersonLine::score).toArray(), 1e-9);
		// a: Ada and Cy reach 4; b: Ada and Ben reach 2; c: Ada only -> the bus factor.
		assertEquals(List.of(2, 2, 1), analysis.skills().stream().map(TeamAnalysis.SkillColumn::reached).toList());
		// assessed at all: a by Ada, Ben and Cy; b by Ada and Ben; c by Ada
		assertEquals(List.of(3, 2, 1), analysis.skills().stream().map(TeamAnalysis.SkillColumn::assessed).toList());
		assertEquals(List.of("c"), analysis.busFactor().stream().map(s -> s.skill().getId()).toList());
		assertEquals("Ada", analysis.busFactor().get(0).holders().get(0).name());
		assertTrue(analysis.uncovered().isEmpty());
		// bins of ten points: 0 -> 0-10, 50 -> 50-60, 75 -> 70-80, 100 -> 90-100
		assertArrayEquals(new int[] { 1, 0, 0, 0, 0, 1, 0, 1, 0, 1 }, analysis.histogram());
		assertEquals(List.of("Ada", "Ben"), analysis.closest(2).stream().map(p -> p.member().name()).toList());
		// the same scores as the Gap Analysis of each profile
		for (TeamAnalysis.PersonLine person : analysis.people()) {
			assertEquals(new GapAnalysis().analyze(person.member().profile(), analysis.role()).score(), person.score(), 1e-9);
		}
	}

	@Test
	void theHeatmapTableHoldsLevelsRequiredLevelsAndCoverage() {
		TeamAnalysis analysis = TeamAnalysis.of(loadFolder(), loadFolder().role("r"));
		var table = TeamTables.heatmap(analysis);
		var rows = TeamTables.heatRows(analysis);
		assertEquals(List.of("person", "groups", "fit", "met", "file", "a", "b", "c"), table.columns().stream().map(c -> c.key()).toList());
		assertEquals(List.of(4, 2, 3), List.of(table.value(rows.get(0), 5), table.value(rows.get(0), 6), table.value(rows.get(0), 7)),
				"the required levels");
		assertEquals(List.of(2, 2, 1), List.of(table.value(rows.get(1), 5), table.value(rows.get(1), 6), table.value(rows.get(1), 7)),
				"the coverage");
		assertTrue(table.isHeading(rows.get(0)) && table.isHeading(rows.get(1)) && !table.isHeading(rows.get(2)));
		assertEquals("Ben", table.value(rows.get(3), TeamTables.PERSON));
		assertEquals(2, table.value(rows.get(3), 5), "Ben's level of a");
		assertNull(table.value(rows.get(3), 7), "Ben never assessed c");
		assertEquals(75.0, table.value(rows.get(3), TeamTables.FIT));
		assertEquals(1, table.value(rows.get(3), TeamTables.MET), "Ben meets b only");
		assertEquals(4, TeamTables.personRows(analysis).size());
	}

	@Test
	void peopleByRoleKeepsTheBestOfEachRoleWithTheRankingsScores() {
		LoadedTeam team = loadFolder();
		RoleRanking ranking = new RoleRanking(team.roles());
		List<PeopleByRole.Closest> closest = PeopleByRole.closest(ranking, team.members(), 2, 3, null);
		assertEquals(2, closest.size());
		// r: Ada 100, Ben 75; r2 (b at 2): Ada and Ben 100, a tie kept in the team's order
		assertEquals(List.of("Ada", "Ben"), closest.get(0).people().stream().map(p -> p.member().name()).toList());
		assertEquals(List.of(100.0, 75.0), closest.get(0).people().stream().map(PeopleByRole.Candidate::score).toList());
		assertEquals(List.of("Ada", "Ben"), closest.get(1).people().stream().map(p -> p.member().name()).toList());
		// against every person and role, the best k by the gap analysis, whatever the number of threads
		for (int threads : new int[] { 1, 2, 4 }) {
			List<PeopleByRole.Closest> again = PeopleByRole.closest(ranking, team.members(), 3, threads, null);
			for (PeopleByRole.Closest role : again) {
				List<Double> expected = team.members().stream().map(m -> new GapAnalysis().analyze(m.levels(), role.role()).score())
						.sorted((x, y) -> Double.compare(y, x)).limit(3).toList();
				assertEquals(expected, role.people().stream().map(PeopleByRole.Candidate::score).toList(), role.key());
			}
		}
	}

	@Test
	void theSummaryPlansEveryoneAndCountsASharedResourceOncePerPerson() {
		LoadedTeam team = loadFolder();
		TeamAnalysis analysis = TeamAnalysis.of(team, team.role("r"));
		TeamSummary summary = TeamSummary.of(analysis, team.resources(), "USD", LocalDate.of(2026, 1, 5), 2, null);
		// The essentials only: Ada none; Ben a -> res.a (10 h, 100); Cy b -> res.b (8 h, 20);
		// Di a and b -> res.ab (12 h, 150), cheaper in hours than res.a + res.b (18 h), and counted once.
		assertEquals(List.of(0.0, 10.0, 8.0, 12.0), summary.people().stream().map(TeamSummary.Readiness::hours).toList());
		assertEquals(List.of(List.of(), List.of("fw#res.a"), List.of("fw#res.b"), List.of("fw#res.ab")), summary.people().stream()
				.map(r -> r.plan().steps().stream().map(s -> s.key()).toList()).toList());
		assertEquals(30.0, summary.totalHours(), 1e-9);
		assertEquals(0, new BigDecimal("270.00").compareTo(summary.totalCost()));
		assertEquals(4, summary.reachable());
		assertEquals(1, summary.readyNow());
		assertEquals(0, summary.people().get(0).weeks(), "Ada is ready now");
		assertEquals("Ada", summary.soonest(1).get(0).member().name());
		assertEquals(List.of("fw#res.a", "fw#res.ab", "fw#res.b"), summary.resources().stream().map(TeamSummary.SharedResource::key).toList(),
				"each taken by one person, then by key");
		assertTrue(summary.resources().stream().allMatch(r -> r.people() == 1));
	}

	@Test
	void aTeamFileListsProfilesAndGroupsAndReportsTheMembersItCannotRead() throws IOException {
		Path people = folder.resolve("people");
		Files.writeString(people.resolve("broken.profile"), "<?xml version=\"1.0\"?>\n<upskill:Profile xmlns:upskill=\"https://upskill.dev/model/1.0\" id=\"x\"");
		Files.writeString(people.resolve("x.plan"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:LearningPlan xmlns:upskill="https://upskill.dev/model/1.0" id="x"/>
				""");
		Path teamFile = folder.resolve("squad.team");
		Files.writeString(teamFile, """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:Team xmlns:upskill="https://upskill.dev/model/1.0" id="squad" name="The squad" members="people/p4.profile#p4">
				  <groups name="Front" members="people/p1.profile#p1 people/p2.profile#p2 people/ghost.profile#ghost"/>
				  <groups name="Back" members="people/p2.profile#p2 people/p3.profile#p3 people/broken.profile#x people/x.plan#x"/>
				</upskill:Team>
				""");
		LoadedTeam team = new TeamLoader(null, List.of(frameworkFile)).threads(3).load(teamFile, null);
		assertEquals("The squad", team.name());
		assertEquals(List.of("Front", "Back"), team.groups());
		assertEquals(List.of("Di", "Ada", "Ben", "Cy"), team.members().stream().map(TeamMember::name).toList(), "the file's order");
		assertEquals(List.of(List.of(), List.of("Front"), List.of("Front", "Back"), List.of("Back")),
				team.members().stream().map(TeamMember::groups).toList());
		assertEquals(3, team.problems().size(), team.problems().toString());
		String problems = team.problems().toString();
		assertTrue(problems.contains("ghost.profile") && problems.contains("does not exist"), problems);
		assertTrue(problems.contains("broken.profile"), problems);
		assertTrue(team.problems().stream().anyMatch(p -> p.file().endsWith("x.plan") && p.code() == ProblemCode.TEAM_MEMBER_NOT_PROFILE
				&& p.message().contains("the file holds a learning plan")), problems);
		assertFalse(problems.contains("Exception"), "no Java class names: " + problems);
	}

	@Test
	void theTeamCountsInTheCurrencyMostOfItsProfilesUse() {
		LoadedTeam team = loadFolder();
		assertEquals("USD", TeamSummary.currencyOf(team.members()), "the profiles' own default");
		team.members().get(0).profile().setCurrency("gbp");
		team.members().get(1).profile().setCurrency("EUR");
		team.members().get(2).profile().setCurrency("GBP");
		team.members().get(3).profile().setCurrency("EUR");
		assertEquals("EUR", TeamSummary.currencyOf(team.members()), "two each: the first in alphabetical order");
		team.members().get(3).profile().setCurrency(" gbp ");
		assertEquals("GBP", TeamSummary.currencyOf(team.members()), "three of four, whatever the case they are written in");
	}

	@Test
	void aPathThatIsNoTeamIsRefusedInWords() {
		TeamLoader loader = new TeamLoader(null, List.of(frameworkFile));
		IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> loader.load(folder.resolve("nowhere"), null));
		assertTrue(missing.getMessage().contains("nowhere") && missing.getMessage().contains("does not exist"), missing.getMessage());
		IllegalArgumentException profile = assertThrows(IllegalArgumentException.class,
				() -> loader.load(folder.resolve("people/p1.profile"), null));
		assertTrue(profile.getMessage().contains("a folder of profiles or a .team file"), profile.getMessage());
	}

	@Test
	void loadingStopsWhenCancelled() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> new TeamLoader(null, List.of(frameworkFile)).load(folder.resolve("people"),
				monitor));
	}

	@Test
	void loadedProfilesShareOneCopyOfTheFramework() {
		LoadedTeam team = loadFolder();
		Skill first = team.members().get(0).profile().getAssessments().get(0).getSkill();
		for (TeamMember member : team.members()) {
			for (SkillAssessment assessment : member.profile().getAssessments()) {
				assertFalse(assessment.getSkill().eIsProxy());
				if (assessment.getSkill().getId().equals(first.getId())) {
					assertTrue(assessment.getSkill() == first, "one framework object for every profile");
				}
			}
		}
	}

	@Test
	void aFrameworkBuiltOnAnotherAndOnAMissingOneIsSharedWholeByTheReadingThreads() throws IOException {
		// more.framework: role rx requires fw's skill a at 3 and a skill of a framework file that is not there.
		Path more = folder.resolve("more.framework");
		Files.writeString(more, """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:Framework xmlns:upskill="https://upskill.dev/model/1.0" id="more" name="More">
				  <roles id="rx" name="Role rx">
				    <requirements skill="fw.framework#a" level="3"/>
				    <requirements skill="gone.framework#z" level="2"/>
				  </roles>
				</upskill:Framework>
				""");
		Path many = Files.createDirectories(folder.resolve("many"));
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		for (int i = 0; i < 40; i++) {
			save(resourceSet, many.resolve("m" + i + ".profile"), profile("m" + i, "Person " + i, Map.of(a, i % 5, b, 2)));
		}
		for (int run = 0; run < 5; run++) {
			LoadedTeam team = new TeamLoader(null, List.of(more)).threads(4).load(many, new NullProgressMonitor());
			assertEquals(40, team.members().size(), team.problems().toString());
			Role rx = team.role("more#rx");
			Skill aOfMore = rx.getRequirements().get(0).getSkill();
			assertFalse(aOfMore.eIsProxy(), "fw.framework came in through more.framework and was resolved");
			for (TeamMember member : team.members()) {
				for (SkillAssessment assessment : member.profile().getAssessments()) {
					assertFalse(assessment.getSkill().eIsProxy());
					if (assessment.getSkill().getId().equals("a")) {
						assertTrue(assessment.getSkill() == aOfMore, "one copy of fw.framework for every thread and for more.framework");
					}
				}
			}
			assertTrue(rx.getRequirements().get(1).getSkill().eIsProxy(), "the missing framework's skill stays unresolved");
			// the gap to rx on every thread's members: a at 3 counts, the missing skill is left out without an exception
			TeamAnalysis analysis = TeamAnalysis.of(team, rx);
			assertEquals(40, analysis.people().size());
		}
	}

	private Skill skill(String id) {
		Skill skill = F.createSkill();
		skill.setId(id);
		skill.setName("Skill " + id);
		framework.getSkills().add(skill);
		return skill;
	}

	private Role role(String id, SkillRequirement... requirements) {
		Role role = F.createRole();
		role.setId(id);
		role.setName("Role " + id);
		role.getRequirements().addAll(List.of(requirements));
		framework.getRoles().add(role);
		return role;
	}

	private static SkillRequirement req(Skill skill, int level, boolean essential) {
		SkillRequirement requirement = F.createSkillRequirement();
		requirement.setSkill(skill);
		requirement.setLevel(level);
		requirement.setImportance(essential ? Importance.ESSENTIAL : Importance.OPTIONAL);
		return requirement;
	}

	private static SkillGain gain(Skill skill, int level) {
		SkillGain gain = F.createSkillGain();
		gain.setSkill(skill);
		gain.setLevel(level);
		return gain;
	}

	private void resource(String id, double hours, String cost, SkillGain... gains) {
		LearningResource resource = F.createLearningResource();
		resource.setId(id);
		resource.setName(id);
		resource.setKind(ResourceKind.COURSE);
		resource.setHours(hours);
		resource.setCost(new BigDecimal(cost));
		resource.setCurrency("USD");
		resource.getGains().addAll(List.of(gains));
		framework.getResources().add(resource);
	}

	private Profile profile(String id, String person, Map<Skill, Integer> levels) {
		Profile profile = F.createProfile();
		profile.setId(id);
		profile.setPerson(person);
		profile.setWeeklyHours(5);
		// the skills in a fixed order, so that the files are the same at every run
		for (Skill skill : List.of(a, b, c)) {
			Integer level = levels.get(skill);
			if (level != null) {
				SkillAssessment assessment = F.createSkillAssessment();
				assessment.setSkill(skill);
				assessment.setLevel(level);
				assessment.setDate(LocalDate.of(2026, 3, 2));
				assessment.setSource(AssessmentSource.MANAGER);
				profile.getAssessments().add(assessment);
			}
		}
		return profile;
	}

	private static void save(ResourceSet resourceSet, Path file, EObject root) throws IOException {
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(root);
		resource.save(null);
	}
}
