/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.report;

import java.util.Locale;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small SVG writer over an XML stream writer, which escapes every text and attribute: shapes,
 * text with a tooltip ({@code <title>}), numbers to one decimal.
 */
final class Svg {

	private final XMLStreamWriter out;

	Svg(XMLStreamWriter out) {
		this.out = out;
	}

	/** Opens an {@code <svg>} scaled to its box, with what it shows for screen readers. */
	void open(double width, double height, String label) throws XMLStreamException {
		out.writeStartElement("svg");
		out.writeAttribute("xmlns", "http://www.w3.org/2000/svg");
		out.writeAttribute("viewBox", "0 0 " + n(width) + " " + n(height));
		out.writeAttribute("width", n(width));
		out.writeAttribute("height", n(height));
		out.writeAttribute("role", "img");
		out.writeAttribute("aria-label", label);
	}

	void close() throws XMLStreamException {
		out.writeEndElement();
	}

	void group(String cssClass) throws XMLStreamException {
		out.writeStartElement("g");
		out.writeAttribute("class", cssClass);
	}

	void end() throws XMLStreamException {
		out.writeEndElement();
	}

	void rect(double x, double y, double width, double height, String cssClass, String tooltip) throws XMLStreamException {
		if (tooltip == null) {
			out.writeEmptyElement("rect");
		} else {
			out.writeStartElement("rect");
		}
		out.writeAttribute("x", n(x));
		out.writeAttribute("y", n(y));
		out.writeAttribute("width", n(Math.max(0, width)));
		out.writeAttribute("height", n(Math.max(0, height)));
		out.writeAttribute("class", cssClass);
		if (tooltip != null) {
			title(tooltip);
			out.writeEndElement();
		}
	}

	void line(double x1, double y1, double x2, double y2, String cssClass) throws XMLStreamException {
		out.writeEmptyElement("line");
		out.writeAttribute("x1", n(x1));
		out.writeAttribute("y1", n(y1));
		out.writeAttribute("x2", n(x2));
		out.writeAttribute("y2", n(y2));
		out.writeAttribute("class", cssClass);
	}

	/** A closed polygon through the points {@code x0, y0, x1, y1, ...}. */
	void polygon(double[] points, String cssClass) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < points.length; i += 2) {
			text.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
		}
		out.writeEmptyElement("polygon");
		out.writeAttribute("points", text.toString());
		out.writeAttribute("class", cssClass);
	}

	/**
	 * Text, one {@code <tspan>} per line below the first, with the full text as its tooltip when
	 * it differs from what is shown.
	 *
	 * @param anchor {@code start}, {@code middle} or {@code end}
	 */
	void text(double x, double y, String anchor, String cssClass, String full, String... lines) throws XMLStreamException {
		out.writeStartElement("text");
		out.writeAttribute("x", n(x));
		out.writeAttribute("y", n(y));
		if (!"start".equals(anchor)) {
			out.writeAttribute("text-anchor", anchor);
		}
		if (cssClass != null) {
			out.writeAttribute("class", cssClass);
		}
		if (full != null && !full.equals(String.join(" ", lines))) {
			title(full);
		}
		for (int i = 0; i < lines.length; i++) {
			if (i == 0) {
				out.writeCharacters(lines[i]);
			} else {
				out.writeStartElement("tspan");
				out.writeAttribute("x", n(x));
				out.writeAttribute("dy", "1.2em");
				out.writeCharacters(lines[i]);
				out.writeEndElement();
			}
		}
		out.writeEndElement();
	}

	private void title(String text) throws XMLStreamException {
		out.writeStartElement("title");
		out.writeCharacters(text);
		out.writeEndElement();
	}

	/** A number with at most one decimal, {@code 12} or {@code 12.5}. */
	static String n(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
	}

	/** The text cut to {@code max} characters with an ellipsis. */
	static String cut(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)).stripTrailing() + "\u2026";
	}

	/**
	 * The text on at most two lines of about {@code max} characters: split at the space that
	 * makes the longer line shortest, each cut with an ellipsis if still too long.
	 */
	static String[] wrap(String text, int max) {
		if (text.length() <= max) {
			return new String[] { text };
		}
		int best = -1;
		int bestWidth = Integer.MAX_VALUE;
		for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
			int width = Math.max(i, text.length() - i - 1);
			if (width < bestWidth) {
				bestWidth = width;
				best = i;
			}
		}
		if (best < 0) {
			return new String[] { cut(text, max) };
		}
		return new String[] { cut(text.substring(0, best), max), cut(text.substring(best + 1), max) };
	}
}
