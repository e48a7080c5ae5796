/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.ResourceSet;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.io.ExporterDescriptor;
import dev.upskill.io.FormatRegistry;
import dev.upskill.io.FrameworkTable;
import dev.upskill.model.Framework;
import dev.upskill.model.resource.AtomicFileWriter;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;

/**
 * {@code upskill export FRAMEWORK --format csv|xlsx -o OUT}: writes a framework file (or an
 * installed framework, by id) in another format; csv and xlsx write the rows of
 * {@link FrameworkTable}. Exit 0 when written, 2 when the framework cannot be read or on wrong usage.
 */
final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String synopsis() {
		return "FRAMEWORK --format F -o OUT";
	}

	@Override
	public String summary() {
		return "write a framework (a .framework file or an installed id) as csv or xlsx";
	}

	@Override
	public String options() {
		return "[--force]";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		try {
			List<String> positional = new ArrayList<>();
			List<String> optionArguments = new ArrayList<>();
			ImportCommand.split(arguments, Set.of("force"), positional, optionArguments);
			Options options = new Options(optionArguments, Set.of("output", "format"), Set.of("force"));
			if (positional.size() != 1) {
				throw new UsageException("name one framework: a .framework file or the id of an installed framework");
			}
			FormatRegistry registry = Services.formatRegistry()
					.orElseThrow(() -> new UsageException("the export formats are not available (is dev.upskill.io installed?)"));
			String formats = registry.getExporters().stream().map(ExporterDescriptor::id).collect(Collectors.joining(", "));
			String format = options.required("format");
			ExporterDescriptor exporter = registry.getExporter(format)
					.orElseThrow(() -> new UsageException("unknown format '" + format + "' (formats: " + formats + ")"));
			Path output = output(options);
			Framework framework = framework(positional.get(0));
			ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
			exporter.write(framework, buffer, null);
			AtomicFileWriter.write(output, buffer.toByteArray());
			io.out().println("Written " + (FrameworkTable.rows(framework).size()) + " rows of " + framework.getId() + " to " + output);
			return CommandLine.OK;
		} catch (UsageException e) {
			io.err().println("upskill export: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (IOException e) {
			io.err().println("upskill export: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		}
	}

	/** The framework of a file, or of an installed framework's id. */
	private static Framework framework(String name) throws UsageException {
		Optional<FrameworkRegistry> registry = Services.frameworkRegistry();
		Path file;
		try {
			file = Path.of(name);
		} catch (InvalidPathException e) {
			file = null;
		}
		if (file == null || !Files.exists(file)) {
			Optional<RegisteredFramework> installed = registry.flatMap(r -> r.getFramework(name));
			if (installed.isPresent()) {
				return installed.get().framework();
			}
			throw new UsageException(name + " is neither a file nor the id of an installed framework");
		}
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		registry.ifPresent(r -> r.configure(resourceSet));
		ModelFile loaded = ModelFile.load(resourceSet, file);
		if (!loaded.loaded()) {
			throw new UsageException(loaded.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
		}
		if (!(loaded.resource().getContents().get(0) instanceof Framework framework)) {
			throw new UsageException(name + " holds no framework");
		}
		return framework;
	}

	private static Path output(Options options) throws UsageException {
		String name = options.required("output");
		Path file;
		try {
			file = Path.of(name);
		} catch (InvalidPathException e) {
			throw new UsageException("'" + name + "' is not a file name the system accepts (" + e.getReason() + ")");
		}
		if (Files.exists(file) && !options.has("force")) {
			throw new UsageException(name + " already exists; add --force to replace it");
		}
		return file;
	}
}
