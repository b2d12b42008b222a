package io.eddy.runtime.state.rocksdb;

import io.eddy.runtime.state.KeyedStateHandle;
import io.eddy.runtime.state.KeyedStateHandle.StateFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Moves the files of native RocksDB checkpoints between a local directory and the job's shared
 * checkpoint directory: uploads only the SST files no earlier confirmed checkpoint stored (each under
 * a unique name {@code <checkpoint id>-<random>-<file name>}), copies with a CRC-32, and downloads with a
 * check of every file's length and checksum, so a truncated or altered file fails the restore clearly.
 */
public final class RocksDbCheckpointFiles {

    private static final int BUFFER = 64 * 1024;

    private RocksDbCheckpointFiles() {
    }

    /**
     * Stores the files of the native checkpoint in {@code localCheckpoint} under {@code sharedDirectory}:
     * SST files found in {@code alreadyStored} are referenced, every other file is copied.
     */
    static List<StateFile> upload(Path localCheckpoint, Path sharedDirectory, long checkpointId, Map<String, StateFile> alreadyStored)
            throws IOException {
        Files.createDirectories(sharedDirectory);
        String prefix = checkpointId + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + "-";
        List<StateFile> files = new ArrayList<>();
        for (Path file : list(localCheckpoint)) {
            String name = file.getFileName().toString();
            StateFile stored = alreadyStored.get(name);
            if (stored != null && stored.isShared() && Files.size(file) == stored.length()) {
                files.add(stored);
            } else {
                files.add(copy(file, sharedDirectory.resolve(prefix + name), name));
            }
        }
        return files;
    }

    /** Copies every file of {@code handle} into {@code target}, checking lengths and checksums. */
    static void download(KeyedStateHandle handle, Path target) throws IOException {
        Files.createDirectories(target);
        for (StateFile file : handle.files()) {
            StateFile copied;
            try {
                copied = copy(file.path(), target.resolve(file.name()), file.name());
            } catch (NoSuchFileException e) {
                throw new IOException("checkpoint " + handle.checkpointId() + " is damaged: its file " + file.path() + " is missing", e);
            }
            if (copied.length() != file.length() || copied.checksum() != file.checksum()) {
                throw new IOException("checkpoint " + handle.checkpointId() + " is damaged: its file " + file.path() + " is "
                        + (copied.length() < file.length() ? "truncated (" + copied.length() + " of " + file.length() + " bytes)" : "altered"));
            }
        }
    }

    /** Checks that every file of {@code handle} exists with its recorded length (cheap; contents are checked on download). */
    public static void checkPresent(KeyedStateHandle handle) throws IOException {
        for (StateFile file : handle.files()) {
            long length = Files.exists(file.path()) ? Files.size(file.path()) : -1;
            if (length < 0) {
                throw new IOException("its file " + file.path() + " is missing");
            }
            if (length != file.length()) {
                throw new IOException("its file " + file.path() + " is " + (length < file.length()
                        ? "truncated (" + length + " of " + file.length() + " bytes)" : "altered (" + length + " bytes, not " + file.length() + ")"));
            }
        }
    }

    private static StateFile copy(Path source, Path target, String name) throws IOException {
        CRC32 crc = new CRC32();
        long length = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(source);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                crc.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                length += read;
            }
            out.force(true);
        }
        return new StateFile(name, target, length, crc.getValue());
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
