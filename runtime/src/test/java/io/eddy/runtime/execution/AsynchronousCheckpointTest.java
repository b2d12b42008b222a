package io.eddy.runtime.execution;

import static io.eddy.runtime.execution.CheckpointTest.awaitRecords;
import static io.eddy.runtime.execution.CheckpointTest.expectedOneSecondCounts;
import static io.eddy.runtime.execution.CheckpointTest.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.operators.CountWindowAggregate;
import io.eddy.runtime.source.memory.InMemorySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checkpoints whose RocksDB part runs on the task's checkpoint I/O thread, incremental or not. */
class AsynchronousCheckpointTest {

    private static final RowSchema COUNTS = new CountWindowAggregate(TestJobs.BY_USER.keySchema()).outputSchema();

    @TempDir
    Path checkpoints;

    @TempDir
    Path rocksDb;

    @AfterEach
    void removeHook() {
        StreamTask.beforeAsynchronousPart = checkpointId -> { };
    }

    private Configuration incremental() {
        return CheckpointTest.configuration()
                .set(RuntimeOptions.STATE_BACKEND, "rocksdb")
                .set(RuntimeOptions.ROCKSDB_LOCAL_DIR, rocksDb.toString())
                .set(RuntimeOptions.CHECKPOINTING_DIR, checkpoints.toString())
                .set(RuntimeOptions.CHECKPOINTING_INCREMENTAL, "true");
    }

    /** Lets rows through at most one per {@code nanos}, so a job runs long enough to checkpoint while it works. */
    private static OperatorFactory throttle(long nanos) {
        return () -> new AbstractOneInputOperator() {
            @Override
            public void processElement(Row row) {
                LockSupport.parkNanos(nanos);
                if (TestJobs.keep(row)) {
                    output.collect(row);
                }
            }
        };
    }

    private static Set<Path> referencedFiles(JobSnapshot snapshot) {
        return snapshot.vertices().values().stream().flatMap(List::stream).flatMap(operator -> operator.keyedHandles().stream())
                .flatMap(handle -> handle.files().stream()).map(file -> file.path().toAbsolutePath().normalize())
                .collect(Collectors.toSet());
    }

    private static Set<Path> filesIn(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.toAbsolutePath().normalize()).collect(Collectors.toSet());
        }
    }

    @ParameterizedTest(name = "{0} at parallelism {1}")
    @CsvSource({"rocksdb, 2", "rocksdb, 3", "hashmap, 3"})
    void anIncrementalCheckpointRestoresExactlyOnce(String backend, int parallelism) throws Exception {
        TransactionalSink sink = new TransactionalSink(COUNTS, 20_000);
        OperatorFactory filter = throttle(0);
        try (JobManager jobManager = new JobManager(CheckpointTest.configuration())) {
            JobClient first = startAndCheckpoint(jobManager, filter, sink);
            awaitRecords(first, 60);
            first.triggerCheckpoint().get(20, TimeUnit.SECONDS);
            first.cancel();
            assertThat(first.awaitTermination(Duration.ofSeconds(10))).isEqualTo(JobStatus.CANCELED);

            Path jobDirectory = checkpoints.resolve(first.jobId());
            JobSnapshot latest = CheckpointStorage.loadLatest(jobDirectory).orElseThrow();
            List<OperatorSnapshot> windows = latest.vertices().get("count per window");
            assertThat(windows).allSatisfy(window -> {
                assertThat(window.keyedHandles()).hasSize(1);
                assertThat(window.keyedState()).as("all keyed state is in the handle").isEmpty();
            });
            assertThat(windows.get(0).keyedHandles().get(0).states()).isNotEmpty();
            assertThat(filesIn(jobDirectory.resolve("shared"))).as("only files the retained checkpoint refers to are kept")
                    .isEqualTo(referencedFiles(latest));

            Configuration restore = backend.equals("rocksdb") ? incremental() : CheckpointTest.configuration();
            JobClient second = jobManager.submit(job(InMemorySource.bounded(TestJobs.events(4, 2_000)), filter, sink, parallelism),
                    restore, latest);
            assertThat(second.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
        }
        assertThat(sink.sortedStrings()).as("exactly once across the restore").isEqualTo(expectedOneSecondCounts());
    }

    @Test
    void aTaskKeepsProcessingWhileItsAsynchronousPartRuns() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StreamTask.beforeAsynchronousPart = checkpointId -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        try (JobManager jobManager = new JobManager(CheckpointTest.configuration())) {
            JobClient job = jobManager.submit(job(InMemorySource.unbounded(TestJobs.events(4, 5_000)), throttle(50_000),
                    new TransactionalSink(COUNTS, 0), 1), incremental());
            awaitWindowRecords(job, 100);
            CompletableFuture<JobSnapshot> checkpoint = job.triggerCheckpoint();
            assertThat(entered.await(20, TimeUnit.SECONDS)).as("the window task's asynchronous part started").isTrue();
            long atBarrier = job.metrics().recordsIn("count per window");
            awaitWindowRecords(job, atBarrier + 200);
            assertThat(job.metrics().recordsIn("count per window")).as("records flow while the state is written")
                    .isGreaterThanOrEqualTo(atBarrier + 200);
            assertThat(checkpoint).as("not acknowledged before its asynchronous part finished").isNotDone();
            release.countDown();
            assertThat(checkpoint.get(20, TimeUnit.SECONDS).checkpointId()).isEqualTo(1);
            job.cancel();
            assertThat(job.awaitTermination(Duration.ofSeconds(10))).isEqualTo(JobStatus.CANCELED);
        }
    }

    private static void awaitWindowRecords(JobClient job, long records) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (job.metrics().recordsIn("count per window") < records && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    @Test
    void aFailedAsynchronousPartFailsOnlyThatCheckpoint() throws Exception {
        try (JobManager jobManager = new JobManager(CheckpointTest.configuration())) {
            JobClient job = jobManager.submit(job(InMemorySource.unbounded(TestJobs.events(4, 5_000)), throttle(20_000),
                    new TransactionalSink(COUNTS, 0), 1), incremental().set(RuntimeOptions.TOLERABLE_FAILED_CHECKPOINTS, "1"));
            Path jobDirectory = Files.createDirectories(checkpoints.resolve(job.jobId()));
            Path inTheWay = Files.writeString(jobDirectory.resolve("shared"), "not a directory");
            awaitWindowRecords(job, 50);
            assertThatThrownBy(() -> job.triggerCheckpoint().get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("Checkpoint 1 of job 'checkpointed' failed: task count per window (1/1) could not snapshot its state");
            assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
            assertThat(jobDirectory.resolve("chk-1")).doesNotExist();

            Files.delete(inTheWay);
            JobSnapshot next = job.triggerCheckpoint().get(20, TimeUnit.SECONDS);
            assertThat(next.checkpointId()).isEqualTo(2);
            assertThat(jobDirectory.resolve("chk-2").resolve("_metadata")).exists();
            assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
            job.cancel();
            assertThat(job.awaitTermination(Duration.ofSeconds(10))).isEqualTo(JobStatus.CANCELED);
        }
    }

    @Test
    void aStopWithSavepointWritesTheCanonicalFormatEvenWhenCheckpointsAreIncremental(@TempDir Path savepoints) throws Exception {
        TransactionalSink sink = new TransactionalSink(COUNTS, 20_000);
        OperatorFactory filter = throttle(0);
        try (JobManager jobManager = new JobManager(CheckpointTest.configuration())) {
            JobClient first = startAndCheckpoint(jobManager, filter, sink);
            Path savepoint = first.stopWithSavepoint(savepoints).get(20, TimeUnit.SECONDS);
            JobSnapshot restored = CheckpointStorage.loadFrom(savepoint);
            assertThat(restored.vertices().get("count per window")).allSatisfy(window -> {
                assertThat(window.keyedHandles()).isEmpty();
                assertThat(window.keyedState()).isNotEmpty();
            });
            JobClient second = jobManager.submit(job(InMemorySource.bounded(TestJobs.events(4, 2_000)), filter, sink, 3),
                    CheckpointTest.configuration(), restored);
            assertThat(second.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
        }
        assertThat(sink.sortedStrings()).isEqualTo(expectedOneSecondCounts());
    }

    /** Runs the job at parallelism 2 with incremental RocksDB checkpoints until some results are committed, then checkpoints. */
    private JobClient startAndCheckpoint(JobManager jobManager, OperatorFactory filter, TransactionalSink sink) throws Exception {
        JobClient job = jobManager.submit(job(InMemorySource.unbounded(TestJobs.events(4, 2_000)), filter, sink, 2), incremental());
        awaitRecords(job, 30);
        job.triggerCheckpoint().get(20, TimeUnit.SECONDS);
        return job;
    }
}
