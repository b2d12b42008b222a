package io.eddy.runtime.operators.rank;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operators.rank.DeduplicateOperator.Keep;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeduplicateOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("id", FieldType.STRING, "v", FieldType.BIGINT, "ts", FieldType.timestamp(3));
    private static final FieldKeySelector BY_ID = new FieldKeySelector(INPUT, 0);

    private static List<String> run(OperatorFactory factory, String... rows) throws Exception {
        return assertSameOutputWithRestores(factory, harness -> harness.processElements(INPUT, rows))
                .stream().map(Object::toString).toList();
    }

    @Test
    void keepFirstOnProcessingTimeEmitsOneInsertPerKey() throws Exception {
        assertThat(run(() -> DeduplicateOperator.onProcessingTime(BY_ID, INPUT, Keep.FIRST, true),
                "+I[a, 1, 1970-01-01 00:00:05]", "+I[b, 2, 1970-01-01 00:00:01]", "+I[a, 3, 1970-01-01 00:00:01]"))
                .containsExactly("+I[a, 1, 1970-01-01T00:00:05]", "+I[b, 2, 1970-01-01T00:00:01]");
    }

    @Test
    void keepLastOnProcessingTimeUpdatesTheKeptRow() throws Exception {
        String[] input = {"+I[a, 1, 1970-01-01 00:00:05]", "+I[a, 2, 1970-01-01 00:00:01]", "+I[b, 3, 1970-01-01 00:00:01]"};
        assertThat(run(() -> DeduplicateOperator.onProcessingTime(BY_ID, INPUT, Keep.LAST, true), input)).containsExactly(
                "+I[a, 1, 1970-01-01T00:00:05]",
                "-U[a, 1, 1970-01-01T00:00:05]", "+U[a, 2, 1970-01-01T00:00:01]",
                "+I[b, 3, 1970-01-01T00:00:01]");
        assertThat(run(() -> DeduplicateOperator.onProcessingTime(BY_ID, INPUT, Keep.LAST, false), input)).containsExactly(
                "+I[a, 1, 1970-01-01T00:00:05]", "+U[a, 2, 1970-01-01T00:00:01]", "+I[b, 3, 1970-01-01T00:00:01]");
    }

    @Test
    void keepLastOnProcessingTimeSkipsARowEqualToTheKeptOneUnlessStateExpires() throws Exception {
        OperatorFactory last = () -> DeduplicateOperator.onProcessingTime(BY_ID, INPUT, Keep.LAST, true);
        String[] input = {"+I[a, 1, 1970-01-01 00:00:05]", "+I[a, 1, 1970-01-01 00:00:05]"};
        assertThat(run(last, input)).containsExactly("+I[a, 1, 1970-01-01T00:00:05]");
        Configuration ttl = new Configuration().set(RuntimeOptions.STATE_TTL, "1 h");
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(last).configuration(ttl).open()) {
            harness.processElements(INPUT, input);
            assertThat(harness.recordStrings()).containsExactly("+I[a, 1, 1970-01-01T00:00:05]",
                    "-U[a, 1, 1970-01-01T00:00:05]", "+U[a, 1, 1970-01-01T00:00:05]");
        }
    }

    @Test
    void keepLastOnChangelogInputDeletesOnRetraction() throws Exception {
        assertThat(run(() -> DeduplicateOperator.onProcessingTime(BY_ID, INPUT, Keep.LAST, true),
                "+I[a, 1, 1970-01-01 00:00:01]", "-U[a, 1, 1970-01-01 00:00:01]", "+U[a, 2, 1970-01-01 00:00:02]",
                "-D[a, 2, 1970-01-01 00:00:02]"))
                .containsExactly(
                        "+I[a, 1, 1970-01-01T00:00:01]", "-D[a, 1, 1970-01-01T00:00:01]",
                        "+I[a, 2, 1970-01-01T00:00:02]", "-D[a, 2, 1970-01-01T00:00:02]");
    }

    @Test
    void keepLastOnRowtimeReplacesOnlyWithLaterOrEqualRowtime() throws Exception {
        assertThat(run(() -> DeduplicateOperator.onRowtime(BY_ID, INPUT, Keep.LAST, 2, true),
                "+I[a, 1, 1970-01-01 00:00:05]", "+I[a, 2, 1970-01-01 00:00:03]", "+I[a, 3, 1970-01-01 00:00:05]",
                "+I[a, 4, 1970-01-01 00:00:09]"))
                .containsExactly(
                        "+I[a, 1, 1970-01-01T00:00:05]",
                        "-U[a, 1, 1970-01-01T00:00:05]", "+U[a, 3, 1970-01-01T00:00:05]",
                        "-U[a, 3, 1970-01-01T00:00:05]", "+U[a, 4, 1970-01-01T00:00:09]");
    }

    @Test
    void keepFirstOnRowtimeReplacesOnlyWithStrictlyEarlierRowtime() throws Exception {
        assertThat(run(() -> DeduplicateOperator.onRowtime(BY_ID, INPUT, Keep.FIRST, 2, true),
                "+I[a, 1, 1970-01-01 00:00:05]", "+I[a, 2, 1970-01-01 00:00:05]", "+I[a, 3, 1970-01-01 00:00:09]",
                "+I[a, 4, 1970-01-01 00:00:02]"))
                .containsExactly(
                        "+I[a, 1, 1970-01-01T00:00:05]",
                        "-U[a, 1, 1970-01-01T00:00:05]", "+U[a, 4, 1970-01-01T00:00:02]");
    }

    @Test
    void onRowtimeWithoutUpdateBeforeKeepsOnlyTheTimeAndEmitsWhatItWouldWithIt() throws Exception {
        String[] input = {"+I[a, 1, 1970-01-01 00:00:05]", "+I[b, 2, 1970-01-01 00:00:01]", "+I[a, 3, 1970-01-01 00:00:03]",
                "+I[a, 4, 1970-01-01 00:00:05]", "+I[a, 5, 1970-01-01 00:00:09]", "+I[b, 6, 1970-01-01 00:00:00]"};
        assertThat(run(() -> DeduplicateOperator.onRowtime(BY_ID, INPUT, Keep.LAST, 2, false), input)).containsExactly(
                "+I[a, 1, 1970-01-01T00:00:05]", "+I[b, 2, 1970-01-01T00:00:01]",
                "+U[a, 4, 1970-01-01T00:00:05]", "+U[a, 5, 1970-01-01T00:00:09]");
        assertThat(run(() -> DeduplicateOperator.onRowtime(BY_ID, INPUT, Keep.FIRST, 2, false), input)).containsExactly(
                "+I[a, 1, 1970-01-01T00:00:05]", "+I[b, 2, 1970-01-01T00:00:01]",
                "+U[a, 3, 1970-01-01T00:00:03]", "+U[b, 6, 1970-01-01T00:00]");
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(
                () -> DeduplicateOperator.onRowtime(BY_ID, INPUT, Keep.LAST, 2, false)).open()) {
            assertThatThrownBy(() -> harness.processElements(INPUT, "+I[a, 2, null]"))
                    .hasMessage("the rowtime field ts is null in +I[a, 2, null]; deduplication on rowtime needs a non-null time attribute");
            assertThatThrownBy(() -> harness.processElements(INPUT, "-D[a, 1, 1970-01-01 00:00:01]"))
                    .hasMessage("deduplication keeping the last row by rowtime needs append-only input, got -D[a, 1, 1970-01-01T00:00:01]");
        }
    }

    @Test
    void expiredStateStartsTheKeyAgain() throws Exception {
        Configuration ttl = new Configuration().set(RuntimeOptions.STATE_TTL, "10 s");
        OperatorFactory first = () -> DeduplicateOperator.onProcessingTime(BY_ID, INPUT, Keep.FIRST, true);
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(first).configuration(ttl).open()) {
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:01]");
            harness.setProcessingTime(9_999);
            harness.processElements(INPUT, "+I[a, 2, 1970-01-01 00:00:01]");
            harness.setProcessingTime(10_000);
            harness.processElements(INPUT, "+I[a, 3, 1970-01-01 00:00:01]");
            assertThat(harness.recordStrings()).containsExactly("+I[a, 1, 1970-01-01T00:00:01]", "+I[a, 3, 1970-01-01T00:00:01]");
        }
    }

    @Test
    void retractionOfAnExpiredKeyIsIgnoredAndCounted() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(
                () -> DeduplicateOperator.onProcessingTime(BY_ID, INPUT, Keep.LAST, true)).open()) {
            harness.processElements(INPUT, "-D[a, 1, 1970-01-01 00:00:01]");
            assertThat(harness.records()).isEmpty();
            assertThat(harness.metrics().counter(DeduplicateOperator.STALE_RETRACTIONS_IGNORED).get()).isEqualTo(1);
        }
    }

    @Test
    void badInputAndSpecsFailWithAReason() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(
                () -> DeduplicateOperator.onProcessingTime(BY_ID, INPUT, Keep.FIRST, true)).open()) {
            assertThatThrownBy(() -> harness.processElements(INPUT, "-D[a, 1, 1970-01-01 00:00:01]"))
                    .hasMessage("deduplication keeping the first row needs append-only input, got -D[a, 1, 1970-01-01T00:00:01]");
        }
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(
                () -> DeduplicateOperator.onRowtime(BY_ID, INPUT, Keep.LAST, 2, true)).open()) {
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:01]");
            assertThatThrownBy(() -> harness.processElements(INPUT, "+I[a, 2, null]"))
                    .hasMessage("the rowtime field ts is null in +I[a, 2, null]; deduplication on rowtime needs a non-null time attribute");
        }
        assertThatThrownBy(() -> DeduplicateOperator.onRowtime(BY_ID, INPUT, Keep.LAST, 0, true))
                .hasMessage("rowtime field id is STRING, expected TIMESTAMP, TIMESTAMP_LTZ or BIGINT");
    }
}
