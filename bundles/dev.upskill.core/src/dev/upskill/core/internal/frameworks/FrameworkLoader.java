/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.frameworks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.core.frameworks.FrameworkProvider;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.model.Framework;
import dev.upskill.model.NamedElement;
import dev.upskill.model.resource.UpskillResource;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;

/**
 * Reads every contribution of {@code dev.upskill.core.frameworks} once, into a {@link Snapshot}.
 * Each contribution is read on its own, through {@link SafeRunner}; whatever is wrong with one is
 * recorded as a {@link ContributionProblem}, logged under its bundle, and the others carry on.
 */
final class FrameworkLoader {

	private final IExtensionRegistry extensionRegistry;
	private final ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
	private final Map<String, Loaded> frameworks = new TreeMap<>();
	private final List<Loaded> additions = new ArrayList<>();
	private final List<ContributionProblem> problems = new ArrayList<>();
	private final Map<Resource, String> contributors = new IdentityHashMap<>();

	/** A framework or additions model as read, with where it came from. */
	private record Loaded(Framework model, String contributor, URI location, String source, String target) {
	}

	FrameworkLoader(IExtensionRegistry extensionRegistry) {
		this.extensionRegistry = extensionRegistry;
	}

	Snapshot load() {
		IConfigurationElement[] elements = extensionRegistry.getConfigurationElementsFor(FrameworkRegistry.EXTENSION_POINT);
		List<IConfigurationElement> ordered = new ArrayList<>(List.of(elements));
		ordered.sort(Comparator.comparing((IConfigurationElement e) -> e.getContributor().getName()));
		for (IConfigurationElement element : ordered) {
			String contributor = element.getContributor().getName();
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() throws Exception {
					read(element, contributor);
				}

				@Override
				public void handleException(Throwable exception) {
					problem(contributor, source(element), "failed: " + exception);
				}
			});
		}
		Map<String, List<RegisteredFramework.Additions>> added = attachAdditions();
		checkModels();
		List<RegisteredFramework> registered = frameworks.values().stream()
				.map(f -> new RegisteredFramework(f.model(), f.contributor(), f.location(),
						added.getOrDefault(f.model().getId(), List.of())))
				.toList();
		return new Snapshot(registered, problems, contributors, resourceSet);
	}

	private void read(IConfigurationElement element, String contributor) throws Exception {
		switch (element.getName()) {
			case "framework" -> {
				Loaded loaded = readFile(element, contributor, null);
				if (loaded != null) {
					register(loaded);
				}
			}
			case "additions" -> {
				String target = element.getAttribute("framework");
				Loaded loaded = readFile(element, contributor, target);
				if (loaded != null) {
					additions.add(loaded);
				}
			}
			case "provider" -> readProvider(element, contributor);
			default -> problem(contributor, element.getName(), "unknown element <" + element.getName() + ">");
		}
	}

	private Loaded readFile(IConfigurationElement element, String contributor, String target) {
		String file = element.getAttribute("file");
		if (file == null || file.isBlank()) {
			problem(contributor, "<" + element.getName() + ">", "the file attribute is missing");
			return null;
		}
		String path = file.startsWith("/") ? file.substring(1) : file;
		URI uri = URI.createPlatformPluginURI(contributor + "/" + path, true);
		Bundle bundle = Platform.getBundle(contributor);
		if (bundle == null || bundle.getEntry(path) == null) {
			problem(contributor, file, "the file does not exist in the bundle (is it in build.properties' bin.includes?)");
			return null;
		}
		ModelFile loaded = ModelFile.load(resourceSet, uri, file);
		if (!loaded.loaded()) {
			loaded.problems().forEach(p -> problem(contributor, file, describe(p)));
			resourceSet.getResources().remove(loaded.resource());
			return null;
		}
		if (!(loaded.resource().getContents().get(0) instanceof Framework framework)) {
			problem(contributor, file, "does not hold a framework");
			return null;
		}
		contributors.put(loaded.resource(), contributor);
		return new Loaded(framework, contributor, uri, file, target);
	}

	private void readProvider(IConfigurationElement element, String contributor) throws Exception {
		String source = source(element);
		FrameworkProvider provider = (FrameworkProvider) element.createExecutableExtension("class");
		List<Framework> provided = provider.provideFrameworks();
		if (provided == null || provided.isEmpty()) {
			problem(contributor, source, "provided no framework");
			return;
		}
		for (Framework framework : provided) {
			if (framework == null || framework.getId() == null || framework.getId().isBlank()) {
				problem(contributor, source, "provided a framework without an id");
				continue;
			}
			if (framework.eResource() != null) {
				problem(contributor, source, "provided the framework '" + framework.getId() + "' that is already in a resource");
				continue;
			}
			URI uri = FrameworkUris.of(framework.getId());
			Resource resource = new UpskillResource(uri);
			resourceSet.getResources().add(resource);
			resource.getContents().add(framework);
			contributors.put(resource, contributor);
			register(new Loaded(framework, contributor, uri, source, null));
		}
	}

	private void register(Loaded loaded) {
		String id = loaded.model().getId();
		Loaded previous = frameworks.get(id);
		if (previous != null) {
			problem(loaded.contributor(), loaded.source(), "the framework id '" + id + "' is already contributed by "
					+ previous.contributor() + " (" + previous.source() + "); this one is left out");
			drop(loaded);
			return;
		}
		frameworks.put(id, loaded);
		if (loaded.location().isPlatformPlugin()) {
			resourceSet.getURIConverter().getURIMap().put(FrameworkUris.of(id), loaded.location());
		}
	}

	private Map<String, List<RegisteredFramework.Additions>> attachAdditions() {
		Map<String, List<RegisteredFramework.Additions>> byTarget = new LinkedHashMap<>();
		for (Loaded loaded : additions) {
			Loaded target = frameworks.get(loaded.target());
			if (loaded.target() == null || target == null) {
				problem(loaded.contributor(), loaded.source(), "adds to the framework '" + loaded.target()
						+ "', which no bundle contributes");
				drop(loaded);
				continue;
			}
			Set<String> clashes = ids(loaded.model()).stream().filter(ids(target.model())::contains)
					.collect(Collectors.toCollection(TreeSet::new));
			if (!clashes.isEmpty()) {
				problem(loaded.contributor(), loaded.source(), "adds elements whose ids the framework '" + loaded.target()
						+ "' already uses: " + String.join(", ", clashes) + "; the additions are left out");
				drop(loaded);
				continue;
			}
			byTarget.computeIfAbsent(loaded.target(), k -> new ArrayList<>())
					.add(new RegisteredFramework.Additions(loaded.contributor(), loaded.model(), loaded.location()));
		}
		return byTarget;
	}

	/** Reports what is wrong inside each model: unknown skills, levels outside their scale, ... */
	private void checkModels() {
		Map<Resource, Loaded> byResource = new HashMap<>();
		frameworks.values().forEach(f -> byResource.put(f.model().eResource(), f));
		additions.stream().filter(a -> contributors.containsKey(a.model().eResource()))
				.forEach(a -> byResource.put(a.model().eResource(), a));
		for (Map.Entry<Resource, Loaded> entry : byResource.entrySet()) {
			Loaded loaded = entry.getValue();
			for (Problem problem : ModelChecker.check(loaded.source(), entry.getKey())) {
				if (problem.severity() == Problem.Severity.ERROR) {
					problem(loaded.contributor(), loaded.source(), describe(problem));
				}
			}
		}
	}

	private void drop(Loaded loaded) {
		Resource resource = loaded.model().eResource();
		contributors.remove(resource);
		resourceSet.getResources().remove(resource);
	}

	private static Set<String> ids(Framework framework) {
		Set<String> ids = new HashSet<>();
		for (TreeIterator<EObject> it = framework.eAllContents(); it.hasNext();) {
			if (it.next() instanceof NamedElement named && named.getId() != null) {
				ids.add(named.getId());
			}
		}
		return ids;
	}

	private static String describe(Problem problem) {
		StringBuilder text = new StringBuilder();
		if (problem.line() > 0) {
			text.append("line ").append(problem.line()).append(": ");
		}
		if (problem.element() != null) {
			text.append(problem.element()).append(": ");
		}
		return text.append(problem.message()).toString();
	}

	private static String source(IConfigurationElement element) {
		String file = element.getAttribute("file");
		String type = element.getAttribute("class");
		return file != null ? file : type != null ? type : "<" + element.getName() + ">";
	}

	private void problem(String contributor, String source, String message) {
		ContributionProblem problem = new ContributionProblem(contributor, source, message);
		problems.add(problem);
		Bundle bundle = Platform.getBundle(contributor);
		ILog log = ILog.of(bundle != null ? bundle : FrameworkUtil.getBundle(FrameworkLoader.class));
		log.log(Status.error("Broken competency framework contribution of bundle " + contributor + ": " + source + ": "
				+ message));
	}
}
