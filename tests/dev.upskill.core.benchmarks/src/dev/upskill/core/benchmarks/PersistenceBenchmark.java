/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.benchmarks;

import static dev.upskill.core.benchmarks.Measure.line;
import static dev.upskill.core.benchmarks.Measure.median;
import static dev.upskill.core.benchmarks.Measure.usedHeapAfterGc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import dev.upskill.model.Framework;
import dev.upskill.model.Role;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillPackage;
import dev.upskill.model.resource.UpskillResource;
import dev.upskill.model.resource.UpskillResourceFactory;

/**
 * Loading and saving at ESCO scale (14,000 skills, 3,000 roles of 42 requirements, 5,000
 * resources; about 13 MB), all in one run: our resources ({@code UpskillResource} and its
 * options), EMF's defaults ({@link XMIResourceImpl} with no options, stopped after a time bound),
 * and a bare SAX pass over the same file, the floor of any XML load. Also the heap the loaded
 * model keeps, measured after garbage collection. Results go to standard output and to
 * {@code target/persistence-benchmarks.md}.
 */
class PersistenceBenchmark {

	private static final int RUNS = 5;
	/** EMF's default load is stopped after this many seconds (EMF-NOTES measured 56 s). */
	private static final long DEFAULT_LOAD_BOUND_SECONDS = Long.getLong("upskill.benchmark.defaultLoadBound", 90);

	@Test
	void loadAndSaveAtEscoScale() throws Exception {
		Measure.inTemporaryFolder("upskill-persistence-benchmark", this::run);
	}

	private void run(Path folder) throws Exception {
		Framework framework = SyntheticFrameworks.framework(42);
		SyntheticFrameworks.addResources(framework, 5_000, 11);
		Path file = folder.resolve("esco.framework");
		ResourceSet ours = UpskillResourceFactory.createResourceSet();
		Resource resource = ours.createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(framework);
		resource.save(null);
		long bytes = Files.size(file);

		StringBuilder report = new StringBuilder();
		line(report, "ESCO-scale framework: %,d skills, %,d roles, %,d requirements, %,d resources; file %.1f MB", framework.getSkills().size(),
				framework.getRoles().size(), framework.getRoles().stream().mapToInt(r -> r.getRequirements().size()).sum(),
				framework.getResources().size(), bytes / 1e6);
		line(report, "Cores: %d; Java %s; max heap %d MB", Runtime.getRuntime().availableProcessors(), Runtime.version(),
				Runtime.getRuntime().maxMemory() >> 20);

		// Our save (serialize, checks, temporary file, fsync, backup, rename), warm.
		double ourSave = median(() -> resource.save(null), 2, RUNS);

		// The floor: a bare SAX pass that touches every element and attribute.
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		long[] counted = new long[2];
		Measure.Task sax = () -> {
			SAXParser parser = factory.newSAXParser();
			parser.parse(file.toFile(), new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					counted[0]++;
					for (int i = 0; i < attributes.getLength(); i++) {
						counted[1] += attributes.getValue(i).length();
					}
				}
			});
		};
		double saxLoad = median(sax, 2, RUNS);

		// Our load, in a new resource set each time.
		Measure.Task ourLoadRun = () -> check(UpskillResourceFactory.createResourceSet().getResource(URI.createFileURI(file.toString()), true));
		double ourLoad = median(ourLoadRun, 2, RUNS);

		// The same resource with EMF's general loader (what every file used before FrameworkReader).
		Measure.Task generalLoadRun = () -> {
			Resource general = UpskillResourceFactory.createResourceSet().createResource(URI.createFileURI(file.toString()));
			general.load(Map.of(UpskillResource.OPTION_GENERAL_LOADER, Boolean.TRUE));
			check(general);
		};
		double generalLoad = median(generalLoadRun, 2, RUNS);

		// The heap the loaded model keeps.
				resource.unload();
		framework = null;
		long before = usedHeapAfterGc();
		Resource kept = UpskillResourceFactory.createResourceSet().getResource(URI.createFileURI(file.toString()), true);
		long after = usedHeapAfterGc();
		check(kept);
		double retainedMb = (after - before) / 1e6;
		kept.unload();

		// EMF's defaults: XMIResourceImpl, no options. The load is stopped at the bound.
		Path defaultFile = folder.resolve("esco-defaults.framework");
		ResourceSet defaults = new ResourceSetImpl();
		defaults.getPackageRegistry().put(UpskillPackage.eNS_URI, UpskillPackage.eINSTANCE);
		Resource defaultSaved = new XMIResourceImpl(URI.createFileURI(defaultFile.toString()));
		defaults.getResources().add(defaultSaved);
		Resource fresh = UpskillResourceFactory.createResourceSet().getResource(URI.createFileURI(file.toString()), true);
		defaultSaved.getContents().addAll(fresh.getContents());
		double defaultSave = median(() -> defaultSaved.save(Map.of()), 2, RUNS);
		defaultSaved.unload();

		BoundedXmiResource defaultLoaded = new BoundedXmiResource(URI.createFileURI(file.toString()),
				System.nanoTime() + TimeUnit.SECONDS.toNanos(DEFAULT_LOAD_BOUND_SECONDS));
		ResourceSet defaultLoadSet = new ResourceSetImpl();
		defaultLoadSet.getPackageRegistry().put(UpskillPackage.eNS_URI, UpskillPackage.eINSTANCE);
		defaultLoadSet.getResources().add(defaultLoaded);
		long start = System.nanoTime();
		boolean stopped = false;
		try {
			defaultLoaded.load(Map.of());
			check(defaultLoaded);
		} catch (BoundReached e) {
			stopped = true;
		}
		double defaultLoad = (System.nanoTime() - start) / 1e6;
		defaultLoaded.unload();

		String defaultLoadText = stopped ? String.format(Locale.ROOT, "> %.0f s (stopped)", defaultLoad / 1000)
				: String.format(Locale.ROOT, "%.1f s", defaultLoad / 1000);
		String defaultRatio = stopped ? String.format(Locale.ROOT, "> %.0fx", defaultLoad / ourLoad)
				: String.format(Locale.ROOT, "%.0fx", defaultLoad / ourLoad);
		line(report, "");
		line(report, "| measure | EMF defaults (XMIResourceImpl) | bare SAX pass (floor) | ours (UpskillResource) | ours against |");
		line(report, "|---|---|---|---|---|");
		line(report, "| load, median of %d (defaults: once) | %s | %.0f ms | %.0f ms | %.2fx the floor; defaults take %s as long |", RUNS,
				defaultLoadText, saxLoad, ourLoad, ourLoad / saxLoad, defaultRatio);
		line(report, "| load with EMF's general loader and our options, median of %d | - | - | %.0f ms | %.2fx the floor; %.2fx our load |", RUNS,
				generalLoad, generalLoad / saxLoad, generalLoad / ourLoad);
		line(report, "| save, median of %d | %.0f ms (in place, no checks) | - | %.0f ms (checks, temporary file, fsync, backup, rename) | %.2fx the defaults |",
				RUNS, defaultSave, ourSave, ourSave / defaultSave);
		line(report, "| heap kept by the loaded model, after GC | - | - | %.1f MB | target under 100 MB |", retainedMb);
		line(report, "");
		line(report, "SAX pass: %,d elements, %,d characters of attributes.", counted[0], counted[1]);
		line(report, "Targets: load within 2x the floor: %s; at least 100x faster than the defaults: %s; heap under 100 MB: %s.",
				ourLoad <= 2 * saxLoad ? "met" : String.format(Locale.ROOT, "missed (%.2fx)", ourLoad / saxLoad),
				defaultLoad / ourLoad >= 100 ? "met" : "missed", retainedMb < 100 ? "met" : "missed");

		System.out.println(report);
		Path out = Path.of("target", "persistence-benchmarks.md").toAbsolutePath();
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString());
		System.out.println("Written to " + out);
	}

	/** Fails unless the resource holds the whole ESCO-scale framework with its references resolved. */
	private static void check(Resource resource) {
		if (!resource.getErrors().isEmpty()) {
			throw new AssertionError("load errors: " + resource.getErrors());
		}
		Framework framework = (Framework) resource.getContents().get(0);
		if (framework.getSkills().size() != SyntheticFrameworks.SKILLS || framework.getRoles().size() != SyntheticFrameworks.ROLES
				|| framework.getResources().size() != 5_000) {
			throw new AssertionError("not the whole framework");
		}
		Role last = framework.getRoles().get(framework.getRoles().size() - 1);
		for (SkillRequirement requirement : last.getRequirements()) {
			if (requirement.getSkill() == null || requirement.getSkill().eIsProxy()) {
				throw new AssertionError("a reference is not resolved in " + last.getId());
			}
		}
	}


	/**
	 * EMF's XMIResourceImpl, unchanged except that its ID lookup (where the default load spends its
	 * time: a walk of the whole resource for each reference) stops the load once the bound is passed.
	 */
	private static final class BoundedXmiResource extends XMIResourceImpl {
		private final long deadline;

		BoundedXmiResource(URI uri, long deadline) {
			super(uri);
			this.deadline = deadline;
		}

		@Override
		protected EObject getEObjectByID(String id) {
			if (System.nanoTime() > deadline) {
				throw new BoundReached();
			}
			return super.getEObjectByID(id);
		}
	}

	private static final class BoundReached extends RuntimeException {
		private static final long serialVersionUID = 1L;

		BoundReached() {
			super("time bound reached", null, false, false);
		}
	}



}
