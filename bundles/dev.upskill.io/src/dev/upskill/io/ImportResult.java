/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import java.util.List;

import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.model.Framework;

/**
 * What an import gives: the framework, not yet in any file (or null when nothing could be read),
 * and every problem met, in the order met.
 * <p>
 * A result with an {@link Severity#ERROR error} is {@link #isPartial() partial}: part of the input
 * could not be read. Callers must not save a partial framework as if it were complete (the command
 * line refuses unless asked, and then says so in the framework's description).
 *
 * @since 0.1.0
 */
public final class ImportResult {

	private final Framework framework;
	private final List<ImportProblem> problems;

	public ImportResult(Framework framework, List<ImportProblem> problems) {
		this.framework = framework;
		this.problems = List.copyOf(problems);
	}

	/** The imported framework, or null when nothing could be imported. */
	public Framework framework() {
		return framework;
	}

	public List<ImportProblem> problems() {
		return problems;
	}

	/** The figures of the imported framework (all 0 when there is none). */
	public FrameworkCounts counts() {
		return FrameworkCounts.of(framework);
	}

	/** Whether anything was imported: a framework with at least one skill, category or role. */
	public boolean imported() {
		FrameworkCounts counts = counts();
		return framework != null && counts.skills() + counts.categories() + counts.roles() > 0;
	}

	/** Whether part of the input could not be read (there is an error). */
	public boolean isPartial() {
		return count(Severity.ERROR) > 0;
	}

	/** Whether there are warnings or errors (information does not count). */
	public boolean hasWarnings() {
		return count(Severity.WARNING) + count(Severity.ERROR) > 0;
	}

	/** The number of problems of a severity. */
	public long count(Severity severity) {
		return problems.stream().filter(p -> p.severity() == severity).count();
	}
}
