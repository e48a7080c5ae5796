/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.upskill.io.FrameworkChanges;
import dev.upskill.io.FrameworkFiles;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.ImporterDescriptor;
import dev.upskill.model.Framework;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;

/**
 * What an import would write, worked out before anything is written: the importer's result, the
 * model's errors for the file it goes to, and, when that file exists, what the import adds, changes
 * and removes in it.
 *
 * @param signature the input and answers it was made for ({@link ImportInputPage#signature()})
 * @param importer the format
 * @param request what was read
 * @param result the importer's result
 * @param target the {@code .framework} file Finish writes
 * @param existed whether the target existed
 * @param changes what the import changes in the target, or null when it did not exist or holds no framework
 * @param previousProblem why the existing target could not be compared, or null
 * @param errors the model's errors: the framework would not pass validation (Finish is refused)
 */
public record ImportPreview(String signature, ImporterDescriptor importer, ImportRequest request, ImportResult result, IFile target,
		boolean existed, FrameworkChanges changes, String previousProblem, List<Problem> errors) {

	/**
	 * Imports and compares; runs in a Job.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	static ImportPreview make(String signature, ImporterDescriptor importer, ImportRequest request, IFile target, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + importer.name(), 100);
		ImportResult result = importer.run(request, progress.split(80));
		Path file = target.getLocation().toPath();
		Framework framework = result.framework();
		List<Problem> errors = List.of();
		progress.setTaskName("Checking the imported framework");
		if (result.imported()) {
			errors = FrameworkFiles.check(framework, file).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		}
		progress.split(10);
		boolean existed = Files.exists(file);
		FrameworkChanges changes = null;
		String previousProblem = null;
		if (existed && result.imported()) {
			progress.setTaskName("Comparing with " + target.getName());
			ModelFile previous = ModelFile.load(UpskillResourceFactory.createResourceSet(), file);
			if (!previous.loaded()) {
				previousProblem = previous.problems().isEmpty() ? target.getName() + " cannot be read"
						: previous.problems().get(0).toString();
			} else if (!(previous.resource().getContents().get(0) instanceof Framework old)) {
				previousProblem = target.getName() + " holds no framework";
			} else {
				changes = FrameworkChanges.between(old, framework);
			}
		}
		progress.split(10);
		return new ImportPreview(signature, importer, request, result, target, existed, changes, previousProblem, errors);
	}

	/** Whether Finish may write it: something was imported and the model accepts it (a partial import needs the user's word). */
	public boolean writable() {
		return result.imported() && errors.isEmpty();
	}
}
