/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.benchmarks;

import static dev.upskill.core.benchmarks.Measure.line;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.RoleRanking;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.team.LoadedTeam;
import dev.upskill.core.team.PeopleByRole;
import dev.upskill.core.team.TeamLoader;
import dev.upskill.core.team.TeamMember;
import dev.upskill.model.Framework;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;

/**
 * A team at ESCO scale, against straightforward baselines measured in the same run: reading the
 * profile files of a team (baseline: each file loaded in turn into one resource set, as the
 * command line loads a file ({@link ModelFile}), references resolved, current levels computed; measured:
 * {@link TeamLoader}, reading in parallel with the framework resolved once for all), and the
 * people closest to each role (baseline: {@link GapAnalysis} per person and role, the best five
 * kept per role, on a sample scaled up; measured: {@link PeopleByRole} through the compiled
 * {@link RoleRanking}). Both sides are checked to agree before the times are reported. The number
 * of people is {@code -Dupskill.team.people} (10,000 by default). Results go to standard output
 * and to {@code target/team-benchmarks.md}.
 */
class TeamBenchmark {

	private static final int CLOSEST = 5;

	@Test
	void teamAtEscoScale() throws Exception {
		int people = Integer.getInteger("upskill.team.people", 10_000);
		Framework framework = SyntheticFrameworks.framework(42);
		List<Profile> profiles = SyntheticFrameworks.profiles(framework, people, 7);
		Measure.inTemporaryFolder("upskill-team-benchmark", folder -> run(folder, framework, profiles));
	}

	private static void run(Path folder, Framework framework, List<Profile> profiles) throws Exception {
		StringBuilder report = new StringBuilder();
		long written = System.nanoTime();
		Path frameworkFile = folder.resolve("synthetic.framework");
		Path team = Files.createDirectories(folder.resolve("team"));
		ResourceSet writing = UpskillResourceFactory.createResourceSet();
		write(writing, frameworkFile, framework);
		for (Profile profile : profiles) {
			write(writing, team.resolve(profile.getId() + ".profile"), profile);
		}
		long bytes;
		try (Stream<Path> files = Files.list(team)) {
			bytes = files.mapToLong(p -> p.toFile().length()).sum();
		}
		line(report, "Synthetic team: %,d profile files of %d assessments (%,d MB) against %,d skills and %,d roles (written in %.1f s)",
				profiles.size(), SyntheticFrameworks.ASSESSMENTS_PER_PROFILE, bytes / 1_000_000, framework.getSkills().size(),
				framework.getRoles().size(), (System.nanoTime() - written) / 1e9);
		int cores = Runtime.getRuntime().availableProcessors();
		line(report, "Cores: %d; Java %s; heap %,d MB", cores, Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);

		// 1. Reading the team. They must agree before their speed means anything.
		List<TeamMember> members = new TeamLoader(null, List.of(frameworkFile)).load(team, null).members();
		Map<String, CurrentLevels> baselineLevels = baselineLoad(frameworkFile, team);
		if (members.size() != profiles.size() || baselineLevels.size() != profiles.size()) {
			throw new AssertionError("read " + members.size() + " and " + baselineLevels.size() + " of " + profiles.size() + " profiles");
		}
		for (TeamMember member : members.subList(0, Math.min(200, members.size()))) {
			CurrentLevels expected = baselineLevels.get(member.file().getFileName().toString());
			for (SkillAssessment assessment : member.profile().getAssessments()) {
				int mine = member.levels().of(assessment.getSkill()).orElseThrow().getLevel();
				int theirs = expected.of(assessment.getSkill()).orElseThrow().getLevel();
				if (mine != theirs || !SkillKeys.of(assessment.getSkill()).startsWith("synthetic#")) {
					throw new AssertionError("levels differ for " + member.file() + " / " + assessment.getSkill().getId());
				}
			}
		}
		baselineLevels = null;
		double baselineLoad = Measure.median(() -> baselineLoad(frameworkFile, team), 1, 3);
		double teamLoad = Measure.median(() -> new TeamLoader(null, List.of(frameworkFile)).load(team, null), 1, 3);
		line(report, "");
		line(report, "| benchmark | baseline | measured | ratio |");
		line(report, "|---|---|---|---|");
		line(report, "| read %,d profile files (and the framework), current levels, median of 3 | one resource set, in turn: %.2f s | TeamLoader, %d threads: %.2f s | %.1fx |",
				profiles.size(), baselineLoad / 1000, cores, teamLoad / 1000, baselineLoad / teamLoad);

		// 2. The people closest to each role.
		List<Role> roles = framework.getRoles();
		long compileStart = System.nanoTime();
		RoleRanking ranking = new RoleRanking(roles);
		double compileMs = (System.nanoTime() - compileStart) / 1e6;
		int sample = Math.min(100, members.size());
		List<TeamMember> sampled = members.subList(0, sample);
		double[][] baselineBest = baselineClosest(roles, sampled);
		List<PeopleByRole.Closest> fast = PeopleByRole.closest(ranking, sampled, CLOSEST, cores, null);
		for (int r = 0; r < roles.size(); r++) {
			double[] mine = fast.get(r).people().stream().mapToDouble(PeopleByRole.Candidate::score).toArray();
			if (mine.length != baselineBest[r].length) {
				throw new AssertionError("closest people differ for " + roles.get(r).getId());
			}
			for (int i = 0; i < mine.length; i++) {
				if (Math.abs(mine[i] - baselineBest[r][i]) > 1e-9) {
					throw new AssertionError("closest people differ for " + roles.get(r).getId());
				}
			}
		}
		double baselineSample = Measure.median(() -> baselineClosest(roles, sampled), 1, 3);
		double baselineAll = baselineSample * members.size() / sample;
		double measured = Measure.median(() -> PeopleByRole.closest(ranking, members, CLOSEST, cores, null), 1, 3);
		line(report, "| the %d people closest to each of %,d roles, among %,d (%,d scores) | GapAnalysis per person and role: %.1f s (%d-person sample, scaled) | PeopleByRole on the compiled RoleRanking, %d threads: %.2f s | %.0fx |",
				CLOSEST, roles.size(), members.size(), (long) members.size() * roles.size(), baselineAll / 1000, sample, cores,
				measured / 1000, baselineAll / measured);
		line(report, "| compile %,d roles into arrays (once) | - | %.1f ms | - |", roles.size(), compileMs);

		System.out.println(report);
		Path out = Path.of("target", "team-benchmarks.md").toAbsolutePath();
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString());
		System.out.println("Written to " + out);
	}

	/** The straightforward way: every file in turn into one resource set, references resolved, then the current levels. */
	private static Map<String, CurrentLevels> baselineLoad(Path frameworkFile, Path team) throws Exception {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		resourceSet.getResource(URI.createFileURI(frameworkFile.toString()), true);
		List<Path> files;
		try (Stream<Path> list = Files.list(team)) {
			files = list.sorted().toList();
		}
		List<Resource> resources = new ArrayList<>(files.size());
		for (Path file : files) {
			resources.add(ModelFile.load(resourceSet, file).resource());
		}
		EcoreUtil.resolveAll(resourceSet);
		Map<String, CurrentLevels> levels = new HashMap<>();
		for (int i = 0; i < files.size(); i++) {
			levels.put(files.get(i).getFileName().toString(), CurrentLevels.of((Profile) resources.get(i).getContents().get(0)));
		}
		return levels;
	}

	/** For each role, the best five scores among the people, by the gap analysis of each person and role. */
	private static double[][] baselineClosest(List<Role> roles, List<TeamMember> members) {
		GapAnalysis analysis = new GapAnalysis();
		double[][] best = new double[roles.size()][];
		for (int r = 0; r < roles.size(); r++) {
			double[] scores = new double[members.size()];
			for (int p = 0; p < members.size(); p++) {
				scores[p] = analysis.analyze(members.get(p).levels(), roles.get(r)).score();
			}
			Arrays.sort(scores);
			double[] top = new double[Math.min(CLOSEST, scores.length)];
			for (int i = 0; i < top.length; i++) {
				top[i] = scores[scores.length - 1 - i];
			}
			best[r] = top;
		}
		return best;
	}

	private static void write(ResourceSet resourceSet, Path file, EObject root) throws Exception {
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(root);
		try (OutputStream out = Files.newOutputStream(file)) {
			resource.save(out, null);
		}
	}
}
