/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import dev.upskill.model.Framework;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.Problem;

/**
 * Writes imported frameworks as {@code .framework} files through the model's resource: canonical
 * (the same model gives the same bytes), written atomically with a backup of the previous version,
 * and refused when the model would not load back whole.
 *
 * @since 0.1.0
 */
public final class FrameworkFiles {

	private FrameworkFiles() {
	}

	/**
	 * The problems the model's rules find in the framework, as they would be reported for a file of
	 * this name (the framework is put in a resource of that name when it is in none).
	 */
	public static List<Problem> check(Framework framework, Path file) {
		Resource resource = framework.eResource();
		if (resource == null) {
			resource = UpskillResourceFactory.createResourceSet().createResource(uri(file));
			resource.getContents().add(framework);
		}
		return ModelChecker.check(file.getFileName().toString(), resource);
	}

	/**
	 * Saves the framework to the file. The framework moves into a resource for that file.
	 *
	 * @throws IOException when the model would not load back whole (nothing is written then) or
	 *             writing fails (the old file, if any, is left as it was)
	 */
	public static void save(Framework framework, Path file) throws IOException {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		Resource resource = resourceSet.createResource(uri(file));
		resource.getContents().add(framework);
		resource.save(null);
	}

	private static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
