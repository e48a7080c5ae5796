/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.report.Report;
import dev.upskill.core.report.ReportPlan;
import dev.upskill.core.table.GapTable;
import dev.upskill.model.Profile;
import dev.upskill.model.resource.AtomicFileWriter;
import dev.upskill.ui.internal.gap.GapAnalysisView;

/**
 * Writes the report of what the Gap Analysis view shows (its profile, role, fit and the planner's
 * plan) as one HTML file ({@link Report}), in a Job with progress, never on the UI thread. The file
 * is written atomically; a failure is the Job's error, naming the file and the reason.
 */
public final class ReportExport extends Job {

	private final Profile profile;
	private final String profileFile;
	private final RoleFit fit;
	private final PlanResult plan;
	private final String planProblem;
	private final Path file;

	private ReportExport(Profile profile, String profileFile, RoleFit fit, PlanResult plan, String planProblem, Path file) {
		super("Writing the report " + file.getFileName());
		this.profile = profile;
		this.profileFile = profileFile;
		this.fit = fit;
		this.plan = plan;
		this.planProblem = planProblem;
		this.file = file;
		setUser(true);
	}

	/**
	 * Schedules the report of what the view shows, taken now (call on the UI thread).
	 *
	 * @throws IllegalStateException when the view shows no analysis
	 */
	public static Job schedule(GapAnalysisView view, Path file) {
		if (view.fit() == null || view.profile() == null) {
			throw new IllegalStateException("the Gap Analysis view shows no analysis: nothing to report");
		}
		IFile shown = view.profileFile();
		String problem = view.plan() != null ? null : view.planning() ? "the plan was still being made" : view.planProblem();
		Job job = new ReportExport(view.profile(), shown == null ? null : shown.getName(), view.fit(), view.plan(), problem, file);
		job.schedule();
		return job;
	}

	/** The name the dialog suggests: the person and the role, {@code dana-okafor-data-analyst-ai-report.html}. */
	public static String suggestedName(GapAnalysisView view) {
		if (view.fit() == null || view.profile() == null) {
			return "report.html";
		}
		RoleFit shown = view.fit();
		String role = shown.role().getId() == null ? shown.role().getName() : shown.role().getId().replaceFirst("^role\\.", "");
		return String.join("-", List.of(slug(GapTable.personOf(view.profile())), slug(role), "report").stream()
				.filter(p -> !p.isEmpty()).toList()) + ".html";
	}

	private static String slug(String text) {
		if (text == null) {
			return "";
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	/** The person and the role, for messages: {@code Dana Okafor against Data analyst using AI}. */
	public String subject() {
		return GapTable.personOf(profile) + " against " + fit.role().getName();
	}

	public Path file() {
		return file;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing the report " + file.getFileName(), 2);
		try {
			Report report = Report.of(profile, profileFile, fit, plan == null ? null : ReportPlan.estimate(plan), planProblem,
					LocalDate.now());
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			report.writeHtml(bytes);
			progress.worked(1);
			progress.subTask("Saving " + file);
			AtomicFileWriter.write(file, bytes.toByteArray());
			progress.worked(1);
			return Status.OK_STATUS;
		} catch (IOException | RuntimeException e) {
			return Status.error("Could not write the report " + file + ": " + reason(e), e);
		} finally {
			if (monitor != null) {
				monitor.done();
			}
		}
	}

	private String reason(Exception e) {
		Path folder = file.toAbsolutePath().getParent();
		if (e instanceof AccessDeniedException) {
			return "permission denied (the file or the folder " + folder + " cannot be written to)";
		}
		if (e instanceof NoSuchFileException) {
			return "the folder " + folder + " does not exist";
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason().toLowerCase(Locale.ROOT);
		}
		return e.getMessage() == null ? "it failed unexpectedly; see the Error Log" : e.getMessage();
	}
}
