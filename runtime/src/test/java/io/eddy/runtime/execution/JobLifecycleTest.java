package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.graph.Partitioning;
import io.eddy.runtime.operator.AbstractTwoInputOperator;
import io.eddy.runtime.operators.MapOperator;
import io.eddy.runtime.sink.CollectingSink;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.source.Boundedness;
import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.ReaderContext;
import io.eddy.runtime.source.ReaderOutput;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SplitEnumerator;
import io.eddy.runtime.source.SplitSerializer;
import io.eddy.runtime.source.memory.InMemorySource;
import io.eddy.runtime.source.memory.InMemorySplit;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobLifecycleTest {

    private static final List<List<Row>> DATA = TestJobs.events(2, 500);

    private static Configuration slots(int count) {
        return new Configuration().set(RuntimeOptions.TASK_SLOTS, Integer.toString(count));
    }

    private static JobGraph explodingJob(boolean chaining, CollectingSink sink) {
        JobGraph.Builder builder = JobGraph.builder("exploding");
        int events = builder.addSource("events", InMemorySource.bounded(DATA), WatermarkStrategy.noWatermarks(), 2);
        int explode = builder.addOperator("explode", () -> new MapOperator(row -> {
            if (row.getLong(1) == 700) {
                throw new IllegalStateException("value 700 is not allowed");
            }
            return row;
        }), 2);
        int collect = builder.addOperator("collect", SinkWriterOperator.factory(sink), 2);
        builder.connect(events, explode, chaining ? Partitioning.FORWARD : Partitioning.REBALANCE);
        return builder.forward(explode, collect).build();
    }

    @ParameterizedTest(name = "chained source {0}")
    @ValueSource(booleans = {true, false})
    void anOperatorThrowingFailsTheJobWithTheRootCauseAndOperatorName(boolean chaining) throws Exception {
        try (JobManager jobManager = new JobManager(slots(2))) {
            JobClient job = jobManager.submit(explodingJob(chaining, new CollectingSink()));
            assertThatThrownBy(() -> job.awaitTermination(Duration.ofSeconds(20)))
                    .isInstanceOf(JobExecutionException.class)
                    .hasMessageMatching("Job 'exploding' failed in explode \\([12]/2\\): IllegalStateException: value 700 is not allowed")
                    .cause().isInstanceOf(IllegalStateException.class).hasMessage("value 700 is not allowed");
            assertThat(job.status()).isEqualTo(JobStatus.FAILED);
            assertThat(jobManager.freeSlots()).isEqualTo(2);
        }
    }

    /** A source whose enumerator or reader fails, to check that failures name the source. */
    private static final class BrokenSource implements Source<InMemorySplit> {
        private final InMemorySource delegate = InMemorySource.bounded(DATA);
        private final boolean enumeratorFails;

        BrokenSource(boolean enumeratorFails) {
            this.enumeratorFails = enumeratorFails;
        }

        @Override
        public Boundedness boundedness() {
            return delegate.boundedness();
        }

        @Override
        public SplitEnumerator<InMemorySplit> createEnumerator(
                EnumeratorContext<InMemorySplit> context, byte[] restoredState) {
            if (enumeratorFails) {
                throw new IllegalStateException("cannot list partitions");
            }
            return delegate.createEnumerator(context, restoredState);
        }

        @Override
        public SourceReader<InMemorySplit> createReader(
                ReaderContext context) {
            var reader = delegate.createReader(context);
            return new SourceReader<>() {
                @Override
                public void start() throws Exception {
                    reader.start();
                }

                @Override
                public InputStatus pollNext(ReaderOutput output) {
                    if (enumeratorFails) {
                        return InputStatus.NOTHING_AVAILABLE;
                    }
                    throw new IllegalStateException("malformed record at offset 17");
                }

                @Override
                public void addSplits(List<InMemorySplit> splits) {
                    reader.addSplits(splits);
                }

                @Override
                public void notifyNoMoreSplits() {
                    reader.notifyNoMoreSplits();
                }

                @Override
                public List<InMemorySplit> snapshotState(long checkpointId) {
                    return reader.snapshotState(checkpointId);
                }

                @Override
                public void close() throws Exception {
                    reader.close();
                }
            };
        }

        @Override
        public SplitSerializer<InMemorySplit> splitSerializer() {
            return delegate.splitSerializer();
        }
    }

    @ParameterizedTest(name = "enumerator fails {0}")
    @ValueSource(booleans = {true, false})
    void sourceFailuresNameTheSource(boolean enumeratorFails) throws Exception {
        JobGraph.Builder builder = JobGraph.builder("broken");
        int events = builder.addSource("events", new BrokenSource(enumeratorFails), WatermarkStrategy.noWatermarks(), 1);
        int collect = builder.addOperator("collect", SinkWriterOperator.factory(new CollectingSink()), 1);
        builder.forward(events, collect);
        try (JobManager jobManager = new JobManager(slots(1))) {
            JobClient job = jobManager.submit(builder.build());
            assertThatThrownBy(() -> job.awaitTermination(Duration.ofSeconds(10)))
                    .isInstanceOf(JobExecutionException.class)
                    .hasMessage(enumeratorFails
                            ? "Job 'broken' failed in events split enumerator: IllegalStateException: cannot list partitions"
                            : "Job 'broken' failed in events (1/1): IllegalStateException: malformed record at offset 17");
        }
    }

    @Test
    void cancelStopsAllTasksOfAnUnboundedJob() throws Exception {
        CollectingSink sink = new CollectingSink();
        try (JobManager jobManager = new JobManager(slots(2))) {
            JobClient job = jobManager.submit(TestJobs.windowCountJob("forever", InMemorySource.unbounded(DATA), sink, 2));
            assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (job.metrics().recordsOut("events") < 1_000 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(job.metrics().recordsOut("events")).isEqualTo(1_000);
            job.cancel();
            assertThat(job.awaitTermination(Duration.ofSeconds(10))).isEqualTo(JobStatus.CANCELED);
            assertThat(threadsOf("forever/")).isEmpty();
            assertThat(jobManager.freeSlots()).isEqualTo(2);
            assertThat(jobManager.runningJobs()).isEmpty();
            assertThat(sink.receivedEndOfInput()).isFalse();
        }
    }

    private static List<String> threadsOf(String prefix) throws InterruptedException {
        List<String> names = new ArrayList<>();
        for (int attempt = 0; attempt < 100; attempt++) {
            names.clear();
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().startsWith(prefix) && thread.isAlive() && !thread.getName().endsWith("/coordinator")) {
                    names.add(thread.getName());
                }
            }
            if (names.isEmpty()) {
                break;
            }
            Thread.sleep(10);
        }
        return names;
    }

    @Test
    void severalJobsRunAtOnce() throws Exception {
        try (JobManager jobManager = new JobManager(slots(4))) {
            List<CollectingSink> sinks = new ArrayList<>();
            List<JobClient> jobs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                CollectingSink sink = new CollectingSink();
                sinks.add(sink);
                jobs.add(jobManager.submit(TestJobs.windowCountJob("job" + i, InMemorySource.bounded(DATA), sink, i == 0 ? 2 : 1)));
            }
            for (JobClient job : jobs) {
                assertThat(job.awaitTermination(Duration.ofSeconds(20))).isEqualTo(JobStatus.FINISHED);
            }
            List<String> expected = TestJobs.expectedCounts(DATA);
            assertThat(sinks).allSatisfy(sink -> assertThat(sink.sortedStrings()).isEqualTo(expected));
            assertThat(jobs).extracting(JobClient::jobId).doesNotHaveDuplicates();
        }
    }

    /** Forwards both inputs. */
    private static final class UnionOperator extends AbstractTwoInputOperator {
        @Override
        public void processElement1(Row row) {
            output.collect(row);
        }

        @Override
        public void processElement2(Row row) {
            output.collect(row);
        }
    }

    @Test
    void twoInputOperatorsRunWithTwoSourcesAndFinishWhenBothEnd() throws Exception {
        CollectingSink sink = new CollectingSink();
        JobGraph.Builder builder = JobGraph.builder("union");
        int left = builder.addSource("left", InMemorySource.bounded(TestJobs.events(2, 100)), WatermarkStrategy.noWatermarks(), 2);
        int right = builder.addSource("right", InMemorySource.bounded(TestJobs.events(1, 50)), WatermarkStrategy.noWatermarks(), 1);
        int union = builder.addOperator("union", UnionOperator::new, 2);
        int collect = builder.addOperator("collect", SinkWriterOperator.factory(sink), 2);
        builder.connect(left, union, Partitioning.HASH, TestJobs.BY_USER, 1)
                .connect(right, union, Partitioning.BROADCAST, null, 2)
                .forward(union, collect);
        try (JobManager jobManager = new JobManager(slots(2))) {
            JobClient job = jobManager.submit(builder.build());
            assertThat(job.awaitTermination(Duration.ofSeconds(20))).isEqualTo(JobStatus.FINISHED);
            assertThat(sink.size()).as("200 hashed rows plus 50 broadcast to both subtasks").isEqualTo(300);
            assertThat(job.metrics().operator("collect"))
                    .allSatisfy(subtask -> assertThat(subtask.currentWatermark()).isEqualTo(Long.MAX_VALUE));
        }
    }

    @Test
    void randomAndRebalanceEdgesDeliverEveryRowOnceAcrossParallelisms() throws Exception {
        CollectingSink sink = new CollectingSink();
        JobGraph.Builder builder = JobGraph.builder("spread");
        int events = builder.addSource("events", InMemorySource.bounded(DATA), WatermarkStrategy.noWatermarks(), 2);
        int identity = builder.addOperator("identity", () -> new MapOperator(row -> row), 3);
        int collect = builder.addOperator("collect", SinkWriterOperator.factory(sink), 1);
        builder.connect(events, identity, Partitioning.RANDOM).connect(identity, collect, Partitioning.REBALANCE);
        try (JobManager jobManager = new JobManager(slots(3))) {
            JobClient job = jobManager.submit(builder.build());
            assertThat(job.awaitTermination(Duration.ofSeconds(20))).isEqualTo(JobStatus.FINISHED);
            assertThat(job.metrics().operator("identity")).hasSize(3).allSatisfy(subtask -> assertThat(subtask.recordsIn()).isPositive());
        }
        assertThat(sink.rows()).extracting(row -> row.getLong(1)).hasSize(1_000).doesNotHaveDuplicates();
    }

    @Test
    void jobsNeedingMoreSlotsThanFreeAreRefused() throws Exception {
        try (JobManager jobManager = new JobManager(slots(2))) {
            assertThatThrownBy(() -> jobManager.submit(TestJobs.windowCountJob("big", InMemorySource.bounded(DATA), new CollectingSink(), 3)))
                    .isInstanceOf(JobSubmissionException.class)
                    .hasMessage("Job 'big' needs 3 task slots (its largest parallelism) but there are only 2; "
                            + "lower the parallelism or raise taskmanager.numberOfTaskSlots");
            JobClient running = jobManager.submit(TestJobs.windowCountJob("running", InMemorySource.unbounded(DATA), new CollectingSink(), 2));
            assertThatThrownBy(() -> jobManager.submit(TestJobs.windowCountJob("second", InMemorySource.bounded(DATA), new CollectingSink(), 1)))
                    .isInstanceOf(JobSubmissionException.class)
                    .hasMessage("Job 'second' needs 1 task slot but only 0 of 2 are free; wait for running jobs to end or cancel one");
            running.cancel();
            running.awaitTermination(Duration.ofSeconds(10));
            assertThat(jobManager.freeSlots()).isEqualTo(2);
        }
    }

    @Test
    void badGraphsAreRejectedWithTheVertexNames() {
        JobGraph.Builder builder = JobGraph.builder("bad");
        int events = builder.addSource("events", InMemorySource.bounded(DATA), WatermarkStrategy.noWatermarks(), 2);
        int collect = builder.addOperator("collect", SinkWriterOperator.factory(new CollectingSink()), 3);
        assertThatThrownBy(() -> builder.forward(events, collect))
                .hasMessage("FORWARD edge from 'events' (parallelism 2) to 'collect' (parallelism 3) needs equal parallelism; use REBALANCE or HASH");
        assertThatThrownBy(builder::build).hasMessage("operator 'collect' of job 'bad' has no input");
        assertThatThrownBy(() -> builder.addOperator("events", () -> new MapOperator(row -> row), 1))
                .hasMessage("job 'bad' already has a vertex named 'events'");
        assertThatThrownBy(() -> builder.connect(events, collect, Partitioning.HASH))
                .hasMessage("a key selector is required for HASH edges and only for them");

        JobGraph.Builder cyclic = JobGraph.builder("cyclic");
        int source = cyclic.addSource("events", InMemorySource.bounded(DATA), WatermarkStrategy.noWatermarks(), 1);
        int first = cyclic.addOperator("first", () -> new MapOperator(row -> row), 1);
        int second = cyclic.addOperator("second", () -> new MapOperator(row -> row), 1);
        cyclic.forward(source, first).forward(first, second).forward(second, first);
        assertThatThrownBy(cyclic::build).hasMessage("job 'cyclic' has a cycle through 'first', 'second'");
    }
}
