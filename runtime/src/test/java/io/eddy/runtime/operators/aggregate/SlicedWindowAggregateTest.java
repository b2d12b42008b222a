package io.eddy.runtime.operators.aggregate;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.harness.RocksDbOperatorRunner;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.operators.WindowAssigner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WindowAggregateOperator} over mergeable calls: windows merged from slices through the combine
 * buffer, checked against the per-window path it replaces.
 */
class SlicedWindowAggregateTest {

    private static final RowSchema INPUT = RowSchema.of("k", FieldType.STRING, "v", FieldType.BIGINT, "ts", FieldType.timestamp(3));
    private static final List<AggregateCall> CALLS = List.of(AggregateCall.countStar("cnt"),
            AggregateCall.of("total", AggregateKind.SUM, 1, FieldType.BIGINT, FieldType.BIGINT),
            AggregateCall.of("top", AggregateKind.MAX, 1, FieldType.BIGINT, FieldType.BIGINT),
            AggregateCall.of("low", AggregateKind.MIN, 1, FieldType.BIGINT, FieldType.BIGINT));
    /** LAST_VALUE cannot merge, so adding it as the last call makes the operator accumulate per window. */
    private static final AggregateCall UNMERGEABLE = AggregateCall.of("last", AggregateKind.LAST_VALUE, 1, FieldType.BIGINT, FieldType.BIGINT);
    private static final WindowAssigner HOP = WindowAssigner.hopping(Duration.ofSeconds(10), Duration.ofSeconds(5));
    private static final WindowAssigner CUMULATE = WindowAssigner.cumulative(Duration.ofSeconds(2), Duration.ofSeconds(6));

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    @TempDir
    Path stateDirectory;

    private static OperatorFactory sliced(WindowAssigner assigner) {
        return WindowAggregateOperator.factory(INPUT, new int[] {0}, 2, assigner, CALLS, List.of(WindowProperty.WINDOW_END));
    }

    private static OperatorFactory perWindow(WindowAssigner assigner) {
        List<AggregateCall> calls = new ArrayList<>(CALLS);
        calls.add(UNMERGEABLE);
        return WindowAggregateOperator.factory(INPUT, new int[] {0}, 2, assigner, calls, List.of(WindowProperty.WINDOW_END));
    }

    @Test
    void onlyCallsThatMergeExactlyAreSliced() {
        assertThat(operator(CALLS).sliced()).isTrue();
        assertThat(operator(List.of(AggregateCall.of("a", AggregateKind.AVG, 1, FieldType.BIGINT, FieldType.BIGINT),
                AggregateCall.of("d", AggregateKind.SUM, 1, FieldType.BIGINT, FieldType.decimal(38, 2))))
                .sliced()).isTrue();
        assertThat(operator(List.of(AggregateCall.countStar("c").filteredBy(3))).sliced()).isTrue();
        assertThat(operator(List.of(AggregateCall.count("c", FieldType.BIGINT, 1).asDistinct())).sliced()).isFalse();
        assertThat(operator(List.of(UNMERGEABLE)).sliced()).isFalse();
        assertThat(operator(List.of(new AggregateCall("l", AggregateKind.LISTAGG, List.of(0), FieldType.STRING, FieldType.STRING,
                false, -1, ","))).sliced()).isFalse();
        assertThat(operator(List.of(AggregateCall.of("s", AggregateKind.SUM, 3, FieldType.DOUBLE, FieldType.DOUBLE))).sliced())
                .as("a DOUBLE sum rounds differently when merged").isFalse();
    }

    private static WindowAggregateOperator operator(List<AggregateCall> calls) {
        RowSchema input = RowSchema.of("k", FieldType.STRING, "v", FieldType.BIGINT, "ts", FieldType.timestamp(3),
                "x", calls.stream().anyMatch(call -> call.filterField() == 3) ? FieldType.BOOLEAN : FieldType.DOUBLE);
        return new WindowAggregateOperator(input, new int[] {0}, 2, HOP, calls, List.of(WindowProperty.WINDOW_END));
    }

    @Test
    void hoppingRowsShareSlicesAndEachWindowMergesItsSlices() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(sliced(HOP), harness -> {
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:01]", "+I[a, 4, 1970-01-01 00:00:04]",
                    "+I[b, 2, 1970-01-01 00:00:03]", "+I[a, 3, 1970-01-01 00:00:07]");
            harness.processWatermark(4_999);
            harness.processElements(INPUT, "+I[a, 9, 1970-01-01 00:00:12]");
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly(
                "+I[a, 2, 5, 4, 1, 1970-01-01T00:00:05]",
                "+I[b, 1, 2, 2, 2, 1970-01-01T00:00:05]",
                "W(4999)",
                // the last watermark passes all of a's windows: they fire one after the other, then b's
                "+I[a, 3, 8, 4, 1, 1970-01-01T00:00:10]",
                "+I[a, 2, 12, 9, 3, 1970-01-01T00:00:15]",
                "+I[a, 1, 9, 9, 9, 1970-01-01T00:00:20]",
                "+I[b, 1, 2, 2, 2, 1970-01-01T00:00:10]",
                "W(MAX)");
    }

    @Test
    void cumulativeWindowsMergeTheSlicesOfTheirStep() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(sliced(CUMULATE), harness -> {
            harness.processElements(INPUT, "+I[a, 5, 1970-01-01 00:00:01]", "+I[a, 1, 1970-01-01 00:00:03]",
                    "+I[a, 2, 1970-01-01 00:00:07]");
            harness.processWatermark(3_999);
            harness.processElements(INPUT, "+I[a, 8, 1970-01-01 00:00:05]");
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly(
                "+I[a, 1, 5, 5, 5, 1970-01-01T00:00:02]",
                "+I[a, 2, 6, 5, 1, 1970-01-01T00:00:04]",
                "W(3999)",
                "+I[a, 3, 14, 8, 1, 1970-01-01T00:00:06]",
                "+I[a, 1, 2, 2, 2, 1970-01-01T00:00:08]",
                "+I[a, 1, 2, 2, 2, 1970-01-01T00:00:10]",
                "+I[a, 1, 2, 2, 2, 1970-01-01T00:00:12]",
                "W(MAX)");
    }

    @Test
    void slicesAndTimersAreGoneOnceTheirLastWindowFired() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(sliced(HOP)).open()) {
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:01]", "+I[b, 2, 1970-01-01 00:00:06]");
            harness.processWatermark(9_999);
            OperatorSnapshot halfway = harness.snapshot();
            assertThat(halfway.keyedState()).as("b's slice still has a window to go").isNotEmpty();
            assertThat(halfway.timers()).isNotEmpty();
            harness.processWatermark(14_999);
            OperatorSnapshot done = harness.snapshot();
            assertThat(done.keyedState()).isEmpty();
            assertThat(done.timers()).isEmpty();
            assertThat(harness.recordStrings()).hasSize(4);
        }
    }

    @Test
    void aWatermarkPassingSeveralWindowsFiresEachOnceAndLeavesNoTimers() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(sliced(HOP)).open()) {
            // the second slice sets the timer of the window ending at 10 s, which the first slice's window then fires
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:01]", "+I[a, 6, 1970-01-01 00:00:06]",
                    "+I[b, 2, 1970-01-01 00:00:02]");
            harness.processWatermark(19_999);
            assertThat(harness.recordStrings()).containsExactly(
                    "+I[a, 1, 1, 1, 1, 1970-01-01T00:00:05]",
                    "+I[a, 2, 7, 6, 1, 1970-01-01T00:00:10]",
                    "+I[a, 1, 6, 6, 6, 1970-01-01T00:00:15]",
                    "+I[b, 1, 2, 2, 2, 1970-01-01T00:00:05]",
                    "+I[b, 1, 2, 2, 2, 1970-01-01T00:00:10]");
            OperatorSnapshot done = harness.snapshot();
            assertThat(done.keyedState()).isEmpty();
            assertThat(done.timers()).isEmpty();
            harness.endInput();
            assertThat(harness.recordStrings()).hasSize(5);
        }
    }

    @Test
    void rowsCountOnlyTowardsWindowsStillOpenAndRowsWithNoneAreLate() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(sliced(HOP)).open()) {
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:01]");
            harness.processWatermark(4_999);
            harness.processElements(INPUT, "+I[a, 2, 1970-01-01 00:00:02]", "+I[c, 7, 1970-01-01 00:00:03]");
            harness.processWatermark(9_999);
            harness.processElements(INPUT, "+I[a, 4, 1970-01-01 00:00:04]", "+I[a, 8, 1970-01-01 00:00:11]");
            harness.endInput();
            assertThat(harness.metrics().counter(WindowAggregateOperator.LATE_RECORDS_DROPPED).get()).isEqualTo(1);
            assertThat(harness.recordStrings()).containsExactly(
                    "+I[a, 1, 1, 1, 1, 1970-01-01T00:00:05]",
                    "+I[a, 2, 3, 2, 1, 1970-01-01T00:00:10]",
                    "+I[c, 1, 7, 7, 7, 1970-01-01T00:00:10]",
                    "+I[a, 1, 8, 8, 8, 1970-01-01T00:00:15]",
                    "+I[a, 1, 8, 8, 8, 1970-01-01T00:00:20]");
        }
    }

    @Test
    void aSnapshotWritesTheBufferSoNothingIsLostOrCountedTwice() throws Exception {
        String[] rows = {"+I[a, 1, 1970-01-01 00:00:01]", "+I[a, 2, 1970-01-01 00:00:02]", "+I[b, 3, 1970-01-01 00:00:06]"};
        List<String> expected;
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(sliced(HOP)).open()) {
            harness.processElements(INPUT, rows).endInput();
            expected = harness.recordStrings();
        }
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(sliced(HOP)).open()) {
            harness.processElements(INPUT, rows[0], rows[1]);
            OperatorSnapshot snapshot = harness.snapshot();
            harness.processElements(INPUT, rows[2]).endInput();
            assertThat(harness.recordStrings()).as("the instance that took the snapshot goes on").isEqualTo(expected);
            try (OneInputOperatorHarness restored = new OneInputOperatorHarness(sliced(HOP)).open(snapshot)) {
                restored.processElements(INPUT, rows[2]).endInput();
                assertThat(restored.recordStrings()).as("a fresh instance restored from it").isEqualTo(expected);
            }
        }
    }

    @Test
    void aFullBufferIsWrittenEarlyWithTheSameResults() throws Exception {
        Configuration oneEntry = new Configuration().set(WindowAggregateOptions.BUFFER_SIZE_LIMIT, "1");
        for (WindowAssigner assigner : List.of(HOP, CUMULATE)) {
            List<String> input = randomSteps(new Random(3), 200);
            assertThat(segments(run(sliced(assigner), input, oneEntry), -1))
                    .isEqualTo(segments(run(sliced(assigner), input, new Configuration()), -1));
        }
    }

    @Test
    void slicedResultsMatchThePerWindowPathOnRandomInput() throws Exception {
        WindowAssigner offsetHop = OffsetWindowAssigner.of(HOP, Duration.ofMillis(1_500));
        List<WindowAssigner> assigners = List.of(HOP, CUMULATE, offsetHop, WindowAssigner.tumbling(Duration.ofSeconds(3)),
                WindowAssigner.hopping(Duration.ofSeconds(6), Duration.ofSeconds(2)));
        for (int seed = 0; seed < 4; seed++) {
            for (WindowAssigner assigner : assigners) {
                List<String> input = randomSteps(new Random(seed), 300);
                assertThat(segments(run(sliced(assigner), input, new Configuration()), -1))
                        .as("%s, seed %d", assigner, seed)
                        .isEqualTo(segments(run(perWindow(assigner), input, new Configuration()), CALLS.size() + 1));
            }
        }
    }

    @Test
    void rocksDbGivesTheSameResultsWithARestoreAfterEveryInput() throws Exception {
        for (WindowAssigner assigner : List.of(HOP, CUMULATE)) {
            String[] steps = randomSteps(new Random(7), 12).toArray(String[]::new);
            List<OutputEvent> onRocksDb = RocksDbOperatorRunner.runOnRocksDb(sliced(assigner), stateDirectory.resolve(assigner.toString()
                    .replaceAll("[^A-Za-z0-9]", "")), INPUT, steps);
            assertThat(onRocksDb).isNotEmpty().isEqualTo(RocksDbOperatorRunner.runOnHeap(sliced(assigner), INPUT, steps));
            List<OutputEvent> perWindowOnHeap = RocksDbOperatorRunner.runOnHeap(perWindow(assigner), INPUT, steps);
            assertThat(segments(onRocksDb, -1)).isEqualTo(segments(perWindowOnHeap, CALLS.size() + 1));
        }
    }

    /** Rows of keys a to d over about 40 s, up to 4 s out of order, with a watermark every 10 rows or so. */
    private static List<String> randomSteps(Random random, int count) {
        List<String> steps = new ArrayList<>();
        long watermark = -1;
        for (int i = 0; i < count; i++) {
            long time = i * 130L + random.nextInt(4_000);
            steps.add("+I[" + (char) ('a' + random.nextInt(4)) + ", " + random.nextInt(100) + ", "
                    + TIMESTAMP.format(Instant.ofEpochMilli(time)) + "]");
            if (random.nextInt(10) == 0) {
                watermark = Math.max(watermark, i * 130L - random.nextInt(1_000));
                steps.add("W:" + watermark);
            }
        }
        return steps;
    }

    private static List<OutputEvent> run(OperatorFactory factory, List<String> steps, Configuration configuration) throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(factory).configuration(configuration).open()) {
            for (String step : steps) {
                if (step.startsWith("W:")) {
                    harness.processWatermark(Long.parseLong(step.substring(2)));
                } else {
                    harness.processElements(INPUT, step);
                }
            }
            harness.endInput();
            assertThat(harness.events()).isNotEmpty();
            return harness.events();
        }
    }

    /**
     * The records between consecutive watermarks, sorted (within one watermark the order of keys is not
     * specified), without field {@code skippedField} (-1: none); watermarks as they are.
     */
    private static List<String> segments(List<OutputEvent> events, int skippedField) {
        List<String> result = new ArrayList<>();
        List<String> segment = new ArrayList<>();
        for (OutputEvent event : events) {
            if (event instanceof OutputEvent.Record record) {
                Row row = record.row();
                segment.add(IntStream.range(0, row.arity()).filter(i -> i != skippedField)
                        .mapToObj(i -> String.valueOf(row.getField(i))).collect(Collectors.joining(", ")));
            } else {
                segment.sort(null);
                result.addAll(segment);
                segment.clear();
                result.add(event.toString());
            }
        }
        segment.sort(null);
        result.addAll(segment);
        return result;
    }
}
