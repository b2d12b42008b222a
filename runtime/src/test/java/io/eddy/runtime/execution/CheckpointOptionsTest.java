package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.graph.Partitioning;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.operator.AbstractTwoInputOperator;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.sink.CollectingSink;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.source.memory.InMemorySource;
import io.eddy.runtime.time.WatermarkStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code execution.checkpointing.*} options: timeout, min-pause, tolerable failures, mode, statistics. */
class CheckpointOptionsTest {

    /** What a test operator does when asked to snapshot checkpoint {@code checkpointId} in subtask {@code subtask}. */
    @FunctionalInterface
    private interface SnapshotHook {
        void snapshot(long checkpointId, int subtask) throws Exception;
    }

    /** Forwards rows (pausing {@code parkNanos} per row), runs the test's hook on snapshots and records completed checkpoints. */
    private static final class Probe extends AbstractOneInputOperator {
        private final SnapshotHook hook;
        private final List<Long> completed;
        private final long parkNanos;

        Probe(SnapshotHook hook, List<Long> completed, long parkNanos) {
            this.hook = hook;
            this.completed = completed;
            this.parkNanos = parkNanos;
        }

        @Override
        public void processElement(Row row) {
            if (parkNanos > 0) {
                LockSupport.parkNanos(parkNanos);
            }
            output.collect(row);
        }

        @Override
        public OperatorSnapshot snapshotState(long checkpointId) throws Exception {
            hook.snapshot(checkpointId, context.subtaskIndex());
            return super.snapshotState(checkpointId);
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            completed.add(checkpointId);
        }
    }

    private final List<Long> completedAtSource = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> completedAtCount = Collections.synchronizedList(new ArrayList<>());

    /** events (2 splits) → chained "source probe" → hash by user → "count" probe (slowed down) → sink. */
    private JobGraph job(SnapshotHook atSource, SnapshotHook atCount, int sourceParallelism) {
        JobGraph.Builder builder = JobGraph.builder("options");
        int events = builder.addSource("events", InMemorySource.unbounded(TestJobs.events(2, 20_000)),
                WatermarkStrategy.boundedOutOfOrderness(row -> row.getTimestampMillis(2), Duration.ZERO), sourceParallelism);
        int sourceProbe = builder.addOperator("source probe", () -> new Probe(atSource, completedAtSource, 0), sourceParallelism);
        int count = builder.addOperator("count", () -> new Probe(atCount, completedAtCount, 20_000), 1);
        int sink = builder.addOperator("sink", SinkWriterOperator.factory(new CollectingSink()), 1);
        return builder.forward(events, sourceProbe).hash(sourceProbe, count, TestJobs.BY_USER).forward(count, sink).build();
    }

    private static Configuration configuration() {
        return new Configuration()
                .set(RuntimeOptions.TASK_SLOTS, "2")
                .set(RuntimeOptions.RECORDS_PER_BUFFER, "16")
                .set(RuntimeOptions.BUFFER_TIMEOUT, "1 ms");
    }

    private static final SnapshotHook NOTHING = (checkpointId, subtask) -> {
    };

    @Test
    void aCheckpointHeldUpPastTheTimeoutIsAbortedItsAlignmentDroppedAndTheNextOneCompletes() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SnapshotHook withholdFirstBarrierOfSubtask0 = (checkpointId, subtask) -> {
            if (checkpointId == 1 && subtask == 0) {
                release.await(20, TimeUnit.SECONDS);
            }
        };
        Configuration configuration = configuration()
                .set(RuntimeOptions.CHECKPOINTING_INTERVAL, "20 ms")
                .set(RuntimeOptions.CHECKPOINTING_TIMEOUT, "200 ms")
                .set(RuntimeOptions.CHECKPOINTING_MIN_PAUSE, "500 ms")
                .set(RuntimeOptions.TOLERABLE_FAILED_CHECKPOINTS, "3");
        try (JobManager jobManager = new JobManager(configuration)) {
            JobClient job = jobManager.submit(job(withholdFirstBarrierOfSubtask0, NOTHING, 2));
            await(() -> job.checkpointStatistics().failed() == 1, "checkpoint 1 expired");
            assertThat(job.checkpointStatistics().lastFailure().orElseThrow()).as("subtask 0 of the sources never acknowledged")
                    .matches("checkpoint 1 failed: it expired after 200 ms before completing \\([01] of 3 tasks acknowledged\\)");
            long countedAtAbort = job.metrics().recordsIn("count");
            await(() -> job.metrics().recordsIn("count") > countedAtAbort + 50,
                    "the count task reads the channel it had blocked for checkpoint 1 again");
            assertThat(job.checkpointStatistics().completed()).as("no checkpoint completes while subtask 0 is held up").isZero();

            release.countDown();
            await(() -> job.checkpointStatistics().completed() >= 1, "a later checkpoint completes");
            CheckpointStatistics statistics = job.checkpointStatistics();
            assertThat(statistics.lastCompletedId()).isGreaterThan(1);
            assertThat(statistics.lastSizeBytes()).isPositive();
            assertThat(statistics.lastDuration()).isPositive();
            assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
            job.cancel();
            job.awaitTermination(Duration.ofSeconds(10));
        }
        assertThat(completedAtCount).as("nothing was committed for the aborted checkpoint").doesNotContain(1L).isNotEmpty();
        assertThat(completedAtSource).doesNotContain(1L);
    }

    @Test
    void periodicCheckpointsWaitTheMinimumPauseAfterTheLastOneEnded() throws Exception {
        Map<Long, Long> snapshotNanos = new ConcurrentHashMap<>();
        SnapshotHook timed = (checkpointId, subtask) -> snapshotNanos.put(checkpointId, System.nanoTime());
        Configuration configuration = configuration()
                .set(RuntimeOptions.CHECKPOINTING_INTERVAL, "10 ms")
                .set(RuntimeOptions.CHECKPOINTING_MIN_PAUSE, "150 ms");
        try (JobManager jobManager = new JobManager(configuration)) {
            JobClient job = jobManager.submit(job(NOTHING, timed, 1));
            await(() -> job.checkpointStatistics().completed() >= 4, "four checkpoints");
            job.cancel();
            job.awaitTermination(Duration.ofSeconds(10));
        }
        for (long id = 2; id <= 4; id++) {
            // the snapshot of checkpoint n + 1 starts after n ended plus the pause; n's snapshot came before n ended
            assertThat(TimeUnit.NANOSECONDS.toMillis(snapshotNanos.get(id) - snapshotNanos.get(id - 1)))
                    .as("between checkpoints %d and %d", id - 1, id).isGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void failuresInARowUpToTheToleratedNumberAreToleratedAndOneMoreFailsTheJob() throws Exception {
        SnapshotHook failAllBut3 = (checkpointId, subtask) -> {
            if (checkpointId != 3) {
                throw new IllegalStateException("disk full in checkpoint " + checkpointId);
            }
        };
        Configuration configuration = configuration()
                .set(RuntimeOptions.CHECKPOINTING_INTERVAL, "10 ms")
                .set(RuntimeOptions.TOLERABLE_FAILED_CHECKPOINTS, "2")
                .set(RuntimeOptions.RESTART_STRATEGY, "none");
        try (JobManager jobManager = new JobManager(configuration)) {
            JobClient job = jobManager.submit(job(NOTHING, failAllBut3, 1));
            assertThatThrownBy(() -> job.awaitTermination(Duration.ofSeconds(20)))
                    .isInstanceOf(JobExecutionException.class)
                    .hasMessage("Job 'options' failed in checkpointing: CheckpointException: Exceeded the tolerable checkpoint "
                            + "failures (execution.checkpointing.tolerable-failed-checkpoints = 2): 3 failures in a row, the last: "
                            + "checkpoint 6 failed: task count (1/1) could not snapshot its state: "
                            + "IllegalStateException: disk full in checkpoint 6");
            CheckpointStatistics statistics = job.checkpointStatistics();
            assertThat(statistics.failed()).as("1, 2, 4, 5 and 6").isEqualTo(5);
            assertThat(statistics.completed()).isEqualTo(1);
            assertThat(statistics.lastCompletedId()).isEqualTo(3);
        }
        assertThat(completedAtCount).containsExactly(3L);
    }

    @Test
    void exceedingTheToleratedFailuresRestartsTheJobPerItsRestartStrategy() throws Exception {
        SnapshotHook alwaysFail = (checkpointId, subtask) -> {
            throw new IllegalStateException("no space");
        };
        Configuration configuration = configuration()
                .set(RuntimeOptions.CHECKPOINTING_INTERVAL, "10 ms")
                .set(RuntimeOptions.RESTART_STRATEGY, "fixed-delay")
                .set(RuntimeOptions.RESTART_ATTEMPTS, "1")
                .set(RuntimeOptions.RESTART_DELAY, "10 ms");
        try (JobManager jobManager = new JobManager(configuration)) {
            ManagedJob job = (ManagedJob) jobManager.submit(job(NOTHING, alwaysFail, 1));
            assertThatThrownBy(() -> job.awaitTermination(Duration.ofSeconds(20)))
                    .isInstanceOf(JobExecutionException.class)
                    .hasMessageContaining("(execution.checkpointing.tolerable-failed-checkpoints = 0): 1 failure, the last: ")
                    .hasMessageEndingWith("could not snapshot its state: IllegalStateException: no space");
            assertThat(job.restarts()).isEqualTo(1);
            assertThat(job.checkpointStatistics().failed()).as("one per attempt").isEqualTo(2);
        }
    }

    @Test
    void aCheckpointThatCannotBeStoredCountsAsAFailure(@TempDir Path directory) throws Exception {
        Path notADirectory = Files.writeString(directory.resolve("occupied"), "a file");
        Configuration configuration = configuration()
                .set(RuntimeOptions.CHECKPOINTING_DIR, notADirectory.toString())
                .set(RuntimeOptions.TOLERABLE_FAILED_CHECKPOINTS, "1");
        try (JobManager jobManager = new JobManager(configuration)) {
            JobClient job = jobManager.submit(job(NOTHING, NOTHING, 1));
            assertThatThrownBy(() -> job.triggerCheckpoint().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("Checkpoint 1 of job 'options' failed: it could not be stored: ");
            assertThat(job.status()).as("one failure is tolerated").isEqualTo(JobStatus.RUNNING);
            assertThatThrownBy(() -> job.triggerCheckpoint().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
            assertThatThrownBy(() -> job.awaitTermination(Duration.ofSeconds(10)))
                    .hasMessageContaining("tolerable-failed-checkpoints = 1): 2 failures in a row, the last: "
                            + "checkpoint 2 failed: it could not be stored: ");
            assertThat(completedAtCount).as("nothing committed").isEmpty();
        }
    }

    /** Counts rows of input 1 (slowly) and, at each snapshot, how many it had processed. */
    private static final class CountingJoin extends AbstractTwoInputOperator {
        private final Map<Long, Long> processedAtSnapshot;
        private long firstInputRows;

        CountingJoin(Map<Long, Long> processedAtSnapshot) {
            this.processedAtSnapshot = processedAtSnapshot;
        }

        @Override
        public void processElement1(Row row) {
            LockSupport.parkNanos(20_000);
            firstInputRows++;
        }

        @Override
        public void processElement2(Row row) {
        }

        @Override
        public OperatorSnapshot snapshotState(long checkpointId) throws Exception {
            processedAtSnapshot.put(checkpointId, firstInputRows);
            return super.snapshotState(checkpointId);
        }
    }

    /** Emitted rows of the fast input before its barrier and rows of it the join processed before its snapshot. */
    private record TwoInputCheckpoint(long emittedBeforeBarrier, long processedBeforeSnapshot) {
    }

    /** fast source → join input 1; slow source (its barrier held back 300 ms) → join input 2; one checkpoint. */
    private TwoInputCheckpoint twoInputCheckpoint(String mode) throws Exception {
        Map<Long, Long> emittedAtBarrier = new ConcurrentHashMap<>();
        Map<Long, Long> processedAtSnapshot = new ConcurrentHashMap<>();
        long[] emitted = {0};
        JobGraph.Builder builder = JobGraph.builder("two inputs");
        WatermarkStrategy watermarks = WatermarkStrategy.boundedOutOfOrderness(row -> row.getTimestampMillis(2), Duration.ZERO);
        int fast = builder.addSource("fast", InMemorySource.unbounded(TestJobs.events(1, 50_000)), watermarks, 1);
        int fastCounter = builder.addOperator("fast counter", () -> new AbstractOneInputOperator() {
            @Override
            public void processElement(Row row) {
                emitted[0]++;
                output.collect(row);
            }

            @Override
            public OperatorSnapshot snapshotState(long checkpointId) throws Exception {
                emittedAtBarrier.put(checkpointId, emitted[0]);
                return super.snapshotState(checkpointId);
            }
        }, 1);
        int slow = builder.addSource("slow", InMemorySource.unbounded(TestJobs.events(1, 100)), watermarks, 1);
        int slowBarrier = builder.addOperator("slow barrier", () -> new Probe((checkpointId, subtask) -> Thread.sleep(300),
                new ArrayList<>(), 0), 1);
        int join = builder.addOperator("join", () -> new CountingJoin(processedAtSnapshot), 1);
        JobGraph graph = builder.forward(fast, fastCounter).forward(slow, slowBarrier)
                .connect(fastCounter, join, Partitioning.HASH, TestJobs.BY_USER, 1)
                .connect(slowBarrier, join, Partitioning.HASH, TestJobs.BY_USER, 2).build();
        try (JobManager jobManager = new JobManager(configuration().set(RuntimeOptions.TASK_SLOTS, "1")
                .set(RuntimeOptions.CHECKPOINTING_MODE, mode))) {
            JobClient job = jobManager.submit(graph);
            await(() -> job.metrics().recordsIn("join") >= 100, "the join reads");
            long checkpointId = job.triggerCheckpoint().get(10, TimeUnit.SECONDS).checkpointId();
            job.cancel();
            job.awaitTermination(Duration.ofSeconds(10));
            return new TwoInputCheckpoint(emittedAtBarrier.get(checkpointId), processedAtSnapshot.get(checkpointId));
        }
    }

    @Test
    void atLeastOnceKeepsProcessingTheInputWhoseBarrierArrivedWhileTheOtherIsLate() throws Exception {
        TwoInputCheckpoint checkpoint = twoInputCheckpoint("at_least_once");
        assertThat(checkpoint.processedBeforeSnapshot())
                .as("rows of the fast input after its barrier were processed before the snapshot")
                .isGreaterThan(checkpoint.emittedBeforeBarrier() + 100);
    }

    @Test
    void exactlyOnceBlocksTheInputWhoseBarrierArrivedUntilTheOtherOneCame() throws Exception {
        TwoInputCheckpoint checkpoint = twoInputCheckpoint("EXACTLY_ONCE");
        assertThat(checkpoint.processedBeforeSnapshot()).isEqualTo(checkpoint.emittedBeforeBarrier());
    }

    @Test
    void invalidCheckpointingOptionsAreRefusedAtSubmissionWithOneLine() {
        try (JobManager jobManager = new JobManager(configuration())) {
            Configuration twoConcurrent = configuration().setString("execution.checkpointing.max-concurrent-checkpoints", "2");
            assertThatThrownBy(() -> jobManager.submit(job(NOTHING, NOTHING, 1), twoConcurrent))
                    .isInstanceOf(JobSubmissionException.class)
                    .hasMessage("Job 'options' cannot be submitted: Invalid value '2' for option "
                            + "'execution.checkpointing.max-concurrent-checkpoints': only 1 is supported: Eddy takes one checkpoint at a time");
            Configuration badMode = configuration().setString("execution.checkpointing.mode", "sometimes");
            assertThatThrownBy(() -> jobManager.submit(job(NOTHING, NOTHING, 1), badMode))
                    .hasMessage("Job 'options' cannot be submitted: Invalid value 'sometimes' for option "
                            + "'execution.checkpointing.mode': expected EXACTLY_ONCE or AT_LEAST_ONCE");
            Configuration shortTimeout = configuration().setString("execution.checkpointing.timeout", "1 ms");
            assertThatThrownBy(() -> jobManager.submit(job(NOTHING, NOTHING, 1), shortTimeout))
                    .hasMessageEndingWith("'execution.checkpointing.timeout': must be at least 10 ms");
            assertThat(jobManager.freeSlots()).as("nothing reserved for refused jobs").isEqualTo(2);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(2);
        }
    }
}
