/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SafeRunner;

import dev.upskill.model.Framework;

/**
 * A contributed exporter: its id, name, description, file extension and the bundle that
 * contributed it. {@link #write} creates the exporter and runs it through {@link SafeRunner}.
 *
 * @since 0.1.0
 */
public final class ExporterDescriptor {

	/** Creates the exporter; for contributions, the executable extension. */
	@FunctionalInterface
	public interface Factory {
		FrameworkExporter create() throws Exception;
	}

	private final String id;
	private final String name;
	private final String description;
	private final String extension;
	private final String contributor;
	private final Factory factory;

	public ExporterDescriptor(String id, String name, String description, String extension, String contributor, Factory factory) {
		this.id = Objects.requireNonNull(id, "id");
		this.name = name == null || name.isBlank() ? id : name;
		this.description = description == null ? "" : description;
		this.extension = extension == null ? "" : extension;
		this.contributor = Objects.requireNonNull(contributor, "contributor");
		this.factory = Objects.requireNonNull(factory, "factory");
	}

	public String id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	/** The exported file's extension, without the dot. */
	public String extension() {
		return extension;
	}

	public String contributor() {
		return contributor;
	}

	/**
	 * Creates the exporter and writes the framework with it.
	 *
	 * @throws IOException when writing fails, or the exporter failed (logged under its bundle)
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public void write(Framework framework, OutputStream out, IProgressMonitor monitor) throws IOException {
		Throwable[] failure = new Throwable[1];
		SafeRunner.run(new ISafeRunnable() {
			@Override
			public void run() throws Exception {
				factory.create().write(framework, out, monitor);
			}

			@Override
			public void handleException(Throwable exception) {
				failure[0] = exception;
				if (!(exception instanceof IOException) && !(exception instanceof OperationCanceledException)) {
					ILog.of(ExporterDescriptor.class).error("The exporter '" + id + "' of " + contributor + " failed", exception);
				}
			}
		});
		switch (failure[0]) {
			case null -> {
				// written
			}
			case OperationCanceledException cancel -> throw cancel;
			case IOException io -> throw io;
			case CoreException core -> throw new IOException("the exporter '" + id + "' contributed by " + contributor
					+ " could not be created: " + core.getStatus().getMessage());
			default -> throw new IOException("the exporter '" + id + "' contributed by " + contributor
					+ " failed with an unexpected error; the error log has the details");
		}
	}

	@Override
	public String toString() {
		return id + " (" + name + ", " + contributor + ")";
	}
}
