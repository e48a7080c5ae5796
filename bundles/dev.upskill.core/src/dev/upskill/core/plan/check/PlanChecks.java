/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.plan.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.model.validation.Problem.Severity;

/**
 * The plan checks there are, built-in and contributed to {@code dev.upskill.core.planChecks}, and
 * running them on a plan. Every contributed check is created and called through {@link SafeRunner}:
 * one that cannot be created or throws is logged under its bundle's name, reported in
 * {@link Result#failures()}, and the other checks still run. A broken declaration (no code, a
 * duplicate code, no class) is logged and left out.
 * <p>
 * Reads the extension registry when created; create a new one to see bundles installed since.
 *
 * @since 0.1.0
 */
public final class PlanChecks {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "dev.upskill.core.planChecks";
	/** The contributor of the built-in checks. */
	public static final String BUILT_IN = "dev.upskill.core";

	/**
	 * A check as declared.
	 *
	 * @param code its stable code, for example {@code plan.no-portfolio}
	 * @param name what it looks for, in a few words
	 * @param severity the severity of its findings unless the preferences say otherwise
	 * @param contributor the symbolic name of the bundle that contributes it
	 */
	public record Entry(String code, String name, Severity severity, String contributor) {
	}

	/**
	 * What a run found.
	 *
	 * @param findings every finding, in the order of the checks
	 * @param failures the contributed checks that could not be created or threw, each with its bundle
	 */
	public record Result(List<PlanFinding> findings, List<ContributionProblem> failures) {
	}

	private record Check(Entry entry, Supplier<PlanCheck> factory) {
	}

	private static final String CODE_PATTERN = "[a-z0-9][a-z0-9_.-]*";

	private final List<Check> checks;
	private final List<ContributionProblem> problems;

	private PlanChecks(List<Check> checks, List<ContributionProblem> problems) {
		this.checks = List.copyOf(checks);
		this.problems = List.copyOf(problems);
	}

	/** The built-in checks only. */
	public static PlanChecks builtIn() {
		return new PlanChecks(builtInChecks(), List.of());
	}

	/** The built-in checks and those contributed to the platform's extension registry. */
	public static PlanChecks installed() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		return registry == null ? builtIn() : installed(registry);
	}

	/** The built-in checks and those contributed to the given extension registry. */
	public static PlanChecks installed(IExtensionRegistry registry) {
		Map<String, Check> byCode = new LinkedHashMap<>();
		builtInChecks().forEach(c -> byCode.put(c.entry().code(), c));
		List<ContributionProblem> problems = new ArrayList<>();
		List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
		elements.sort(Comparator.comparing((IConfigurationElement e) -> e.getContributor().getName())
				.thenComparing(e -> String.valueOf(e.getAttribute("code"))));
		for (IConfigurationElement element : elements) {
			String contributor = element.getContributor().getName();
			String code = element.getAttribute("code") == null ? "" : element.getAttribute("code").strip().toLowerCase(Locale.ROOT);
			String type = element.getAttribute("class");
			String source = type != null ? type : "<" + element.getName() + ">";
			String problem = !"check".equals(element.getName()) ? "unknown element <" + element.getName() + ">"
					: !code.matches(CODE_PATTERN) ? "the code '" + code + "' is missing or not made of lower-case letters, digits, '.', '-' and '_'"
							: type == null || type.isBlank() ? "the class attribute is missing"
									: byCode.containsKey(code) ? "the code '" + code + "' is already used by " + byCode.get(code).entry().contributor()
											+ "; this check is left out"
											: null;
			if (problem != null) {
				problems.add(report(contributor, source, problem, null));
				continue;
			}
			String name = element.getAttribute("name") == null ? code : element.getAttribute("name");
			Severity severity = "error".equals(String.valueOf(element.getAttribute("severity")).toLowerCase(Locale.ROOT)) ? Severity.ERROR
					: Severity.WARNING;
			byCode.put(code, new Check(new Entry(code, name, severity, contributor), () -> create(element)));
		}
		return new PlanChecks(new ArrayList<>(byCode.values()), problems);
	}

	private static PlanCheck create(IConfigurationElement element) {
		try {
			return (PlanCheck) element.createExecutableExtension("class");
		} catch (CoreException e) {
			throw new IllegalStateException("cannot be created: " + e.getStatus().getMessage(), e);
		}
	}

	private static List<Check> builtInChecks() {
		return List.of(
				builtIn(TooManyToolsAtOnce.CODE, "Chasing every new framework: too many new tools in the same weeks", TooManyToolsAtOnce::new),
				builtIn(OnlyAlgorithms.CODE, "Only algorithms: data and infrastructure gaps left open", OnlyAlgorithms::new),
				builtIn(NoCommunication.CODE, "No communication skill although the role requires one", NoCommunication::new),
				builtIn(NoPortfolio.CODE, "No portfolio: no project or competition", NoPortfolio::new),
				builtIn(LearningInIsolation.CODE, "Learning in isolation: no meetup, mentoring or community", LearningInIsolation::new),
				builtIn(NoMlops.CODE, "No MLOps for a role that deploys models", NoMlops::new),
				builtIn(UnrealisticDeadline.CODE, "Expecting instant results: the end date comes before the hours allow", UnrealisticDeadline::new),
				builtIn(UnsustainablePace.CODE, "Unsustainable pace: more hours a week than the profile can give", UnsustainablePace::new));
	}

	private static Check builtIn(String code, String name, Supplier<PlanCheck> factory) {
		return new Check(new Entry(code, name, Severity.WARNING, BUILT_IN), factory);
	}

	/** Every check, built-in ones first, then contributed ones by bundle and code. */
	public List<Entry> checks() {
		return checks.stream().map(Check::entry).toList();
	}

	/** The contributed checks that were declared wrongly and left out. */
	public List<ContributionProblem> problems() {
		return problems;
	}

	/** Runs every check whose severity is not {@code ignore} on the context's plan. */
	public Result run(PlanCheckContext context) {
		List<PlanFinding> findings = new ArrayList<>();
		List<ContributionProblem> failures = new ArrayList<>();
		for (Check check : checks) {
			Entry entry = check.entry();
			Severity severity = context.settings().severity(entry.code(), entry.severity());
			if (severity == null) {
				continue;
			}
			List<PlanFinding> found = new ArrayList<>();
			PlanCheck.Findings sink = (element, message, fix) -> found.add(new PlanFinding(entry.code(), severity,
					message == null ? entry.name() : message, fix, element == null ? context.plan() : element, entry.contributor()));
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() {
					check.factory().get().check(context, sink);
				}

				@Override
				public void handleException(Throwable exception) {
					found.clear(); // a check that failed half-way is not trusted
					failures.add(report(entry.contributor(), entry.code(), "the plan check failed: " + exception, exception));
				}
			});
			findings.addAll(found);
		}
		return new Result(List.copyOf(findings), List.copyOf(failures));
	}

	private static ContributionProblem report(String contributor, String source, String message, Throwable exception) {
		Bundle bundle = Platform.getBundle(contributor);
		ILog log = ILog.of(bundle != null ? bundle : FrameworkUtil.getBundle(PlanChecks.class));
		// The status names the contributing bundle as its plug-in, so the Error Log shows whose check broke.
		log.log(new Status(IStatus.ERROR, contributor, "Broken plan check contribution of bundle " + contributor + ": " + source
				+ ": " + message, exception));
		return new ContributionProblem(contributor, source, message);
	}
}
