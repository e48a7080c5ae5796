/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.resource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMLHandler;
import org.eclipse.emf.ecore.xmi.impl.XMLLoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;
import org.xml.sax.helpers.DefaultHandler;

import dev.upskill.model.UpskillPackage;

/**
 * The resource of every Upskill file. It decides how files behave on disk:
 * <ul>
 * <li><b>Fast:</b> an intrinsic-ID map (without it EMF walks the whole resource per reference:
 * 56 s instead of 0.1 s at ESCO scale), a shared parser pool, a name-to-feature map, deferred
 * IDREF resolution.</li>
 * <li><b>Git-friendly and deterministic:</b> UTF-8, {@code \n} line ends, references by stable id
 * (never by position), references as attributes, element order as in the model: saving an unchanged
 * model twice gives the same bytes.</li>
 * <li><b>Safe to read:</b> DOCTYPE declarations and external entities are refused, only the Upskill
 * namespace is accepted (an unknown one is never looked up, so a {@code java://} namespace loads no
 * class and a schema location fetches nothing), and only local files are read.</li>
 * <li><b>Never half-written:</b> a local file is saved to a temporary file, forced to disk and
 * renamed over the old one; the previous version stays as a backup (see {@link AtomicFileWriter}).
 * Before anything is written, {@link SaveGuard} refuses models whose ids or references would not
 * survive a reload.</li>
 * </ul>
 * While loading, the line of each element is recorded ({@link #getLine(EObject)}) so problems can
 * name it.
 */
public class UpskillResource extends XMLResourceImpl {

	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);
	private static final Map<String, Boolean> PARSER_FEATURES = Map.of(
			"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
			"http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
			"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
	/**
	 * With DOCTYPEs refused no entity can be declared, so the JDK 24+ limits on the size of the
	 * predefined ones (&amp;quot; ...) only break large legitimate files.
	 */
	private static final Map<String, Object> PARSER_PROPERTIES = Map.of(
			"jdk.xml.maxGeneralEntitySizeLimit", "0",
			"jdk.xml.totalEntitySizeLimit", "0");
	private static final Map<Object, Object> NAME_TO_FEATURE_CACHE = Collections.synchronizedMap(new HashMap<>());

	/**
	 * A load option: {@code Boolean.TRUE} loads every file with EMF's general loader, also a
	 * framework that the faster reader would accept (to compare the two).
	 */
	public static final String OPTION_GENERAL_LOADER = "dev.upskill.model.generalLoader";

	private Lines lines = new Lines(16);
	private boolean readDirectly;
	private boolean attachingRead;

	public UpskillResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
		setEncoding("UTF-8");
		getDefaultLoadOptions().putAll(loadOptions());
		getDefaultSaveOptions().putAll(saveOptions());
	}

	/** The load options every Upskill resource uses. */
	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE_CACHE);
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(PARSER_FEATURES));
		options.put(XMLResource.OPTION_PARSER_PROPERTIES, new HashMap<>(PARSER_PROPERTIES));
		return options;
	}

	/** The save options every Upskill resource uses. */
	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		return options;
	}

	@Override
	protected boolean useIDs() {
		return true;
	}

	@Override
	protected boolean isAttachedDetachedHelperRequired() {
		// Attaching a read model only fills the id maps (no extrinsic ids are read, the reader gives
		// the intrinsic ones) unless modification tracking adds its adapters.
		return attachingRead && !isTrackingModification() ? false : super.isAttachedDetachedHelperRequired();
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}

	/**
	 * The line where the element starts in the file it was loaded from, or 0 when it was not
	 * loaded (created since, or the resource was saved from memory).
	 */
	public int getLine(EObject object) {
		return lines.get(object);
	}

	/**
	 * True when the last load read the file with the direct framework reader, false when EMF's
	 * general loader read it (another kind of file, or a framework that reader did not accept).
	 */
	public boolean isReadDirectly() {
		return readDirectly;
	}

	@Override
	protected void doUnload() {
		lines = new Lines(16);
		super.doUnload();
	}

	/**
	 * Saves the model. Local files (also {@code platform:/resource} ones inside the workbench) are
	 * written atomically with a backup of the previous version; other URIs are written by EMF.
	 *
	 * @throws IOException when the model would not survive a reload (nothing is written then), or
	 *             writing fails (the old file is left as it was).
	 */
	@Override
	public void save(Map<?, ?> options) throws IOException {
		Map<Object, Object> merged = new HashMap<>(getDefaultSaveOptions());
		if (options != null) {
			merged.putAll(options);
		}
		SaveGuard.check(this);
		Path file = localFile(getURI());
		if (file == null) {
			super.save(merged);
			return;
		}
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
		super.save(buffer, merged);
		AtomicFileWriter.write(file, buffer.toByteArray());
		setTimeStamp(file.toFile().lastModified());
	}

	/** The local file a URI stands for, or null when it is not one. */
	static Path localFile(URI uri) {
		URI resolved = uri.isPlatformResource() ? CommonPlugin.resolve(uri) : uri;
		return resolved != null && resolved.isFile() ? Path.of(resolved.toFileString()) : null;
	}

	/**
	 * Loads the model. A self-contained framework file in the shape this resource writes is read by
	 * {@link FrameworkReader}, 1.5 times as fast as EMF's general loader at ESCO scale; every other file,
	 * and any file that reader does not accept, is loaded by EMF's loader, which reports problems
	 * with their element and line.
	 */
	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		Map<?, ?> merged = options == null ? getDefaultLoadOptions() : options;
		readDirectly = false;
		// profiles and plans refer to other files: only frameworks are worth buffering for the reader
		if (getURI() == null || !"framework".equals(getURI().fileExtension()) || inputStream instanceof URIConverter.Loadable
				|| Boolean.TRUE.equals(merged.get(OPTION_BINARY))
				|| Boolean.TRUE.equals(merged.get(OPTION_GENERAL_LOADER))) {
			super.doLoad(inputStream, options);
			return;
		}
		byte[] bytes = inputStream.readAllBytes();
		FrameworkReader.Result read = FrameworkReader.read(bytes, PARSER_POOL, PARSER_FEATURES, PARSER_PROPERTIES);
		if (read != null) {
			// The reader knows every id: the walk over the whole model that attaching starts (to find
			// the ids) is skipped.
			attachingRead = true;
			try {
				getContents().add(read.root());
			} finally {
				attachingRead = false;
			}
			Map<String, EObject> intrinsicIds = getIntrinsicIDToEObjectMap();
			if (intrinsicIds != null) {
				intrinsicIds.putAll(read.ids());
			}
			lines = read.lines();
			readDirectly = true;
			return;
		}
		super.doLoad(new ByteArrayInputStream(bytes), options);
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMLLoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new UpskillHandler(resource, helper, options);
			}
		};
	}

	@Override
	protected XMLLoad createXMLLoad(Map<?, ?> options) {
		return createXMLLoad();
	}

	/**
	 * Records element lines and accepts only the namespaces an Upskill file may use. The parser pool
	 * reuses handlers across resources, so it records into the resource it currently loads.
	 */
	private static final class UpskillHandler extends SAXXMLHandler {

		UpskillHandler(XMLResource xmlResource, XMLHelper helper, Map<?, ?> options) {
			super(xmlResource, helper, options);
		}

		@Override
		protected EPackage getPackageForURI(String uriString) {
			if (UpskillPackage.eNS_URI.equals(uriString)) {
				return UpskillPackage.eINSTANCE;
			}
			if (XMLTypePackage.eNS_URI.equals(uriString)) {
				return XMLTypePackage.eINSTANCE;
			}
			error(new UnknownNamespaceException(uriString, getLocation(), getLineNumber(), getColumnNumber()));
			return null;
		}

		@Override
		protected void processObject(EObject object) {
			super.processObject(object);
			if (object != null && xmlResource instanceof UpskillResource upskill) {
				upskill.lines.add(object, getLineNumber());
			}
		}
	}

}
