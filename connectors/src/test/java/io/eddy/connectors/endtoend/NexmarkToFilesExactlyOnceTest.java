package io.eddy.connectors.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.connectors.filesystem.FileSplit;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.connectors.testing.SourceHarness;
import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.execution.JobClient;
import io.eddy.runtime.execution.JobManager;
import io.eddy.runtime.execution.JobSnapshot;
import io.eddy.runtime.execution.JobStatus;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.source.Source;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window-count job writing JSON part files: a first, unbounded run is checkpointed and cancelled;
 * a second, bounded run restored from that checkpoint at another parallelism finishes the job. The
 * committed files hold every window count exactly once: the Nexmark splits resumed at their snapshotted
 * event numbers and the file sink committed only what each checkpoint pre-committed.
 */
class NexmarkToFilesExactlyOnceTest {

    private static final Map<String, String> BOUNDED = Map.of("table", "bid", "events-per-second", "1000",
            "max-events", "100000", "seed", "7");

    @TempDir
    Path directory;

    @Test
    void aRestoredJobCommitsEveryWindowExactlyOnce() throws Exception {
        Map<String, String> unbounded = new HashMap<>(BOUNDED);
        unbounded.put("max-events", "0");
        Configuration configuration = new Configuration().set(RuntimeOptions.TASK_SLOTS, "3");
        Sink<?> files = ConnectorFactories.load().createSink("filesystem", new SinkRequest("counts",
                NexmarkWindowCounts.OUTPUT, Map.of("path", directory.toString(), "format", "json")));

        JobSnapshot snapshot;
        try (JobManager jobManager = new JobManager(configuration, NexmarkWindowCounts.fastClock(20))) {
            JobClient first = jobManager.submit(NexmarkWindowCounts.job(NexmarkWindowCounts.bids(unbounded), files, 2));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (first.metrics().recordsIn("collect") == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            snapshot = first.triggerCheckpoint().get(30, TimeUnit.SECONDS);
            first.cancel();
            assertThat(first.awaitTermination(Duration.ofSeconds(10))).isEqualTo(JobStatus.CANCELED);
        }
        assertThat(read()).as("the first run committed part of the counts").isNotEmpty();

        try (JobManager jobManager = new JobManager(configuration, NexmarkWindowCounts.fastClock(1000))) {
            JobClient second = jobManager.submit(NexmarkWindowCounts.job(NexmarkWindowCounts.bids(BOUNDED), files, 3),
                    configuration, snapshot);
            assertThat(second.awaitTermination(Duration.ofSeconds(60))).isEqualTo(JobStatus.FINISHED);
        }
        assertThat(read()).isEqualTo(NexmarkWindowCounts.expected(BOUNDED));
    }

    @SuppressWarnings("unchecked")
    private List<String> read() throws Exception {
        Source<FileSplit> source = (Source<FileSplit>) ConnectorFactories.load().createSource("filesystem",
                SourceRequest.of("counts", NexmarkWindowCounts.OUTPUT, Map.of("path", directory.toString(), "format", "json")));
        try (SourceHarness<FileSplit> harness = new SourceHarness<>(source, 1).start()) {
            return harness.runToEnd(1).stream().map(Row::toString).sorted().toList();
        }
    }
}
