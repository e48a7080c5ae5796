/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.validation;

import java.io.CharConversionException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import dev.upskill.model.UpskillPackage;
import dev.upskill.model.resource.UnknownNamespaceException;

/**
 * Says in words why a file could not be read, or why a reference names nothing: what the parser,
 * EMF or the file system threw becomes a {@link ProblemCode}, a place and a sentence, and never
 * shows a Java class name.
 */
public final class Reasons {

	/** The longest piece of a file's content quoted in a message. */
	private static final int MAX_QUOTED = 60;
	/** A qualified Java class name, such as {@code java.io.FileNotFoundException}. */
	private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z0-9_$]+)+\\.[A-Z][\\w$]*(:\\s*)?");

	private Reasons() {
	}

	/**
	 * Why a file could not be read.
	 *
	 * @param code what kind of problem it is
	 * @param line 1-based line, 0 when unknown
	 * @param column 1-based column, 0 when unknown
	 * @param message the reason, in words
	 */
	public record Reason(ProblemCode code, int line, int column, String message) {
	}

	/**
	 * Why reading failed, from what was thrown or recorded while loading.
	 *
	 * @param failure the exception or the resource's error
	 * @param converter reads the file again to find where an encoding error is; may be null
	 * @param uri the file's URI; may be null
	 */
	public static Reason of(Throwable failure, URIConverter converter, URI uri) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
			chain.add(t);
		}
		CharConversionException encoding = find(chain, CharConversionException.class);
		SAXParseException sax = find(chain, SAXParseException.class);
		if (encoding != null || sax != null && isEncoding(sax.getMessage())) {
			return encoding(sax, converter, uri);
		}
		if (sax != null) {
			return xml(sax, sax.getLineNumber(), sax.getColumnNumber());
		}
		XMIException xmi = find(chain, XMIException.class);
		if (xmi != null) {
			return emf(xmi);
		}
		UnsupportedEncodingException unsupported = find(chain, UnsupportedEncodingException.class);
		if (unsupported != null) {
			return new Reason(ProblemCode.ENCODING, 1, 0, "the file declares the encoding '" + quote(unsupported.getMessage())
					+ "', which is not known; Upskill files are UTF-8 (encoding=\"UTF-8\")");
		}
		if (find(chain, FileNotFoundException.class) != null || find(chain, NoSuchFileException.class) != null) {
			return new Reason(ProblemCode.FILE_MISSING, 0, 0, "the file does not exist");
		}
		if (find(chain, AccessDeniedException.class) != null) {
			return new Reason(ProblemCode.FILE_UNREADABLE, 0, 0, "the file cannot be read (permission denied)");
		}
		IOException io = find(chain, IOException.class);
		if (io != null) {
			return new Reason(ProblemCode.FILE_UNREADABLE, 0, 0, "the file cannot be read: " + words(io));
		}
		return new Reason(ProblemCode.LOAD_FAILED, 0, 0,
				"the file could not be read: the reader stopped on content it does not expect (" + words(failure) + ")");
	}

	private static <T> T find(List<Throwable> chain, Class<T> type) {
		return chain.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
	}

	private static boolean isEncoding(String message) {
		return message != null && (message.contains("byte") && message.contains("UTF-8") || message.contains("Invalid byte"));
	}

	private static Reason xml(SAXParseException sax, int line, int column) {
		String message = words(sax);
		if (message.contains("DOCTYPE is disallowed")) {
			return new Reason(ProblemCode.DOCTYPE, line, column, "DOCTYPE declarations are not allowed in Upskill files (they can"
					+ " make a reader fetch URLs or read local files); remove the <!DOCTYPE ...> declaration");
		}
		if (message.contains("Premature end of file") || message.contains("XML document structures must start and end")) {
			return new Reason(ProblemCode.XML_TRUNCATED, line, column, "the file ends too early (truncated or incomplete XML): " + message);
		}
		return new Reason(ProblemCode.XML_MALFORMED, line, column, "the XML is not well formed: " + message);
	}

	private static Reason emf(XMIException xmi) {
		int line = xmi.getLine();
		int column = xmi.getColumn();
		return switch (xmi) {
			case UnknownNamespaceException unknown -> new Reason(ProblemCode.UNKNOWN_NAMESPACE, line, column,
					"unknown XML namespace '" + quote(unknown.getNamespace()) + "': not an Upskill Workbench file, or one written by a"
							+ " newer version (this version reads " + UpskillPackage.eNS_URI + ")");
			case PackageNotFoundException p -> new Reason(ProblemCode.UNKNOWN_NAMESPACE, line, column,
					"unknown XML namespace '" + quote(p.uri()) + "': not an Upskill Workbench file, or one written by a newer version");
			case FeatureNotFoundException f -> new Reason(ProblemCode.UNKNOWN_FEATURE, line, column,
					"unknown attribute or element '" + quote(f.getName()) + "' (misspelled, or written by a newer version)");
			case ClassNotFoundException c -> new Reason(ProblemCode.UNKNOWN_TYPE, line, column,
					"unknown element type '" + quote(c.getName()) + "'");
			case IllegalValueException v when v.getValue() instanceof EObject object -> new Reason(ProblemCode.INVALID_VALUE, line, column,
					v.getFeature().getName() + " refers to " + Labels.of(object) + ", which is not a " + v.getFeature().getEType().getName());
			case IllegalValueException v -> new Reason(ProblemCode.INVALID_VALUE, line, column,
					"invalid value '" + quote(String.valueOf(v.getValue())) + "' for '" + v.getFeature().getName() + "'");
			case UnresolvedReferenceException u -> new Reason(ProblemCode.UNRESOLVED_REFERENCE, line, column,
					u.getFeature().getName() + " refers to '" + quote(u.getReference()) + "', which is not in this file");
			default -> new Reason(ProblemCode.LOAD_FAILED, line, column, words(xmi));
		};
	}

	/** Finds the first bad byte: the parser does not always say where it is. */
	private static Reason encoding(SAXParseException sax, URIConverter converter, URI uri) {
		if (converter != null && uri != null) {
			try (InputStream in = converter.createInputStream(uri)) {
				byte[] bytes = in.readAllBytes();
				int bad = firstMalformed(bytes);
				if (bad >= 0) {
					int line = 1;
					int lineStart = 0;
					for (int i = 0; i < bad; i++) {
						if (bytes[i] == '\n') {
							line++;
							lineStart = i + 1;
						}
					}
					int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
					return new Reason(ProblemCode.ENCODING, line, column, notUtf8(line, column));
				}
			} catch (IOException e) {
				// fall back to what the parser said
			}
		}
		int line = sax == null ? 0 : Math.max(0, sax.getLineNumber());
		int column = sax == null ? 0 : Math.max(0, sax.getColumnNumber());
		return new Reason(ProblemCode.ENCODING, line, column, line > 0 ? notUtf8(line, column)
				: "the file is not valid UTF-8 (saved in another encoding, or damaged)");
	}

	private static String notUtf8(int line, int column) {
		return "not valid UTF-8 at line " + line + (column > 0 ? ", column " + column : "")
				+ " (saved in another encoding, or damaged)";
	}

	/** The offset of the first byte that is not valid UTF-8, or -1. */
	static int firstMalformed(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
		return result.isError() ? in.position() : -1;
	}

	/**
	 * Why a reference names no element: which element is missing from which file, and, when that
	 * file could not be read, why (for example {@code dana.profile does not exist next to this file}).
	 */
	public static String unresolved(EObject owner, EReference reference, EObject proxy) {
		URI uri = ((InternalEObject) proxy).eProxyURI();
		URI file = uri.trimFragment();
		Resource here = owner.eResource();
		URI hereUri = here == null ? null : here.getURI();
		String where = file.equals(hereUri) || file.isEmpty() ? "this file"
				: "upskill".equals(file.scheme()) ? "the framework '" + file.lastSegment() + "'"
						: file.lastSegment() == null ? file.toString() : file.lastSegment();
		String message = reference.getName() + " refers to '" + uri.fragment() + "', which is not in " + where;
		String why = here == null || file.equals(hereUri) ? null : unreadable(here.getResourceSet(), file, hereUri);
		return why == null ? message : message + " (" + why + ")";
	}

	/**
	 * A team's member as its file names it, quoted: {@code 'alice.profile'} (the path relative to
	 * the team's file when the member is elsewhere), or {@code 'alice.profile#alice'} when the
	 * file is right and the element is not.
	 */
	public static String memberFile(EObject owner, EObject member) {
		if (member == null) {
			return "'(none)'";
		}
		if (!member.eIsProxy()) {
			Resource resource = member.eResource();
			return resource == null ? "'" + Labels.of(member) + "'" : "'" + relative(owner, resource.getURI()) + "'";
		}
		return "'" + relative(owner, ((InternalEObject) member).eProxyURI().trimFragment()) + "'";
	}

	/** Why a team's member could not be read: its file is missing or broken, or has no such element. */
	public static String memberUnreadable(EObject owner, EObject member) {
		if (!(member instanceof InternalEObject proxy) || proxy.eProxyURI() == null) {
			return "no profile is named";
		}
		URI uri = proxy.eProxyURI();
		URI file = uri.trimFragment();
		Resource here = owner.eResource();
		String why = here == null ? null : unreadable(here.getResourceSet(), file, here.getURI());
		if (why != null) {
			return why;
		}
		return file.lastSegment() + " has no element '" + uri.fragment() + "'";
	}

	private static String relative(EObject owner, URI file) {
		Resource here = owner.eResource();
		URI base = here == null ? null : here.getURI();
		if (base != null && file.isHierarchical() && base.isHierarchical() && !file.isRelative()) {
			URI relative = file.deresolve(base, true, true, false);
			if (relative.isRelative() && !relative.toString().isEmpty()) {
				return relative.toString();
			}
		}
		return file.isFile() ? file.toFileString() : file.toString();
	}

	private static String unreadable(ResourceSet resourceSet, URI file, URI here) {
		Resource other = resourceSet == null ? null : resourceSet.getResource(file, false);
		String name = file.lastSegment() == null ? file.toString() : file.lastSegment();
		if ("upskill".equals(file.scheme())) {
			return other != null && other.isLoaded() && other.getErrors().isEmpty() ? null
					: "no installed framework has the id '" + name + "'";
		}
		String place = here != null && file.trimSegments(1).equals(here.trimSegments(1)) ? " next to this file"
				: file.isFile() ? " (" + file.toFileString() + ")" : "";
		if (other == null || !other.getErrors().isEmpty() || !other.isLoaded()) {
			URIConverter converter = resourceSet == null ? null : resourceSet.getURIConverter();
			if (converter != null && !converter.exists(file, null)) {
				return file.isFile() || file.isPlatform() ? name + " does not exist" + place
						: "'" + quote(file.toString()) + "' is neither a local file nor an installed framework";
			}
		}
		if (other != null && !other.getErrors().isEmpty()) {
			Resource.Diagnostic error = other.getErrors().get(0);
			Reason reason = error instanceof Throwable thrown ? of(thrown, resourceSet.getURIConverter(), file)
					: new Reason(ProblemCode.LOAD_FAILED, error.getLine(), error.getColumn(), words(error.getMessage()));
			return name + " could not be read" + (reason.line() > 0 ? " at line " + reason.line() : "") + ": " + reason.message();
		}
		return null;
	}

	/** A throwable's message without the names of Java classes (never "null": a message-less one is said in words). */
	public static String words(Throwable thrown) {
		String message = thrown.getMessage();
		if (message == null || message.isBlank()) {
			return thrown instanceof IOException ? "an input or output error" : "an unexpected error";
		}
		return words(message);
	}

	/**
	 * Text for people: names of Java classes (as in {@code java.io.IOException: ...}) are taken
	 * out, and what is left names no exception.
	 */
	public static String words(String message) {
		String cleaned = CLASS_NAME.matcher(message).replaceAll("").replaceAll("\\b\\w*Exception\\b:?\\s*", "").strip();
		return cleaned.isEmpty() ? "an unexpected error" : cleaned;
	}

	private static String quote(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder quoted = new StringBuilder();
		text.codePoints().limit(MAX_QUOTED).forEach(c -> quoted.appendCodePoint(Character.isISOControl(c) ? '?' : c));
		return text.codePointCount(0, text.length()) > MAX_QUOTED ? quoted + "..." : quoted.toString();
	}
}
