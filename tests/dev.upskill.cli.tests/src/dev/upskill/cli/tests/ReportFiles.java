/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads a report file as XML and checks that it is self-contained. */
final class ReportFiles {

	private ReportFiles() {
	}

	/** The report parsed as XML: it fails when the file is not well-formed. */
	static Document parse(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(false);
		return factory.newDocumentBuilder().parse(file.toFile());
	}

	static List<Element> elements(Document document, String name) {
		NodeList nodes = document.getElementsByTagName(name);
		List<Element> list = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			list.add((Element) nodes.item(i));
		}
		return list;
	}

	/**
	 * Checks that the report loads nothing from elsewhere: no script, no src, no href but the
	 * evidence's links (http, https or mailto, with rel="noopener"), no @import and no url() in
	 * its styles.
	 *
	 * @return the evidence links
	 */
	static List<String> assertSelfContained(Path file) throws Exception {
		Document document = parse(file);
		String text = Files.readString(file);
		assertTrue(text.startsWith("<!DOCTYPE html>"), "an HTML5 document");
		assertTrue(elements(document, "script").isEmpty(), "no script");
		for (String name : List.of("img", "iframe", "object", "embed", "link", "image", "use", "foreignObject")) {
			assertTrue(elements(document, name).isEmpty(), "no <" + name + "> element");
		}
		for (Element style : elements(document, "style")) {
			String css = style.getTextContent().toLowerCase(Locale.ROOT);
			assertFalse(css.contains("@import") || css.contains("url(") || css.contains("@font-face"), "the styles load nothing");
		}
		List<String> links = new ArrayList<>();
		walk(document.getDocumentElement(), links);
		return links;
	}

	private static void walk(Element element, List<String> links) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			String name = attributes.item(i).getNodeName().toLowerCase(Locale.ROOT);
			String value = attributes.item(i).getNodeValue();
			assertFalse(name.equals("src") || name.equals("srcset") || name.equals("xlink:href") || name.startsWith("on"),
					"<" + element.getTagName() + " " + name + "=\"" + value + "\">");
			assertFalse(name.equals("style") && value.toLowerCase(Locale.ROOT).contains("url("), value);
			if (name.equals("href")) {
				assertEquals("a", element.getTagName(), "only links have an href");
				String lower = value.toLowerCase(Locale.ROOT);
				assertTrue(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:"), value);
				assertTrue(element.getAttribute("rel").contains("noopener"), value);
				links.add(value);
			}
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				walk(e, links);
			}
		}
	}

	static String read(Path file) throws IOException {
		return Files.readString(file);
	}
}
