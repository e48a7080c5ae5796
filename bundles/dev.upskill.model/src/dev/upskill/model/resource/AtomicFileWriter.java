/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.resource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file so that a crash or kill at any moment leaves either the old or the new content,
 * complete: the new bytes go to a temporary file in the same folder, are forced to disk, and the
 * temporary file is renamed over the target. The previous version is kept beside it as
 * {@code .<name>.bak}, replaced by a rename too. Both steps use the one temporary name, so a kill
 * leaves at most that one file, which the next save removes.
 * <p>
 * EMF itself saves in place (it truncates the file, then serializes): a failure half-way leaves
 * an empty or partial file. That is why Upskill resources never let EMF write local files.
 */
public final class AtomicFileWriter {

	private AtomicFileWriter() {
	}

	/** The backup of the version before the last save of {@code file}. */
	public static Path backupOf(Path file) {
		return file.resolveSibling("." + file.getFileName() + ".bak");
	}

	/**
	 * The temporary file a save of {@code file} writes before it renames it: hidden, and named
	 * {@code *.tmp} so that common ignore patterns skip it.
	 */
	public static Path temporaryOf(Path file) {
		return file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".save.tmp");
	}

	public static void write(Path file, byte[] content) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = temporaryOf(file);
		// One predictable name per file: a save killed half-way leaves at most this one file, and the
		// next save of the same file replaces it (a stale one is removed first).
		Files.deleteIfExists(temporary);
		try {
			if (Files.exists(file)) {
				keepBackup(file, temporary);
			}
			try (FileChannel channel = create(temporary)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			keepPermissions(file, temporary);
			move(temporary, file);
			forceFolder(folder);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Makes the current version the backup in one rename, so that a kill at any moment leaves the
	 * old backup or the new one, whole (copying over the backup would leave none, or half of one):
	 * the file is hard-linked (or, where links are not supported, copied and forced to disk) to
	 * the temporary name, which is then renamed over the backup.
	 */
	private static void keepBackup(Path file, Path temporary) throws IOException {
		try {
			Files.createLink(temporary, file);
		} catch (UnsupportedOperationException | IOException e) {
			Files.deleteIfExists(temporary);
			Files.copy(file, temporary, StandardCopyOption.COPY_ATTRIBUTES);
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
		}
		move(temporary, backupOf(file));
		// A rename between two names of the same file does nothing: the backup already is this version
		// (a save killed right after its backup leaves the file and the backup linked).
		Files.deleteIfExists(temporary);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Creates the temporary file, private to its owner where the file system has POSIX permissions. */
	private static FileChannel create(Path temporary) throws IOException {
		Set<StandardOpenOption> options = Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
		if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return FileChannel.open(temporary, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		return FileChannel.open(temporary, options);
	}

	/**
	 * A temporary file is private to its owner; the saved file keeps the permissions of the file it
	 * replaces, and a new file gets the usual rw-r--r--.
	 */
	private static void keepPermissions(Path file, Path temporary) throws IOException {
		if (!temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.exists(file) ? Files.getPosixFilePermissions(file)
				: PosixFilePermissions.fromString("rw-r--r--");
		Files.setPosixFilePermissions(temporary, permissions);
	}

	/** Makes the rename itself durable (POSIX); a no-op where folders cannot be opened. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Windows cannot open a folder as a channel; the rename is still atomic there.
		}
	}
}
