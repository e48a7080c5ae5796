/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.posting;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.upskill.core.gap.GapLine;
import dev.upskill.core.posting.MatchedSkill;
import dev.upskill.core.posting.Occurrence;
import dev.upskill.core.posting.PostingFit;
import dev.upskill.core.posting.PostingMatch;
import dev.upskill.core.posting.SkillMatcher;
import dev.upskill.core.table.PostingTable;
import dev.upskill.core.table.PostingTable.Row;
import dev.upskill.model.Framework;

/**
 * One analysis of the posting's text, as the editor shows it: what the matcher found, the fit
 * against the chosen profile (when there is one), and the rows of {@link PostingTable}. Immutable;
 * made in a Job ({@link #of}), read on the UI thread and by the hover's thread.
 *
 * @param stamp the document's modification stamp the text was taken at
 * @param match what the matcher found, offsets into the text
 * @param profile the profile compared with, or null
 * @param fit the fit against it, or null without a profile
 * @param rows the table's rows
 */
record PostingAnalysis(long stamp, PostingMatch match, PostingProfile profile, PostingFit fit, List<Row> rows) {

	PostingAnalysis {
		rows = List.copyOf(rows);
	}

	/** Matches the text and, with a profile, compares it. Long at scale: call it in a Job. */
	static PostingAnalysis of(long stamp, String text, SkillMatcher matcher, PostingProfile profile, String name,
			IProgressMonitor monitor) {
		PostingMatch match = matcher.match(text, monitor);
		PostingFit fit = profile == null ? null : PostingFit.of(match, profile.levels(), name);
		return new PostingAnalysis(stamp, match, profile, fit, PostingTable.rows(match, fit));
	}

	/** The skill found at an offset of the text (the first, when two skills share the place), if any. */
	Optional<Found> at(int offset) {
		for (MatchedSkill skill : match.skills()) {
			for (Occurrence occurrence : skill.occurrences()) {
				if (occurrence.start() <= offset && offset < occurrence.end()) {
					return Optional.of(new Found(skill, occurrence));
				}
			}
		}
		return Optional.empty();
	}

	/** The row of a skill. */
	Optional<Row> row(MatchedSkill skill) {
		return rows.stream().filter(r -> r.skill().key().equals(skill.key())).findFirst();
	}

	/** A skill at one of its places. */
	record Found(MatchedSkill skill, Occurrence occurrence) {
	}

	/**
	 * What the hover says about a skill: its name, framework, how the posting asks for it and,
	 * against the profile, the person's current level and the gap.
	 */
	String describe(MatchedSkill skill) {
		StringBuilder text = new StringBuilder(skill.name());
		String key = skill.key();
		String framework = key.substring(0, key.indexOf('#'));
		EObject root = EcoreUtil.getRootContainer(skill.skill());
		String frameworkName = root instanceof Framework f && f.getName() != null ? f.getName() : framework;
		text.append("\nFramework: ").append(frameworkName).append(" (").append(framework).append(')');
		text.append("\nAsked: ").append(skill.demand().label());
		int places = skill.occurrences().size();
		text.append(" (found as ").append(String.join(", ", skill.terms().stream().map(t -> "\"" + t + "\"").toList()))
				.append(", ").append(places).append(places == 1 ? " place)" : " places)");
		Optional<Row> row = row(skill);
		GapLine line = row.map(Row::line).orElse(null);
		if (profile == null) {
			text.append("\nNo profile chosen: choose one above to see your level and gap.");
		} else if (line == null) {
			text.append("\n").append(profile.person()).append(": only mentioned, so no level is asked");
		} else {
			text.append("\n").append(profile.person()).append(": ")
					.append(line.currentLevel() == null ? "not assessed" : "level " + line.currentLevel())
					.append(", asked ").append(line.requiredLevel())
					.append(line.gapLevels() == 0 ? ": no gap" : ": gap " + line.gapLevels() + (line.gapLevels() == 1 ? " level" : " levels"));
		}
		return text.toString();
	}
}
