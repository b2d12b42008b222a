package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.metrics.JobMetrics;
import io.eddy.runtime.operators.EventTimeWindowOperator;
import io.eddy.runtime.sink.CollectingSink;
import io.eddy.runtime.source.memory.InMemorySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobExecutionTest {

    private static final List<List<Row>> DATA = TestJobs.events(4, 1_000);
    private static final List<String> EXPECTED = TestJobs.expectedCounts(DATA);

    @TempDir
    Path stateDirectory;

    @ParameterizedTest(name = "parallelism {0}, chaining {1}, {2} state")
    @CsvSource({"1, true, hashmap", "2, true, hashmap", "4, true, hashmap", "2, false, hashmap", "4, false, hashmap",
            "1, true, rocksdb", "4, false, rocksdb"})
    void windowCountsAreTheSameAtEveryParallelismOnEveryBackend(int parallelism, boolean chaining, String backend)
            throws Exception {
        Configuration configuration = new Configuration()
                .set(RuntimeOptions.TASK_SLOTS, "4")
                .set(RuntimeOptions.OPERATOR_CHAINING, Boolean.toString(chaining))
                .set(RuntimeOptions.STATE_BACKEND, backend)
                .set(RuntimeOptions.ROCKSDB_LOCAL_DIR, stateDirectory.toString());
        CollectingSink sink = new CollectingSink();
        try (JobManager jobManager = new JobManager(configuration)) {
            JobClient job = jobManager.submit(TestJobs.windowCountJob("window count", InMemorySource.bounded(DATA), sink, parallelism));
            assertThat(job.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
            assertThat(sink.sortedStrings()).isEqualTo(EXPECTED);
            assertThat(EXPECTED).hasSize(48);

            JobMetrics metrics = job.metrics();
            assertThat(metrics.recordsOut("events")).isEqualTo(4_000);
            assertThat(metrics.recordsIn("filter")).isEqualTo(4_000);
            assertThat(metrics.recordsOut("filter")).isEqualTo(3_200);
            assertThat(metrics.recordsIn("count per window")).isEqualTo(3_200);
            assertThat(metrics.recordsIn("collect")).isEqualTo(48);
            assertThat(metrics.counter("count per window", EventTimeWindowOperator.LATE_RECORDS_DROPPED)).isZero();
            assertThat(metrics.operator("collect")).allSatisfy(subtask -> assertThat(subtask.currentWatermark()).isEqualTo(Long.MAX_VALUE));
            assertThat(metrics.splits()).hasSize(4).allSatisfy(split -> {
                assertThat(split.records()).isEqualTo(1_000);
                assertThat(split.position()).isEqualTo("1000");
                assertThat(split.lag()).isZero();
            });
            assertThat(jobManager.freeSlots()).isEqualTo(4);
        }
        try (Stream<Path> left = Files.list(stateDirectory)) {
            assertThat(left).as("every RocksDB instance deleted its directory").isEmpty();
        }
    }
}
