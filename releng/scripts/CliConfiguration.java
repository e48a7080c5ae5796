/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Writes the command line's own launch configuration into an installed product:
 * {@code configuration-cli/config.ini} and a {@code bundles.info} with only the bundles the
 * command line needs, so {@code upskill COMMAND} does not start the whole workbench.
 * <p>
 * The bundles are chosen by Equinox's own resolver over the product's current
 * {@code configuration/org.eclipse.equinox.simpleconfigurator/bundles.info} (so plug-ins that p2
 * installed are seen): the command line's bundle, every bundle that depends on
 * {@code dev.upskill.core} (the built-in and the organizations' frameworks and plan checks), the
 * bundles the product starts at launch, and everything those are wired to, with the fragments of
 * each host. A plug-in that needs the user interface brings it along, so every command behaves as
 * in the full configuration. A copy of the source {@code bundles.info} is kept beside the result:
 * the {@code upskill} script runs this again when the product's bundles change.
 * <p>
 * Run with the product's framework on the class path (JDK 11+ runs a source file directly):
 * {@code java -cp PRODUCT/plugins/org.eclipse.osgi_*.jar releng/scripts/CliConfiguration.java PRODUCT}
 */
public final class CliConfiguration {

	static final String CLI_BUNDLE = "dev.upskill.cli";
	static final String CORE_BUNDLE = "dev.upskill.core";
	/** Bundles whose dependents contribute to a command: frameworks and plan checks (core), formats (io). */
	static final Set<String> CONTRIBUTION_HOSTS = Set.of(CORE_BUNDLE, "dev.upskill.io");
	/** The workbench itself: never needed by a command. */
	static final Set<String> WORKBENCH_ONLY = Set.of("dev.upskill.app", "dev.upskill.ui");
	static final String SIMPLECONFIGURATOR = "org.eclipse.equinox.simpleconfigurator";
	static final String CLI_APPLICATION = "dev.upskill.cli.main";
	static final String DS_RUNTIME = "org.apache.felix.scr";
	/** Bundles nearly every bundle is wired to: being wired to them says nothing. */
	static final Set<String> BASICS = Set.of("org.eclipse.equinox.common", "org.eclipse.core.runtime", "org.eclipse.equinox.registry",
			"org.eclipse.equinox.preferences", "org.eclipse.core.jobs", "org.eclipse.equinox.app", "org.eclipse.core.contenttype");

	private CliConfiguration() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 1) {
			System.err.println("usage: java -cp PRODUCT/plugins/org.eclipse.osgi_*.jar CliConfiguration.java PRODUCT");
			System.exit(2);
		}
		Path product = Path.of(args[0]).toAbsolutePath().normalize();
		Path sourceInfo = product.resolve("configuration").resolve(SIMPLECONFIGURATOR).resolve("bundles.info");
		Path sourceIni = product.resolve("configuration").resolve("config.ini");
		List<String> lines = Files.readAllLines(sourceInfo, StandardCharsets.UTF_8);
		Map<String, String> entries = new HashMap<>(); // "name,version" -> its line
		Set<String> started = new LinkedHashSet<>();
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split(",");
			String key = fields[0] + "," + fields[1];
			entries.put(key, line);
			if (fields.length > 4 && Boolean.parseBoolean(fields[4].trim())) {
				started.add(key);
			}
		}

		Set<String> chosen = choose(product, entries, started);

		Path target = product.resolve("configuration-cli");
		Path staging = Files.createTempDirectory(product, ".configuration-cli.");
		try {
			if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				// Readable by everyone who can run the product, like the configuration folder beside it.
				Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
			Path infoFolder = Files.createDirectories(staging.resolve(SIMPLECONFIGURATOR));
			List<String> out = new ArrayList<>();
			for (String line : lines) {
				if (line.startsWith("#")) {
					out.add(line);
				} else if (!line.isBlank()) {
					String[] fields = line.split(",");
					if (chosen.contains(fields[0] + "," + fields[1])) {
						out.add(line);
					}
				}
			}
			Files.write(infoFolder.resolve("bundles.info"), out, StandardCharsets.UTF_8);

			Properties ini = new Properties();
			try (Reader reader = Files.newBufferedReader(sourceIni, StandardCharsets.ISO_8859_1)) {
				ini.load(reader);
			}
			ini.setProperty("eclipse.application", CLI_APPLICATION);
			ini.setProperty("eclipse.product", "dev.upskill.cli.product"); // the workbench's product is in a bundle not started here
			StringWriter stored = new StringWriter();
			ini.store(stored, null);
			List<String> iniLines = new ArrayList<>();
			iniLines.add("# The command line's configuration (upskill COMMAND): " + chosen.size() + " of " + entries.size()
					+ " bundles, chosen from configuration/" + SIMPLECONFIGURATOR + "/bundles.info");
			iniLines.add("# by releng/scripts/CliConfiguration.java; the upskill script writes it again when that file changes.");
			// Properties.store writes a date comment first and in no order: keep the properties, sorted.
			stored.toString().lines().filter(l -> !l.startsWith("#")).sorted().forEach(iniLines::add);
			Files.write(staging.resolve("config.ini"), iniLines, StandardCharsets.ISO_8859_1);
			// Written last: the upskill script compares it with the product's bundles.info.
			Files.copy(sourceInfo, staging.resolve("source-bundles.info"));
			deleteTree(target);
			Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			deleteTree(staging);
		}
	}

	/** The bundles the command line needs, as "name,version" keys of bundles.info. */
	static Set<String> choose(Path product, Map<String, String> entries, Set<String> started) throws Exception {
		Path storage = Files.createTempDirectory("upskill-cli-resolve");
		Map<String, String> config = new HashMap<>();
		config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
		config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
		config.put("osgi.configuration.area", storage.resolve("configuration").toUri().toString());
		config.put("osgi.instance.area", "@none");
		config.put("osgi.user.area", "@none");
		config.put("eclipse.log.enabled", "false");
		FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
				.orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
		Framework framework = factory.newFramework(config);
		framework.init();
		try {
			BundleContext context = framework.getBundleContext();
			Map<Bundle, String> keys = new HashMap<>();
			for (Map.Entry<String, String> e : entries.entrySet()) {
				String[] fields = e.getValue().split(",");
				if (fields[0].equals("org.eclipse.osgi")) {
					continue; // the framework itself: its system bundle is this one
				}
				Path location = product.resolve(fields[2]).normalize();
				try {
					Bundle bundle = context.installBundle("reference:" + location.toUri());
					keys.put(bundle, e.getKey());
				} catch (BundleException ex) {
					System.err.println("upskill: not considered for the command line: " + location + ": " + ex.getMessage());
				}
			}
			framework.adapt(FrameworkWiring.class).resolveBundles(null);

			Set<Bundle> roots = new LinkedHashSet<>();
			List<Bundle> startedBundles = new ArrayList<>();
			for (Map.Entry<Bundle, String> e : keys.entrySet()) {
				Bundle bundle = e.getKey();
				String name = bundle.getSymbolicName();
				if (WORKBENCH_ONLY.contains(name)) {
					continue;
				}
				if (name.equals(CLI_BUNDLE) || name.equals(SIMPLECONFIGURATOR) || dependsOnCore(bundle)) {
					roots.add(bundle);
				} else if (started.contains(e.getValue())) {
					startedBundles.add(bundle);
				}
			}
			Map<Bundle, Bundle> why = new HashMap<>();
			Set<Bundle> closure = closure(roots, why);
			// The bundles the product starts at launch join when the chosen ones need them: the DS
			// runtime when a chosen bundle declares components, and any other when it is wired to a
			// chosen bundle beyond the basics every bundle uses (slf4j.simple joins slf4j.api, say).
			boolean grown = true;
			while (grown) {
				grown = false;
				for (Bundle candidate : startedBundles) {
					if (closure.contains(candidate)) {
						continue;
					}
					Bundle reason = needed(candidate, closure);
					if (reason != null) {
						why.put(candidate, reason);
						closure.addAll(closure(Set.of(candidate), why));
						grown = true;
					}
				}
			}
			if (Boolean.getBoolean("upskill.cli.why")) {
				for (Bundle bundle : closure) {
					Bundle by = why.get(bundle);
					System.err.println(bundle.getSymbolicName() + " <- " + (by == null ? "root" : by.getSymbolicName()));
				}
			}
			// Framework extensions (fragments of the system bundle) stay as they are.
			for (BundleWire wire : framework.adapt(BundleWiring.class).getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
				closure.add(wire.getRequirer().getBundle());
			}
			Set<String> chosen = new LinkedHashSet<>();
			closure.stream().sorted(Comparator.comparing(Bundle::getSymbolicName)).forEach(b -> chosen.add(keys.get(b)));
			entries.keySet().stream().filter(k -> k.startsWith("org.eclipse.osgi,")).forEach(chosen::add);
			return chosen;
		} finally {
			framework.stop();
			framework.waitForStop(10_000);
			deleteTree(storage);
		}
	}

	/** Every bundle the given ones are wired to, with the fragments attached to each host. */
	private static Set<Bundle> closure(Set<Bundle> roots, Map<Bundle, Bundle> why) {
		Deque<Bundle> work = new ArrayDeque<>(roots);
		Set<Bundle> closure = new LinkedHashSet<>();
		while (!work.isEmpty()) {
			Bundle bundle = work.pop();
			if (!closure.add(bundle)) {
				continue;
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring == null) {
				continue; // unresolved here as in the full configuration: kept, so it reports the same
			}
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				Bundle provider = wire.getProvider().getBundle();
				if (provider.getBundleId() != 0) {
					why.putIfAbsent(provider, bundle);
					work.add(provider);
				}
			}
			for (BundleWire wire : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
				why.putIfAbsent(wire.getRequirer().getBundle(), bundle);
				work.add(wire.getRequirer().getBundle()); // fragments attached to this host
			}
		}
		return closure;
	}

	/** The chosen bundle that makes a bundle the product starts needed, or null. */
	private static Bundle needed(Bundle candidate, Set<Bundle> chosen) {
		if (DS_RUNTIME.equals(candidate.getSymbolicName())) {
			return chosen.stream().filter(b -> b.getHeaders("").get("Service-Component") != null).findFirst().orElse(null);
		}
		BundleWiring wiring = candidate.adapt(BundleWiring.class);
		if (wiring == null) {
			return null;
		}
		for (BundleWire wire : wiring.getRequiredWires(null)) {
			Bundle provider = wire.getProvider().getBundle();
			if (chosen.contains(provider) && !BASICS.contains(provider.getSymbolicName())) {
				return provider;
			}
		}
		return null;
	}

	/**
	 * Whether the bundle uses dev.upskill.core or dev.upskill.io: wired to one, or (when unresolved)
	 * asking for one.
	 */
	private static boolean dependsOnCore(Bundle bundle) {
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		if (wiring != null) {
			return wiring.getRequiredWires(null).stream()
					.anyMatch(w -> CONTRIBUTION_HOSTS.contains(w.getProvider().getBundle().getSymbolicName()));
		}
		String requires = bundle.getHeaders("").get(Constants.REQUIRE_BUNDLE);
		String imports = bundle.getHeaders("").get(Constants.IMPORT_PACKAGE);
		return CONTRIBUTION_HOSTS.stream()
				.anyMatch(host -> (requires != null && requires.contains(host)) || (imports != null && imports.contains(host)));
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
