/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;

import dev.upskill.model.AssessmentSource;
import dev.upskill.model.SkillAssessment;

/**
 * Which source of assessment wins when several assessed the same skill: tiers of sources, most
 * trusted first; sources in the same tier are trusted alike (then the newest assessment wins).
 * Written as text, tiers are separated by {@code >} and sources of a tier by {@code =}:
 * {@code evidence=test > manager > peer > self} is the {@link #DEFAULT}. A source left out is
 * trusted least.
 * <p>
 * The preference {@value #PREFERENCE} of {@code dev.upskill.core} holds the order the workbench
 * uses ({@link #preferred()}; instance scope over default scope, as the planner's preferences).
 *
 * @since 0.3.0
 */
public final class TrustOrder {

	/** The preference key in {@code dev.upskill.core}. */
	public static final String PREFERENCE = "gap.trustOrder";

	private static final String QUALIFIER = "dev.upskill.core";

	/** Evidence and tests first, then the manager, then a peer, then the person. */
	public static final TrustOrder DEFAULT = new TrustOrder(List.of(EnumSet.of(AssessmentSource.EVIDENCE, AssessmentSource.TEST),
			EnumSet.of(AssessmentSource.MANAGER), EnumSet.of(AssessmentSource.PEER), EnumSet.of(AssessmentSource.SELF)));

	private final List<Set<AssessmentSource>> tiers;
	private final Map<AssessmentSource, Integer> trust = new EnumMap<>(AssessmentSource.class);
	private final Comparator<SkillAssessment> decidingFirst;

	private TrustOrder(List<Set<AssessmentSource>> tiers) {
		List<Set<AssessmentSource>> all = new ArrayList<>();
		Set<AssessmentSource> seen = EnumSet.noneOf(AssessmentSource.class);
		for (Set<AssessmentSource> tier : tiers) {
			Set<AssessmentSource> fresh = EnumSet.noneOf(AssessmentSource.class);
			for (AssessmentSource source : tier) {
				if (!seen.add(source)) {
					throw new IllegalArgumentException("'" + name(source) + "' is named twice");
				}
				fresh.add(source);
			}
			if (!fresh.isEmpty()) {
				all.add(Set.copyOf(fresh));
			}
		}
		Set<AssessmentSource> rest = EnumSet.allOf(AssessmentSource.class);
		rest.removeAll(seen);
		if (!rest.isEmpty()) {
			all.add(Set.copyOf(rest));
		}
		this.tiers = List.copyOf(all);
		for (int i = 0; i < all.size(); i++) {
			for (AssessmentSource source : all.get(i)) {
				trust.put(source, all.size() - 1 - i);
			}
		}
		decidingFirst = Comparator.comparingInt((SkillAssessment a) -> trust(a.getSource())).reversed()
				.thenComparing(SkillAssessment::getDate, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()).reversed());
	}

	/** An order of tiers, most trusted first; a source may appear once, those left out are trusted least. */
	public static TrustOrder of(List<? extends Set<AssessmentSource>> tiers) {
		return new TrustOrder(List.copyOf(tiers));
	}

	/**
	 * Reads {@code evidence=test > manager > peer > self} (case and spaces do not matter; {@code ,}
	 * also separates tiers).
	 *
	 * @throws IllegalArgumentException naming the word that is no source, or a source named twice
	 */
	public static TrustOrder parse(String text) {
		List<Set<AssessmentSource>> tiers = new ArrayList<>();
		for (String tierText : text.split("[>,]")) {
			Set<AssessmentSource> tier = EnumSet.noneOf(AssessmentSource.class);
			for (String word : tierText.split("=")) {
				String name = word.strip().toLowerCase(Locale.ROOT);
				if (name.isEmpty()) {
					continue;
				}
				AssessmentSource source = AssessmentSource.get(name);
				if (source == null) {
					throw new IllegalArgumentException("'" + word.strip() + "' is not a source of assessment (one of "
							+ AssessmentSource.VALUES.stream().map(TrustOrder::name).collect(Collectors.joining(", ")) + ")");
				}
				if (!tier.add(source)) {
					throw new IllegalArgumentException("'" + name + "' is named twice");
				}
			}
			tiers.add(tier);
		}
		return new TrustOrder(tiers);
	}

	/** The order in the preferences, or the {@link #DEFAULT} when none is set or it does not read. */
	public static TrustOrder preferred() {
		String value = DefaultScope.INSTANCE.getNode(QUALIFIER).get(PREFERENCE, null);
		if (Platform.isRunning() && Platform.getInstanceLocation() != null && Platform.getInstanceLocation().isSet()) {
			value = InstanceScope.INSTANCE.getNode(QUALIFIER).get(PREFERENCE, value);
		}
		if (value == null || value.isBlank()) {
			return DEFAULT;
		}
		try {
			return parse(value);
		} catch (IllegalArgumentException e) {
			// A mistyped preference must not stop the analysis; the page refuses such text anyway.
			return DEFAULT;
		}
	}

	/** The tiers, most trusted first; every source is in exactly one. */
	public List<Set<AssessmentSource>> tiers() {
		return tiers;
	}

	/** How much a source is trusted: higher wins; 0 for the least trusted tier (and for no source). */
	public int trust(AssessmentSource source) {
		return source == null ? 0 : trust.get(source);
	}

	/** Orders assessments from the one that decides the current level to the least relevant (newest first within a tier). */
	public Comparator<SkillAssessment> decidingFirst() {
		return decidingFirst;
	}

	/** The text form, {@code evidence=test > manager > peer > self}, that {@link #parse} reads. */
	public String format() {
		return tiers.stream().map(tier -> tier.stream().sorted(Comparator.reverseOrder()).map(TrustOrder::name)
				.collect(Collectors.joining("="))).collect(Collectors.joining(" > "));
	}

	private static String name(AssessmentSource source) {
		return source.getLiteral();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TrustOrder order && order.tiers.equals(tiers);
	}

	@Override
	public int hashCode() {
		return tiers.hashCode();
	}

	@Override
	public String toString() {
		return format();
	}
}
