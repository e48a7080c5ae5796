/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the EMF model and edit code of Upskill Workbench headless, with EMF's own generator,
 * from {@code bundles/dev.upskill.model/model/upskill.genmodel}.
 * <p>
 * The generator always writes into a scratch copy of the two projects under {@code target/}, so
 * a run never touches the work tree unless asked to:
 * <ul>
 * <li>{@code check} (the default in the build) compares the generated {@code src-gen/} folders with
 * the committed ones and fails, listing the differing files, when they differ;</li>
 * <li>{@code write} replaces the committed {@code src-gen/} folders with the generated ones.</li>
 * </ul>
 * Usage: {@code GenerateModelCode check|write <bundles folder> <scratch folder>}.
 */
public final class GenerateModelCode {

	static final String MODEL_BUNDLE = "dev.upskill.model";
	static final String EDIT_BUNDLE = "dev.upskill.model.edit";
	static final String GENMODEL = MODEL_BUNDLE + "/model/upskill.genmodel";
	static final List<String> GENERATED_EDIT_FILES = List.of("plugin.properties", "plugin.xml");
	/** EMF writes this placeholder vendor into plugin.properties; ours replaces it. */
	static final String GENERATOR_VENDOR = "providerName = www.example.org";
	static final String VENDOR = "providerName = Upskill Workbench";
	/** The tag of a generated member that was edited by hand: the generator's merge keeps it. */
	static final String HAND_EDITED = "@generated NOT";

	private GenerateModelCode() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3 || !Set.of("check", "write").contains(args[0])) {
			throw new IllegalArgumentException("usage: GenerateModelCode check|write <bundles folder> <scratch folder>");
		}
		boolean write = args[0].equals("write");
		Path bundles = Path.of(args[1]).toAbsolutePath().normalize();
		Path scratch = Path.of(args[2]).toAbsolutePath().normalize();

		deleteTree(scratch);
		Files.createDirectories(scratch.resolve(EDIT_BUNDLE));
		copyTree(bundles.resolve(MODEL_BUNDLE + "/model"), scratch.resolve(MODEL_BUNDLE + "/model"));
		// Existing icons keep the generator from writing its default GIFs over ours.
		Path icons = bundles.resolve(EDIT_BUNDLE + "/icons");
		if (Files.isDirectory(icons)) {
			copyTree(icons, scratch.resolve(EDIT_BUNDLE + "/icons"));
		}
		seedHandEdited(bundles, scratch);
		generate(scratch);

		List<String> differences = new ArrayList<>();
		for (String bundle : List.of(MODEL_BUNDLE, EDIT_BUNDLE)) {
			Path committed = bundles.resolve(bundle).resolve("src-gen");
			Path generated = scratch.resolve(bundle).resolve("src-gen");
			if (write) {
				deleteTree(committed);
				copyTree(generated, committed);
				System.out.println("[codegen] wrote " + committed);
			} else {
				differences.addAll(compare(committed, generated, bundle + "/src-gen/"));
			}
		}
		// The edit bundle's labels and its adapter factory registration follow the model too.
		for (String file : GENERATED_EDIT_FILES) {
			Path committed = bundles.resolve(EDIT_BUNDLE).resolve(file);
			Path generated = scratch.resolve(EDIT_BUNDLE).resolve(file);
			Files.writeString(generated, Files.readString(generated).replace(GENERATOR_VENDOR, VENDOR));
			if (write) {
				Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
			} else if (!Files.exists(committed)) {
				differences.add("missing (not committed): " + EDIT_BUNDLE + "/" + file);
			} else if (!Arrays.equals(Files.readAllBytes(committed), Files.readAllBytes(generated))) {
				differences.add("differs: " + EDIT_BUNDLE + "/" + file);
			}
		}
		if (!differences.isEmpty()) {
			System.err.println("[codegen] The committed generated EMF code differs from what the model generates:");
			differences.forEach(d -> System.err.println("  " + d));
			System.err.println("[codegen] Regenerate with: ./mvnw -pl releng/dev.upskill.codegen process-classes -Dupskill.codegen=write");
			System.exit(1);
		}
		if (!write) {
			System.out.println("[codegen] committed src-gen/ matches the model");
		}
	}

	/**
	 * Copies the committed generated files that hold hand-written code ({@code @generated NOT}
	 * members, such as the domain constraints of the model's validator) into the scratch copy, so
	 * that EMF's generator merges into them and keeps that code, as it does in the IDE. Only those
	 * files are seeded: any other committed file that the model no longer generates is still found
	 * stale.
	 */
	static void seedHandEdited(Path bundles, Path scratch) throws IOException {
		for (String bundle : List.of(MODEL_BUNDLE, EDIT_BUNDLE)) {
			Path committed = bundles.resolve(bundle).resolve("src-gen");
			for (String file : relativeFiles(committed)) {
				Path source = committed.resolve(file);
				if (file.endsWith(".java") && Files.readString(source).contains(HAND_EDITED)) {
					Path target = scratch.resolve(bundle).resolve("src-gen").resolve(file);
					Files.createDirectories(target.getParent());
					Files.copy(source, target);
				}
			}
		}
	}

	static void generate(Path scratch) throws IOException {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		URI platformResource = URI.createPlatformResourceURI("/", false);
		URI folder = URI.createFileURI(scratch.toString() + "/");
		resourceSet.getURIConverter().getURIMap().put(platformResource, folder);
		URIConverter.URI_MAP.put(platformResource, folder);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE
				.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);

		Resource resource = resourceSet.getResource(URI.createPlatformResourceURI("/" + GENMODEL, true), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		for (GenPackage genPackage : genModel.getGenPackages()) {
			if (genPackage.getGenClassifiers().isEmpty()) {
				// The committed genmodel keeps only the choices we made; the rest follows the .ecore.
				genPackage.initialize(genPackage.getEcorePackage());
			}
		}
		genModel.setCanGenerate(true);
		genModel.setForceOverwrite(true);
		genModel.setUpdateClasspath(false);
		genModel.setLineDelimiter("\n");
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("invalid genmodel: " + valid);
		}

		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
			if (result.getSeverity() == Diagnostic.ERROR) {
				throw new IllegalStateException("generation of " + type + " failed: " + result);
			}
		}
	}

	static List<String> compare(Path committed, Path generated, String label) throws IOException {
		Set<String> paths = new TreeSet<>();
		paths.addAll(relativeFiles(committed));
		paths.addAll(relativeFiles(generated));
		List<String> differences = new ArrayList<>();
		for (String path : paths) {
			Path a = committed.resolve(path);
			Path b = generated.resolve(path);
			if (!Files.exists(a)) {
				differences.add("missing (not committed): " + label + path);
			} else if (!Files.exists(b)) {
				differences.add("not generated by the model (stale): " + label + path);
			} else if (!Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))) {
				differences.add("differs: " + label + path);
			}
		}
		return differences;
	}

	private static Set<String> relativeFiles(Path root) throws IOException {
		Set<String> result = new TreeSet<>();
		if (Files.isDirectory(root)) {
			try (Stream<Path> files = Files.walk(root)) {
				files.filter(Files::isRegularFile).forEach(f -> result.add(root.relativize(f).toString().replace('\\', '/')));
			}
		}
		return result;
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			files.forEach(source -> {
				try {
					Path target = to.resolve(from.relativize(source).toString());
					if (Files.isDirectory(source)) {
						Files.createDirectories(target);
					} else {
						Files.copy(source, target);
					}
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
