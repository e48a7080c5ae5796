/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.posting;

import java.util.HashSet;
import java.util.Set;

/**
 * English function words, and the words every job posting repeats without naming a skill
 * ("experience", "team", "role"); neither makes a phrase worth proposing as a new alias. Both lists
 * hold normalised forms ({@link Tokens#normalize}), so {@code teams} and {@code team} are one.
 */
final class Stopwords {

	private static final Set<String> STOPWORDS = normalized("""
			a about above after again against all also am an and any are aren as at be because been before being below
			between both but by can cannot could did do does doing down during each etc few for from further get had has
			have having he her here hers herself him himself his how i if in into is it its itself just let like make me
			more most my myself no nor not now of off on once one only or other our ours ourselves out over own per same
			she should so some such than that the their theirs them themselves then there these they this those through
			to too under until up us use used using very via was we were what when where which while who whom why will
			with within without would you your yours yourself yourselves ll ve re s t d m e g eg ie i.e etc may might
			must shall well new""");

	private static final Set<String> GENERIC = normalized("""
			ability able across ai ml analyst apply applicant benefit best build building candidate closely collaborate
			company competitive contract culture customer day days deliver develop developer environment employee
			engineer excellent experience experienced familiar familiarity field full good great grow growth hands help
			high hire hiring hour hours ideal impact including join key knowledge level lead leading like looking love
			make manager member minimum month months must nice office opportunity part people plus position preferred
			product products professional proven related remote requirement required responsibility responsible role
			salary senior junior service services skill skills solid solution solutions strong support team teams
			time tool tools understanding want way week work working world year years data business""");

	private Stopwords() {
	}

	private static Set<String> normalized(String words) {
		Set<String> set = new HashSet<>();
		for (String word : words.split("\\s+")) {
			if (!word.isBlank()) {
				set.add(Tokens.stem(word.strip()));
			}
		}
		return Set.copyOf(set);
	}

	/** A function word (normalised). */
	static boolean isStopword(String norm) {
		return STOPWORDS.contains(norm);
	}

	/** A function word or a word every posting uses (normalised). */
	static boolean isCommon(String norm) {
		return STOPWORDS.contains(norm) || GENERIC.contains(norm);
	}
}
