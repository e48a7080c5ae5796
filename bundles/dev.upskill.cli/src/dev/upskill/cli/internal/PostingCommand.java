/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import dev.upskill.cli.internal.Options.UsageException;
import dev.upskill.cli.internal.ProfileContext.InputException;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.posting.CvCheck;
import dev.upskill.core.posting.Demand;
import dev.upskill.core.posting.MatchedSkill;
import dev.upskill.core.posting.PostingFit;
import dev.upskill.core.posting.PostingMatch;
import dev.upskill.core.posting.PostingText;
import dev.upskill.core.posting.SkillMatcher;
import dev.upskill.core.posting.UnknownPhrase;
import dev.upskill.core.table.PostingTable;
import dev.upskill.model.Framework;
import dev.upskill.model.Profile;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.Problem.Severity;

/**
 * {@code upskill posting FILE [--profile P] [--cv CV] [--framework FILE]... [--format text|json]}:
 * the skills of the installed frameworks (and of the given framework files) that a job posting
 * names, with every place and whether it asks for them as required or nice to have, the phrases it
 * repeats that no framework knows, and with a profile the person's level, the gap and the fit
 * score; with a CV, the posting's skills the CV does not name.
 */
final class PostingCommand implements Command {

	@Override
	public String name() {
		return "posting";
	}

	@Override
	public String synopsis() {
		return "FILE [--profile P] [--cv CV]";
	}

	@Override
	public String summary() {
		return "the skills a job posting asks for (.txt, .md, .html), against a profile and a CV [--format text|json]";
	}

	@Override
	public String options() {
		return "[--framework FILE]...";
	}

	@Override
	public int run(List<String> arguments, CommandLine io) {
		try {
			List<String> positional = new ArrayList<>();
			List<String> optionArguments = new ArrayList<>();
			ImportCommand.split(arguments, Set.of(), positional, optionArguments);
			Options options = new Options(optionArguments, Set.of("profile", "framework", "cv", "format"));
			String format = options.choice("format", "text", "json");
			if (positional.size() != 1) {
				throw new UsageException("name one posting file (.txt, .md or .html)");
			}
			String postingFile = positional.get(0);
			String text = read(postingFile);
			String cvText = options.has("cv") ? read(options.get("cv", null)) : null;
			ProfileContext context = options.has("profile") ? ProfileContext.load(options) : null;
			List<Framework> frameworks = context != null ? frameworks(context.resourceSet())
					: frameworks(options.all("framework"));
			SkillMatcher matcher = SkillMatcher.of(frameworks);
			PostingMatch match = matcher.match(text, null);
			Profile profile = context == null ? null : context.profile;
			CurrentLevels levels = profile == null ? null : CurrentLevels.of(profile);
			PostingFit fit = levels == null ? null : PostingFit.of(match, levels, "Job posting " + fileName(postingFile));
			CvCheck cv = cvText == null ? null : CvCheck.of(match, matcher.match(cvText, null), levels);
			if (format.equals("json")) {
				PostingTable.writeDocument(postingFile, match, profile, fit, options.get("cv", null), cv, io.out());
			} else {
				text(postingFile, frameworks, match, context, fit, options.get("cv", null), cv, io);
			}
			return CommandLine.OK;
		} catch (UsageException | IllegalArgumentException e) {
			io.err().println("upskill posting: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (InputException e) {
			io.err().println(e.getMessage());
			return CommandLine.BAD_INPUT;
		} catch (IOException e) {
			io.err().println("upskill posting: " + e.getMessage());
			return CommandLine.BAD_INPUT;
		}
	}

	private static String read(String name) throws UsageException, IOException {
		Path file;
		try {
			file = Path.of(name);
		} catch (InvalidPathException e) {
			throw new UsageException("'" + name + "' is not a file name the system accepts (" + e.getReason() + ")");
		}
		return PostingText.read(file);
	}

	private static String fileName(String file) {
		Path name = Path.of(file).getFileName();
		return name == null ? file : name.toString();
	}

	/** The frameworks of a profile's resource set (its own, the installed ones by address, the given files), then the installed ones. */
	private static List<Framework> frameworks(ResourceSet resourceSet) {
		Set<Framework> frameworks = new LinkedHashSet<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Framework framework) {
				frameworks.add(framework);
			}
		}
		Services.frameworkRegistry().ifPresent(r -> r.getFrameworks().forEach(f -> frameworks.add(f.framework())));
		return List.copyOf(frameworks);
	}

	/** The given framework files (each must load without errors), then the installed frameworks. */
	private static List<Framework> frameworks(List<String> files) throws InputException {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		FrameworkRegistry registry = Services.frameworkRegistry().orElse(null);
		if (registry != null) {
			registry.configure(resourceSet);
		}
		List<Framework> frameworks = new ArrayList<>();
		for (String file : files) {
			ModelFile loaded = ModelFile.load(resourceSet, Path.of(file));
			if (!loaded.loaded()) {
				throw new InputException(loaded.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
			}
			if (!(loaded.resource().getContents().get(0) instanceof Framework framework)) {
				throw new InputException(file + ": the file is not a framework (--framework takes .framework files)");
			}
			List<Problem> errors = ModelChecker.check(loaded).stream().filter(p -> p.severity() == Severity.ERROR).toList();
			if (!errors.isEmpty()) {
				throw new InputException(errors.get(0) + (errors.size() > 1 ? "\n(and " + (errors.size() - 1)
						+ " more errors: upskill validate " + file + " lists them)" : ""));
			}
			frameworks.add(framework);
		}
		if (registry != null) {
			for (RegisteredFramework framework : registry.getFrameworks()) {
				frameworks.add(framework.framework());
			}
		}
		return frameworks;
	}

	private static void text(String postingFile, List<Framework> frameworks, PostingMatch match, ProfileContext context,
			PostingFit fit, String cvFile, CvCheck cv, CommandLine io) {
		long required = match.skills().stream().filter(s -> s.demand() == Demand.REQUIRED).count();
		long nice = match.skills().stream().filter(s -> s.demand() == Demand.NICE_TO_HAVE).count();
		long mentioned = match.skills().size() - required - nice;
		io.out().printf("Job posting %s: %d %s (%d required, %d nice to have, %d only mentioned), by the skills of %s%n",
				postingFile, match.skills().size(), match.skills().size() == 1 ? "skill" : "skills", required, nice, mentioned,
				frameworks.stream().map(Framework::getId).distinct().collect(Collectors.joining(", ")));
		if (fit != null) {
			io.out().printf("%s (%s): fit %.1f of 100 (the required skills alone give %.1f); each skill asked at the middle of its scale%n",
					context.profile.getName(), context.file, fit.fit().roundedScore(), Figures.score(fit.fit().essentialScore()));
		}
		io.out().println();
		TextTable<PostingTable.Row> table = new TextTable<>(PostingTable.TABLE).column(PostingTable.NAME, 40)
				.column(PostingTable.DEMAND, 12).column(PostingTable.COUNT, 5);
		if (fit != null) {
			table.column(PostingTable.REQUIRED_LEVEL, 5).column(PostingTable.CURRENT, 7).column(PostingTable.GAP, 3);
		}
		table.column(PostingTable.SKILL, 42).column(PostingTable.TERMS, 0).print(PostingTable.rows(match, fit), io.out());
		io.out().println();
		if (match.unknownPhrases().isEmpty()) {
			io.out().println("No phrase is repeated that the frameworks do not know.");
		} else {
			io.out().println("Repeated phrases no framework knows (candidates for new aliases or skills):");
			io.out().println("  " + match.unknownPhrases().stream().map(PostingCommand::phrase).collect(Collectors.joining(", ")));
		}
		if (cv != null) {
			io.out().println();
			if (cv.missing().isEmpty()) {
				io.out().printf("CV %s names every skill the posting asks for (%d).%n", cvFile, cv.inCv().size());
			} else if (cv.profileKnown()) {
				io.out().printf("CV %s does not name %d of the %d skills the posting asks for:%n", cvFile, cv.missing().size(),
						cv.missing().size() + cv.inCv().size());
				io.out().println("  You have the skill but the CV does not say so: " + skills(cv.unsaid()));
				io.out().println("  Real gaps: " + skills(cv.gaps()));
			} else {
				io.out().printf("CV %s does not name %d of the %d skills the posting asks for: %s%n", cvFile, cv.missing().size(),
						cv.missing().size() + cv.inCv().size(), skills(cv.missing()));
				io.out().println("  (give --profile to tell the skills you have from real gaps)");
			}
		}
	}

	private static String phrase(UnknownPhrase phrase) {
		return phrase.phrase().replaceAll("\\s+", " ") + " (" + phrase.count() + ")";
	}

	/** {@code Kubernetes (k8s, Helm), Docker (required)}: each skill with the words the posting used. */
	private static String skills(List<MatchedSkill> skills) {
		if (skills.isEmpty()) {
			return "none";
		}
		return skills.stream().map(s -> s.name() + " (" + String.join(", ", s.terms()) + (s.required() ? "" : "; " + s.demand().label())
				+ ")").collect(Collectors.joining(", "));
	}
}
