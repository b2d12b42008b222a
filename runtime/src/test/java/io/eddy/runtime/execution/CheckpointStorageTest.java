package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.operator.OperatorSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStorageTest {

    @TempDir
    Path directory;

    private static JobSnapshot snapshot(long id) {
        OperatorSnapshot operator = new OperatorSnapshot(Map.of(3, new byte[] {1, 2, (byte) id}), Map.of(), List.of(), 42L, List.of());
        return new JobSnapshot("job", id, Map.of("count", List.of(operator)), Map.of("events", new byte[] {7}));
    }

    private List<String> checkpointDirectories() throws Exception {
        try (Stream<Path> children = Files.list(directory)) {
            return children.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void storesACheckpointDirectoryWithMetadataLastAndLoadsIt() throws Exception {
        CheckpointStorage storage = new CheckpointStorage(directory, 1);
        Path checkpoint = storage.store(snapshot(7));
        assertThat(checkpoint).isEqualTo(directory.resolve("chk-7"));
        try (Stream<Path> files = Files.list(checkpoint)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("_metadata", "state");
        }
        JobSnapshot loaded = CheckpointStorage.loadLatest(directory).orElseThrow();
        assertThat(loaded.checkpointId()).isEqualTo(7);
        assertThat(loaded.vertices().get("count").get(0).keyedState().get(3)).containsExactly(1, 2, 7);
        assertThat(loaded.enumerators().get("events")).containsExactly(7);
    }

    @Test
    void keepsOnlyTheRetainedNumberOfCheckpoints() throws Exception {
        CheckpointStorage storage = new CheckpointStorage(directory, 2);
        for (long id = 1; id <= 4; id++) {
            storage.store(snapshot(id));
        }
        assertThat(checkpointDirectories()).containsExactly("chk-3", "chk-4");
        CheckpointStorage one = new CheckpointStorage(directory, 1);
        one.store(snapshot(5));
        assertThat(checkpointDirectories()).containsExactly("chk-5");
        assertThat(CheckpointStorage.loadLatest(directory).orElseThrow().checkpointId()).isEqualTo(5);
    }

    @Test
    void theLoaderSkipsHalfWrittenAndTruncatedCheckpoints() throws Exception {
        CheckpointStorage storage = new CheckpointStorage(directory, 5);
        storage.store(snapshot(1));
        storage.store(snapshot(2));
        storage.store(snapshot(3));
        Path truncated = directory.resolve("chk-3").resolve("state");
        byte[] state = Files.readAllBytes(truncated);
        Files.write(truncated, Arrays.copyOf(state, state.length - 3));
        Files.delete(directory.resolve("chk-2").resolve("_metadata"));
        Path halfWritten = Files.createDirectories(directory.resolve("chk-4"));
        Files.write(halfWritten.resolve("state"), new byte[] {1, 2, 3});

        assertThat(CheckpointStorage.loadLatest(directory).orElseThrow().checkpointId()).isEqualTo(1);
        assertThatThrownBy(() -> CheckpointStorage.load(halfWritten))
                .hasMessage("checkpoint " + halfWritten + " is incomplete: it has no _metadata file");
        assertThatThrownBy(() -> CheckpointStorage.load(directory.resolve("chk-3")))
                .hasMessage("checkpoint " + directory.resolve("chk-3") + " is damaged: its state file is missing, truncated or altered");
        Files.write(directory.resolve("chk-1").resolve("_metadata"), new byte[] {1});
        assertThat(CheckpointStorage.loadLatest(directory)).as("nothing complete is left").isEmpty();
        assertThat(CheckpointStorage.loadLatest(directory.resolve("missing"))).isEmpty();
    }

    @Test
    void isConfiguredPerJobUnderTheCheckpointDirectory() {
        assertThat(CheckpointStorage.forJob(new Configuration(), "job-1")).isEmpty();
        Configuration configuration = new Configuration()
                .set(RuntimeOptions.CHECKPOINTING_DIR, directory.toString())
                .set(RuntimeOptions.CHECKPOINTS_RETAINED, "3");
        assertThat(CheckpointStorage.forJob(configuration, "job-1").orElseThrow().directory()).isEqualTo(directory.resolve("job-1"));
        assertThatThrownBy(() -> new CheckpointStorage(directory, 0)).hasMessage("at least one checkpoint must be retained: 0");
        assertThatThrownBy(() -> RuntimeOptions.CHECKPOINTS_RETAINED.parse("0"))
                .hasMessage("Invalid value '0' for option 'execution.checkpointing.num-retained': must be at least 1");
    }

    @Test
    void loadsFromACheckpointASavepointFileOrAJobDirectory() throws Exception {
        CheckpointStorage storage = new CheckpointStorage(directory.resolve("job-1"), 3);
        storage.store(snapshot(1));
        storage.store(snapshot(2));
        assertThat(CheckpointStorage.loadFrom(directory.resolve("job-1")).checkpointId()).as("the latest").isEqualTo(2);
        assertThat(CheckpointStorage.loadFrom(directory.resolve("job-1").resolve("chk-1")).checkpointId()).isEqualTo(1);
        Path savepoint = CheckpointStorage.write(snapshot(9), directory.resolve("savepoint-abc"));
        assertThat(CheckpointStorage.loadFrom(savepoint).checkpointId()).isEqualTo(9);
        Path file = directory.resolve("savepoint.bin");
        JobSnapshotFormat.write(snapshot(4), file);
        assertThat(CheckpointStorage.loadFrom(file).checkpointId()).isEqualTo(4);
    }

    @Test
    void loadingFromAPathWithoutACompleteCheckpointSaysWhy() throws Exception {
        Path missing = directory.resolve("nothing-here");
        assertThatThrownBy(() -> CheckpointStorage.loadFrom(missing)).hasMessage(missing + " does not exist");
        Path empty = Files.createDirectories(directory.resolve("empty"));
        assertThatThrownBy(() -> CheckpointStorage.loadFrom(empty))
                .hasMessage(empty + " holds no checkpoint (no _metadata file and no chk-<n> directories)");
        Path broken = Files.createDirectories(empty.resolve("chk-1"));
        assertThatThrownBy(() -> CheckpointStorage.loadFrom(empty)).hasMessage("none of the 1 checkpoints in " + empty + " is complete");
        assertThatThrownBy(() -> CheckpointStorage.loadFrom(broken))
                .hasMessage("checkpoint " + broken + " is incomplete: it has no _metadata file");
        Path notSnapshot = Files.writeString(directory.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> CheckpointStorage.loadFrom(notSnapshot))
                .hasMessageContaining("cannot read savepoint " + notSnapshot + ": not an Eddy savepoint");
    }

    @Test
    void aCheckpointThatCannotBeWrittenFailsWithItsPathAndKeepsTheEarlierOnes() throws Exception {
        CheckpointStorage storage = new CheckpointStorage(directory, 2);
        storage.store(snapshot(1));
        Files.writeString(directory.resolve("chk-2"), "a file where the checkpoint directory should go");
        assertThatThrownBy(() -> storage.store(snapshot(2)))
                .hasMessageStartingWith("cannot write checkpoint 2 of job 'job' to " + directory.resolve("chk-2") + ": ");
        assertThat(CheckpointStorage.loadLatest(directory).orElseThrow().checkpointId()).isEqualTo(1);
    }
}
