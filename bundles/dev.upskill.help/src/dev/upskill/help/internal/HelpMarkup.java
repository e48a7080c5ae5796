/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.help.internal;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The guide's XHTML pages as the markup of the Forms toolkit's {@code FormText}, for when no web
 * browser widget is available (SWT's browser needs WebKitGTK on Linux): headings, paragraphs,
 * lists, preformatted text, bold, code and links. Everything else shows as its text.
 */
final class HelpMarkup {

	/** The font keys the markup uses; the page registers a font for each. */
	static final String H1 = "h1";
	static final String H2 = "h2";
	static final String CODE = "code";

	private final StringBuilder out = new StringBuilder();
	private String title = "";

	private HelpMarkup() {
	}

	/** The page's title and its markup; a page that is not well-formed XHTML is an IOException that says why. */
	static Page convert(InputStream xhtml) throws IOException {
		Document document;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			document = builder.parse(xhtml);
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException("the page is not well-formed XHTML: " + e.getMessage(), e);
		}
		HelpMarkup markup = new HelpMarkup();
		markup.out.append("<form>");
		Element root = document.getDocumentElement();
		for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name(element).equals("head")) {
				markup.title = text(element, "title");
			} else if (child instanceof Element element && name(element).equals("body")) {
				markup.blocks(element);
			}
		}
		markup.out.append("</form>");
		return new Page(markup.title, markup.out.toString());
	}

	/** A converted page. */
	record Page(String title, String markup) {
	}

	private void blocks(Element parent) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element element)) {
				continue;
			}
			switch (name(element)) {
				case "h1" -> heading(element, H1);
				case "h2", "h3", "h4" -> heading(element, H2);
				case "p" -> {
					out.append("<p>");
					inline(element);
					out.append("</p>");
				}
				case "ul", "ol" -> list(element, name(element).equals("ol"));
				case "pre" -> {
					out.append("<p><span font=\"").append(CODE).append("\">");
					String[] lines = element.getTextContent().strip().split("\\R");
					for (int i = 0; i < lines.length; i++) {
						out.append(i > 0 ? "<br/>" : "").append(escape(lines[i]));
					}
					out.append("</span></p>");
				}
				default -> blocks(element);
			}
		}
	}

	private void heading(Element element, String font) {
		out.append("<p><span font=\"").append(font).append("\">").append(escape(collapse(element.getTextContent())))
				.append("</span></p>");
	}

	private void list(Element list, boolean numbered) {
		int number = 0;
		for (Node child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element item && name(item).equals("li")) {
				number++;
				out.append(numbered ? "<li style=\"text\" value=\"" + number + ".\">" : "<li>");
				inline(item);
				out.append("</li>");
			}
		}
	}

	private void inline(Node parent) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE) {
				out.append(escape(collapse(child.getNodeValue())));
			} else if (child instanceof Element element) {
				String text = escape(collapse(element.getTextContent()));
				switch (name(element)) {
					case "b", "strong" -> out.append("<b>").append(text).append("</b>");
					case "code" -> out.append("<span font=\"").append(CODE).append("\">").append(text).append("</span>");
					case "a" -> out.append("<a href=\"").append(escape(element.getAttribute("href"))).append("\">").append(text)
							.append("</a>");
					case "br" -> out.append("<br/>");
					default -> inline(element);
				}
			}
		}
	}

	private static String name(Element element) {
		return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
	}

	private static String text(Element parent, String childName) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name(element).equals(childName)) {
				return collapse(element.getTextContent()).strip();
			}
		}
		return "";
	}

	private static String collapse(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
