package io.eddy.runtime.execution;

import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.operators.CountWindowAggregate;
import io.eddy.runtime.operators.FilterOperator;
import io.eddy.runtime.operators.EventTimeWindowOperator;
import io.eddy.runtime.sink.CollectingSink;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.source.memory.InMemorySource;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Data and job graphs shared by the execution tests. */
final class TestJobs {

    static final RowSchema EVENTS = RowSchema.of("user", FieldType.STRING, "value", FieldType.BIGINT, "ts", FieldType.timestamp(3));
    static final FieldKeySelector BY_USER = new FieldKeySelector(EVENTS, 0);

    private TestJobs() {
    }

    /** Rows over {@code splitCount} splits, each in timestamp order, spanning about a minute. */
    static List<List<Row>> events(int splitCount, int rowsPerSplit) {
        List<List<Row>> splits = new ArrayList<>();
        for (int split = 0; split < splitCount; split++) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < rowsPerSplit; i++) {
                long value = (long) split * rowsPerSplit + i;
                long timestamp = i * 60_000L / rowsPerSplit + split * 7L;
                rows.add(Row.withValues(RowKind.INSERT, EVENTS, "user" + (value * 7 % 10), value, timestamp));
            }
            splits.add(rows);
        }
        return splits;
    }

    static boolean keep(Row row) {
        return row.getLong(1) % 5 != 0;
    }

    /** The expected window counts, computed directly from the data. */
    static List<String> expectedCounts(List<List<Row>> splits) {
        Map<String, Long> counts = new TreeMap<>();
        CountWindowAggregate aggregate = new CountWindowAggregate(BY_USER.keySchema());
        Map<String, Row> keys = new TreeMap<>();
        for (List<Row> split : splits) {
            for (Row row : split) {
                if (keep(row)) {
                    long start = row.getTimestampMillis(2) / 10_000 * 10_000;
                    String id = row.getString(0) + "@" + start;
                    counts.merge(id, 1L, Long::sum);
                    keys.put(id, row);
                }
            }
        }
        List<String> expected = new ArrayList<>();
        counts.forEach((id, count) -> {
            long start = Long.parseLong(id.substring(id.indexOf('@') + 1));
            expected.add(aggregate.result(BY_USER.getKey(keys.get(id)), start, start + 10_000, count).toString());
        });
        expected.sort(null);
        return expected;
    }

    /** source → filter → hash by user → count per 10 s window → sink. */
    static JobGraph windowCountJob(String name, InMemorySource source, CollectingSink sink, int parallelism) {
        JobGraph.Builder builder = JobGraph.builder(name);
        int events = builder.addSource("events", source,
                WatermarkStrategy.boundedOutOfOrderness(row -> row.getTimestampMillis(2), Duration.ZERO), parallelism);
        int filter = builder.addOperator("filter", () -> new FilterOperator(TestJobs::keep), parallelism);
        int window = builder.addOperator("count per window", () -> EventTimeWindowOperator.tumbling(
                BY_USER, 2, Duration.ofSeconds(10), new CountWindowAggregate(BY_USER.keySchema())), parallelism);
        int collect = builder.addOperator("collect", SinkWriterOperator.factory(sink), parallelism);
        return builder.forward(events, filter).hash(filter, window, BY_USER).forward(window, collect).build();
    }
}
