package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.operator.OperatorSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSnapshotFormatTest {

    private static final JobSnapshot SNAPSHOT = new JobSnapshot("job", 7, Map.of(
            "window", List.of(
                    new OperatorSnapshot(Map.of(3, new byte[] {1, 2}), Map.of(3, new byte[] {9}), List.of(), 1_000, List.of()),
                    new OperatorSnapshot(Map.of(), Map.of(), List.of(new byte[] {4}), Long.MIN_VALUE,
                            List.of(new OperatorSnapshot.InputProgress(5, true), new OperatorSnapshot.InputProgress(-3, false))))),
            Map.of("events", new byte[] {1, 1}));

    @Test
    void savepointFilesRoundTrip(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("savepoints/sp-7");
        JobSnapshotFormat.write(SNAPSHOT, file);
        JobSnapshot read = JobSnapshotFormat.read(file);
        assertThat(read.jobName()).isEqualTo("job");
        assertThat(read.checkpointId()).isEqualTo(7);
        assertThat(JobSnapshotFormat.toBytes(read)).isEqualTo(JobSnapshotFormat.toBytes(SNAPSHOT));
        OperatorSnapshot second = read.vertices().get("window").get(1);
        assertThat(second.inputs()).containsExactly(new OperatorSnapshot.InputProgress(5, true), new OperatorSnapshot.InputProgress(-3, false));
        assertThat(read.enumerators().get("events")).containsExactly(1, 1);
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void otherFilesAreRejectedInOneLine(@TempDir Path directory) throws IOException {
        Path file = Files.write(directory.resolve("junk"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> JobSnapshotFormat.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot read savepoint " + file + ": not an Eddy savepoint (missing the EDDYSNAP header)");
        byte[] bytes = JobSnapshotFormat.toBytes(SNAPSHOT);
        Path truncated = Files.write(directory.resolve("truncated"), Arrays.copyOf(bytes, bytes.length - 3));
        assertThatThrownBy(() -> JobSnapshotFormat.read(truncated)).hasMessageContaining("corrupt or truncated data");
    }
}
