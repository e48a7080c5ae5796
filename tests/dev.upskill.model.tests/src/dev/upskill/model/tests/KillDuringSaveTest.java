/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.model.Framework;
import dev.upskill.model.UpskillPackage;
import dev.upskill.model.resource.AtomicFileWriter;
import dev.upskill.model.resource.UpskillResourceFactory;

/**
 * A save killed at any moment loses nothing: a separate process ({@link SaveLoop}) saves a large
 * framework (about 400 KB) in a loop and is killed with SIGKILL at a random moment, 200 times.
 * After every kill the file is byte for byte the version before the save under way or the one
 * it was writing, and loads; the backup is byte for byte the version before that (or the same
 * version, when the kill came between the backup and the rename); the only other file is at most
 * the save's one hidden temporary file, which the next save removes.
 */
class KillDuringSaveTest {

	private static final int KILLS = 200;
	/** Every so many kills the file is also loaded (it is compared byte for byte after each). */
	private static final int LOAD_EVERY = 10;
	private static final long MIN_WINDOW = TimeUnit.MILLISECONDS.toNanos(10);
	/** Processes started ahead, so that the next is ready when one is killed. */
	private static final int POOL = 2;
	private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

	@TempDir
	Path folder;

	@Test
	void killedSavesLeaveTheOldOrTheNewVersionAndAnIntactBackup() throws Exception {
		long began = System.nanoTime();
		Path file = folder.resolve("large.framework");
		Path backup = AtomicFileWriter.backupOf(file);
		Path temporary = AtomicFileWriter.temporaryOf(file);

		// Versions 0 and 1 saved here: the file, its backup, and the bytes every version must have.
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		Framework framework = SaveLoop.framework(0);
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(framework);
		resource.save(null);
		framework.setName(SaveLoop.name(1));
		resource.save(null);
		Versions versions = new Versions(Files.readAllBytes(file), 1);
		assertEquals(0, versions.of(Files.readAllBytes(backup)));
		long fileVersion = 1;

		Path scratch = Files.createTempDirectory("upskill-kill-test");
		List<String> command = childCommand(file, scratch);
		SplittableRandom random = new SplittableRandom(20261129);
		int midSave = 0;
		int temporaryLeft = 0;
		int backupEqualsFile = 0;
		long savesSeen = 0;
		Deque<Process> ready = new ArrayDeque<>();
		try {
			// A first process saves three versions and ends normally (its class data is kept for the
			// others); the kills then come at a random moment within about two of its saves.
			long window = calibrate(start(command), fileVersion + 1);
			fileVersion += 3;
			for (int kill = 1; kill <= KILLS; kill++) {
				// The next processes start while this one saves: their start-up is not part of the window.
				while (ready.size() < POOL) {
					ready.add(start(command));
				}
				Process child = ready.poll();
				BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
				assertEquals("ready", out.readLine(), "the saving process started");
				long first = fileVersion + 1;
				Writer in = child.outputWriter(StandardCharsets.UTF_8);
				in.write("go " + first + "\n");
				in.flush();
				TimeUnit.NANOSECONDS.sleep(random.nextLong(window));
				// SIGKILL, through the handle: Process.destroyForcibly would also close the pipe, whose rest we read.
				child.toHandle().destroyForcibly();
				assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the killed process ended");

				long started = first - 1;
				long saved = first - 1;
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					if (line.startsWith("saving ")) {
						started = Long.parseLong(line.substring(7));
					} else if (line.startsWith("saved ")) {
						saved = Long.parseLong(line.substring(6));
					}
				}
				savesSeen += saved - (first - 1);
				// Keeps the kills within the first two saves of a process: its first save is slower than the
				// calibrating one's (which had no class data archive yet) or faster, depending on the load.
				if (saved - (first - 1) >= 2) {
					window = Math.max(window * 4 / 5, MIN_WINDOW);
				} else if (started < first) {
					window = window * 5 / 4;
				}
				String when = "kill " + kill + " (process saving version " + started + ", last saved " + saved + ")";
				if (started > saved) {
					midSave++;
				}

				byte[] bytes = Files.readAllBytes(file);
				long version = versions.of(bytes);
				assertTrue(version == saved || version == started,
						when + ": the file is version " + version + ", neither the old nor the new one");
				assertArrayEquals(versions.bytes(version), bytes, when + ": the file is exactly version " + version);
				if (kill % LOAD_EVERY == 0) {
					assertLoads(file, version, when);
				}
				byte[] backupBytes = Files.readAllBytes(backup);
				long backupVersion = versions.of(backupBytes);
				assertTrue(backupVersion == version - 1 || backupVersion == version,
						when + ": the backup is version " + backupVersion + " beside file version " + version);
				assertArrayEquals(versions.bytes(backupVersion), backupBytes, when + ": the backup is exactly version " + backupVersion);
				if (backupVersion == version) {
					backupEqualsFile++;
				}

				Set<String> left = names(folder);
				left.remove(file.getFileName().toString());
				left.remove(backup.getFileName().toString());
				if (left.remove(temporary.getFileName().toString())) {
					temporaryLeft++;
				}
				assertTrue(left.isEmpty(), when + ": files left besides the file, its backup and the one temporary file: " + left);
				fileVersion = version;
			}
		} finally {
			for (Process process : ready) {
				process.toHandle().destroyForcibly();
				process.waitFor();
			}
			deleteTree(scratch);
		}

		// The next save removes the temporary file a killed save left.
		Framework loaded = assertLoads(file, fileVersion, "after the kills");
		loaded.setName(SaveLoop.name(fileVersion + 1));
		loaded.eResource().save(null);
		assertArrayEquals(versions.bytes(fileVersion + 1), Files.readAllBytes(file));
		assertArrayEquals(versions.bytes(fileVersion), Files.readAllBytes(backup));
		assertEquals(new TreeSet<>(List.of(file.getFileName().toString(), backup.getFileName().toString())), names(folder),
				"after the next save only the file and its backup are left");

		double seconds = (System.nanoTime() - began) / 1e9;
		System.out.printf("KillDuringSaveTest: %d kills in %.1f s, %d saves completed in the killed processes; %d kills during a save, "
				+ "%d left the temporary file, %d came between the backup and the rename (%,d bytes a version)%n", KILLS, seconds,
				savesSeen, midSave, temporaryLeft, backupEqualsFile, versions.length());
		// The kills must hit saves under way, or this test proves nothing.
		assertTrue(midSave >= KILLS / 4, "only " + midSave + " of " + KILLS + " kills came during a save");
	}

	/** A save killed right after its backup leaves the file and the backup linked: the next save still works. */
	@Test
	void aSaveAfterOneKilledRightAfterItsBackupWorks() throws Exception {
		Path file = folder.resolve("linked.framework");
		Path backup = AtomicFileWriter.backupOf(file);
		Framework framework = SaveLoop.framework(0);
		Resource resource = UpskillResourceFactory.createResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(framework);
		resource.save(null);
		byte[] first = Files.readAllBytes(file);
		Files.createLink(backup, file);

		framework.setName(SaveLoop.name(1));
		resource.save(null);

		assertArrayEquals(first, Files.readAllBytes(backup), "the backup is the version before");
		assertEquals(SaveLoop.name(1), ((Framework) UpskillResourceFactory.createResourceSet()
				.getResource(URI.createFileURI(file.toString()), true).getContents().get(0)).getName());
		assertEquals(new TreeSet<>(List.of(file.getFileName().toString(), backup.getFileName().toString())), names(folder));
	}

	/**
	 * Lets a saving process save three versions and end, and returns twice the time its first save
	 * took: the window for the random kills (which come in the first or second save).
	 */
	private static long calibrate(Process child, long first) throws IOException, InterruptedException {
		BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		assertEquals("ready", out.readLine(), "the saving process started");
		Writer in = child.outputWriter(StandardCharsets.UTF_8);
		long go = System.nanoTime();
		in.write("go " + first + " 3\n");
		in.flush();
		long firstSave = 0;
		int saves = 0;
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			if (line.startsWith("saved ") && saves++ == 0) {
				firstSave = System.nanoTime() - go;
			}
		}
		assertEquals(0, child.waitFor(), "the first saving process ended normally");
		assertEquals(3, saves, "the first saving process saved three versions");
		return Math.max(2 * firstSave, MIN_WINDOW);
	}

	private static Process start(List<String> command) throws IOException {
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
	}

	private static Framework assertLoads(Path file, long version, String when) throws IOException {
		Resource resource = UpskillResourceFactory.createResourceSet().getResource(URI.createFileURI(file.toString()), true);
		assertTrue(resource.getErrors().isEmpty(), when + ": the file loads without errors: " + resource.getErrors());
		Framework framework = (Framework) resource.getContents().get(0);
		assertEquals(SaveLoop.name(version), framework.getName(), when);
		assertEquals(SaveLoop.SKILLS, framework.getSkills().size(), when);
		assertEquals(SaveLoop.ROLES, framework.getRoles().size(), when);
		assertEquals(SaveLoop.RESOURCES, framework.getResources().size(), when);
		assertTrue(resource.getEObject("skill." + (SaveLoop.SKILLS - 1)) != null, when);
		return framework;
	}

	private static Set<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/**
	 * The command that runs {@link SaveLoop} in a new JVM, on a class path of the model's and EMF's
	 * bundles, found where the running framework loaded them, and a jar of {@link SaveLoop} itself.
	 * The JVM is set to start fast: C1 only, and a class data archive that the first process writes
	 * and the others use (JDK 19+; on older ones the option is ignored).
	 */
	private static List<String> childCommand(Path file, Path scratch) throws IOException, URISyntaxException {
		Path jar = scratch.resolve("save-loop.jar");
		String entry = SaveLoop.class.getName().replace('.', '/') + ".class";
		try (InputStream in = SaveLoop.class.getResourceAsStream("/" + entry);
				JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			out.putNextEntry(new JarEntry(entry));
			in.transferTo(out);
			out.closeEntry();
		}
		Set<String> classPath = new LinkedHashSet<>();
		classPath.add(jar.toString());
		for (Class<?> type : List.of(UpskillPackage.class, EObject.class, URI.class, XMLResource.class)) {
			CodeSource source = type.getProtectionDomain().getCodeSource();
			classPath.add(archivable(Path.of(source.getLocation().toURI()), scratch).toString());
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:+IgnoreUnrecognizedVMOptions",
				"-XX:SharedArchiveFile=" + scratch.resolve("save-loop.jsa"), "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off",
				"-Xlog:aot=off"));
		command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), SaveLoop.class.getName(), file.toString()));
		return command;
	}

	/**
	 * A jar of the class path entry that a class data archive can hold: EMF's jars from Maven Central
	 * are signed, and classes of a signed jar are checked against its signature one by one and never
	 * archived (half of each saving process's start); a folder cannot be archived either. The copy
	 * leaves out the signature files, nothing else; the same path for the same entry, so the archive
	 * the first process writes fits the others.
	 */
	private static Path archivable(Path entry, Path scratch) throws IOException {
		Path copy = scratch.resolve("cp-" + Integer.toHexString(entry.toString().hashCode()) + "-" + entry.getFileName() + ".jar");
		if (Files.exists(copy)) {
			return copy;
		}
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy))) {
			if (Files.isDirectory(entry)) {
				try (Stream<Path> files = Files.walk(entry)) {
					for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
						out.putNextEntry(new JarEntry(entry.relativize(file).toString().replace(File.separatorChar, '/')));
						Files.copy(file, out);
						out.closeEntry();
					}
				}
			} else {
				try (ZipFile jar = new ZipFile(entry.toFile())) {
					for (ZipEntry zipEntry : Collections.list(jar.entries())) {
						String name = zipEntry.getName();
						if (zipEntry.isDirectory() || SIGNATURE_FILE.matcher(name).matches()) {
							continue;
						}
						out.putNextEntry(new JarEntry(name));
						try (InputStream in = jar.getInputStream(zipEntry)) {
							in.transferTo(out);
						}
						out.closeEntry();
					}
				}
			}
		}
		return copy;
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/** The bytes of every version: those of one saved version with the number in the name changed. */
	private static final class Versions {
		private final byte[] template;
		private final int at;
		private final int width;

		Versions(byte[] saved, long version) {
			this.template = saved;
			byte[] name = SaveLoop.name(version).getBytes(StandardCharsets.UTF_8);
			this.at = indexOf(saved, name);
			assertTrue(at >= 0 && indexOf(Arrays.copyOfRange(saved, at + 1, saved.length), name) < 0, "the name is in the file once");
			this.width = name.length;
		}

		int length() {
			return template.length;
		}

		/** The version a file's bytes say they are (its name), or a failure when they say none. */
		long of(byte[] bytes) {
			if (bytes.length != template.length) {
				return fail("a file of " + bytes.length + " bytes, where every version has " + template.length);
			}
			String name = new String(bytes, at, width, StandardCharsets.UTF_8);
			String prefix = SaveLoop.name(0).substring(0, SaveLoop.name(0).length() - 9);
			if (!name.startsWith(prefix)) {
				return fail("no version name where it belongs: '" + name + "'");
			}
			return Long.parseLong(name.substring(prefix.length()));
		}

		byte[] bytes(long version) {
			byte[] bytes = template.clone();
			byte[] name = SaveLoop.name(version).getBytes(StandardCharsets.UTF_8);
			System.arraycopy(name, 0, bytes, at, width);
			return bytes;
		}

		private static int indexOf(byte[] haystack, byte[] needle) {
			outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
				for (int j = 0; j < needle.length; j++) {
					if (haystack[i + j] != needle[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}
	}
}
