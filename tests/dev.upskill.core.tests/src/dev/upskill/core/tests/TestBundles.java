/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Real bundles, built in memory and installed into the running framework, that contribute to
 * {@code dev.upskill.core.frameworks} (or another extension point): the way an organization's plug-in would.
 */
final class TestBundles {

	private final List<Bundle> installed = new ArrayList<>();

	/** A bundle builder: {@code plugin.xml} extensions and files. */
	static final class Spec {
		final String name;
		final StringBuilder extensions = new StringBuilder();
		final Map<String, String> files = new LinkedHashMap<>();
		String imports;
		String point = "dev.upskill.core.frameworks";

		Spec(String name) {
			this.name = name;
		}

		Spec contribute(String element) {
			extensions.append("    ").append(element).append('\n');
			return this;
		}

		Spec file(String path, String content) {
			files.put(path, content);
			return this;
		}

		Spec importPackage(String packages) {
			imports = packages;
			return this;
		}

		/** The extension point the contributions extend (by default the frameworks'). */
		Spec point(String extensionPoint) {
			point = extensionPoint;
			return this;
		}
	}

	Bundle install(Spec spec) throws IOException, BundleException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", spec.name + ";singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		if (spec.imports != null) {
			main.putValue("Import-Package", spec.imports);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			put(jar, "plugin.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n"
					+ "  <extension point=\"" + spec.point + "\">\n" + spec.extensions + "  </extension>\n</plugin>\n");
			for (Map.Entry<String, String> file : spec.files.entrySet()) {
				put(jar, file.getKey(), file.getValue());
			}
		}
		BundleContext context = FrameworkUtil.getBundle(TestBundles.class).getBundleContext();
		Bundle bundle = context.installBundle("test:" + spec.name, new ByteArrayInputStream(bytes.toByteArray()));
		installed.add(bundle);
		bundle.start();
		return bundle;
	}

	private static void put(JarOutputStream jar, String path, String content) throws IOException {
		jar.putNextEntry(new JarEntry(path));
		jar.write(content.getBytes(StandardCharsets.UTF_8));
		jar.closeEntry();
	}

	void uninstallAll() throws BundleException {
		for (Bundle bundle : installed) {
			if (bundle.getState() != Bundle.UNINSTALLED) {
				bundle.uninstall();
			}
		}
		installed.clear();
	}

	static String framework(String id, String body) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<upskill:Framework xmlns:upskill=\"https://upskill.dev/model/1.0\" id=\""
				+ id + "\" name=\"" + id + "\">\n" + body + "</upskill:Framework>\n";
	}

	static final String SCALE = "  <scales id=\"scale.0-5\">\n" + "    <levels value=\"0\"/>\n    <levels value=\"3\"/>\n"
			+ "    <levels value=\"5\"/>\n  </scales>\n";
}
