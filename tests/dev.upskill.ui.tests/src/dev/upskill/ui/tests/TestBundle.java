/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * A real bundle, built in memory and installed into the running workbench, that contributes a
 * framework provider the way an organization's plug-in does (as the core tests' TestBundles).
 */
final class TestBundle {

	private TestBundle() {
	}

	/** Installs and starts a bundle that contributes {@code providerClass}, from a package the tests export. */
	static Bundle provider(String name, String providerClass) throws IOException, BundleException {
		return contribution(name, providerClass, "  <extension point=\"dev.upskill.core.frameworks\">\n    <provider class=\"" + providerClass
				+ "\"/>\n  </extension>\n");
	}

	/**
	 * Installs and starts a bundle whose plugin.xml holds these extensions, made of {@code contributedClass}
	 * from a package the tests export.
	 */
	static Bundle contribution(String name, String contributedClass, String extensions) throws IOException, BundleException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", name + ";singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue("Import-Package", contributedClass.substring(0, contributedClass.lastIndexOf('.')));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			jar.putNextEntry(new JarEntry("plugin.xml"));
			jar.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n" + extensions + "</plugin>\n")
					.getBytes(StandardCharsets.UTF_8));
			jar.closeEntry();
		}
		BundleContext context = FrameworkUtil.getBundle(TestBundle.class).getBundleContext();
		Bundle bundle = context.installBundle("test:" + name, new ByteArrayInputStream(bytes.toByteArray()));
		bundle.start();
		return bundle;
	}
}
