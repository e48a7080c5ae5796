/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.resource;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.PlatformResourceURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import dev.upskill.model.UpskillPackage;

/**
 * Creates the resources of every Upskill file kind ({@code *.framework}, {@code *.profile},
 * {@code *.plan}, {@code *.team}): {@link UpskillResource}s that are fast to load, deterministic to save, safe
 * against hostile XML and never half-written.
 * <p>
 * Registered through {@code org.eclipse.emf.ecore.extension_parser} inside Eclipse; outside it,
 * use {@link #createResourceSet()}.
 */
public class UpskillResourceFactory extends ResourceFactoryImpl {

	/** The file extensions of Upskill files. */
	public static final List<String> FILE_EXTENSIONS = List.of("framework", "profile", "plan", "team");

	@Override
	public Resource createResource(URI uri) {
		return new UpskillResource(uri);
	}

	/**
	 * A resource set that reads and writes Upskill files with this factory, and that reads only
	 * local files and installed bundles: no network, no archives, so neither a schema location nor a
	 * cross-file reference in a hostile file can make it fetch anything.
	 */
	public static ResourceSet createResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		configure(resourceSet);
		return resourceSet;
	}

	/**
	 * Makes an existing resource set read Upskill files as {@link #createResourceSet()} does.
	 *
	 * @param resourceSet the resource set
	 * @param extraHandlers handlers for further URIs (such as contributed frameworks), asked first
	 */
	public static void configure(ResourceSet resourceSet, URIHandler... extraHandlers) {
		UpskillPackage.eINSTANCE.eClass();
		UpskillResourceFactory factory = new UpskillResourceFactory();
		for (String extension : FILE_EXTENSIONS) {
			resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(extension, factory);
		}
		List<URIHandler> handlers = new ArrayList<>(List.of(extraHandlers));
		handlers.addAll(List.of(new PlatformResourceURIHandlerImpl(), new FileURIHandlerImpl(),
				new PlatformPluginURIHandler(), new RefusingURIHandler()));
		ExtensibleURIConverterImpl converter = new ExtensibleURIConverterImpl(handlers,
				ContentHandler.Registry.INSTANCE.contentHandlers());
		converter.getURIMap().putAll(resourceSet.getURIConverter().getURIMap());
		resourceSet.setURIConverter(converter);
	}
}
