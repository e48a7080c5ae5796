/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.io.FormatRegistry;
import dev.upskill.io.FrameworkChanges;
import dev.upskill.io.FrameworkFiles;
import dev.upskill.io.ImportProblem;
import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.ImporterDescriptor;
import dev.upskill.io.SpreadsheetMapping;
import dev.upskill.model.Framework;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;

/**
 * {@code upskill import FORMAT PATH... -o OUT.framework}: runs a contributed importer (esco, onet,
 * case, csv, or an organization's) and writes the framework, with a summary of what was imported and
 * every problem; when it replaces a framework file ({@code --force}), what it added, changed and
 * removed (ids are derived from the source's identifiers, so elements still there keep theirs).
 * Exit 0 when clean, 1 when written with warnings, 2 when nothing was written
 * (nothing importable, a partial import without {@code --partial}, or wrong usage).
 * <p>
 * For spreadsheets ({@code csv}), {@code --mapping FILE} names the columns (a
 * {@link SpreadsheetMapping} file); without it the columns are guessed from their names, and the
 * guess is printed with the columns left unmapped. {@code --save-mapping FILE} writes the mapping
 * used, to edit and pass with {@code --mapping} next time.
 */
final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String synopsis() {
		return "FORMAT PATH... -o OUT.framework";
	}

	@Override
	public String summary() {
		return "import a framework: esco (CSV export), onet (text files), case (CASE 1.1 JSON), csv (a CSV or XLSX spreadsheet)";
	}

	@Override
	public String options() {
		return "[--id ID] [--name NAME] [--version V] [--force] [--partial]; csv: [--mapping FILE] [--save-mapping FILE]";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		try {
			List<String> positional = new ArrayList<>();
			List<String> optionArguments = new ArrayList<>();
			split(arguments, Set.of("force", "partial"), positional, optionArguments);
			Options options = new Options(optionArguments, Set.of("output", "id", "name", "version", "mapping", "save-mapping"),
					Set.of("force", "partial"));
			FormatRegistry registry = Services.formatRegistry()
					.orElseThrow(() -> new UsageException("the import formats are not available (is dev.upskill.io installed?)"));
			if (positional.isEmpty()) {
				throw new UsageException("name the format (" + formats(registry) + ") and the files or folders to import");
			}
			String format = positional.get(0).toLowerCase(Locale.ROOT);
			ImporterDescriptor importer = registry.getImporter(format)
					.orElseThrow(() -> new UsageException("unknown format '" + positional.get(0) + "' (formats: " + formats(registry) + ")"));
			if (positional.size() < 2) {
				throw new UsageException("name the " + (importer.input().isEmpty() ? "files or folders" : importer.input()) + " to import");
			}
			List<Path> inputs = new ArrayList<>();
			for (String input : positional.subList(1, positional.size())) {
				inputs.add(path(input));
			}
			Path output = output(options);
			ImportRequest request = new ImportRequest(inputs, options.get("id", null), options.get("name", null),
					options.get("version", null));
			if (importer.id().equals(SpreadsheetMapping.IMPORTER_ID)) {
				request = request.withOptions(mapping(inputs, options, io).options());
			} else if (options.has("mapping") || options.has("save-mapping")) {
				throw new UsageException("--mapping and --save-mapping are for spreadsheets (the format csv), not " + importer.id());
			}
			ImportResult result = importer.run(request, monitor(io));
			return report(importer, result, output, options.has("partial"), io);
		} catch (UsageException e) {
			io.err().println("upskill import: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		}
	}

	/**
	 * The mapping of a spreadsheet import: the {@code --mapping} file's, or none (the importer guesses
	 * each file's columns from their names; the guesses are printed here). {@code --save-mapping}
	 * writes the mapping given, or guessed from the first file.
	 */
	private static SpreadsheetMapping mapping(List<Path> inputs, Options options, CommandLine io) throws UsageException {
		SpreadsheetMapping given = SpreadsheetMapping.empty();
		if (options.has("mapping")) {
			try {
				given = SpreadsheetMapping.load(path(options.get("mapping", null)));
			} catch (IOException e) {
				throw new UsageException(e.getMessage());
			}
		}
		SpreadsheetMapping toSave = given;
		if (given.isEmpty()) {
			Set<List<String>> shown = new HashSet<>();
			for (Path input : inputs) {
				if (!Files.isRegularFile(input)) {
					continue; // folders and missing files: the importer says what it reads, or why not
				}
				List<String> headers;
				try {
					headers = SpreadsheetMapping.headers(input);
				} catch (IOException e) {
					continue; // the importer reports it with the file and the reason
				}
				SpreadsheetMapping guessed = SpreadsheetMapping.guess(headers);
				if (toSave.isEmpty()) {
					toSave = guessed;
				}
				if (shown.add(headers)) {
					printGuess(input, headers, guessed, io);
				}
			}
		}
		if (options.has("save-mapping")) {
			Path file = path(options.get("save-mapping", null));
			if (toSave.column(SpreadsheetMapping.Field.SKILL) == null) {
				throw new UsageException("no mapping to save to " + file + ": no column of " + inputs.get(0) + " holds the skill");
			}
			try {
				toSave.save(file);
			} catch (IOException e) {
				throw new UsageException(file + " cannot be written (" + e.getMessage() + ")");
			}
			io.out().println("Mapping saved to " + file + " (edit it, and pass it with --mapping next time)");
			io.out().println();
		}
		return given;
	}

	private static void printGuess(Path input, List<String> headers, SpreadsheetMapping guessed, CommandLine io) {
		io.out().println("Columns of " + input + ", guessed from their names (give others with --mapping FILE):");
		guessed.columns().forEach((field, column) -> io.out().printf("  %-24s <- %s%n", field.label(), column));
		if (guessed.column(SpreadsheetMapping.Field.SKILL) == null) {
			io.out().println("  no column holds the skill (a header such as Skill, Skill name or Competency)");
		}
		List<String> unmapped = guessed.unmapped(headers);
		io.out().println(unmapped.isEmpty() ? "Every column is mapped." : "Not mapped: " + String.join(", ", unmapped));
		io.out().println();
	}

	private static int report(ImporterDescriptor importer, ImportResult result, Path output, boolean partial, CommandLine io) {
		io.out().println(importer.name() + ": " + result.counts());
		List<ImportProblem> shown = result.problems();
		for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
			List<ImportProblem> of = shown.stream().filter(p -> p.severity() == severity).toList();
			if (!of.isEmpty()) {
				io.out().println();
				io.out().println(title(severity) + " (" + of.size() + "):");
				of.forEach(p -> io.out().println("  " + p));
			}
		}
		io.out().println();
		if (!result.imported()) {
			io.out().println("Nothing imported; " + output + " is not written.");
			return CommandLine.BAD_INPUT;
		}
		Framework framework = result.framework();
		if (result.isPartial()) {
			if (!partial) {
				io.out().println("Not written: part of the input could not be read (the errors above). Fix the input, or add --partial"
						+ " to write what was read, marked as partial.");
				return CommandLine.BAD_INPUT;
			}
			String note = "Partial import: " + result.count(Severity.ERROR) + " errors; part of the input could not be read.";
			framework.setDescription(framework.getDescription() == null ? note : note + "\n\n" + framework.getDescription());
		}
		List<Problem> errors = FrameworkFiles.check(framework, output).stream().filter(p -> p.severity() == Problem.Severity.ERROR)
				.toList();
		if (!errors.isEmpty()) {
			io.out().println("Not written: the imported framework would not pass 'upskill validate':");
			errors.stream().limit(20).forEach(p -> io.out().println("  " + p));
			return CommandLine.BAD_INPUT;
		}
		String changes = changes(output, framework);
		try {
			FrameworkFiles.save(framework, output);
		} catch (IOException e) {
			io.out().println("Not written: " + output + ": " + e.getMessage());
			return CommandLine.BAD_INPUT;
		}
		io.out().println("Written to " + output + (result.isPartial() ? " (marked as a partial import)" : ""));
		if (changes != null) {
			io.out().print(changes);
		}
		return result.hasWarnings() ? CommandLine.PROBLEMS : CommandLine.OK;
	}

	/**
	 * What the import changes in the file it replaces (null when there is none, or it holds no
	 * framework): the counts, and the first ids of each kind of change.
	 */
	private static String changes(Path output, Framework framework) {
		if (!Files.exists(output)) {
			return null;
		}
		ModelFile previous = ModelFile.load(UpskillResourceFactory.createResourceSet(), output);
		if (!previous.loaded() || !(previous.resource().getContents().get(0) instanceof Framework old)) {
			return null;
		}
		FrameworkChanges changes = FrameworkChanges.between(old, framework);
		StringBuilder text = new StringBuilder("Compared with the previous " + output.getFileName() + ": " + changes + "\n");
		append(text, "added", changes.added());
		append(text, "changed", changes.changed());
		append(text, "removed", changes.removed());
		return text.toString();
	}

	private static void append(StringBuilder text, String what, List<String> ids) {
		if (!ids.isEmpty()) {
			text.append("  ").append(what).append(": ").append(String.join(", ", ids.subList(0, Math.min(10, ids.size()))))
					.append(ids.size() > 10 ? ", ... (" + (ids.size() - 10) + " more)" : "").append('\n');
		}
	}

	private static String title(Severity severity) {
		return switch (severity) {
			case ERROR -> "Errors";
			case WARNING -> "Warnings";
			case INFO -> "Notes";
		};
	}

	/** Splits the arguments into positional ones and options with their values. */
	static void split(List<String> arguments, Set<String> switches, List<String> positional, List<String> options) {
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("-o") || argument.startsWith("--")) {
				options.add(argument);
				boolean takesValue = !(argument.startsWith("--") && switches.contains(argument.substring(2)));
				if (takesValue && i + 1 < arguments.size()) {
					options.add(arguments.get(++i));
				}
			} else {
				positional.add(argument);
			}
		}
	}

	private static String formats(FormatRegistry registry) {
		return registry.getImporters().stream().map(ImporterDescriptor::id).collect(Collectors.joining(", "));
	}

	private static Path path(String name) throws UsageException {
		try {
			return Path.of(name);
		} catch (InvalidPathException e) {
			throw new UsageException("'" + name + "' is not a file name the system accepts (" + e.getReason() + ")");
		}
	}

	/** The {@code -o} file: a new {@code .framework} file, or an existing one with {@code --force}. */
	private static Path output(Options options) throws UsageException {
		String name = options.required("output");
		if (!name.endsWith(".framework")) {
			throw new UsageException("-o must name a .framework file, not '" + name + "'");
		}
		Path file = path(name);
		if (Files.exists(file) && !options.has("force")) {
			throw new UsageException(name + " already exists; add --force to replace it (the old file is kept as "
					+ file.resolveSibling("." + file.getFileName() + ".bak").getFileName() + ")");
		}
		return file;
	}

	/** A progress line on the terminal (standard error), or nothing when the output is not a terminal. */
	private static IProgressMonitor monitor(CommandLine io) {
		return terminal() ? new TerminalProgress(io.err()) : new NullProgressMonitor();
	}

	/**
	 * Whether the command runs on a terminal. From Java 22 on, System.console() also answers when the
	 * streams are redirected, and Console.isTerminal() tells; the bundle runs on Java 21 too, so that
	 * method is looked up when present.
	 */
	private static boolean terminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
		} catch (ReflectiveOperationException e) {
			return true; // Java 21: a console is a terminal
		}
	}
}
