/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.team;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.internal.team.Parallel;
import dev.upskill.model.Framework;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.Team;
import dev.upskill.model.TeamGroup;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.Problem.Severity;
import dev.upskill.model.validation.ProblemCode;

/**
 * Reads a team: a folder of profiles (every {@code *.profile} under it; a profile in a subfolder is
 * in the group of that subfolder's name), or a {@code *.team} file that lists profiles and groups.
 * <p>
 * Made for thousands of profiles: the frameworks the profiles refer to are read once, into a
 * resource set every reader shares (their ids made safe to look up from several threads), and the
 * profiles are read in parallel, each thread into its own resource set that asks the shared one
 * for anything that is not a profile. A profile that cannot be read is a {@link Problem} naming its
 * file and the reason; the others are read all the same. Cancelled through the monitor.
 *
 * @since 0.6.0
 */
public final class TeamLoader {

	private final FrameworkRegistry registry;
	private final List<Path> frameworkFiles;
	private TrustOrder trustOrder = TrustOrder.DEFAULT;
	private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

	/**
	 * @param registry the installed frameworks, or null for the profiles' own framework files only
	 * @param frameworkFiles further framework files whose roles and resources join the installed ones
	 */
	public TeamLoader(FrameworkRegistry registry, List<Path> frameworkFiles) {
		this.registry = registry;
		this.frameworkFiles = List.copyOf(frameworkFiles);
	}

	/** How many threads read profiles (by default one per processor). */
	public TeamLoader threads(int count) {
		threads = Math.max(1, count);
		return this;
	}

	/** The order in which the sources of assessments are trusted for the current levels. */
	public TeamLoader trustOrder(TrustOrder order) {
		trustOrder = order;
		return this;
	}

	/** Whether the path names a team: a folder, or a {@code .team} file. */
	public static boolean isTeam(Path path) {
		return Files.isDirectory(path) || path.getFileName() != null
				&& path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".team");
	}

	/**
	 * Reads the team of a folder or {@code .team} file.
	 *
	 * @param monitor progress and cancellation, or null
	 * @throws IllegalArgumentException when the path is neither a folder nor a team file that can be
	 *             read, or a framework file cannot be read: the message names the file and the reason
	 * @throws OperationCanceledException when cancelled
	 */
	public LoadedTeam load(Path path, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading the team " + path.getFileName(), 100);
		List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
		Shared shared = new Shared(registry);
		progress.subTask("Reading the frameworks");
		for (Path file : frameworkFiles) {
			shared.readFramework(file);
		}
		shared.readInstalled();
		progress.worked(5);
		checkCanceled(progress);

		Map<Path, Entry> entries = new LinkedHashMap<>();
		List<String> groups = new ArrayList<>();
		String name;
		if (Files.isDirectory(path)) {
			name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
			folder(path, entries, groups);
		} else if (isTeam(path)) {
			name = teamFile(path, entries, groups, problems);
		} else {
			throw new IllegalArgumentException(path + ": " + (Files.exists(path) ? "not a team: give a folder of profiles or a .team file"
					: "the folder or file does not exist"));
		}
		progress.worked(5);
		List<TeamMember> members = read(new ArrayList<>(entries.values()), shared, problems, progress.split(88));
		progress.subTask("Collecting the roles");
		Map<String, Role> roles = new LinkedHashMap<>();
		Map<String, LearningResource> resources = new LinkedHashMap<>();
		for (Framework framework : shared.frameworks()) {
			framework.getRoles().forEach(r -> roles.putIfAbsent(SkillKeys.of(r), r));
			framework.getResources().forEach(r -> resources.putIfAbsent(SkillKeys.of(r), r));
		}
		if (registry != null) {
			for (RegisteredFramework framework : registry.getFrameworks()) {
				framework.roles().forEach(r -> roles.putIfAbsent(SkillKeys.of(r), r));
				framework.resources().forEach(r -> resources.putIfAbsent(SkillKeys.of(r), r));
			}
		}
		progress.worked(2);
		List<Problem> sorted = new ArrayList<>(problems);
		sorted.sort((a, b) -> a.file().compareTo(b.file()));
		return new LoadedTeam(name, path, List.copyOf(members), List.copyOf(groups), List.copyOf(sorted), List.copyOf(roles.values()),
				List.copyOf(resources.values()));
	}

	/** A profile to read, with the groups it is in and the id the team file names it by (null: any). */
	private record Entry(Path file, String display, String fragment, Set<String> groups) {
	}

	private static void folder(Path folder, Map<Path, Entry> entries, List<String> groups) {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".profile"))
					.filter(p -> !hidden(folder.relativize(p)))
					.sorted().toList();
		} catch (IOException | UncheckedIOException e) {
			throw new IllegalArgumentException(folder + ": the folder cannot be read (" + e.getMessage() + ")");
		}
		Set<String> seen = new LinkedHashSet<>();
		for (Path file : files) {
			Path relative = folder.relativize(file);
			Set<String> in = new LinkedHashSet<>();
			if (relative.getParent() != null) {
				in.add(relative.getParent().toString().replace('\\', '/'));
				seen.addAll(in);
			}
			entries.put(file.toAbsolutePath().normalize(), new Entry(file, file.toString(), null, in));
		}
		groups.addAll(seen);
	}

	/** Whether a path under the team's folder is in a hidden folder or is a hidden file ({@code .git}, {@code .x.profile.bak}). */
	private static boolean hidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static String teamFile(Path path, Map<Path, Entry> entries, List<String> groups, List<Problem> problems) {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		ModelFile loaded = ModelFile.load(resourceSet, path);
		if (!loaded.loaded() || !(loaded.resource().getContents().get(0) instanceof Team team)) {
			String why = loaded.problems().isEmpty() ? path + ": the file is not a team" : String.join("\n", loaded.problems().stream()
					.filter(p -> p.severity() == Severity.ERROR).map(Problem::toString).toList());
			throw new IllegalArgumentException(why);
		}
		addMembers(path, team.getMembers(), null, entries, problems);
		for (TeamGroup group : team.getGroups()) {
			String groupName = group.getName() == null || group.getName().isBlank() ? "group " + (team.getGroups().indexOf(group) + 1)
					: group.getName().strip();
			if (!groups.contains(groupName)) {
				groups.add(groupName);
			}
			addMembers(path, group.getMembers(), groupName, entries, problems);
		}
		String name = team.getName() != null && !team.getName().isBlank() ? team.getName().strip() : team.getId();
		return name != null ? name : path.getFileName().toString();
	}

	private static void addMembers(Path teamFile, List<?> members, String group, Map<Path, Entry> entries, List<Problem> problems) {
		for (Object member : ((InternalEList<?>) members).basicList()) {
			URI uri = member instanceof InternalEObject object && object.eIsProxy() ? object.eProxyURI()
					: member instanceof EObject object && object.eResource() != null ? object.eResource().getURI().appendFragment("/")
							: null;
			if (uri == null) {
				continue;
			}
			URI file = CommonPlugin.resolve(uri.trimFragment());
			if (!file.isFile()) {
				problems.add(new Problem(ProblemCode.TEAM_MEMBER_UNREADABLE, Severity.ERROR, teamFile.toString(), 0, 0, null,
						"the member '" + uri.trimFragment() + "' is not a local file"));
				continue;
			}
			Path path = Path.of(file.toFileString()).toAbsolutePath().normalize();
			Entry entry = entries.computeIfAbsent(path, p -> new Entry(p, display(teamFile, p), uri.fragment(), new LinkedHashSet<>()));
			if (group != null) {
				entry.groups().add(group);
			}
		}
	}

	/** A member's file as people read it: relative to the team file's folder when it is under it. */
	private static String display(Path teamFile, Path member) {
		Path folder = teamFile.toAbsolutePath().normalize().getParent();
		if (folder != null && member.startsWith(folder)) {
			Path base = teamFile.getParent();
			return (base == null ? folder.relativize(member) : base.resolve(folder.relativize(member))).toString();
		}
		return member.toString();
	}

	private List<TeamMember> read(List<Entry> entries, Shared shared, List<Problem> problems, SubMonitor progress) {
		progress.beginTask("Reading " + entries.size() + " profiles", entries.size());
		TeamMember[] read = new TeamMember[entries.size()];
		Parallel.run(entries.size(), threads, shared::memberResourceSet,
				(resourceSet, i) -> read[i] = readOne(resourceSet, entries.get(i), problems), progress);
		List<TeamMember> members = new ArrayList<>(read.length);
		for (TeamMember member : read) {
			if (member != null) {
				members.add(member);
			}
		}
		return members;
	}

	private TeamMember readOne(ResourceSet resourceSet, Entry entry, List<Problem> problems) {
		ModelFile loaded = ModelFile.load(resourceSet, entry.file());
		String file = entry.display();
		if (!loaded.loaded()) {
			// the first error says why; the rest follow from it
			loaded.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst()
					.ifPresent(p -> problems.add(new Problem(p.code(), p.severity(), file, p.line(), p.column(), p.element(), p.message())));
			return null;
		}
		EObject root = loaded.resource().getContents().get(0);
		if (!(root instanceof Profile profile)) {
			problems.add(new Problem(ProblemCode.TEAM_MEMBER_NOT_PROFILE, Severity.ERROR, file, 0, 0, null,
					"the member is not a profile: the file holds " + kindOf(root)));
			return null;
		}
		String fragment = entry.fragment();
		if (fragment != null && !fragment.isEmpty() && !fragment.startsWith("/") && !fragment.equals(profile.getId())) {
			problems.add(new Problem(ProblemCode.TEAM_MEMBER_UNREADABLE, Severity.ERROR, file, 0, 0, null,
					"the team names the profile '" + fragment + "', but the file holds the profile '" + profile.getId() + "'"));
			return null;
		}
		EcoreUtil.resolveAll(loaded.resource());
		Path path = entry.file();
		return new TeamMember(TeamMember.nameOf(profile, path), path, profile, CurrentLevels.of(profile, trustOrder),
				List.copyOf(entry.groups()));
	}

	/** What a model file holds, in words. */
	private static String kindOf(EObject root) {
		return switch (root) {
			case LearningPlan plan -> "a learning plan";
			case Framework framework -> "a framework";
			case Team team -> "a team";
			default -> "no profile";
		};
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/**
	 * The frameworks read once for every profile: each resource is read on first request, its
	 * references resolved, and its id map made safe for concurrent look-ups, before any thread sees
	 * it; afterwards the resources are only read.
	 */
	private static final class Shared {

		/**
		 * Look-ups are serialised: a reference left unresolved (a framework read with errors) may be
		 * tried again from any reading thread, and such a look-up adds to the resources.
		 */
		private final ResourceSet resourceSet = new ResourceSetImpl() {
			@Override
			public synchronized Resource getResource(URI uri, boolean loadOnDemand) {
				return super.getResource(uri, loadOnDemand);
			}
		};
		private final FrameworkRegistry registry;
		private final Map<URI, Resource> ready = new ConcurrentHashMap<>();

		Shared(FrameworkRegistry registry) {
			this.registry = registry;
			UpskillResourceFactory.configure(resourceSet);
			if (registry != null) {
				registry.configure(resourceSet);
			}
		}

		void readFramework(Path file) {
			ModelFile framework = ModelFile.load(resourceSet, file);
			if (!framework.loaded() || !(framework.resource().getContents().get(0) instanceof Framework)) {
				throw new IllegalArgumentException(framework.problems().isEmpty() ? file + ": the file is not a framework"
						: String.join("\n", framework.problems().stream().map(Problem::toString).toList()));
			}
			publish(framework.resource());
		}

		void readInstalled() {
			if (registry == null) {
				return;
			}
			for (RegisteredFramework framework : registry.getFrameworks()) {
				resource(FrameworkUris.of(framework.id()));
			}
		}

		List<Framework> frameworks() {
			List<Framework> frameworks = new ArrayList<>();
			synchronized (resourceSet) {
				for (Resource resource : resourceSet.getResources()) {
					if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Framework framework) {
						frameworks.add(framework);
					}
				}
			}
			return frameworks;
		}

		Resource resource(URI uri) {
			Resource resource = ready.get(uri);
			if (resource != null) {
				return resource;
			}
			synchronized (resourceSet) {
				resource = ready.get(uri);
				if (resource != null) {
					return resource;
				}
				try {
					resource = resourceSet.getResource(uri, true);
				} catch (RuntimeException e) {
					resource = resourceSet.getResource(uri, false); // read with errors: its references stay unresolved
				}
				if (resource != null) {
					publish(resource);
				}
				return resource;
			}
		}

		/**
		 * Resolves the resource's references, and those of every framework they brought in (a
		 * framework built on another's skills), then makes each one's id map safe for concurrent
		 * look-ups before any reading thread sees it.
		 */
		private void publish(Resource resource) {
			synchronized (resourceSet) {
				EcoreUtil.resolveAll(resource);
				for (int i = 0; i < resourceSet.getResources().size(); i++) { // the list grows as references bring files in
					Resource brought = resourceSet.getResources().get(i);
					if (!ready.containsKey(brought.getURI())) {
						EcoreUtil.resolveAll(brought);
					}
				}
				for (Resource each : List.copyOf(resourceSet.getResources())) {
					if (ready.containsKey(each.getURI())) {
						continue;
					}
					if (each instanceof ResourceImpl impl && impl.getIntrinsicIDToEObjectMap() != null) {
						impl.setIntrinsicIDToEObjectMap(new ConcurrentHashMap<>(impl.getIntrinsicIDToEObjectMap()));
					}
					ready.put(each.getURI(), each);
				}
			}
		}

		/** A resource set for one reading thread: profiles of its own, everything else from here. */
		ResourceSet memberResourceSet() {
			ResourceSet members = new ResourceSetImpl() {
				@Override
				public Resource getResource(URI uri, boolean loadOnDemand) {
					if (!"profile".equals(uri.fileExtension())) {
						return Shared.this.resource(uri);
					}
					return super.getResource(uri, loadOnDemand);
				}
			};
			UpskillResourceFactory.configure(members);
			return members;
		}
	}
}
