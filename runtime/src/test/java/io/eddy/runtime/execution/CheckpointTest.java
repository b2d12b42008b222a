package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operators.CountWindowAggregate;
import io.eddy.runtime.operators.FilterOperator;
import io.eddy.runtime.operators.EventTimeWindowOperator;
import io.eddy.runtime.sink.CollectingSink;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.source.memory.InMemorySource;
import io.eddy.runtime.time.WatermarkStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    private static final RowSchema COUNTS = new CountWindowAggregate(TestJobs.BY_USER.keySchema()).outputSchema();
    private static final List<List<Row>> DATA = TestJobs.events(4, 2_000);

    /** source → filter (as given) → hash by user → count per 1 s window → transactional sink. */
    static JobGraph job(InMemorySource source, OperatorFactory filter, TransactionalSink sink, int parallelism) {
        JobGraph.Builder builder = JobGraph.builder("checkpointed");
        int events = builder.addSource("events", source,
                WatermarkStrategy.boundedOutOfOrderness(row -> row.getTimestampMillis(2), Duration.ZERO), parallelism);
        int filtered = builder.addOperator("filter", filter, parallelism);
        int window = builder.addOperator("count per window", () -> EventTimeWindowOperator.tumbling(
                TestJobs.BY_USER, 2, Duration.ofSeconds(1), new CountWindowAggregate(TestJobs.BY_USER.keySchema())), parallelism);
        int collect = builder.addOperator("collect", SinkWriterOperator.factory(sink), parallelism);
        return builder.forward(events, filtered).hash(filtered, window, TestJobs.BY_USER).forward(window, collect).build();
    }

    static Configuration configuration() {
        return new Configuration()
                .set(RuntimeOptions.TASK_SLOTS, "4")
                .set(RuntimeOptions.RECORDS_PER_BUFFER, "32")
                .set(RuntimeOptions.BUFFER_TIMEOUT, "1 ms");
    }

    @Test
    void aJobRestoredFromACheckpointAtAnotherParallelismGivesExactlyTheSameResult() throws Exception {
        TransactionalSink sink = new TransactionalSink(COUNTS, 20_000);
        OperatorFactory filter = () -> new FilterOperator(TestJobs::keep);
        try (JobManager jobManager = new JobManager(configuration())) {
            JobClient first = jobManager.submit(job(InMemorySource.unbounded(DATA), filter, sink, 2));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (first.metrics().recordsIn("collect") < 50 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            JobSnapshot snapshot = first.triggerCheckpoint().get(20, TimeUnit.SECONDS);
            first.cancel();
            assertThat(first.awaitTermination(Duration.ofSeconds(10))).isEqualTo(JobStatus.CANCELED);
            assertThat(snapshot.checkpointId()).isEqualTo(1);
            assertThat(snapshot.vertices()).containsOnlyKeys("events", "filter", "count per window", "collect");
            assertThat(snapshot.vertices().get("count per window")).hasSize(2);
            assertThat(sink.committed.size()).as("the first run committed part of the result")
                    .isPositive().isLessThan(expectedOneSecondCounts().size());

            JobSnapshot savepoint = JobSnapshotFormat.fromBytes(JobSnapshotFormat.toBytes(snapshot));
            JobClient second = jobManager.submit(job(InMemorySource.bounded(DATA), filter, sink, 3), configuration(), savepoint);
            assertThat(second.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
        }
        assertThat(sink.sortedStrings()).as("exactly once across the restore").isEqualTo(expectedOneSecondCounts());
    }

    @Test
    void aRocksDbJobRestoredFromItsCheckpointDirectoryOnTheHeapGivesExactlyTheSameResult(@TempDir Path checkpoints,
                                                                                        @TempDir Path rocksDb) throws Exception {
        TransactionalSink sink = new TransactionalSink(COUNTS, 20_000);
        OperatorFactory filter = () -> new FilterOperator(TestJobs::keep);
        Configuration onRocksDb = configuration()
                .set(RuntimeOptions.STATE_BACKEND, "rocksdb")
                .set(RuntimeOptions.ROCKSDB_LOCAL_DIR, rocksDb.toString())
                .set(RuntimeOptions.CHECKPOINTING_DIR, checkpoints.toString());
        try (JobManager jobManager = new JobManager(configuration())) {
            JobClient first = jobManager.submit(job(InMemorySource.unbounded(DATA), filter, sink, 2), onRocksDb);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (first.metrics().recordsIn("collect") < 50 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            first.triggerCheckpoint().get(20, TimeUnit.SECONDS);
            first.triggerCheckpoint().get(20, TimeUnit.SECONDS);
            first.cancel();
            assertThat(first.awaitTermination(Duration.ofSeconds(10))).isEqualTo(JobStatus.CANCELED);
            Path jobDirectory = checkpoints.resolve(first.jobId());
            try (Stream<Path> kept = Files.list(jobDirectory)) {
                assertThat(kept.map(path -> path.getFileName().toString())).as("one checkpoint retained").containsExactly("chk-2");
            }
            try (Stream<Path> left = Files.list(rocksDb)) {
                assertThat(left).as("RocksDB directories are deleted when tasks close").isEmpty();
            }

            JobSnapshot latest = CheckpointStorage.loadLatest(jobDirectory).orElseThrow();
            assertThat(latest.checkpointId()).isEqualTo(2);
            JobClient resumed = jobManager.submit(job(InMemorySource.unbounded(DATA), filter,
                    new TransactionalSink(COUNTS, 20_000), 2), onRocksDb, latest);
            assertThat(resumed.triggerCheckpoint().get(20, TimeUnit.SECONDS).checkpointId())
                    .as("checkpoint ids continue after the restored one").isEqualTo(3);
            resumed.cancel();
            assertThat(resumed.awaitTermination(Duration.ofSeconds(10))).isEqualTo(JobStatus.CANCELED);
            assertThat(checkpoints.resolve(resumed.jobId()).resolve("chk-3").resolve("_metadata")).exists();
            JobClient second = jobManager.submit(job(InMemorySource.bounded(DATA), filter, sink, 3), configuration(), latest);
            assertThat(second.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
        }
        assertThat(sink.sortedStrings()).as("exactly once across backends and parallelisms").isEqualTo(expectedOneSecondCounts());
    }

    @Test
    void stopWithSavepointCommitsStopsAndRestoresExactlyOnceAtAnotherParallelism(@TempDir Path savepoints) throws Exception {
        TransactionalSink sink = new TransactionalSink(COUNTS, 20_000);
        OperatorFactory filter = () -> new FilterOperator(TestJobs::keep);
        try (JobManager jobManager = new JobManager(configuration())) {
            JobClient first = jobManager.submit(job(InMemorySource.unbounded(DATA), filter, sink, 2));
            awaitRecords(first, 50);
            Path savepoint = first.stopWithSavepoint(savepoints).get(20, TimeUnit.SECONDS);
            assertThat(first.status()).isEqualTo(JobStatus.CANCELED);
            assertThat(savepoint.getParent()).isEqualTo(savepoints);
            assertThat(savepoint.getFileName().toString()).matches("savepoint-" + first.jobId().substring(0, 6) + "-[0-9a-f]+");
            assertThat(savepoint.resolve("_metadata")).exists();
            int committed = sink.committed.size();
            assertThat(committed).as("the savepoint was committed before the job stopped").isPositive();

            JobSnapshot restored = CheckpointStorage.loadFrom(savepoint);
            JobClient second = jobManager.submit(job(InMemorySource.bounded(DATA), filter, sink, 3), configuration(), restored);
            assertThat(second.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
        }
        assertThat(sink.sortedStrings()).as("exactly once across stop with savepoint").isEqualTo(expectedOneSecondCounts());
    }

    @Test
    void aSavepointThatCannotBeWrittenFailsAndTheJobKeepsRunning(@TempDir Path directory) throws Exception {
        Path notADirectory = Files.writeString(directory.resolve("occupied"), "a file");
        try (JobManager jobManager = new JobManager(configuration())) {
            JobClient job = jobManager.submit(job(InMemorySource.unbounded(DATA), () -> new FilterOperator(TestJobs::keep),
                    new TransactionalSink(COUNTS, 20_000), 2));
            awaitRecords(job, 10);
            assertThatThrownBy(() -> job.stopWithSavepoint(notADirectory).get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("cannot write checkpoint 1 of job 'checkpointed' to " + notADirectory);
            assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
            long before = job.metrics().recordsIn("filter");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (job.metrics().recordsIn("filter") == before && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertThat(job.metrics().recordsIn("filter")).as("the sources emit again").isGreaterThan(before);
            job.cancel();
        }
    }

    static void awaitRecords(JobClient job, long records) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (job.metrics().recordsIn("collect") < records && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    /** Fails once, at the first record after a checkpoint completed; slows the job down so checkpoints happen. */
    private static class FailOnceAfterCheckpoint extends AbstractOneInputOperator {
        static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();
        static final AtomicBoolean FAILED = new AtomicBoolean();

        private final AtomicBoolean checkpointed;
        private final AtomicBoolean failed;

        FailOnceAfterCheckpoint() {
            this(CHECKPOINTED, FAILED);
        }

        /** With flags of its own, shared by the operator's instances across restarts. */
        FailOnceAfterCheckpoint(AtomicBoolean checkpointed, AtomicBoolean failed) {
            this.checkpointed = checkpointed;
            this.failed = failed;
        }

        @Override
        public void processElement(Row row) {
            LockSupport.parkNanos(10_000);
            if (checkpointed.get() && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure");
            }
            if (TestJobs.keep(row)) {
                output.collect(row);
            }
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            checkpointed.set(true);
        }
    }

    @Test
    void aFailedJobRestartsFromItsLastCheckpointAndCommitsExactlyOnce() throws Exception {
        TransactionalSink sink = new TransactionalSink(COUNTS, 0);
        Configuration configuration = configuration()
                .set(RuntimeOptions.CHECKPOINTING_INTERVAL, "20 ms")
                .set(RuntimeOptions.RESTART_STRATEGY, "fixed-delay")
                .set(RuntimeOptions.RESTART_ATTEMPTS, "2")
                .set(RuntimeOptions.RESTART_DELAY, "10 ms");
        try (JobManager jobManager = new JobManager(configuration)) {
            ManagedJob job = (ManagedJob) jobManager.submit(job(InMemorySource.bounded(DATA), FailOnceAfterCheckpoint::new, sink, 2));
            assertThat(job.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
            assertThat(FailOnceAfterCheckpoint.FAILED).isTrue();
            assertThat(job.restarts()).isEqualTo(1);
            assertThat(job.lastCheckpoint()).as("restarted from a checkpoint, not from scratch").isNotNull();
        }
        assertThat(sink.sortedStrings()).as("exactly once across the restart").isEqualTo(expectedOneSecondCounts());
    }

    /** Fails once after a checkpoint completed, then fails the first restore from it (its second start). */
    private static final class FailAfterCheckpointThenWhileRestoring extends FailOnceAfterCheckpoint {
        static final AtomicInteger STARTS = new AtomicInteger();
        static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();
        static final AtomicBoolean FAILED = new AtomicBoolean();

        FailAfterCheckpointThenWhileRestoring() {
            super(CHECKPOINTED, FAILED);
        }

        @Override
        protected void initializeOperatorState(List<byte[]> restored) {
            if (STARTS.incrementAndGet() == 2) {
                throw new IllegalStateException("injected failure while restoring");
            }
        }
    }

    @Test
    void aFailureWhileRestoringIsRestartedAgainFromTheSameCheckpoint() throws Exception {
        TransactionalSink sink = new TransactionalSink(COUNTS, 0);
        Configuration configuration = configuration()
                .set(RuntimeOptions.CHECKPOINTING_INTERVAL, "20 ms")
                .set(RuntimeOptions.RESTART_STRATEGY, "fixed-delay")
                .set(RuntimeOptions.RESTART_ATTEMPTS, "3")
                .set(RuntimeOptions.RESTART_DELAY, "10 ms");
        try (JobManager jobManager = new JobManager(configuration)) {
            ManagedJob job = (ManagedJob) jobManager.submit(job(InMemorySource.bounded(DATA),
                    FailAfterCheckpointThenWhileRestoring::new, sink, 1));
            assertThat(job.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
            assertThat(FailAfterCheckpointThenWhileRestoring.STARTS.get()).as("first run, failed restore, restore")
                    .isEqualTo(3);
            assertThat(job.restarts()).isEqualTo(2);
        }
        assertThat(sink.sortedStrings()).as("exactly once across both restarts").isEqualTo(expectedOneSecondCounts());
    }

    @Test
    void exponentialDelayRestartsAFailingJobUntilItRunsThrough() throws Exception {
        AtomicInteger failures = new AtomicInteger();
        TransactionalSink sink = new TransactionalSink(COUNTS, 0);
        Configuration configuration = configuration()
                .set(RuntimeOptions.RESTART_STRATEGY, "exponential-delay")
                .set(RuntimeOptions.RESTART_INITIAL_BACKOFF, "10 ms")
                .set(RuntimeOptions.RESTART_MAX_BACKOFF, "40 ms")
                .set(RuntimeOptions.RESTART_JITTER, "0");
        try (JobManager jobManager = new JobManager(configuration)) {
            ManagedJob job = (ManagedJob) jobManager.submit(job(InMemorySource.bounded(DATA), () -> new FilterOperator(row -> {
                if (failures.getAndIncrement() < 3) {
                    throw new IllegalStateException("injected failure");
                }
                return TestJobs.keep(row);
            }), sink, 1));
            assertThat(job.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
            assertThat(job.restarts()).isEqualTo(3);
        }
        assertThat(sink.sortedStrings()).isEqualTo(expectedOneSecondCounts());
    }

    @Test
    void exponentialDelayGivesUpAfterItsAttemptsInARow() throws Exception {
        Configuration configuration = configuration()
                .set(RuntimeOptions.RESTART_STRATEGY, "exponential-delay")
                .set(RuntimeOptions.RESTART_INITIAL_BACKOFF, "10 ms")
                .set(RuntimeOptions.RESTART_EXPONENTIAL_ATTEMPTS, "2");
        try (JobManager jobManager = new JobManager(configuration)) {
            ManagedJob job = (ManagedJob) jobManager.submit(job(InMemorySource.bounded(DATA), () -> new FilterOperator(row -> {
                throw new IllegalArgumentException("always");
            }), new TransactionalSink(COUNTS, 0), 1));
            assertThatThrownBy(() -> job.awaitTermination(Duration.ofSeconds(10)))
                    .isInstanceOf(JobExecutionException.class)
                    .hasMessage("Job 'checkpointed' failed in filter (1/1): IllegalArgumentException: always");
            assertThat(job.restarts()).isEqualTo(2);
        }
    }

    @Test
    void withoutARestartStrategyTheFirstFailureFailsTheJob() throws Exception {
        try (JobManager jobManager = new JobManager(configuration())) {
            JobClient job = jobManager.submit(job(InMemorySource.bounded(DATA), () -> new FilterOperator(row -> {
                throw new IllegalArgumentException("always");
            }), new TransactionalSink(COUNTS, 0), 1));
            assertThatThrownBy(() -> job.awaitTermination(Duration.ofSeconds(10)))
                    .isInstanceOf(JobExecutionException.class)
                    .hasMessage("Job 'checkpointed' failed in filter (1/1): IllegalArgumentException: always");
            assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        }
    }

    static List<String> expectedOneSecondCounts() {
        CountWindowAggregate aggregate = new CountWindowAggregate(TestJobs.BY_USER.keySchema());
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Row> keys = new HashMap<>();
        for (List<Row> split : DATA) {
            for (Row row : split) {
                if (TestJobs.keep(row)) {
                    long start = row.getTimestampMillis(2) / 1_000 * 1_000;
                    String id = row.getString(0) + "@" + start;
                    counts.computeIfAbsent(id, ignored -> new long[1])[0]++;
                    keys.put(id, row);
                }
            }
        }
        List<String> expected = new ArrayList<>();
        counts.forEach((id, count) -> {
            long start = Long.parseLong(id.substring(id.indexOf('@') + 1));
            expected.add(aggregate.result(TestJobs.BY_USER.getKey(keys.get(id)), start, start + 1_000, count[0]).toString());
        });
        Collections.sort(expected);
        return expected;
    }

    @Test
    void checkpointsAreRefusedOnceTheJobFinished() throws Exception {
        try (JobManager jobManager = new JobManager(new Configuration().set(RuntimeOptions.TASK_SLOTS, "1"))) {
            JobClient job = jobManager.submit(TestJobs.windowCountJob("short", InMemorySource.bounded(TestJobs.events(1, 10)),
                    new CollectingSink(), 1));
            job.awaitTermination(Duration.ofSeconds(10));
            assertThatThrownBy(() -> job.triggerCheckpoint().get())
                    .isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("Job 'short' is FINISHED");
        }
    }
}
