package io.eddy.runtime.operators.join;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestoresTwoInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowCondition;
import io.eddy.runtime.harness.TwoInputOperatorHarness;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.OperatorSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalJoinOperatorTest {

    static final RowSchema ORDERS = RowSchema.of("currency", FieldType.BIGINT, "ot", FieldType.BIGINT, "o", FieldType.STRING);
    static final RowSchema RATES = RowSchema.of("currency", FieldType.BIGINT, "rt", FieldType.BIGINT, "rate", FieldType.STRING);

    static JoinSpec spec(JoinType type, RowCondition condition) {
        return new JoinSpec(type, ORDERS, RATES, new FieldKeySelector(ORDERS, 0), new FieldKeySelector(RATES, 0), condition);
    }

    static OperatorFactory join(JoinType type, RowCondition condition) {
        return () -> new TemporalJoinOperator(spec(type, condition), 1, 1);
    }

    @Test
    void leftJoinUsesTheVersionValidAtEachRowtimeOnceTheWatermarkPassesIt() throws Exception {
        List<String> out = assertSameOutputWithRestoresTwoInput(join(JoinType.LEFT, null), h -> {
            h.processElements2(RATES, "+I[1, 10, v10]", "+I[1, 20, v20]");
            h.processElements1(ORDERS, "+I[1, 15, a]", "+I[1, 25, b]", "+I[1, 5, early]", "+I[2, 12, no-rate]");
            h.processWatermark1(16);
            h.processWatermark2(16);
            h.processElements2(RATES, "-D[1, 22, v20]");
            h.processElements1(ORDERS, "+I[1, 23, c]");
            h.processWatermark1(30);
            h.processWatermark2(30);
            h.processElements2(RATES, "+I[1, 40, v40]");
            h.processElements1(ORDERS, "+I[1, 45, d]", "+I[1, 35, e]", "+I[1, 28, late]");
            h.endInput();
        }).stream().map(Object::toString).toList();
        assertThat(out).containsExactly(
                "+I[1, 15, a, 1, 10, v10]",
                "+I[1, 5, early, null, null, null]",
                "+I[2, 12, no-rate, null, null, null]",
                "W(16)",
                "+I[1, 25, b, null, null, null]",
                "+I[1, 23, c, null, null, null]",
                "W(30)",
                "+I[1, 28, late, null, null, null]",
                "+I[1, 45, d, 1, 40, v40]",
                "+I[1, 35, e, null, null, null]",
                "W(MAX)");
    }

    /** The -U carries the old rowtime: it must not end the old version early. */
    @Test
    void innerJoinDropsRowsWithoutAVersionOrFailingTheCondition() throws Exception {
        RowCondition notBlocked = (order, rate) -> !order.getString(2).equals("blocked");
        List<String> out = assertSameOutputWithRestoresTwoInput(join(JoinType.INNER, notBlocked), h -> {
            h.processElements2(RATES, "+I[1, 10, v10]", "-U[1, 10, v10]", "+U[1, 20, v20]");
            h.processElements1(ORDERS, "+I[1, 9, too-early]", "+I[1, 19, a]", "+I[1, 20, b]", "+I[1, 21, blocked]");
            h.processWatermark2(100);
            h.processWatermark1(100);
        }).stream().map(Object::toString).toList();
        assertThat(out).containsExactly("+I[1, 19, a, 1, 10, v10]", "+I[1, 20, b, 1, 20, v20]", "W(100)");
    }

    @Test
    void versionsBeforeTheOneValidAtTheWatermarkAreDropped() throws Exception {
        try (TwoInputOperatorHarness h = new TwoInputOperatorHarness(join(JoinType.INNER, null)).open()) {
            h.processElements2(RATES, "+I[1, 10, v10]", "+I[1, 20, v20]", "+I[2, 10, w10]", "-D[2, 20, w10]");
            h.processWatermark1(25);
            h.processWatermark2(25);
            h.processElements1(ORDERS, "+I[1, 15, late-sees-no-old-version]", "+I[1, 22, late]");
            assertThat(h.recordStrings()).containsExactly("+I[1, 22, late, 1, 20, v20]");
            OperatorSnapshot snapshot = h.snapshot();
            assertThat(snapshot.timers()).isEmpty();
            h.processElements1(ORDERS, "+I[2, 30, deleted]");
            h.processWatermark1(40);
            h.processWatermark2(40);
            assertThat(h.recordStrings()).hasSize(1);
        }
    }

    @Test
    void versionsExpireAfterTheStateTtl() throws Exception {
        Configuration configuration = new Configuration().set(RuntimeOptions.STATE_TTL, "1 min");
        try (TwoInputOperatorHarness h = new TwoInputOperatorHarness(join(JoinType.LEFT, null)).configuration(configuration)) {
            h.open();
            h.setProcessingTime(0);
            h.processElements2(RATES, "+I[1, 10, v10]", "+I[2, 10, w10]");
            h.setProcessingTime(50_000);
            h.processElements2(RATES, "+I[2, 20, w20]");
            h.setProcessingTime(70_000);
            h.processElements1(ORDERS, "+I[1, 30, a]", "+I[2, 30, b]");
            h.processWatermark1(30).processWatermark2(30);
            assertThat(h.recordStrings()).containsExactly("+I[1, 30, a, null, null, null]", "+I[2, 30, b, 2, 20, w20]");
        }
    }

    @Test
    void rejectsOuterJoinsOtherThanLeftAndChangelogProbeRows() throws Exception {
        assertThatThrownBy(() -> new TemporalJoinOperator(spec(JoinType.FULL, null), 1, 1))
                .hasMessage("an event-time temporal join does not support FULL joins; it supports [INNER, LEFT]");
        try (TwoInputOperatorHarness h = new TwoInputOperatorHarness(join(JoinType.LEFT, null)).open()) {
            assertThatThrownBy(() -> h.processElements1(ORDERS, "-U[1, 5, a]"))
                    .hasMessage("an event-time temporal join takes append-only inputs but got -U[1, 5, a]");
        }
    }
}
