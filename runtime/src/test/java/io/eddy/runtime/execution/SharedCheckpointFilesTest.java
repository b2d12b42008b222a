package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.state.KeyGroupRange;
import io.eddy.runtime.state.KeyedStateHandle;
import io.eddy.runtime.state.KeyedStateHandle.StateFile;
import io.eddy.runtime.state.KeyedStateHandle.StateLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared files of incremental checkpoints in {@link CheckpointStorage}: references, deletion, damage, format. */
class SharedCheckpointFilesTest {

    @TempDir
    Path directory;

    /** A shared file as an incremental checkpoint {@code checkpointId} uploads it. */
    private StateFile sharedFile(long checkpointId, String name, String content) throws Exception {
        Path shared = Files.createDirectories(directory.resolve("shared"));
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Path path = Files.write(shared.resolve(checkpointId + "-abc-" + name), bytes);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new StateFile(name, path, bytes.length, crc.getValue());
    }

    private static JobSnapshot snapshot(long id, StateFile... files) {
        KeyedStateHandle handle = new KeyedStateHandle(id, KeyGroupRange.of(0, 127), Map.of("count", StateLayout.VALUE), List.of(files));
        OperatorSnapshot operator = new OperatorSnapshot(Map.of(), Map.of(), List.of(), 42L, List.of(), List.of(handle));
        return new JobSnapshot("job", id, Map.of("count", List.of(operator)), Map.of());
    }

    private List<String> sharedFiles() throws Exception {
        try (Stream<Path> files = Files.list(directory.resolve("shared"))) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void droppingOldCheckpointsDeletesOnlyTheSharedFilesNoRetainedOneRefersTo() throws Exception {
        CheckpointStorage storage = new CheckpointStorage(directory, 2);
        StateFile a = sharedFile(1, "000007.sst", "first sst");
        StateFile b = sharedFile(1, "000009.sst", "second sst");
        StateFile manifest1 = sharedFile(1, "MANIFEST-000005", "manifest 1");
        storage.store(snapshot(1, a, b, manifest1));
        StateFile c = sharedFile(2, "000012.sst", "third sst");
        StateFile manifest2 = sharedFile(2, "MANIFEST-000005", "manifest 2");
        storage.store(snapshot(2, b, c, manifest2));
        assertThat(sharedFiles()).as("two checkpoints retained").hasSize(5);

        StateFile d = sharedFile(3, "000015.sst", "fourth sst");
        StateFile manifest3 = sharedFile(3, "MANIFEST-000005", "manifest 3");
        sharedFile(4, "000020.sst", "uploading for checkpoint 4");
        storage.store(snapshot(3, b, d, manifest3));
        assertThat(sharedFiles()).as("checkpoint 1's own files went with it; b is still referenced; 4's upload is left")
                .containsExactly("1-abc-000009.sst", "2-abc-000012.sst", "2-abc-MANIFEST-000005", "3-abc-000015.sst",
                        "3-abc-MANIFEST-000005", "4-abc-000020.sst");
        JobSnapshot latest = CheckpointStorage.loadLatest(directory).orElseThrow();
        assertThat(latest.vertices().get("count").get(0).keyedHandles().get(0).files()).containsExactly(b, d, manifest3);
        assertThat(Files.readString(directory.resolve("chk-3").resolve("state"), StandardCharsets.ISO_8859_1))
                .as("paths are stored relative to the job directory").contains("shared/1-abc-000009.sst")
                .doesNotContain(directory.toString());
    }

    @Test
    void aTruncatedSharedFileMakesItsCheckpointDamagedAndTheLatestFallsBackToThePreviousOne() throws Exception {
        CheckpointStorage storage = new CheckpointStorage(directory, 2);
        StateFile shared = sharedFile(1, "000007.sst", "shared by both");
        storage.store(snapshot(1, shared));
        StateFile own = sharedFile(2, "000010.sst", "only checkpoint 2");
        storage.store(snapshot(2, shared, own));
        Files.writeString(own.path(), "only");

        assertThatThrownBy(() -> CheckpointStorage.load(directory.resolve("chk-2")))
                .hasMessage("checkpoint " + directory.resolve("chk-2") + " is damaged: its file " + own.path()
                        + " is truncated (4 of 17 bytes)");
        assertThat(CheckpointStorage.loadLatest(directory).orElseThrow().checkpointId()).as("the previous complete one").isEqualTo(1);
        Files.delete(shared.path());
        assertThat(CheckpointStorage.loadLatest(directory)).as("both refer to a missing file").isEmpty();
        assertThatThrownBy(() -> CheckpointStorage.load(directory.resolve("chk-1")))
                .hasMessage("checkpoint " + directory.resolve("chk-1") + " is damaged: its file " + shared.path() + " is missing");
    }

    @Test
    void snapshotsOfFormatVersionOneAreStillRead() {
        BinaryOutput output = new BinaryOutput();
        for (byte b : "EDDYSNAP".getBytes(StandardCharsets.US_ASCII)) {
            output.writeByte(b);
        }
        output.writeUnsignedVarInt(1);
        output.writeString("old job");
        output.writeVarLong(4);
        output.writeUnsignedVarInt(1);
        output.writeString("count");
        output.writeUnsignedVarInt(1);
        output.writeUnsignedVarInt(1);
        output.writeUnsignedVarInt(3);
        output.writeBytes(new byte[] {1, 2});
        output.writeUnsignedVarInt(0);
        output.writeUnsignedVarInt(0);
        output.writeVarLong(1_000);
        output.writeUnsignedVarInt(0);
        output.writeUnsignedVarInt(0);
        JobSnapshot read = JobSnapshotFormat.fromBytes(output.toByteArray());
        assertThat(read.checkpointId()).isEqualTo(4);
        OperatorSnapshot operator = read.vertices().get("count").get(0);
        assertThat(operator.keyedState().get(3)).containsExactly(1, 2);
        assertThat(operator.watermark()).isEqualTo(1_000);
        assertThat(operator.keyedHandles()).isEmpty();
    }

    @Test
    void handlesRoundTripThroughTheFormatWithPathsRelativeToABase() throws Exception {
        StateFile inside = sharedFile(1, "000007.sst", "sst");
        StateFile outside = new StateFile("CURRENT", Path.of("/elsewhere/CURRENT"), 16, 99);
        JobSnapshot snapshot = snapshot(1, inside, outside);
        JobSnapshot read = JobSnapshotFormat.fromBytes(JobSnapshotFormat.toBytes(snapshot, directory), directory);
        KeyedStateHandle handle = read.vertices().get("count").get(0).keyedHandles().get(0);
        assertThat(handle).isEqualTo(snapshot.vertices().get("count").get(0).keyedHandles().get(0));
        List<String> moved = new ArrayList<>();
        JobSnapshotFormat.fromBytes(JobSnapshotFormat.toBytes(snapshot, directory), Path.of("/moved"))
                .vertices().get("count").get(0).keyedHandles().get(0).files().forEach(file -> moved.add(file.path().toString()));
        assertThat(moved).as("a moved job directory is followed").containsExactly("/moved/shared/1-abc-000007.sst", "/elsewhere/CURRENT");
    }
}
