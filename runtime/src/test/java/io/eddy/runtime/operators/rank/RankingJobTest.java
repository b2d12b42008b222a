package io.eddy.runtime.operators.rank;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.execution.JobClient;
import io.eddy.runtime.execution.JobManager;
import io.eddy.runtime.execution.JobStatus;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.sink.CollectingSink;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.source.memory.InMemorySource;
import io.eddy.runtime.time.WatermarkStrategy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Top-N with rank numbers in a running job: the changelog the sink receives materializes to the real top rows. */
class RankingJobTest {

    private static final RowSchema EVENTS = RowSchema.of("user", FieldType.STRING, "value", FieldType.BIGINT, "ts", FieldType.timestamp(3));
    private static final FieldKeySelector BY_USER = new FieldKeySelector(EVENTS, 0);

    @TempDir
    Path stateDirectory;

    @ParameterizedTest(name = "parallelism {0}, {1} state")
    @CsvSource({"2, hashmap", "2, rocksdb"})
    void theChangelogMaterializesToTheTopRowsOfEachUser(int parallelism, String backend) throws Exception {
        List<List<Row>> splits = new ArrayList<>();
        for (int split = 0; split < 3; split++) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                long value = (i * 7919L + split * 104_729L) % 1_000;
                rows.add(Row.withValues(RowKind.INSERT, EVENTS, "user" + (i % 5), value, (long) i));
            }
            splits.add(rows);
        }
        TopNSpec spec = new TopNSpec(BY_USER, EVENTS, SortSpec.of(SortField.descending(1)), RankRange.top(3), true);
        CollectingSink sink = new CollectingSink();
        JobGraph.Builder builder = JobGraph.builder("top 3 per user");
        int events = builder.addSource("events", InMemorySource.bounded(splits),
                WatermarkStrategy.boundedOutOfOrderness(row -> row.getTimestampMillis(2), Duration.ZERO), parallelism);
        int topN = builder.addOperator("top 3", () -> TopNOperator.create(spec, true), parallelism);
        int collect = builder.addOperator("collect", SinkWriterOperator.factory(sink), parallelism);
        JobGraph graph = builder.hash(events, topN, BY_USER).forward(topN, collect).build();
        Configuration configuration = new Configuration()
                .set(RuntimeOptions.TASK_SLOTS, "2")
                .set(RuntimeOptions.STATE_BACKEND, backend)
                .set(RuntimeOptions.ROCKSDB_LOCAL_DIR, stateDirectory.toString());
        try (JobManager jobManager = new JobManager(configuration)) {
            JobClient job = jobManager.submit(graph);
            assertThat(job.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
        }
        assertThat(materialize(sink.rows())).isEqualTo(expectedTop3(splits));
    }

    /** Applies the changelog keyed by (user, rank): every retraction must match what is there. */
    private static Map<String, Long> materialize(List<Row> changelog) {
        Map<String, Long> byRank = new TreeMap<>();
        for (Row row : changelog) {
            String rank = row.getString(0) + "#" + row.getLong(3);
            if (row.getKind().isAccumulate()) {
                assertThat(byRank.put(rank, row.getLong(1))).as("rank %s filled twice", rank).isNull();
            } else {
                assertThat(byRank.remove(rank)).as("retraction of %s", row).isEqualTo(row.getLong(1));
            }
        }
        return byRank;
    }

    private static Map<String, Long> expectedTop3(List<List<Row>> splits) {
        Map<String, List<Long>> values = new TreeMap<>();
        for (List<Row> split : splits) {
            for (Row row : split) {
                values.computeIfAbsent(row.getString(0), user -> new ArrayList<>()).add(row.getLong(1));
            }
        }
        Map<String, Long> expected = new TreeMap<>();
        values.forEach((user, list) -> {
            list.sort((left, right) -> Long.compare(right, left));
            for (int rank = 1; rank <= 3; rank++) {
                expected.put(user + "#" + rank, list.get(rank - 1));
            }
        });
        return expected;
    }
}
