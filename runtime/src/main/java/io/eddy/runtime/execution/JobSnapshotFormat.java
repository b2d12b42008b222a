package io.eddy.runtime.execution;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.state.KeyGroupRange;
import io.eddy.runtime.state.KeyedStateHandle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The durable form of a {@link JobSnapshot} (a savepoint file): the magic bytes {@code EDDYSNAP}, a format
 * version, then the job name, checkpoint id, every vertex's subtask snapshots and every enumerator's
 * state, all length-prefixed. Writes go to a temporary file that is then moved into place, so a crash
 * never leaves half a savepoint.
 *
 * <p>Version 2 adds to each subtask snapshot its incremental RocksDB handles ({@link KeyedStateHandle}):
 * checkpoint id, key-group range, each state's name and layout, and each file's name, path (relative
 * to a base directory, the job's checkpoint directory, when it lies below it), length and CRC-32.
 * Version 1 (no handles) is still read.
 */
public final class JobSnapshotFormat {

    private static final byte[] MAGIC = "EDDYSNAP".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 2;
    private static final int VERSION_WITHOUT_HANDLES = 1;

    private JobSnapshotFormat() {
    }

    public static byte[] toBytes(JobSnapshot snapshot) {
        return toBytes(snapshot, null);
    }

    /** The bytes of {@code snapshot}; paths of handle files below {@code base} (nullable) are written relative to it. */
    public static byte[] toBytes(JobSnapshot snapshot, Path base) {
        Path absoluteBase = base == null ? null : base.toAbsolutePath().normalize();
        BinaryOutput output = new BinaryOutput(1024);
        for (byte b : MAGIC) {
            output.writeByte(b);
        }
        output.writeUnsignedVarInt(VERSION);
        output.writeString(snapshot.jobName());
        output.writeVarLong(snapshot.checkpointId());
        output.writeUnsignedVarInt(snapshot.vertices().size());
        snapshot.vertices().forEach((vertex, subtasks) -> {
            output.writeString(vertex);
            output.writeUnsignedVarInt(subtasks.size());
            subtasks.forEach(subtask -> writeOperator(subtask, output, absoluteBase));
        });
        output.writeUnsignedVarInt(snapshot.enumerators().size());
        new TreeMap<>(snapshot.enumerators()).forEach((source, state) -> {
            output.writeString(source);
            output.writeBytes(state);
        });
        return output.toByteArray();
    }

    private static void writeOperator(OperatorSnapshot snapshot, BinaryOutput output, Path base) {
        writeGroups(snapshot.keyedState(), output);
        writeGroups(snapshot.timers(), output);
        output.writeUnsignedVarInt(snapshot.operatorState().size());
        snapshot.operatorState().forEach(output::writeBytes);
        output.writeVarLong(snapshot.watermark());
        output.writeUnsignedVarInt(snapshot.inputs().size());
        for (OperatorSnapshot.InputProgress input : snapshot.inputs()) {
            output.writeVarLong(input.watermark());
            output.writeBoolean(input.idle());
        }
        output.writeUnsignedVarInt(snapshot.keyedHandles().size());
        for (KeyedStateHandle handle : snapshot.keyedHandles()) {
            writeHandle(handle, output, base);
        }
    }

    private static void writeHandle(KeyedStateHandle handle, BinaryOutput output, Path base) {
        output.writeVarLong(handle.checkpointId());
        output.writeUnsignedVarInt(handle.range().start());
        output.writeVarInt(handle.range().end());
        output.writeUnsignedVarInt(handle.states().size());
        handle.states().forEach((name, layout) -> {
            output.writeString(name);
            output.writeUnsignedVarInt(layout.ordinal());
        });
        output.writeUnsignedVarInt(handle.files().size());
        for (KeyedStateHandle.StateFile file : handle.files()) {
            output.writeString(file.name());
            Path path = file.path().toAbsolutePath().normalize();
            output.writeString(base != null && path.startsWith(base) ? base.relativize(path).toString() : path.toString());
            output.writeVarLong(file.length());
            output.writeLong(file.checksum());
        }
    }

    private static KeyedStateHandle readHandle(BinaryInput input, Path base) {
        long checkpointId = input.readVarLong();
        KeyGroupRange range = new KeyGroupRange(input.readUnsignedVarInt(), input.readVarInt());
        Map<String, KeyedStateHandle.StateLayout> states = new TreeMap<>();
        int stateCount = input.readUnsignedVarInt();
        KeyedStateHandle.StateLayout[] layouts = KeyedStateHandle.StateLayout.values();
        for (int i = 0; i < stateCount; i++) {
            String name = input.readString();
            int layout = input.readUnsignedVarInt();
            if (layout >= layouts.length) {
                throw new IllegalArgumentException("unknown layout " + layout + " of state '" + name + "'");
            }
            states.put(name, layouts[layout]);
        }
        int fileCount = input.readUnsignedVarInt();
        List<KeyedStateHandle.StateFile> files = new ArrayList<>(fileCount);
        for (int i = 0; i < fileCount; i++) {
            String name = input.readString();
            Path path = Path.of(input.readString());
            files.add(new KeyedStateHandle.StateFile(name, path.isAbsolute() || base == null ? path : base.resolve(path),
                    input.readVarLong(), input.readLong()));
        }
        return new KeyedStateHandle(checkpointId, range, states, files);
    }

    private static void writeGroups(Map<Integer, byte[]> groups, BinaryOutput output) {
        output.writeUnsignedVarInt(groups.size());
        new TreeMap<>(groups).forEach((group, bytes) -> {
            output.writeUnsignedVarInt(group);
            output.writeBytes(bytes);
        });
    }

    /** Reads bytes written by {@link #toBytes}; fails with a one-line message on anything else. */
    public static JobSnapshot fromBytes(byte[] bytes) {
        return fromBytes(bytes, null);
    }

    /** Reads bytes written by {@link #toBytes(JobSnapshot, Path)}, resolving relative handle file paths against {@code base}. */
    public static JobSnapshot fromBytes(byte[] bytes, Path base) {
        if (bytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new IllegalArgumentException("not an Eddy savepoint (missing the EDDYSNAP header)");
        }
        BinaryInput input = new BinaryInput(bytes, MAGIC.length, bytes.length - MAGIC.length);
        int version = input.readUnsignedVarInt();
        if (version != VERSION && version != VERSION_WITHOUT_HANDLES) {
            throw new IllegalArgumentException("unsupported savepoint format version " + version + ", this runtime reads "
                    + VERSION_WITHOUT_HANDLES + " and " + VERSION);
        }
        Path absoluteBase = base == null ? null : base.toAbsolutePath().normalize();
        String jobName = input.readString();
        long checkpointId = input.readVarLong();
        Map<String, List<OperatorSnapshot>> vertices = new TreeMap<>();
        int vertexCount = input.readUnsignedVarInt();
        for (int v = 0; v < vertexCount; v++) {
            String vertex = input.readString();
            int subtasks = input.readUnsignedVarInt();
            List<OperatorSnapshot> snapshots = new ArrayList<>(subtasks);
            for (int s = 0; s < subtasks; s++) {
                snapshots.add(readOperator(input, version, absoluteBase));
            }
            vertices.put(vertex, snapshots);
        }
        Map<String, byte[]> enumerators = new TreeMap<>();
        int sources = input.readUnsignedVarInt();
        for (int i = 0; i < sources; i++) {
            enumerators.put(input.readString(), input.readBytes());
        }
        return new JobSnapshot(jobName, checkpointId, vertices, enumerators);
    }

    private static OperatorSnapshot readOperator(BinaryInput input, int version, Path base) {
        Map<Integer, byte[]> keyed = readGroups(input);
        Map<Integer, byte[]> timers = readGroups(input);
        int items = input.readUnsignedVarInt();
        List<byte[]> operatorState = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            operatorState.add(input.readBytes());
        }
        long watermark = input.readVarLong();
        int inputCount = input.readUnsignedVarInt();
        List<OperatorSnapshot.InputProgress> inputs = new ArrayList<>(inputCount);
        for (int i = 0; i < inputCount; i++) {
            inputs.add(new OperatorSnapshot.InputProgress(input.readVarLong(), input.readBoolean()));
        }
        List<KeyedStateHandle> handles = new ArrayList<>();
        int handleCount = version == VERSION_WITHOUT_HANDLES ? 0 : input.readUnsignedVarInt();
        for (int i = 0; i < handleCount; i++) {
            handles.add(readHandle(input, base));
        }
        return new OperatorSnapshot(keyed, timers, operatorState, watermark, inputs, handles);
    }

    private static Map<Integer, byte[]> readGroups(BinaryInput input) {
        Map<Integer, byte[]> groups = new TreeMap<>();
        int count = input.readUnsignedVarInt();
        for (int i = 0; i < count; i++) {
            groups.put(input.readUnsignedVarInt(), input.readBytes());
        }
        return groups;
    }

    /** Writes a savepoint file atomically (temporary file, then move). */
    public static void write(JobSnapshot snapshot, Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, toBytes(snapshot));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static JobSnapshot read(Path file) throws IOException {
        try {
            return fromBytes(Files.readAllBytes(file));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException("cannot read savepoint " + file + ": " + e.getMessage(), e);
        }
    }
}
