package io.eddy.runtime.execution;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.operator.OperatorSnapshot;
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
 */
public final class JobSnapshotFormat {

    private static final byte[] MAGIC = "EDDYSNAP".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private JobSnapshotFormat() {
    }

    public static byte[] toBytes(JobSnapshot snapshot) {
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
            subtasks.forEach(subtask -> writeOperator(subtask, output));
        });
        output.writeUnsignedVarInt(snapshot.enumerators().size());
        new TreeMap<>(snapshot.enumerators()).forEach((source, state) -> {
            output.writeString(source);
            output.writeBytes(state);
        });
        return output.toByteArray();
    }

    private static void writeOperator(OperatorSnapshot snapshot, BinaryOutput output) {
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
        if (bytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new IllegalArgumentException("not an Eddy savepoint (missing the EDDYSNAP header)");
        }
        BinaryInput input = new BinaryInput(bytes, MAGIC.length, bytes.length - MAGIC.length);
        int version = input.readUnsignedVarInt();
        if (version != VERSION) {
            throw new IllegalArgumentException("unsupported savepoint format version " + version + ", this runtime reads " + VERSION);
        }
        String jobName = input.readString();
        long checkpointId = input.readVarLong();
        Map<String, List<OperatorSnapshot>> vertices = new TreeMap<>();
        int vertexCount = input.readUnsignedVarInt();
        for (int v = 0; v < vertexCount; v++) {
            String vertex = input.readString();
            int subtasks = input.readUnsignedVarInt();
            List<OperatorSnapshot> snapshots = new ArrayList<>(subtasks);
            for (int s = 0; s < subtasks; s++) {
                snapshots.add(readOperator(input));
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

    private static OperatorSnapshot readOperator(BinaryInput input) {
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
        return new OperatorSnapshot(keyed, timers, operatorState, watermark, inputs);
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
