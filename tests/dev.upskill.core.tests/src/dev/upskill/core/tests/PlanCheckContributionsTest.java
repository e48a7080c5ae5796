/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.plan.check.PlanCheckContext;
import dev.upskill.core.plan.check.PlanCheckSettings;
import dev.upskill.core.plan.check.PlanChecks;
import dev.upskill.core.plan.check.PlanFinding;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanStep;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.validation.Problem.Severity;

/**
 * Plan checks contributed to {@code dev.upskill.core.planChecks} by real bundles installed at test
 * time: a contributed check runs with the built-in ones, one that throws is logged with its bundle's
 * name and stops no other check, and a declaration that reuses a code is refused.
 */
class PlanCheckContributionsTest {

	private static final String PROVIDERS = "dev.upskill.core.tests.providers";

	private final TestBundles bundles = new TestBundles();
	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener logListener = (status, plugin) -> logged.add(status);
	private ServiceTracker<FrameworkRegistry, FrameworkRegistry> tracker;
	private FrameworkRegistry registry;

	@BeforeEach
	void setUp() throws InterruptedException {
		tracker = new ServiceTracker<>(FrameworkUtil.getBundle(getClass()).getBundleContext(), FrameworkRegistry.class, null);
		tracker.open();
		registry = tracker.waitForService(10_000);
		assertNotNull(registry);
		Platform.addLogListener(logListener);
	}

	@AfterEach
	void tearDown() throws Exception {
		Platform.removeLogListener(logListener);
		bundles.uninstallAll();
		waitUntil(() -> PlanChecks.installed().checks().stream().allMatch(c -> c.contributor().equals(PlanChecks.BUILT_IN)),
				"only the built-in checks");
		tracker.close();
	}

	/** A plan with one step and nothing else: no portfolio, no community. */
	private LearningPlan plan() {
		LearningPlan plan = UpskillFactory.eINSTANCE.createLearningPlan();
		plan.setId("p");
		plan.setName("Contributed");
		PlanStep step = UpskillFactory.eINSTANCE.createPlanStep();
		step.setResource(registry.findResource("ai-upskilling", "res.kaggle-learn-sql").orElseThrow());
		plan.getSteps().add(step);
		return plan;
	}

	private PlanChecks.Result run(LearningPlan plan) {
		return PlanChecks.installed().run(PlanCheckContext.of(plan, registry, PlanCheckSettings.defaults()));
	}

	@Test
	void contributedCheckRunsWithTheBuiltInOnes() throws Exception {
		bundles.install(new TestBundles.Spec("test.org.rules").point(PlanChecks.EXTENSION_POINT)
				.contribute("<check code=\"Test.Always\" class=\"" + PROVIDERS + ".AlwaysFindsCheck\" name=\"Always\" severity=\"error\"/>")
				.importPackage(PROVIDERS));
		waitUntil(() -> codes().contains("test.always"), "the contributed check");
		PlanChecks.Entry entry = PlanChecks.installed().checks().stream().filter(c -> c.code().equals("test.always")).findFirst()
				.orElseThrow();
		assertEquals("test.org.rules", entry.contributor());
		assertEquals(Severity.ERROR, entry.severity());

		LearningPlan plan = plan();
		PlanChecks.Result result = run(plan);
		assertEquals(List.of(), result.failures());
		PlanFinding found = result.findings().stream().filter(f -> f.code().equals("test.always")).findFirst().orElseThrow();
		assertEquals("test.org.rules", found.contributor());
		assertEquals(Severity.ERROR, found.severity());
		assertSame(plan.getSteps().get(0), found.element());
		assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("plan.no-portfolio")), "the built-in checks ran too");

		PlanCheckSettings quiet = PlanCheckSettings.defaults().withSeverity("test.always", null);
		assertFalse(PlanChecks.installed().run(PlanCheckContext.of(plan, registry, quiet)).findings().stream()
				.anyMatch(f -> f.code().equals("test.always")), "a contributed check can be ignored by its code");
	}

	@Test
	void throwingCheckIsLoggedWithItsBundleAndTheOthersStillRun() throws Exception {
		bundles.install(new TestBundles.Spec("test.org.broken").point(PlanChecks.EXTENSION_POINT)
				.contribute("<check code=\"broken.policy\" class=\"" + PROVIDERS + ".ThrowingCheck\"/>").importPackage(PROVIDERS));
		bundles.install(new TestBundles.Spec("test.org.working").point(PlanChecks.EXTENSION_POINT)
				.contribute("<check code=\"working.always\" class=\"" + PROVIDERS + ".AlwaysFindsCheck\"/>").importPackage(PROVIDERS));
		waitUntil(() -> codes().containsAll(List.of("broken.policy", "working.always")), "both contributed checks");

		PlanChecks.Result result = run(plan());
		assertEquals(1, result.failures().size(), result.failures().toString());
		ContributionProblem failure = result.failures().get(0);
		assertEquals("test.org.broken", failure.contributor());
		assertTrue(failure.message().contains("acme_policies is empty"), failure.toString());
		List<String> found = result.findings().stream().map(PlanFinding::code).toList();
		assertFalse(found.contains("broken.policy"), "what a failing check reported is dropped");
		assertTrue(found.contains("working.always"), "a contributed check after the broken one ran: " + found);
		assertTrue(found.contains("plan.no-portfolio") && found.contains("plan.learning-in-isolation"), found.toString());
		waitUntil(() -> logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR && s.getMessage().contains("test.org.broken")
				&& s.getMessage().contains("broken.policy") && s.getException() != null
				&& s.getException().getMessage().contains("acme_policies")), "the log entry under the bundle's name");
		assertTrue(logged.stream().filter(s -> s.getMessage().contains("test.org.broken")).allMatch(s -> "test.org.broken".equals(s.getPlugin())),
				"logged under the contributing bundle");
	}

	@Test
	void checkThatCannotBeCreatedIsReported() throws Exception {
		bundles.install(new TestBundles.Spec("test.org.missingclass").point(PlanChecks.EXTENSION_POINT)
				.contribute("<check code=\"missing.class\" class=\"" + PROVIDERS + ".NoSuchCheck\"/>").importPackage(PROVIDERS));
		waitUntil(() -> codes().contains("missing.class"), "the declared check");
		PlanChecks.Result result = run(plan());
		assertEquals(List.of("test.org.missingclass"), result.failures().stream().map(ContributionProblem::contributor).toList());
		assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("plan.no-portfolio")));
	}

	@Test
	void duplicateOrMissingCodesAreRefused() throws Exception {
		bundles.install(new TestBundles.Spec("test.org.clash").point(PlanChecks.EXTENSION_POINT)
				.contribute("<check code=\"plan.no-portfolio\" class=\"" + PROVIDERS + ".AlwaysFindsCheck\"/>")
				.contribute("<check class=\"" + PROVIDERS + ".AlwaysFindsCheck\"/>").importPackage(PROVIDERS));
		waitUntil(() -> PlanChecks.installed().problems().size() == 2, "two refused declarations");
		List<ContributionProblem> problems = PlanChecks.installed().problems();
		assertTrue(problems.stream().allMatch(p -> p.contributor().equals("test.org.clash")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.message().contains("already used by dev.upskill.core")), problems.toString());
		assertEquals(PlanChecks.BUILT_IN, PlanChecks.installed().checks().stream().filter(c -> c.code().equals("plan.no-portfolio"))
				.findFirst().orElseThrow().contributor(), "the built-in check keeps its code");
	}

	private static List<String> codes() {
		return PlanChecks.installed().checks().stream().map(PlanChecks.Entry::code).toList();
	}

	private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			Thread.sleep(50);
		}
	}
}
