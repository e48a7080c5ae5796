/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.resource;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import dev.upskill.model.UpskillPackage;

/**
 * Reads a framework file straight into model objects: one SAX pass that creates each element's
 * object from its containing feature's type, sets attributes through the model's own converters and
 * resolves the file's {@code #id} references from one map at the end.
 * <p>
 * It reads only the shape {@link UpskillResource} itself writes for a self-contained framework:
 * the Upskill namespace, no type attributes, references within the file. Anything else (another
 * root, a reference into another file, an unknown name, a value the model cannot hold, a broken
 * document) makes it give up without touching the resource, and EMF's general loader reads the
 * file again: that loader reports problems with their element and line, so this reader never has
 * to. EMF's loader spends its time in generic lookups per attribute; at ESCO scale (11 MB, 1.1
 * million elements) this reader takes two thirds of its time, within 2x of a bare SAX pass (see
 * BENCHMARKS.md).
 */
final class FrameworkReader extends DefaultHandler {

	/** Thrown to abandon the fast path; never leaves this class. */
	private static final class GiveUp extends SAXException {
		private static final long serialVersionUID = 1L;

		GiveUp() {
			super(null, null);
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}
	}

	private static final GiveUp GIVE_UP = new GiveUp();

	private static final EClass ROOT = UpskillPackage.Literals.FRAMEWORK;

	private Lines lines;
	private Map<String, EObject> ids = new HashMap<>();
	private List<Object> references = new ArrayList<>();
	private Map<EClass, Map<String, EStructuralFeature>> features = new IdentityHashMap<>();

	private EClass lastClass;
	private Map<String, EStructuralFeature> lastFeatures;
	private Locator locator;
	private EObject root;
	/** The objects of the open elements; null entries for elements that hold a value's text. */
	private EObject[] stack = new EObject[16];
	private int depth;
	/** The attribute whose value the open element holds, or null. */
	private EAttribute valueAttribute;
	private final StringBuilder text = new StringBuilder();
	private boolean textSeen;

	private FrameworkReader(Lines lines) {
		this.lines = lines;
	}

	/** What a read gives: the root, the line of each element, and each id's element. */
	record Result(EObject root, Lines lines, Map<String, EObject> ids) {
	}

	/**
	 * Reads the bytes of a framework file into a new, detached model. Returns null when the file is
	 * not in the shape this reader handles; the caller then loads it the general way.
	 */
	static Result read(byte[] bytes, XMLParserPool pool, Map<String, Boolean> parserFeatures, Map<String, ?> parserProperties) {
		// about one element per 60 bytes in the files we write
		FrameworkReader reader = new FrameworkReader(new Lines(bytes.length / 60));
		SAXParser parser;
		try {
			parser = pool.get(parserFeatures, parserProperties, false);
		} catch (Exception e) {
			return null;
		}
		Input input = new Input(bytes);
		try {
			parser.parse(new InputSource(input), reader);
			if (reader.root == null || !reader.resolveReferences()) {
				return null;
			}
			return new Result(reader.root, reader.lines, reader.ids);
		} catch (Exception | StackOverflowError e) {
			return null;
		} finally {
			// the pooled parser keeps its last input and handler until it is used again
			input.release();
			reader.release();
			pool.release(parser, parserFeatures, parserProperties, false);
		}
	}

	private void release() {
		lines = null;
		ids = null;
		references = null;
		features = null;
		lastClass = null;
		lastFeatures = null;
		locator = null;
		root = null;
		stack = null;
		valueAttribute = null;
	}

	/** The file's bytes, dropped after the read. */
	private static final class Input extends ByteArrayInputStream {
		Input(byte[] bytes) {
			super(bytes);
		}

		void release() {
			buf = new byte[0];
			pos = 0;
			count = 0;
		}
	}

	@Override
	public void setDocumentLocator(Locator locator) {
		this.locator = locator;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		if (valueAttribute != null) {
			throw GIVE_UP; // an element inside a value
		}
		EObject object;
		if (depth == 0) {
			if (root != null || !UpskillPackage.eNS_URI.equals(uri) || !ROOT.getName().equals(localName)) {
				throw GIVE_UP;
			}
			object = EcoreUtil.create(ROOT);
			root = object;
		} else {
			EObject parent = stack[depth - 1];
			if (!uri.isEmpty()) {
				throw GIVE_UP;
			}
			EClass parentClass = parent.eClass();
			EStructuralFeature feature = feature(features(parentClass), parentClass, localName);
			if (feature instanceof EAttribute attribute && attribute.isMany()) {
				valueAttribute = attribute;
				text.setLength(0);
				textSeen = false;
				if (attributes.getLength() != 0) {
					throw GIVE_UP;
				}
				push(null);
				return;
			}
			if (!(feature instanceof EReference reference) || !reference.isContainment()) {
				throw GIVE_UP;
			}
			EClass type = reference.getEReferenceType();
			if (type.isAbstract() || type.isInterface()) {
				throw GIVE_UP;
			}
			object = EcoreUtil.create(type);
			setAttributes(object, attributes);
			if (reference.isMany()) {
				@SuppressWarnings("unchecked")
				InternalEList<EObject> list = (InternalEList<EObject>) parent.eGet(reference, false);
				list.addUnique(object);
			} else {
				if (parent.eIsSet(reference)) {
					throw GIVE_UP;
				}
				parent.eSet(reference, object);
			}
			lines.add(object, locator.getLineNumber());
			push(object);
			return;
		}
		setAttributes(object, attributes);
		lines.add(object, locator.getLineNumber());
		push(object);
	}

	private void push(EObject object) {
		if (depth == stack.length) {
			EObject[] larger = new EObject[depth * 2];
			System.arraycopy(stack, 0, larger, 0, depth);
			stack = larger;
		}
		stack[depth++] = object;
	}

	private void setAttributes(EObject object, Attributes attributes) throws SAXException {
		EClass eClass = object.eClass();
		EAttribute idAttribute = eClass.getEIDAttribute();
		Map<String, EStructuralFeature> byName = features(eClass);
		for (int i = 0, n = attributes.getLength(); i < n; i++) {
			if (!attributes.getURI(i).isEmpty()) {
				throw GIVE_UP; // xsi:type, xsi:nil, xmi:id, a foreign attribute
			}
			String value = attributes.getValue(i);
			EStructuralFeature feature = feature(byName, eClass, attributes.getLocalName(i));
			if (feature instanceof EAttribute attribute && !attribute.isMany()) {
				Object converted = convert(attribute.getEAttributeType(), value);
				object.eSet(attribute, converted);
				if (attribute == idAttribute && ids.putIfAbsent(value, object) != null) {
					throw GIVE_UP; // a duplicate id: the general loader and the checks report it
				}
			} else if (feature instanceof EReference reference && !reference.isContainment()) {
				references.add(object);
				references.add(reference);
				references.add(value);
			} else {
				throw GIVE_UP;
			}
		}
	}

	private static Object convert(EDataType type, String value) throws GiveUp {
		if (type.getInstanceClass() == String.class) {
			return value; // what every factory gives for text (ids, names, descriptions)
		}
		try {
			return EcoreUtil.createFromString(type, value);
		} catch (RuntimeException e) {
			throw GIVE_UP;
		}
	}

	private Map<String, EStructuralFeature> features(EClass eClass) {
		if (eClass != lastClass) {
			lastClass = eClass;
			lastFeatures = features.computeIfAbsent(eClass, c -> new HashMap<>());
		}
		return lastFeatures;
	}

	private static EStructuralFeature feature(Map<String, EStructuralFeature> byName, EClass eClass, String name) throws GiveUp {
		EStructuralFeature feature = byName.get(name);
		if (feature == null) {
			feature = eClass.getEStructuralFeature(name);
			if (feature == null || feature.isTransient() || feature.isDerived() || !feature.isChangeable()) {
				throw GIVE_UP;
			}
			byName.put(name, feature);
		}
		return feature;
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (valueAttribute != null) {
			text.append(ch, start, length);
			textSeen = true;
			return;
		}
		for (int i = start, end = start + length; i < end; i++) {
			if (!Character.isWhitespace(ch[i])) {
				throw GIVE_UP; // text inside an object's element
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		depth--;
		if (valueAttribute != null) {
			if (!textSeen) {
				throw GIVE_UP; // an empty value: leave its meaning to the general loader
			}
			EObject owner = stack[depth - 1];
			@SuppressWarnings("unchecked")
			InternalEList<Object> values = (InternalEList<Object>) owner.eGet(valueAttribute);
			values.addUnique(convert(valueAttribute.getEAttributeType(), text.toString()));
			valueAttribute = null;
		}
		stack[depth] = null;
	}

	/** Sets the references recorded while reading; false when one is not a plain {@code #id} of this file. */
	private boolean resolveReferences() {
		Set<EObject> seen = new HashSet<>();
		for (int i = 0, n = references.size(); i < n; i += 3) {
			EObject owner = (EObject) references.get(i);
			EReference reference = (EReference) references.get(i + 1);
			String value = (String) references.get(i + 2);
			EClassifier type = reference.getEReferenceType();
			if (reference.isMany()) {
				@SuppressWarnings("unchecked")
				InternalEList<EObject> list = (InternalEList<EObject>) owner.eGet(reference, false);
				if (!list.isEmpty()) {
					return false;
				}
				seen.clear();
				int at = 0;
				int length = value.length();
				while (at < length) {
					int end = value.indexOf(' ', at);
					if (end < 0) {
						end = length;
					}
					if (end > at) {
						EObject target = target(value.substring(at, end), type);
						if (target == null || !seen.add(target)) {
							return false;
						}
						list.addUnique(target);
					}
					at = end + 1;
				}
			} else {
				EObject target = target(value, type);
				if (target == null || owner.eIsSet(reference)) {
					return false;
				}
				owner.eSet(reference, target);
			}
		}
		return true;
	}

	private EObject target(String token, EClassifier type) {
		if (token.length() < 2 || token.charAt(0) != '#' || token.indexOf('%') >= 0 || token.charAt(1) == '/') {
			return null;
		}
		EObject target = ids.get(token.substring(1));
		return target != null && type.isInstance(target) ? target : null;
	}
}
