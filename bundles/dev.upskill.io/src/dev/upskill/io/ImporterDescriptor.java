/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SafeRunner;

import dev.upskill.io.ImportProblem.Severity;

/**
 * A contributed importer: its id, name, description, what it reads and the bundle that
 * contributed it. {@link #run} creates the importer and runs it through {@link SafeRunner}.
 *
 * @since 0.1.0
 */
public final class ImporterDescriptor {

	/** Creates the importer; for contributions, the executable extension. */
	@FunctionalInterface
	public interface Factory {
		FrameworkImporter create() throws Exception;
	}

	private final String id;
	private final String name;
	private final String description;
	private final String input;
	private final String contributor;
	private final Factory factory;

	/**
	 * @param factory creates the importer (for contributions: the executable extension); may throw
	 */
	public ImporterDescriptor(String id, String name, String description, String input, String contributor,
			Factory factory) {
		this.id = Objects.requireNonNull(id, "id");
		this.name = name == null || name.isBlank() ? id : name;
		this.description = description == null ? "" : description;
		this.input = input == null ? "" : input;
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

	/** What the importer reads (for example "folder or .csv files"), or empty. */
	public String input() {
		return input;
	}

	/** The symbolic name of the bundle that contributed the importer. */
	public String contributor() {
		return contributor;
	}

	/**
	 * Creates the importer and runs it. Whatever goes wrong inside it (it cannot be created, it
	 * throws, it returns nothing) is logged under the contributing bundle and returned as an error
	 * of the result; only cancellation is thrown.
	 *
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public ImportResult run(ImportRequest request, IProgressMonitor monitor) {
		ImportResult[] result = new ImportResult[1];
		RuntimeException[] cancelled = new RuntimeException[1];
		SafeRunner.run(new ISafeRunnable() {
			@Override
			public void run() throws Exception {
				result[0] = factory.create().read(request, monitor);
			}

			@Override
			public void handleException(Throwable exception) {
				if (exception instanceof OperationCanceledException cancel) {
					cancelled[0] = cancel;
					return;
				}
				ILog.of(ImporterDescriptor.class).error("The importer '" + id + "' of " + contributor + " failed", exception);
				result[0] = failed("failed inside the importer (" + reason(exception) + "); see the error log");
			}
		});
		if (cancelled[0] != null) {
			throw cancelled[0];
		}
		if (result[0] == null) {
			return failed("returned no result");
		}
		return result[0];
	}

	private ImportResult failed(String why) {
		return new ImportResult(null, List.of(new ImportProblem(Severity.ERROR, name, 0, null,
				"the importer '" + id + "' contributed by " + contributor + " " + why)));
	}

	/**
	 * Why a contribution failed, in words: the platform's message when the class could not be
	 * created, otherwise "an unexpected error" (the log has the rest; a message of the contributed
	 * code may name Java classes).
	 */
	static String reason(Throwable exception) {
		String message = exception instanceof CoreException core ? core.getStatus().getMessage() : null;
		return message == null || message.isBlank() ? "an unexpected error" : message;
	}

	@Override
	public String toString() {
		return id + " (" + name + ", " + contributor + ")";
	}
}
