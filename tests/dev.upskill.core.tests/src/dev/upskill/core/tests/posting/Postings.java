/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests.posting;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.upskill.core.posting.Demand;
import dev.upskill.core.posting.PostingText;
import dev.upskill.core.posting.SkillMatcher;
import dev.upskill.model.Framework;
import dev.upskill.model.resource.UpskillResourceFactory;

/**
 * The hand-labelled test postings ({@code postings/} of this bundle): each {@code NN-name.md|txt|html}
 * with a {@code NN-name.labels} file that lists the skills it asks for, a line each,
 * {@code required ai:python} or {@code nice gt:go} ({@code ai:} the built-in AI framework,
 * {@code gt:} the small test framework {@code general-tech.framework} beside them).
 */
final class Postings {

	/** A posting and its labels: skill key to demand. */
	record Labelled(String name, String text, Map<String, Demand> labels) {
	}

	private Postings() {
	}

	/** The built-in AI framework and the test framework, read once per call. */
	static List<Framework> frameworks() {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		Framework ai = (Framework) resourceSet
				.getResource(URI.createPlatformPluginURI("dev.upskill.frameworks.ai/frameworks/ai-upskilling.framework", true), true)
				.getContents().get(0);
		Framework test = (Framework) resourceSet
				.getResource(URI.createPlatformPluginURI("dev.upskill.core.tests/postings/general-tech.framework", true), true)
				.getContents().get(0);
		return List.of(ai, test);
	}

	static SkillMatcher matcher() {
		return SkillMatcher.of(frameworks());
	}

	/** Every labelled posting, by name. */
	static List<Labelled> all() throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(Postings.class);
		Enumeration<URL> found = bundle.findEntries("postings", "*.labels", false);
		List<URL> labels = found == null ? List.of() : Collections.list(found);
		List<Labelled> postings = new ArrayList<>();
		for (URL label : labels) {
			String path = label.getPath();
			String base = path.substring(path.lastIndexOf('/') + 1, path.length() - ".labels".length());
			String text = null;
			for (String extension : List.of(".md", ".txt", ".html")) {
				URL posting = bundle.getEntry("postings/" + base + extension);
				if (posting != null) {
					String raw = PostingText.decode(read(posting));
					text = extension.equals(".html") ? PostingText.fromHtml(raw) : raw;
				}
			}
			if (text == null) {
				throw new IOException(base + ".labels has no posting beside it");
			}
			postings.add(new Labelled(base, text, labels(new String(read(label), StandardCharsets.UTF_8))));
		}
		postings.sort((a, b) -> a.name().compareTo(b.name()));
		return postings;
	}

	static String text(String file) throws IOException {
		return PostingText.decode(read(FrameworkUtil.getBundle(Postings.class).getEntry("postings/" + file)));
	}

	private static Map<String, Demand> labels(String text) {
		Map<String, Demand> labels = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			line = line.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\s+");
			Demand demand = parts[0].equals("nice") ? Demand.NICE_TO_HAVE : Demand.REQUIRED;
			labels.put(key(parts[1]), demand);
		}
		return labels;
	}

	static String key(String shortKey) {
		if (shortKey.startsWith("ai:")) {
			return "ai-upskilling#skill." + shortKey.substring(3);
		}
		if (shortKey.startsWith("gt:")) {
			return "general-tech#skill." + shortKey.substring(3);
		}
		return shortKey;
	}

	private static byte[] read(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}
}
