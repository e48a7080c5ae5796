/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.upskill.core.gap.TrustOrder;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanObjective;
import dev.upskill.model.Profile;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.Role;

/**
 * What to plan: for whom, towards which roles, with which resources, and within which limits. The
 * defaults come from the profile (its target roles, weekly hours, budget and currency) and the
 * {@link PlannerPreferences} (exchange rates, hours of recurring steps, the solver's time limit);
 * start today, no deadline, fewest hours, essential requirements only, two steps at a time.
 *
 * @since 0.2.0
 */
public final class PlanRequest {

	private final Profile profile;
	private final List<Role> targets = new ArrayList<>();
	private final List<LearningResource> resources = new ArrayList<>();
	private double weeklyHours;
	private BigDecimal budget;
	private String currency;
	private final Map<String, BigDecimal> rates = new LinkedHashMap<>();
	private LocalDate start = LocalDate.now();
	private LocalDate deadline;
	private PlanObjective objective = PlanObjective.HOURS;
	private boolean includeOptional;
	private int maxParallel = 2;
	private double recurringHoursPerMonth = 4;
	private final Set<ResourceKind> preferredKinds = new LinkedHashSet<>();
	private final Set<ResourceKind> excludedKinds = new LinkedHashSet<>();
	private final Set<String> preferredProviders = new LinkedHashSet<>();
	private final Set<String> excludedProviders = new LinkedHashSet<>();
	private long timeLimitMillis = 2000;
	private TrustOrder trustOrder = TrustOrder.DEFAULT;
	private boolean greedy;
	private LearningPlan previous;
	private LocalDate today = LocalDate.now();

	public PlanRequest(Profile profile, Collection<LearningResource> resources) {
		this.profile = profile;
		this.resources.addAll(resources);
		profile.getTargetRoles().stream().filter(r -> !r.eIsProxy()).forEach(targets::add);
		this.weeklyHours = profile.getWeeklyHours() > 0 ? profile.getWeeklyHours() : 5;
		this.budget = profile.getBudget();
		this.currency = profile.getCurrency() == null || profile.getCurrency().isBlank() ? "USD" : profile.getCurrency();
		PlannerPreferences.applyTo(this);
	}

	/**
	 * A re-plan of an existing plan: its profile, target roles, limits and options; its done and
	 * in-progress steps are kept, its dropped resources left out, the rest planned again from the
	 * week of {@code today}.
	 */
	public static PlanRequest replan(LearningPlan plan, Collection<LearningResource> resources, LocalDate today) {
		PlanRequest request = new PlanRequest(plan.getProfile(), resources);
		if (plan.getTargetRole() != null && !plan.getTargetRole().eIsProxy()) {
			List<Role> roles = new ArrayList<>();
			roles.add(plan.getTargetRole());
			plan.getOtherTargetRoles().stream().filter(r -> !r.eIsProxy()).forEach(roles::add);
			request.targets(roles);
		}
		request.weeklyHours = plan.getWeeklyHours();
		request.budget = plan.getBudget();
		request.currency = plan.getCurrency() == null || plan.getCurrency().isBlank() ? request.currency : plan.getCurrency();
		plan.getRates().forEach(r -> request.rates.put(r.getCurrency(), r.getRate()));
		request.start = plan.getStartDate() != null ? plan.getStartDate() : today;
		request.deadline = plan.getEndDate();
		request.objective = plan.getObjective();
		request.includeOptional = plan.isIncludeOptional();
		request.maxParallel = plan.getMaxParallel();
		request.previous = plan;
		request.today = today;
		return request;
	}

	public PlanRequest targets(List<Role> roles) {
		targets.clear();
		targets.addAll(roles);
		return this;
	}

	public PlanRequest weeklyHours(double hours) {
		weeklyHours = hours;
		return this;
	}

	/** @param money the budget, or null for no limit */
	public PlanRequest budget(BigDecimal money) {
		budget = money;
		return this;
	}

	public PlanRequest currency(String code) {
		currency = code;
		return this;
	}

	public PlanRequest rate(String code, BigDecimal rate) {
		rates.put(code, rate);
		return this;
	}

	public PlanRequest start(LocalDate date) {
		start = date;
		return this;
	}

	/** @param date the deadline, or null for none */
	public PlanRequest deadline(LocalDate date) {
		deadline = date;
		return this;
	}

	public PlanRequest objective(PlanObjective goal) {
		objective = goal;
		return this;
	}

	public PlanRequest includeOptional(boolean include) {
		includeOptional = include;
		return this;
	}

	public PlanRequest maxParallel(int steps) {
		maxParallel = steps;
		return this;
	}

	/** Hours a month that a recurring step (meetup, mentoring) takes; 4 by default. */
	public PlanRequest recurringHoursPerMonth(double hours) {
		recurringHoursPerMonth = hours;
		return this;
	}

	public PlanRequest prefer(ResourceKind kind) {
		preferredKinds.add(kind);
		return this;
	}

	public PlanRequest exclude(ResourceKind kind) {
		excludedKinds.add(kind);
		return this;
	}

	public PlanRequest preferProvider(String provider) {
		preferredProviders.add(provider);
		return this;
	}

	public PlanRequest excludeProvider(String provider) {
		excludedProviders.add(provider);
		return this;
	}

	/** How long the solver may search before it reports its best plan with the proven gap. */
	/**
	 * Which source of assessment decides a current level (from the preferences by default).
	 *
	 * @since 0.3.0
	 */
	public PlanRequest trustOrder(TrustOrder order) {
		trustOrder = order;
		return this;
	}

	public TrustOrder trustOrder() {
		return trustOrder;
	}

	public PlanRequest timeLimitMillis(long millis) {
		timeLimitMillis = millis;
		return this;
	}

	/**
	 * Picks the resources greedily instead of exactly: the baseline the benchmarks measure the exact
	 * planner against. Not for users: its plans can cost more than necessary.
	 */
	public PlanRequest greedyBaseline(boolean baseline) {
		greedy = baseline;
		return this;
	}

	public boolean greedyBaseline() {
		return greedy;
	}

	public Profile profile() {
		return profile;
	}

	public List<Role> targets() {
		return List.copyOf(targets);
	}

	public List<LearningResource> resources() {
		return List.copyOf(resources);
	}

	public double weeklyHours() {
		return weeklyHours;
	}

	public BigDecimal budget() {
		return budget;
	}

	public String currency() {
		return currency;
	}

	public Map<String, BigDecimal> rates() {
		return Map.copyOf(rates);
	}

	public LocalDate start() {
		return start;
	}

	public LocalDate deadline() {
		return deadline;
	}

	public PlanObjective objective() {
		return objective;
	}

	public boolean includeOptional() {
		return includeOptional;
	}

	public int maxParallel() {
		return maxParallel;
	}

	public double recurringHoursPerMonth() {
		return recurringHoursPerMonth;
	}

	public Set<ResourceKind> preferredKinds() {
		return Set.copyOf(preferredKinds);
	}

	public Set<ResourceKind> excludedKinds() {
		return Set.copyOf(excludedKinds);
	}

	public Set<String> preferredProviders() {
		return Set.copyOf(preferredProviders);
	}

	public Set<String> excludedProviders() {
		return Set.copyOf(excludedProviders);
	}

	public long timeLimitMillis() {
		return timeLimitMillis;
	}

	/** The plan being re-planned, or null. */
	public LearningPlan previous() {
		return previous;
	}

	public LocalDate today() {
		return today;
	}
}
