/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.posting;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a job posting or CV as matching reads it: plain text and Markdown as they are, HTML
 * as the text a browser shows (parsed with jsoup: scripts, styles and comments left out, entities
 * decoded), with a line per block, {@code - } before list items and {@code #} before headings, so
 * that sections and lists are recognised. Offsets of a {@link PostingMatch} refer to this text.
 *
 * @since 0.1.0
 */
public final class PostingText {

	/** Larger files are refused: a posting or CV is a few pages. */
	public static final long MAX_BYTES = 8L * 1024 * 1024;

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main", "aside",
			"ul", "ol", "table", "tr", "blockquote", "pre", "dl", "dt", "dd", "form", "fieldset", "nav", "figure", "address",
			"hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br");

	private PostingText() {
	}

	/**
	 * Reads a file: HTML ({@code .html}, {@code .htm}, or content that starts as HTML) as its text,
	 * anything else as text. The encoding is UTF-8 (with or without a byte order mark), UTF-16 with
	 * a byte order mark, or else Windows-1252.
	 *
	 * @throws IOException with a message that names the file and says what is wrong with it: missing,
	 *         a folder, too large, binary
	 */
	public static String read(Path file) throws IOException {
		byte[] bytes;
		try {
			if (Files.isDirectory(file)) {
				throw new IOException(file + ": is a folder, not a file");
			}
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				throw new IOException(file + ": is " + (size / (1024 * 1024)) + " MB; a posting or CV of more than "
						+ (MAX_BYTES / (1024 * 1024)) + " MB is not read");
			}
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new IOException(file + ": no such file");
		}
		String text = decode(bytes);
		if (text == null) {
			throw new IOException(file + ": is not text (it holds binary data; give the posting as .txt, .md or .html)");
		}
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || looksLikeHtml(text)) {
			return fromHtml(text);
		}
		return text;
	}

	/** The text of bytes, or null when they are binary (NUL bytes without a UTF-16 mark, or many control characters). */
	public static String decode(byte[] bytes) {
		String text;
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
			text = new String(bytes, StandardCharsets.UTF_16);
		} else {
			for (byte b : bytes) {
				if (b == 0) {
					return null;
				}
			}
			try {
				text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			} catch (CharacterCodingException e) {
				text = new String(bytes, Charset.forName("windows-1252"));
			}
		}
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		int controls = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				controls++;
			}
		}
		return controls > 8 && controls * 100 > text.length() ? null : text;
	}

	/** Whether text starts as an HTML document does ({@code <!DOCTYPE html}, {@code <html}). */
	public static boolean looksLikeHtml(String text) {
		String head = text.substring(0, Math.min(text.length(), 512)).stripLeading().toLowerCase(Locale.ROOT);
		return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<body")
				|| (head.startsWith("<?xml") && head.contains("<html"));
	}

	/** The text of an HTML document or fragment, as a browser shows it (see the class comment). */
	public static String fromHtml(String html) {
		Document document = Jsoup.parse(html);
		document.select("script, style, template, noscript, head").remove();
		StringBuilder out = new StringBuilder(html.length() / 2);
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					boolean pre = text.parent() instanceof Element parent && parent.normalName().equals("pre");
					String words = pre ? text.getWholeText() : collapse(text.getWholeText());
					if (!words.isEmpty()) {
						if (words.charAt(0) == ' ' && (out.isEmpty() || Character.isWhitespace(out.charAt(out.length() - 1)))) {
							words = words.substring(1);
						}
						out.append(words);
					}
				} else if (node instanceof Element element) {
					String name = element.normalName();
					if (BLOCKS.contains(name)) {
						newLine(out);
					}
					if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
						out.append("#".repeat(name.charAt(1) - '0')).append(' ');
					} else if (name.equals("li")) {
						out.append("- ");
					} else if (name.equals("td") || name.equals("th")) {
						if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
							out.append(" | ");
						}
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					newLine(out);
				}
			}
		}, document.body() == null ? document : document.body());
		return out.toString().strip() + "\n";
	}

	private static void newLine(StringBuilder out) {
		// Trailing spaces go; at most one empty line between blocks.
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == ' ') {
			end--;
		}
		out.setLength(end);
		if (out.isEmpty()) {
			return;
		}
		if (out.charAt(out.length() - 1) != '\n') {
			out.append('\n');
		}
	}

	private static String collapse(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || c == '\u00a0') {
				space = true;
			} else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		if (space) {
			out.append(' ');
		}
		return out.toString();
	}
}
