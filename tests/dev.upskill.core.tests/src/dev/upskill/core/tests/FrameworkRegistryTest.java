/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.core.internal.frameworks.ExtensionFrameworkRegistry;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;

/**
 * The registry with real contributing bundles: good and broken framework files, providers and
 * additions. A broken contribution is reported and logged with its bundle's name, and every other
 * framework stays usable.
 */
class FrameworkRegistryTest {

	private static final String AI = "ai-upskilling";

	private final TestBundles bundles = new TestBundles();
	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener logListener = (status, plugin) -> logged.add(status);
	private FrameworkRegistry registry;
	private ServiceTracker<FrameworkRegistry, FrameworkRegistry> tracker;

	@BeforeEach
	void registry() throws InterruptedException {
		tracker = new ServiceTracker<>(FrameworkUtil.getBundle(getClass()).getBundleContext(), FrameworkRegistry.class, null);
		tracker.open();
		registry = tracker.waitForService(10_000);
		assertTrue(registry != null, "the FrameworkRegistry service is registered");
		Platform.addLogListener(logListener);
	}

	@AfterEach
	void cleanUp() throws Exception {
		Platform.removeLogListener(logListener);
		bundles.uninstallAll();
		waitUntil(() -> registry.getProblems().isEmpty() && registry.getFrameworks().size() == 1, "registry back to the built-in framework");
		tracker.close();
	}

	@Test
	void aChangeDuringALoadIsNotLostToTheLoadInFlight() {
		ExtensionFrameworkRegistry service = (ExtensionFrameworkRegistry) registry;
		AtomicInteger loads = new AtomicInteger();
		AtomicBoolean changeOnce = new AtomicBoolean(true);
		// A bundle comes (or goes) while the first load runs: the event arrives after the load read
		// the contributions and before it stores what it read.
		service.afterLoadForTests(() -> {
			loads.incrementAndGet();
			if (changeOnce.getAndSet(false)) {
				service.added(new IExtension[0]);
			}
		});
		try {
			service.added(new IExtension[0]);
			registry.getFrameworks();
			assertEquals(2, loads.get(), "the load that the change overtook is not served: it is loaded again");
			registry.getFrameworks();
			assertEquals(2, loads.get(), "then the fresh snapshot is served without another load");
		} finally {
			service.afterLoadForTests(null);
		}
	}

	@Test
	void builtInFrameworkIsThereAndWhole() {
		RegisteredFramework ai = registry.getFramework(AI).orElseThrow();
		assertEquals("dev.upskill.frameworks.ai", ai.contributor());
		assertTrue(ai.skills().size() >= 60, "skills: " + ai.skills().size());
		assertTrue(ai.roles().size() >= 8, "roles: " + ai.roles().size());
		assertTrue(ai.resources().size() >= 40, "resources: " + ai.resources().size());
		assertEquals(List.of(), registry.getProblems());
		Skill kubernetes = registry.findSkill(AI, "skill.kubernetes").orElseThrow();
		assertTrue(kubernetes.getAliases().contains("k8s"));
		assertEquals(kubernetes, registry.resolve(FrameworkUris.of(AI, "skill.kubernetes")).orElseThrow());
		assertEquals("dev.upskill.frameworks.ai", registry.getContributor(kubernetes).orElseThrow());
	}

	@Test
	void frameworkFileOfAnotherBundleIsAddedAndRemovedWithItsBundle() throws Exception {
		bundles.install(new TestBundles.Spec("test.org.good").contribute("<framework file=\"fw/good.framework\"/>")
				.file("fw/good.framework", TestBundles.framework("good", TestBundles.SCALE
						+ "  <skills id=\"good.skill.a\" name=\"A\"/>\n  <roles id=\"good.role\" name=\"R\">\n"
						+ "    <requirements skill=\"#good.skill.a\" level=\"3\"/>\n  </roles>\n")));
		waitUntil(() -> registry.getFramework("good").isPresent(), "the new framework");
		RegisteredFramework good = registry.getFramework("good").orElseThrow();
		assertEquals("test.org.good", good.contributor());
		Role role = registry.findRole("good", "good.role").orElseThrow();
		assertEquals("A", role.getRequirements().get(0).getSkill().getName());
		assertTrue(registry.getAllRoles().contains(role));
		assertTrue(registry.getFramework(AI).isPresent());

		bundles.uninstallAll();
		waitUntil(() -> registry.getFramework("good").isEmpty(), "the framework gone with its bundle");
	}

	@Test
	void throwingProviderIsReportedAndLoggedWithItsBundle() throws Exception {
		bundles.install(new TestBundles.Spec("test.org.throwing")
				.contribute("<provider class=\"dev.upskill.core.tests.providers.ThrowingProvider\"/>")
				.importPackage("dev.upskill.core.tests.providers"));
		ContributionProblem problem = awaitProblem("test.org.throwing");
		assertTrue(problem.message().contains("HR service at hr.example.com answered 503"), problem.toString());
		assertEquals("dev.upskill.core.tests.providers.ThrowingProvider", problem.source());
		assertTrue(registry.getFramework(AI).isPresent(), "the built-in framework stays usable");
		waitUntil(() -> logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR
				&& s.getMessage().contains("test.org.throwing") && s.getMessage().contains("answered 503")), "the log entry");
	}

	@Test
	void goodProviderContributesAnAddressableFramework() throws Exception {
		bundles.install(new TestBundles.Spec("test.org.provider")
				.contribute("<provider class=\"dev.upskill.core.tests.providers.GoodProvider\"/>")
				.importPackage("dev.upskill.core.tests.providers"));
		waitUntil(() -> registry.getFramework("provided").isPresent(), "the provided framework");
		assertEquals("test.org.provider", registry.getFramework("provided").orElseThrow().contributor());
		EObject welder = registry.resolve(FrameworkUris.of("provided", "provided.role.welder")).orElseThrow();
		assertEquals("Welder", ((Role) welder).getName());
		assertEquals(List.of(), registry.getProblems());
	}

	@Test
	void missingFileIsReported() throws Exception {
		bundles.install(new TestBundles.Spec("test.org.missing").contribute("<framework file=\"fw/nowhere.framework\"/>"));
		ContributionProblem problem = awaitProblem("test.org.missing");
		assertEquals("fw/nowhere.framework", problem.source());
		assertTrue(problem.message().contains("does not exist in the bundle"), problem.toString());
	}

	@Test
	void unparsableFileIsReportedWithItsLine() throws Exception {
		bundles.install(new TestBundles.Spec("test.org.truncated").contribute("<framework file=\"fw/cut.framework\"/>")
				.file("fw/cut.framework", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
						+ "<upskill:Framework xmlns:upskill=\"https://upskill.dev/model/1.0\" id=\"cut\">\n  <skills id=\"x\"\n"));
		ContributionProblem problem = awaitProblem("test.org.truncated");
		assertTrue(problem.message().startsWith("line 4: ") || problem.message().startsWith("line 3: "), problem.toString());
		assertTrue(problem.message().contains("ends too early") || problem.message().contains("XML"), problem.toString());
		assertTrue(registry.getFramework("cut").isEmpty(), "a partial framework is not used");
	}

	@Test
	void duplicateFrameworkIdIsReportedAndTheFirstKept() throws Exception {
		bundles.install(new TestBundles.Spec("test.org.duplicate").contribute("<framework file=\"fw/dup.framework\"/>")
				.file("fw/dup.framework", TestBundles.framework(AI, TestBundles.SCALE)));
		ContributionProblem problem = awaitProblem("test.org.duplicate");
		assertTrue(problem.message().contains("the framework id 'ai-upskilling' is already contributed by dev.upskill.frameworks.ai"),
				problem.toString());
		assertEquals("dev.upskill.frameworks.ai", registry.getFramework(AI).orElseThrow().contributor());
		assertTrue(registry.getFramework(AI).orElseThrow().skills().size() >= 60);
	}

	@Test
	void additionsJoinTheTargetFrameworkAndUnknownSkillsAreReported() throws Exception {
		bundles.install(new TestBundles.Spec("test.org.additions").contribute("<additions framework=\"ai-upskilling\" file=\"fw/add.framework\"/>")
				.file("fw/add.framework", TestBundles.framework("test-additions",
						"  <roles id=\"test.role.good\" name=\"Good\">\n"
								+ "    <requirements skill=\"upskill:/framework/ai-upskilling#skill.sql\" level=\"3\"/>\n  </roles>\n"
								+ "  <roles id=\"test.role.bad\" name=\"Bad\">\n"
								+ "    <requirements skill=\"upskill:/framework/ai-upskilling#skill.nope\" level=\"3\"/>\n  </roles>\n")));
		ContributionProblem problem = awaitProblem("test.org.additions");
		assertTrue(problem.message().contains("skill refers to 'skill.nope', which is not in the framework 'ai-upskilling'"),
				problem.toString());
		assertTrue(problem.message().contains("Role 'test.role.bad'"), problem.toString());
		Role good = registry.findRole(AI, "test.role.good").orElseThrow();
		assertEquals(registry.findSkill(AI, "skill.sql").orElseThrow(), good.getRequirements().get(0).getSkill(),
				"the added role refers to the built-in skill itself");
		assertEquals("test.org.additions", registry.getContributor(good).orElseThrow());
		assertTrue(registry.getFramework(AI).orElseThrow().roles().contains(good));
		assertEquals("dev.upskill.frameworks.ai", registry.getFramework(AI).orElseThrow().contributor());
	}

	@Test
	void additionsToAnUnknownFrameworkAreReported() throws Exception {
		bundles.install(new TestBundles.Spec("test.org.orphan").contribute("<additions framework=\"no-such\" file=\"fw/add.framework\"/>")
				.file("fw/add.framework", TestBundles.framework("orphan", "")));
		ContributionProblem problem = awaitProblem("test.org.orphan");
		assertTrue(problem.message().contains("adds to the framework 'no-such', which no bundle contributes"), problem.toString());
	}

	private ContributionProblem awaitProblem(String bundle) throws InterruptedException {
		waitUntil(() -> registry.getProblems().stream().anyMatch(p -> p.contributor().equals(bundle)), "a problem of " + bundle);
		return registry.getProblems().stream().filter(p -> p.contributor().equals(bundle)).findFirst().orElseThrow();
	}

	/** Registry events arrive asynchronously after a bundle is installed or removed. */
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
