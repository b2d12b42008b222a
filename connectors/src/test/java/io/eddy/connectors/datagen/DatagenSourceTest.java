package io.eddy.connectors.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.options.OptionValidationException;
import io.eddy.connectors.generator.StridedSplit;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.connectors.testing.SourceHarness;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.source.Boundedness;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.ManualClock;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatagenSourceTest {

    private static final RowSchema ALL_TYPES = RowSchema.of("b", FieldType.BOOLEAN, "t", FieldType.TINYINT,
            "s", FieldType.SMALLINT, "i", FieldType.INT, "l", FieldType.BIGINT, "f", FieldType.FLOAT, "d", FieldType.DOUBLE,
            "dec", FieldType.decimal(6, 2), "str", FieldType.STRING, "bin", FieldType.BYTES, "day", FieldType.DATE,
            "tod", FieldType.TIME, "ts", FieldType.timestamp(3), "ltz", FieldType.timestampLtz(3),
            "arr", FieldType.array(FieldType.INT), "m", FieldType.map(FieldType.STRING, FieldType.BIGINT),
            "r", FieldType.row(RowSchema.of("x", FieldType.INT)));

    @SuppressWarnings("unchecked")
    private static Source<StridedSplit> source(RowSchema schema, Map<String, String> options) {
        return (Source<StridedSplit>) ConnectorFactories.load().createSource("datagen", SourceRequest.of("gen", schema, options));
    }

    private static List<Row> readAll(Source<StridedSplit> source, int parallelism) throws Exception {
        try (SourceHarness<StridedSplit> harness = new SourceHarness<>(source, parallelism).start()) {
            return new ArrayList<>(harness.runToEnd(1000));
        }
    }

    @Test
    void numberOfRowsBoundsTheSourceAtAnyParallelism() throws Exception {
        Source<StridedSplit> source = source(ALL_TYPES, Map.of("number-of-rows", "100", "rows-per-second", "50"));
        assertThat(source.boundedness()).isEqualTo(Boundedness.BOUNDED);
        assertThat(readAll(source, 1)).hasSize(100);
        assertThat(readAll(source, 3)).hasSize(100);
        assertThat(source(ALL_TYPES, Map.of()).boundedness()).isEqualTo(Boundedness.CONTINUOUS_UNBOUNDED);
    }

    @Test
    void parallelReadersSplitTheSequenceAsFlinkDoes() throws Exception {
        RowSchema schema = RowSchema.of("id", FieldType.BIGINT, "name", FieldType.STRING);
        Source<StridedSplit> source = source(schema, Map.of("fields.id.kind", "sequence", "fields.id.start", "1",
                "fields.id.end", "10", "fields.name.kind", "sequence", "fields.name.start", "100", "fields.name.end", "1000"));
        try (SourceHarness<StridedSplit> harness = new SourceHarness<>(source, 3).start()) {
            harness.runToEnd(1000);
            Map<String, List<Long>> ids = new HashMap<>();
            harness.rowsBySplit().forEach((split, rows) -> ids.put(split, rows.stream().map(row -> row.getLong(0)).toList()));
            assertThat(ids).containsEntry("split-0-of-3", List.of(1L, 4L, 7L, 10L))
                    .containsEntry("split-1-of-3", List.of(2L, 5L, 8L))
                    .containsEntry("split-2-of-3", List.of(3L, 6L, 9L));
            assertThat(harness.rowsBySplit().get("split-1-of-3").get(0).toString()).isEqualTo("+I[2, 101]");
        }
    }

    @Test
    void randomValuesRespectTheirOptions() throws Exception {
        RowSchema schema = RowSchema.of("n", FieldType.INT, "s", FieldType.STRING, "v", FieldType.STRING,
                "z", FieldType.BIGINT, "ts", FieldType.timestamp(3), "a", FieldType.array(FieldType.INT));
        Map<String, String> options = Map.of("number-of-rows", "200", "fields.n.min", "-5", "fields.n.max", "5",
                "fields.s.length", "4", "fields.v.length", "6", "fields.v.var-len", "true", "fields.z.null-rate", "1.0",
                "fields.ts.max-past", "10 s", "fields.a.length", "2");
        ManualClock clock = new ManualClock(1_000_000);
        try (SourceHarness<StridedSplit> harness = new SourceHarness<>(source(schema, options), 1, clock,
                WatermarkStrategy.noWatermarks()).start()) {
            List<Row> rows = harness.runToEnd(1);
            assertThat(rows).hasSize(200);
            for (Row row : rows) {
                assertThat(row.getInt(0)).isBetween(-5, 5);
                assertThat(row.getString(1)).matches("[0-9a-f]{4}");
                assertThat(row.getString(2).length()).isBetween(1, 6);
                assertThat(row.isNullAt(3)).isTrue();
                assertThat(row.getTimestampMillis(4)).isBetween(1_000_000L - 10_000, clock.currentTimeMillis());
                assertThat(row.getArray(5)).hasSize(2);
            }
            assertThat(rows.stream().map(row -> row.getInt(0)).distinct().count()).isEqualTo(11);
            assertThat(rows.stream().map(row -> row.getString(2).length()).distinct().count()).isGreaterThan(1);
        }
    }

    @Test
    void rowsPerSecondLimitsTheRateWithoutBlocking() throws Exception {
        ManualClock clock = new ManualClock(0);
        Source<StridedSplit> source = source(RowSchema.of("x", FieldType.INT), Map.of("rows-per-second", "10"));
        try (SourceHarness<StridedSplit> harness = new SourceHarness<>(source, 2, clock, WatermarkStrategy.noWatermarks()).start()) {
            assertThat(harness.poll(0)).isEqualTo(InputStatus.NOTHING_AVAILABLE);
            assertThat(harness.poll(1)).isEqualTo(InputStatus.NOTHING_AVAILABLE);
            assertThat(harness.rows()).as("each reader starts with its first row").hasSize(2);
            clock.advance(1000);
            assertThat(harness.poll(0)).isEqualTo(InputStatus.NOTHING_AVAILABLE);
            assertThat(harness.poll(1)).isEqualTo(InputStatus.NOTHING_AVAILABLE);
            assertThat(harness.rows()).as("5 rows per reader and second").hasSize(12);
        }
    }

    @Test
    void aRestoredReaderEmitsTheSameRows() throws Exception {
        RowSchema clockFree = ALL_TYPES.project(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 14, 15, 16);
        Source<StridedSplit> source = source(clockFree, Map.of("number-of-rows", "300"));
        List<Row> expected = readAll(source, 1);
        try (SourceHarness<StridedSplit> harness = new SourceHarness<>(source, 1).start()) {
            harness.pollUntil(0, 1, 1);
            harness.restore(0);
            harness.runToEnd(1000);
            assertThat(harness.rows().stream().map(Row::toString).toList())
                    .isEqualTo(expected.stream().map(Row::toString).toList());
        }
    }

    @Test
    void badFieldOptionsFailWithTheKey() {
        RowSchema schema = RowSchema.of("n", FieldType.INT, "d", FieldType.DATE);
        assertThatThrownBy(() -> source(schema, Map.of("fields.n.min", "abc")))
                .isInstanceOf(ConnectorException.class).hasMessage("Invalid value 'abc' for option 'fields.n.min': expected a INT");
        assertThatThrownBy(() -> source(schema, Map.of("fields.n.min", "9", "fields.n.max", "1")))
                .hasMessage("Field 'n' has min 9 above max 1");
        assertThatThrownBy(() -> source(schema, Map.of("fields.d.kind", "sequence", "fields.d.start", "1", "fields.d.end", "2")))
                .hasMessage("Invalid value '1' for option 'fields.d.start': expected a DATE");
        assertThatThrownBy(() -> source(schema, Map.of("fields.n.kind", "sequence", "fields.n.start", "5", "fields.n.end", "2")))
                .hasMessage("Sequence field 'n' ends (2) before it starts (5)");
        assertThatThrownBy(() -> source(schema, Map.of("fields.n.kind", "sequence", "fields.n.start", "5")))
                .hasMessage("Field 'n' is a sequence and needs option 'fields.n.end'");
        assertThatThrownBy(() -> source(schema, Map.of("fields.n.kind", "wavy")))
                .isInstanceOf(OptionValidationException.class).hasMessageStartingWith("Invalid value 'wavy' for option 'fields.n.kind'");
    }
}
