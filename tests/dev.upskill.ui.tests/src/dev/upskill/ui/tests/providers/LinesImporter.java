/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests.providers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import dev.upskill.io.FrameworkImporter;
import dev.upskill.io.ImportProblem;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.model.Framework;
import dev.upskill.model.Skill;
import dev.upskill.model.UpskillFactory;

/** An importer an organization contributes, as simple as one can be: one skill per line of a text file. */
public class LinesImporter implements FrameworkImporter {

	@Override
	public ImportResult read(ImportRequest request, IProgressMonitor monitor) {
		Framework framework = UpskillFactory.eINSTANCE.createFramework();
		framework.setId(request.frameworkId() == null ? "lines" : request.frameworkId());
		framework.setName(request.name() == null ? "Lines" : request.name());
		List<ImportProblem> problems = new ArrayList<>();
		for (Path input : request.inputs()) {
			try {
				int n = 0;
				for (String line : Files.readAllLines(input)) {
					if (monitor != null && monitor.isCanceled()) {
						throw new OperationCanceledException();
					}
					if (!line.isBlank()) {
						Skill skill = UpskillFactory.eINSTANCE.createSkill();
						skill.setId("line" + ++n);
						skill.setName(line.strip());
						framework.getSkills().add(skill);
					}
				}
			} catch (IOException e) {
				problems.add(new ImportProblem(ImportProblem.Severity.ERROR, input.getFileName().toString(), 0, null, "cannot be read"));
			}
		}
		return new ImportResult(framework, problems);
	}
}
