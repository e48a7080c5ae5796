/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.upskill.io.ExporterDescriptor;
import dev.upskill.io.FormatRegistry;
import dev.upskill.io.FrameworkExporter;
import dev.upskill.io.FrameworkImporter;
import dev.upskill.io.ImporterDescriptor;

/**
 * The {@link FormatRegistry} service: the contributions to {@code dev.upskill.io.formats}, read on
 * first use and again after contributing bundles come or go. Reading them creates no class: the
 * descriptors create importers and exporters when they run.
 */
@Component(service = FormatRegistry.class)
public class ExtensionFormatRegistry implements FormatRegistry, IRegistryEventListener {

	/** The formats as read from the extension registry. */
	private record Formats(Map<String, ImporterDescriptor> importers, Map<String, ExporterDescriptor> exporters, List<String> problems) {
	}

	@Reference
	private IExtensionRegistry extensionRegistry;

	private volatile Formats formats;

	@Activate
	void activate() {
		extensionRegistry.addListener(this, EXTENSION_POINT);
	}

	@Deactivate
	void deactivate() {
		extensionRegistry.removeListener(this);
		formats = null;
	}

	private Formats formats() {
		Formats current = formats;
		if (current == null) {
			current = read(extensionRegistry);
			formats = current;
		}
		return current;
	}

	/** Reads every contribution; one that cannot be used is reported and left out. */
	static Formats read(IExtensionRegistry registry) {
		Map<String, ImporterDescriptor> importers = new TreeMap<>();
		Map<String, ExporterDescriptor> exporters = new TreeMap<>();
		List<String> problems = new ArrayList<>();
		List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
		elements.sort(Comparator.comparing((IConfigurationElement e) -> e.getContributor().getName()));
		for (IConfigurationElement element : elements) {
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id");
			if (id == null || id.isBlank() || element.getAttribute("class") == null) {
				problems.add(problem(contributor, "contributes an <" + element.getName() + "> without an id or class; it is left out"));
				continue;
			}
			switch (element.getName()) {
				case "importer" -> {
					ImporterDescriptor descriptor = new ImporterDescriptor(id, element.getAttribute("name"),
							element.getAttribute("description"), element.getAttribute("input"), contributor,
							() -> (FrameworkImporter) element.createExecutableExtension("class"));
					ImporterDescriptor previous = importers.putIfAbsent(id, descriptor);
					if (previous != null) {
						problems.add(problem(contributor, "contributes the importer '" + id + "', which " + previous.contributor()
								+ " already contributes; this one is left out"));
					}
				}
				case "exporter" -> {
					ExporterDescriptor descriptor = new ExporterDescriptor(id, element.getAttribute("name"),
							element.getAttribute("description"), element.getAttribute("extension"), contributor,
							() -> (FrameworkExporter) element.createExecutableExtension("class"));
					ExporterDescriptor previous = exporters.putIfAbsent(id, descriptor);
					if (previous != null) {
						problems.add(problem(contributor, "contributes the exporter '" + id + "', which " + previous.contributor()
								+ " already contributes; this one is left out"));
					}
				}
				default -> problems.add(problem(contributor, "contributes an unknown element <" + element.getName() + ">"));
			}
		}
		return new Formats(importers, exporters, List.copyOf(problems));
	}

	private static String problem(String contributor, String what) {
		String text = "The bundle " + contributor + " " + what;
		ILog.of(ExtensionFormatRegistry.class).warn(text);
		return text;
	}

	@Override
	public List<ImporterDescriptor> getImporters() {
		return List.copyOf(formats().importers().values());
	}

	@Override
	public Optional<ImporterDescriptor> getImporter(String id) {
		return Optional.ofNullable(formats().importers().get(id));
	}

	@Override
	public List<ExporterDescriptor> getExporters() {
		return List.copyOf(formats().exporters().values());
	}

	@Override
	public Optional<ExporterDescriptor> getExporter(String id) {
		return Optional.ofNullable(formats().exporters().get(id));
	}

	@Override
	public List<String> getProblems() {
		return formats().problems();
	}

	@Override
	public void added(IExtension[] extensions) {
		formats = null;
	}

	@Override
	public void removed(IExtension[] extensions) {
		formats = null;
	}

	@Override
	public void added(IExtensionPoint[] extensionPoints) {
		// our own point; nothing to do
	}

	@Override
	public void removed(IExtensionPoint[] extensionPoints) {
		// our own point; nothing to do
	}
}
