/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.posting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.internal.posting.Demands;
import dev.upskill.core.internal.posting.Phrases;
import dev.upskill.core.internal.posting.Phrases.Phrase;
import dev.upskill.core.internal.posting.Scanner;
import dev.upskill.core.internal.posting.Scanner.Hit;
import dev.upskill.core.internal.posting.TermIndex;
import dev.upskill.core.internal.posting.TermIndex.Entry;
import dev.upskill.core.internal.posting.Tokens;
import dev.upskill.model.Framework;
import dev.upskill.model.Skill;

/**
 * Finds the skills of a set of frameworks in a text (a job posting, a CV): by name, alias and the
 * words that need context ({@link Skill#getRequiresContext()}), case-insensitively, on word
 * boundaries, multi-word phrases included, in plural and inflected forms and common spellings
 * ({@code CI/CD} and {@code CI-CD}, {@code scikit-learn} and {@code scikit learn},
 * {@code modelling} and {@code modeling}), the longest match first.
 * <p>
 * Build one matcher per set of frameworks ({@link #of}) and keep it: it holds every term in one
 * token trie, and matching a text is then one pass over the text, whatever the number of terms
 * (a posting of 20,000 words against 40,000 aliases takes milliseconds; see BENCHMARKS.md). A
 * matcher is immutable and may match texts on several threads at once; an editor matches the
 * whole text again after each pause in typing, in a job it cancels when the text changes.
 *
 * @since 0.1.0
 */
public final class SkillMatcher {

	private final List<Skill> skills;
	private final List<String> keys;
	private final TermIndex index = new TermIndex();

	private SkillMatcher(List<Skill> skills) {
		this.skills = List.copyOf(skills);
		this.keys = this.skills.stream().map(SkillKeys::of).toList();
		for (int i = 0; i < this.skills.size(); i++) {
			Skill skill = this.skills.get(i);
			Set<String> needContext = new HashSet<>();
			for (String word : skill.getRequiresContext()) {
				if (word != null && !word.isBlank()) {
					index.add(i, word.strip(), true);
					needContext.add(String.join(" ", Tokens.normalizeTerm(word)));
				}
			}
			List<String> terms = new ArrayList<>();
			if (skill.getName() != null) {
				terms.add(skill.getName());
			}
			terms.addAll(skill.getAliases());
			for (String term : terms) {
				if (term != null && !term.isBlank() && !needContext.contains(String.join(" ", Tokens.normalizeTerm(term)))) {
					index.add(i, term.strip(), false);
				}
			}
		}
	}

	/**
	 * A matcher for the skills of these frameworks. A skill loaded twice (the same framework read
	 * through a profile and installed) counts once, by its key ({@code framework#id}).
	 */
	public static SkillMatcher of(Collection<? extends Framework> frameworks) {
		List<Skill> all = new ArrayList<>();
		frameworks.forEach(f -> all.addAll(f.getSkills()));
		return ofSkills(all);
	}

	/** A matcher for these skills (each once by key; the first of two with the same key is kept). */
	public static SkillMatcher ofSkills(Collection<? extends Skill> skills) {
		Map<String, Skill> unique = new LinkedHashMap<>();
		for (Skill skill : skills) {
			if (skill != null && !skill.eIsProxy() && skill.getId() != null) {
				unique.putIfAbsent(SkillKeys.of(skill), skill);
			}
		}
		return new SkillMatcher(new ArrayList<>(unique.values()));
	}

	/** The skills it finds. */
	public List<Skill> skills() {
		return skills;
	}

	/** How many terms it knows (a term of two skills counts twice). */
	public int terms() {
		return index.size();
	}

	/**
	 * Finds the skills in a text, with how the text asks for each and the repeated phrases no
	 * framework knows. Any text is accepted (binary junk only finds nothing).
	 *
	 * @param text the text; offsets of the result refer to it
	 * @param monitor for cancelling, or null
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public PostingMatch match(String text, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Finding skills", 4);
		Tokens tokens = Tokens.of(text == null ? "" : text);
		progress.worked(1);
		Scanner scanner = new Scanner(index, tokens, progress.split(1));
		List<Hit> hits = scanner.scan();
		Demands demands = Demands.of(tokens.text());
		progress.split(1);
		Map<Integer, List<Occurrence>> bySkill = new LinkedHashMap<>();
		boolean[] covered = new boolean[tokens.size()];
		for (int k = 0; k < covered.length; k++) {
			covered[k] = scanner.knownWord(k); // a framework's word, even where it lacked context, is not unknown
		}
		for (Hit hit : hits) {
			int start = tokens.start(hit.from());
			int end = tokens.end(hit.to() - 1);
			Demand demand = demands.at(start);
			for (int k = hit.from(); k < hit.to(); k++) {
				covered[k] = true;
			}
			for (Entry entry : hit.entries()) {
				bySkill.computeIfAbsent(entry.skill(), s -> new ArrayList<>()).add(new Occurrence(start, end, entry.term(), demand));
			}
		}
		List<MatchedSkill> found = new ArrayList<>(bySkill.size());
		for (Map.Entry<Integer, List<Occurrence>> entry : bySkill.entrySet()) {
			Demand demand = Demand.MENTIONED;
			for (Occurrence occurrence : entry.getValue()) {
				demand = demand.max(occurrence.demand());
			}
			found.add(new MatchedSkill(skills.get(entry.getKey()), keys.get(entry.getKey()), demand, entry.getValue()));
		}
		// Stable: within a demand, the order the text first names the skills.
		found.sort(Comparator.comparing(MatchedSkill::demand));
		List<UnknownPhrase> unknown = new ArrayList<>();
		for (Phrase phrase : Phrases.repeated(tokens, covered)) {
			List<Occurrence> places = new ArrayList<>(phrase.places().size());
			for (int[] place : phrase.places()) {
				int start = tokens.start(place[0]);
				int end = tokens.end(place[1] - 1);
				places.add(new Occurrence(start, end, tokens.text().substring(start, end), demands.at(start)));
			}
			unknown.add(new UnknownPhrase(places.get(0).term(), places));
		}
		progress.done();
		return new PostingMatch(tokens.text(), found, unknown);
	}
}
