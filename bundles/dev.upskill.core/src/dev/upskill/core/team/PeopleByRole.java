/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.team;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.upskill.core.gap.RoleRanking;
import dev.upskill.core.internal.team.Parallel;
import dev.upskill.model.Role;

/**
 * The people closest to each role: every person scored against every role through the compiled
 * {@link RoleRanking} (one pass over flat arrays per person, the same {@code FitFormula} as the
 * gap analysis), keeping for each role only its best few people, so that 10,000 people by 3,000
 * roles never holds the whole matrix. The people are shared out among threads; each keeps its own
 * best per role, merged at the end.
 *
 * @since 0.6.0
 */
public final class PeopleByRole {

	/** A person's fit to a role. */
	public record Candidate(TeamMember member, double score) {
	}

	/** A role and its closest people, best first (ties in the team's order). */
	public record Closest(Role role, String key, List<Candidate> people) {
	}

	private PeopleByRole() {
	}

	/**
	 * For each role of the ranking, in its order, its {@code perRole} closest people.
	 *
	 * @param monitor progress and cancellation, or null
	 * @throws OperationCanceledException when cancelled
	 */
	public static List<Closest> closest(RoleRanking ranking, List<TeamMember> members, int perRole, int threads,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Scoring " + members.size() + " people against " + ranking.roleCount()
				+ " roles", members.size());
		int roles = ranking.roleCount();
		int k = Math.max(1, perRole);
		List<Best> bests = Parallel.run(members.size(), threads, () -> new Best(roles, k), (best, i) -> {
			double[] scores = ranking.scores(ranking.currentLevels(members.get(i).levels()));
			for (int r = 0; r < roles; r++) {
				best.offer(r, scores[r], i);
			}
		}, progress);
		Best merged = new Best(roles, k);
		for (Best best : bests) {
			for (int r = 0; r < roles; r++) {
				for (int j = 0; j < best.count[r]; j++) {
					merged.offer(r, best.score[r * k + j], best.person[r * k + j]);
				}
			}
		}
		List<Closest> closest = new ArrayList<>(roles);
		for (int r = 0; r < roles; r++) {
			List<Candidate> people = new ArrayList<>(merged.count[r]);
			for (int j = 0; j < merged.count[r]; j++) {
				people.add(new Candidate(members.get(merged.person[r * k + j]), merged.score[r * k + j]));
			}
			closest.add(new Closest(ranking.role(r), ranking.key(r), List.copyOf(people)));
		}
		return closest;
	}

	/** The best {@code k} people of each role, kept sorted: higher score first, then the earlier person. */
	private static final class Best {
		final int k;
		final double[] score;
		final int[] person;
		final int[] count;

		Best(int roles, int k) {
			this.k = k;
			score = new double[roles * k];
			person = new int[roles * k];
			count = new int[roles];
		}

		void offer(int role, double value, int who) {
			int base = role * k;
			int n = count[role];
			if (n == k && !better(value, who, score[base + n - 1], person[base + n - 1])) {
				return;
			}
			int at = n == k ? n - 1 : n;
			while (at > 0 && better(value, who, score[base + at - 1], person[base + at - 1])) {
				score[base + at] = score[base + at - 1];
				person[base + at] = person[base + at - 1];
				at--;
			}
			score[base + at] = value;
			person[base + at] = who;
			if (n < k) {
				count[role] = n + 1;
			}
		}

		private static boolean better(double value, int who, double otherValue, int other) {
			return value > otherValue || value == otherValue && who < other;
		}
	}
}
