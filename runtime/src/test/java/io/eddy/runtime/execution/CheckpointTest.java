package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Rows;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.data.TypeSerializer;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.operators.CountWindowAggregate;
import io.eddy.runtime.operators.FilterOperator;
import io.eddy.runtime.operators.TumblingEventTimeWindowOperator;
import io.eddy.runtime.sink.Committer;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkContext;
import io.eddy.runtime.sink.SinkWriter;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.source.memory.InMemorySource;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    private static final RowSchema COUNTS = new CountWindowAggregate(TestJobs.BY_USER.keySchema()).outputSchema();

    /** A pre-committed transaction: an id unique across runs and its rows. */
    private record Transaction(String id, List<Row> rows) {
    }

    /**
     * Rows become visible only when the checkpoint that pre-committed them completes; committing is
     * idempotent by transaction id (a restore commits the restored transactions again): exactly once.
     */
    private static final class TransactionalSink implements Sink<Transaction> {
        final List<Row> committed = Collections.synchronizedList(new ArrayList<>());
        private final java.util.Set<String> committedIds = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public SinkWriter<Transaction> createWriter(SinkContext context) {
            return new SinkWriter<>() {
                private List<Row> transaction = new ArrayList<>();

                @Override
                public void write(Row row) {
                    LockSupport.parkNanos(20_000);
                    transaction.add(row.copy());
                }

                @Override
                public void flush(boolean endOfInput) {
                }

                @Override
                public List<Transaction> prepareCommit(long checkpointId) {
                    List<Transaction> committables = transaction.isEmpty()
                            ? List.of() : List.of(new Transaction(java.util.UUID.randomUUID().toString(), transaction));
                    transaction = new ArrayList<>();
                    return committables;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public Optional<Committer<Transaction>> createCommitter() {
            return Optional.of(committables -> committables.forEach(transaction -> {
                if (committedIds.add(transaction.id())) {
                    committed.addAll(transaction.rows());
                }
            }));
        }

        @Override
        public Optional<TypeSerializer<Transaction>> committableSerializer() {
            TypeSerializer<List<Row>> rows = Serializers.listOf(new RowSerializer(COUNTS));
            return Optional.of(new TypeSerializer<>() {
                @Override
                public void serialize(Transaction value, io.eddy.runtime.data.BinaryOutput output) {
                    output.writeString(value.id());
                    rows.serialize(value.rows(), output);
                }

                @Override
                public Transaction deserialize(io.eddy.runtime.data.BinaryInput input) {
                    return new Transaction(input.readString(), rows.deserialize(input));
                }
            });
        }

        List<String> sortedStrings() {
            List<String> texts;
            synchronized (committed) {
                texts = Rows.format(new ArrayList<>(committed));
            }
            Collections.sort(texts);
            return texts;
        }
    }

    /** The window-count job, with a slow transactional sink after the windows. */
    private static JobGraph job(InMemorySource source, TransactionalSink sink, int parallelism) {
        JobGraph.Builder builder = JobGraph.builder("checkpointed");
        int events = builder.addSource("events", source,
                WatermarkStrategy.boundedOutOfOrderness(row -> row.getTimestampMillis(2), Duration.ZERO), parallelism);
        int filter = builder.addOperator("filter", () -> new FilterOperator(TestJobs::keep), parallelism);
        int window = builder.addOperator("count per window", () -> new TumblingEventTimeWindowOperator<>(
                TestJobs.BY_USER, 2, Duration.ofSeconds(1), new CountWindowAggregate(TestJobs.BY_USER.keySchema())), parallelism);
        int collect = builder.addOperator("collect", SinkWriterOperator.factory(sink), parallelism);
        return builder.forward(events, filter).hash(filter, window, TestJobs.BY_USER).forward(window, collect).build();
    }

    @Test
    void aJobRestoredFromACheckpointAtAnotherParallelismGivesExactlyTheSameResult() throws Exception {
        List<List<Row>> data = TestJobs.events(4, 2_000);
        List<String> expected = expectedOneSecondCounts(data);
        Configuration configuration = new Configuration()
                .set(RuntimeOptions.TASK_SLOTS, "4")
                .set(RuntimeOptions.RECORDS_PER_BUFFER, "32")
                .set(RuntimeOptions.BUFFER_TIMEOUT, "1 ms");
        TransactionalSink sink = new TransactionalSink();
        JobSnapshot snapshot;
        try (JobManager jobManager = new JobManager(configuration)) {
            JobClient first = jobManager.submit(job(InMemorySource.unbounded(data), sink, 2));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (first.metrics().recordsIn("collect") < 50 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            snapshot = first.triggerCheckpoint().get(20, TimeUnit.SECONDS);
            first.cancel();
            assertThat(first.awaitTermination(Duration.ofSeconds(10))).isEqualTo(JobStatus.CANCELED);
            assertThat(snapshot.checkpointId()).isEqualTo(1);
            assertThat(snapshot.vertices()).containsOnlyKeys("events", "filter", "count per window", "collect");
            assertThat(snapshot.vertices().get("count per window")).hasSize(2);
            int committedByFirstRun = sink.committed.size();
            assertThat(committedByFirstRun).as("the first run committed part of the result").isPositive().isLessThan(expected.size());

            JobClient second = jobManager.submit(job(InMemorySource.bounded(data), sink, 3), configuration, snapshot);
            assertThat(second.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
        }
        assertThat(sink.sortedStrings()).as("exactly once across the restore").isEqualTo(expected);
    }

    private static List<String> expectedOneSecondCounts(List<List<Row>> data) {
        CountWindowAggregate aggregate = new CountWindowAggregate(TestJobs.BY_USER.keySchema());
        java.util.Map<String, long[]> counts = new java.util.TreeMap<>();
        java.util.Map<String, Row> keys = new java.util.HashMap<>();
        for (List<Row> split : data) {
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
    void checkpointsAreRefusedOnceTasksFinished() throws Exception {
        try (JobManager jobManager = new JobManager(new Configuration().set(RuntimeOptions.TASK_SLOTS, "1"))) {
            JobClient job = jobManager.submit(TestJobs.windowCountJob("short", InMemorySource.bounded(TestJobs.events(1, 10)),
                    new io.eddy.runtime.sink.CollectingSink(), 1));
            job.awaitTermination(Duration.ofSeconds(10));
            assertThatThrownBy(() -> job.triggerCheckpoint().get())
                    .isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("Job 'short' is FINISHED");
        }
    }
}
