/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.posting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link SkillMatcher} found in a text: the skills with their places, and the phrases the
 * text repeats that no framework knows. Offsets refer to {@link #text()}. Immutable.
 *
 * @since 0.1.0
 */
public final class PostingMatch {

	private final String text;
	private final List<MatchedSkill> skills;
	private final List<UnknownPhrase> unknownPhrases;

	PostingMatch(String text, List<MatchedSkill> skills, List<UnknownPhrase> unknownPhrases) {
		this.text = text;
		this.skills = List.copyOf(skills);
		this.unknownPhrases = List.copyOf(unknownPhrases);
	}

	/** The text the offsets refer to. */
	public String text() {
		return text;
	}

	/**
	 * Every skill found: the required ones first, then nice to have, then only mentioned; within
	 * each, in the order the text first names them.
	 */
	public List<MatchedSkill> skills() {
		return skills;
	}

	/** The skills the posting asks for: required or nice to have. */
	public List<MatchedSkill> asked() {
		return skills.stream().filter(s -> s.demand().asked()).toList();
	}

	/** A skill by its key ({@code framework#id}), if found. */
	public Optional<MatchedSkill> skill(String key) {
		return skills.stream().filter(s -> s.key().equals(key)).findFirst();
	}

	/** The repeated phrases no framework knows, the most repeated first. */
	public List<UnknownPhrase> unknownPhrases() {
		return unknownPhrases;
	}

	/**
	 * Every place of every skill, by offset (for highlighting); a place that names two skills
	 * (an alias two frameworks share) is there once per skill.
	 */
	public List<Occurrence> occurrences() {
		List<Occurrence> all = new ArrayList<>();
		skills.forEach(s -> all.addAll(s.occurrences()));
		all.sort(Comparator.comparingInt(Occurrence::start).thenComparingInt(Occurrence::end));
		return all;
	}
}
