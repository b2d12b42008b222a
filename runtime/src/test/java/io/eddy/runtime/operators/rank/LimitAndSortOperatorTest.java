package io.eddy.runtime.operators.rank;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.operator.OperatorFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitAndSortOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("id", FieldType.STRING, "v", FieldType.BIGINT, "ts", FieldType.timestamp(3));

    private static List<String> run(OperatorFactory factory, String... rows) throws Exception {
        return assertSameOutputWithRestores(factory, harness -> harness.processElements(INPUT, rows))
                .stream().map(Object::toString).toList();
    }

    @Test
    void limitOverAppendOnlyInputEmitsTheFirstRowsThenNothing() throws Exception {
        String[] input = {"+I[a, 1, null]", "+I[b, 2, null]", "+I[c, 3, null]", "+I[d, 4, null]"};
        assertThat(run(() -> LimitOperator.create(INPUT, 0, 2, true), input)).containsExactly("+I[a, 1, null]", "+I[b, 2, null]");
        assertThat(run(() -> LimitOperator.create(INPUT, 1, 2, true), input)).containsExactly("+I[b, 2, null]", "+I[c, 3, null]");
    }

    @Test
    void limitOverChangelogInputLetsTheNextRowInWhenARowIsRetracted() throws Exception {
        assertThat(run(() -> LimitOperator.create(INPUT, 0, 2, false),
                "+I[a, 1, null]", "+I[b, 2, null]", "+I[c, 3, null]", "-D[a, 1, null]", "-U[c, 3, null]", "+U[c, 4, null]"))
                .containsExactly("+I[a, 1, null]", "+I[b, 2, null]", "-D[a, 1, null]", "+I[c, 3, null]",
                        "-D[c, 3, null]", "+I[c, 4, null]");
    }

    @Test
    void orderByLimitIsAGlobalTopN() throws Exception {
        SortSpec byValueDesc = SortSpec.of(SortField.descending(1));
        assertThat(run(() -> LimitOperator.sortLimit(INPUT, byValueDesc, 0, 2, true),
                "+I[a, 1, null]", "+I[b, 5, null]", "+I[c, 3, null]", "+I[d, 2, null]"))
                .containsExactly("+I[a, 1, null]", "+I[b, 5, null]", "-D[a, 1, null]", "+I[c, 3, null]");
    }

    @Test
    void orderByRowtimeEmitsRowsInTimeOrderAsTheWatermarkPasses() throws Exception {
        OperatorFactory sort = () -> new RowtimeSortOperator(INPUT, 2, SortSpec.of(SortField.descending(1)));
        List<String> events = assertSameOutputWithRestores(sort, harness -> {
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:03]", "+I[b, 2, 1970-01-01 00:00:01]",
                    "+I[c, 3, 1970-01-01 00:00:03]", "+I[d, 4, 1970-01-01 00:00:05]");
            harness.processWatermark(3_000);
            harness.processElements(INPUT, "+I[late, 5, 1970-01-01 00:00:03]", "+I[e, 6, 1970-01-01 00:00:04]");
            harness.endInput();
        }).stream().map(Object::toString).toList();
        assertThat(events).containsExactly(
                "+I[b, 2, 1970-01-01T00:00:01]", "+I[c, 3, 1970-01-01T00:00:03]", "+I[a, 1, 1970-01-01T00:00:03]", "W(3000)",
                "+I[e, 6, 1970-01-01T00:00:04]", "+I[d, 4, 1970-01-01T00:00:05]", "W(MAX)");
    }

    @Test
    void lateRowsOfTheRowtimeSortAreCounted() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(() -> new RowtimeSortOperator(INPUT, 2, SortSpec.none())).open()) {
            harness.processWatermark(3_000);
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:03]", "+I[b, 1, 1970-01-01 00:00:03.001]");
            assertThat(harness.metrics().counter(RowtimeSortOperator.LATE_RECORDS_DROPPED).get()).isEqualTo(1);
        }
    }

    @Test
    void badLimitsAndInputFailWithAReason() throws Exception {
        assertThatThrownBy(() -> LimitOperator.create(INPUT, 0, 0, true)).hasMessage("a streaming LIMIT needs at least 1 row, got 0");
        assertThatThrownBy(() -> LimitOperator.create(INPUT, -1, 2, true)).hasMessage("OFFSET must not be negative, got -1");
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(() -> LimitOperator.create(INPUT, 0, 1, true)).open()) {
            assertThatThrownBy(() -> harness.processElements(INPUT, "-U[a, 1, null]"))
                    .hasMessage("LIMIT over append-only input received -U[a, 1, null]");
        }
    }
}
