package io.eddy.runtime.operators.join;

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
import io.eddy.runtime.graph.Partitioning;
import io.eddy.runtime.operator.OperatorFactory;
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

/** Joins run as jobs: both inputs hash-partitioned by their join keys, at several parallelisms and on both backends. */
class JoinJobTest {

    private static final RowSchema ORDERS = RowSchema.of("customer", FieldType.BIGINT, "ts", FieldType.BIGINT, "o", FieldType.STRING);
    private static final RowSchema CUSTOMERS = RowSchema.of("id", FieldType.BIGINT, "ts", FieldType.BIGINT, "name", FieldType.STRING);
    private static final FieldKeySelector ORDER_KEY = new FieldKeySelector(ORDERS, 0);
    private static final FieldKeySelector CUSTOMER_KEY = new FieldKeySelector(CUSTOMERS, 0);

    @TempDir
    Path stateDirectory;

    /** Orders of customers 0..8 over two splits, in time order per split. */
    private static List<List<Row>> orders() {
        List<List<Row>> splits = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 120; i++) {
            splits.get(i % 2).add(Row.withValues(RowKind.INSERT, ORDERS, (long) (i % 9), i * 10L, "o" + i));
        }
        return splits;
    }

    /** Customers 0..5 inserted, 1 and 2 renamed, 3 deleted: one split, so each key's changes stay in order. */
    private static List<List<Row>> customers() {
        List<Row> rows = new ArrayList<>();
        for (long id = 0; id < 6; id++) {
            rows.add(Row.withValues(RowKind.INSERT, CUSTOMERS, id, id * 100, "c" + id));
        }
        rows.add(Row.withValues(RowKind.UPDATE_BEFORE, CUSTOMERS, 1L, 100L, "c1"));
        rows.add(Row.withValues(RowKind.UPDATE_AFTER, CUSTOMERS, 1L, 100L, "c1-renamed"));
        rows.add(Row.withValues(RowKind.UPDATE_BEFORE, CUSTOMERS, 2L, 200L, "c2"));
        rows.add(Row.withValues(RowKind.UPDATE_AFTER, CUSTOMERS, 2L, 650L, "c2-renamed"));
        rows.add(Row.withValues(RowKind.DELETE, CUSTOMERS, 3L, 300L, "c3"));
        return List.of(rows);
    }

    @ParameterizedTest(name = "parallelism {0}, {1} state")
    @CsvSource({"1, hashmap", "3, hashmap", "2, rocksdb"})
    void regularLeftJoinMaterializesToTheJoinOfTheFinalTables(int parallelism, String backend) throws Exception {
        JoinSpec spec = new JoinSpec(JoinType.LEFT, ORDERS, CUSTOMERS, ORDER_KEY, CUSTOMER_KEY, null);
        List<String> result = materialize(run(() -> new StreamingJoinOperator(spec), parallelism, backend));
        Map<Long, String> finalNames = Map.of(0L, "0, 0, c0", 1L, "1, 100, c1-renamed", 2L, "2, 650, c2-renamed",
                4L, "4, 400, c4", 5L, "5, 500, c5");
        List<String> expected = new ArrayList<>();
        for (List<Row> split : orders()) {
            for (Row order : split) {
                String customer = finalNames.getOrDefault(order.getLong(0), "null, null, null");
                expected.add("[" + order.getLong(0) + ", " + order.getLong(1) + ", " + order.getString(2) + ", " + customer + "]");
            }
        }
        expected.sort(null);
        assertThat(result).isEqualTo(expected);
    }

    @ParameterizedTest(name = "parallelism {0}, {1} state")
    @CsvSource({"1, hashmap", "3, hashmap", "2, rocksdb"})
    void intervalFullJoinGivesTheBruteForceResult(int parallelism, String backend) throws Exception {
        List<List<Row>> lefts = orders();
        List<Row> rights = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rights.add(Row.withValues(RowKind.INSERT, CUSTOMERS, (long) (i % 11), i * 30L, "r" + i));
        }
        JoinSpec spec = new JoinSpec(JoinType.FULL, ORDERS, CUSTOMERS, ORDER_KEY, CUSTOMER_KEY, null);
        List<String> result = run(() -> new IntervalJoinOperator(spec, 1, 1, -20, 15), lefts, List.of(rights), parallelism, backend)
                .sortedStrings();
        List<String> expected = new ArrayList<>();
        List<Row> allLefts = lefts.stream().flatMap(List::stream).toList();
        JoinedRowWriter writer = new JoinedRowWriter(ORDERS, CUSTOMERS);
        for (Row left : allLefts) {
            boolean matched = false;
            for (Row right : rights) {
                long difference = left.getLong(1) - right.getLong(1);
                if (left.getLong(0) == right.getLong(0) && difference >= -20 && difference <= 15) {
                    matched = true;
                    expected.add(writer.join(left, right, RowKind.INSERT).toString());
                }
            }
            if (!matched) {
                expected.add(writer.join(left, null, RowKind.INSERT).toString());
            }
        }
        for (Row right : rights) {
            boolean matched = allLefts.stream().anyMatch(left -> left.getLong(0) == right.getLong(0)
                    && left.getLong(1) - right.getLong(1) >= -20 && left.getLong(1) - right.getLong(1) <= 15);
            if (!matched) {
                expected.add(writer.join(null, right, RowKind.INSERT).toString());
            }
        }
        expected.sort(null);
        assertThat(result).isEqualTo(expected);
    }

    private CollectingSink run(OperatorFactory join, int parallelism, String backend) throws Exception {
        return run(join, orders(), customers(), parallelism, backend);
    }

    private CollectingSink run(OperatorFactory join, List<List<Row>> lefts, List<List<Row>> rights, int parallelism,
                               String backend) throws Exception {
        Configuration configuration = new Configuration()
                .set(RuntimeOptions.TASK_SLOTS, "4")
                .set(RuntimeOptions.STATE_BACKEND, backend)
                .set(RuntimeOptions.ROCKSDB_LOCAL_DIR, stateDirectory.toString());
        CollectingSink sink = new CollectingSink();
        JobGraph.Builder builder = JobGraph.builder("join");
        int left = builder.addSource("orders", InMemorySource.bounded(lefts),
                WatermarkStrategy.boundedOutOfOrderness(row -> row.getLong(1), Duration.ZERO), 2);
        int right = builder.addSource("customers", InMemorySource.bounded(rights),
                WatermarkStrategy.boundedOutOfOrderness(row -> row.getLong(1), Duration.ZERO), 1);
        int joined = builder.addOperator("join", join, parallelism);
        int collect = builder.addOperator("collect", SinkWriterOperator.factory(sink), parallelism);
        builder.hash(left, joined, ORDER_KEY).connect(right, joined, Partitioning.HASH, CUSTOMER_KEY, 2)
                .forward(joined, collect);
        try (JobManager jobManager = new JobManager(configuration)) {
            JobClient job = jobManager.submit(builder.build());
            assertThat(job.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
        }
        return sink;
    }

    /** Applies a changelog: +I/+U add a row, -U/-D remove one; the remaining rows, sorted, without kinds. */
    private static List<String> materialize(CollectingSink sink) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Row row : sink.rows()) {
            String text = row.toString().substring(2);
            counts.merge(text, row.getKind().isAccumulate() ? 1 : -1, Integer::sum);
        }
        List<String> rows = new ArrayList<>();
        counts.forEach((text, count) -> {
            assertThat(count).as(text).isNotNegative();
            for (int i = 0; i < count; i++) {
                rows.add(text);
            }
        });
        return rows;
    }
}
