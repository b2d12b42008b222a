package io.eddy.runtime.operators.join;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestoresTwoInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowCondition;
import io.eddy.runtime.harness.TwoInputOperatorHarness;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.OperatorSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalJoinOperatorTest {

    static final RowSchema LEFT = RowSchema.of("id", FieldType.BIGINT, "lt", FieldType.BIGINT, "l", FieldType.STRING);
    static final RowSchema RIGHT = RowSchema.of("rid", FieldType.BIGINT, "rt", FieldType.BIGINT, "r", FieldType.STRING);

    /** {@code l.lt BETWEEN r.rt - 10 AND r.rt + 5}. */
    static OperatorFactory join(JoinType type, RowCondition condition) {
        return () -> new IntervalJoinOperator(spec(type, condition), 1, 1, -10, 5);
    }

    static JoinSpec spec(JoinType type, RowCondition condition) {
        return new JoinSpec(type, LEFT, RIGHT, new FieldKeySelector(LEFT, 0), new FieldKeySelector(RIGHT, 0), condition);
    }

    /** The output watermark trails the input by max(10, 5) ms, so padded rows are never late downstream. */
    @Test
    void fullJoinEmitsMatchesAtOnceAndUnmatchedRowsWhenTheWatermarkPassesTheirBound() throws Exception {
        List<String> out = assertSameOutputWithRestoresTwoInput(join(JoinType.FULL, null), h -> {
            h.processElements1(LEFT, "+I[1, 100, a]");
            h.processElements2(RIGHT, "+I[1, 98, x]", "+I[1, 120, y]");
            h.processElements1(LEFT, "+I[2, 50, b]");
            h.processWatermark1(104);
            h.processWatermark2(104);
            h.processElements1(LEFT, "+I[1, 111, c]");
            h.processWatermark1(130);
            h.processWatermark2(130);
            h.processElements1(LEFT, "+I[1, 90, late]");
            h.processElements2(RIGHT, "+I[3, 200, z]");
            h.endInput();
        }).stream().map(Object::toString).toList();
        assertThat(out).containsExactly(
                "+I[1, 100, a, 1, 98, x]",
                "+I[2, 50, b, null, null, null]",
                "W(94)",
                "+I[1, 111, c, 1, 120, y]",
                "W(120)",
                "+I[1, 90, late, null, null, null]",
                "+I[null, null, null, 3, 200, z]",
                "W(MAX)");
    }

    @Test
    void innerJoinChecksBothBoundsInclusivelyAndTheCondition() throws Exception {
        RowCondition notSkipped = (left, right) -> !right.getString(2).equals("skip");
        List<String> out = assertSameOutputWithRestoresTwoInput(join(JoinType.INNER, notSkipped), h -> {
            h.processElements2(RIGHT, "+I[1, 100, r100]", "+I[1, 100, skip]");
            h.processElements1(LEFT, "+I[1, 89, below]", "+I[1, 90, lowest]", "+I[1, 105, highest]", "+I[1, 106, above]",
                    "+I[2, 100, other-key]");
        }).stream().map(Object::toString).toList();
        assertThat(out).containsExactly("+I[1, 90, lowest, 1, 100, r100]", "+I[1, 105, highest, 1, 100, r100]");
    }

    @Test
    void rightJoinPadsRightRowsOnceNoLeftRowCanJoinThem() throws Exception {
        List<String> out = assertSameOutputWithRestoresTwoInput(join(JoinType.RIGHT, null), h -> {
            h.processElements2(RIGHT, "+I[1, 100, x]");
            h.processWatermark1(105);
            h.processWatermark2(104);
            h.processElements1(LEFT, "+I[1, 105, just-in-time]");
            h.processWatermark2(105);
            h.processElements2(RIGHT, "+I[1, 50, late]");
        }).stream().map(Object::toString).toList();
        assertThat(out).containsExactly(
                "W(94)", "+I[1, 105, just-in-time, 1, 100, x]", "W(95)", "+I[null, null, null, 1, 50, late]");
    }

    @Test
    void timersDropTheStateOfEveryRow() throws Exception {
        try (TwoInputOperatorHarness h = new TwoInputOperatorHarness(join(JoinType.LEFT, null)).open()) {
            h.processElements1(LEFT, "+I[1, 100, a]", "+I[2, 100, b]");
            h.processElements2(RIGHT, "+I[1, 100, x]");
            assertThat(h.snapshot().keyedState()).isNotEmpty();
            h.processWatermark1(200);
            h.processWatermark2(200);
            OperatorSnapshot snapshot = h.snapshot();
            assertThat(snapshot.keyedState()).isEmpty();
            assertThat(snapshot.timers()).isEmpty();
            assertThat(h.recordStrings()).containsExactly("+I[1, 100, a, 1, 100, x]", "+I[2, 100, b, null, null, null]");
            assertThat(h.metrics().counter(IntervalJoinOperator.LATE_RECORDS).get()).isZero();
            h.processElements1(LEFT, "+I[1, 150, late]");
            assertThat(h.snapshot().keyedState()).as("late rows are not buffered").isEmpty();
            assertThat(h.recordStrings()).endsWith("+I[1, 150, late, null, null, null]");
            assertThat(h.metrics().counter(IntervalJoinOperator.LATE_RECORDS).get()).isEqualTo(1);
        }
    }

    @Test
    void processingTimeJoinUsesArrivalTimesAndProcessingTimeTimers() throws Exception {
        OperatorFactory factory = () -> IntervalJoinOperator.processingTime(spec(JoinType.LEFT, null), -10, 5);
        List<String> out = assertSameOutputWithRestoresTwoInput(factory, h -> {
            h.setProcessingTime(100);
            h.processElements1(LEFT, "+I[1, 0, a]", "+I[2, 0, b]");
            h.setProcessingTime(108);
            h.processElements2(RIGHT, "+I[1, 0, x]");
            h.processWatermark1(7);
            h.processWatermark2(7);
            h.setProcessingTime(110);
            h.setProcessingTime(111);
            h.processElements2(RIGHT, "+I[1, 0, too-late-for-a]");
        }).stream().map(Object::toString).toList();
        assertThat(out).containsExactly(
                "+I[1, 0, a, 1, 0, x]", "W(7)", "+I[2, 0, b, null, null, null]");
    }

    @Test
    void rejectsBadBoundsNullTimesAndChangelogInput() throws Exception {
        assertThatThrownBy(() -> new IntervalJoinOperator(spec(JoinType.INNER, null), 1, 1, 5, -5))
                .hasMessage("the interval's lower bound 5 ms is above its upper bound -5 ms");
        assertThatThrownBy(() -> new IntervalJoinOperator(spec(JoinType.INNER, null), 3, 1, 0, 0))
                .hasMessageStartingWith("the left rowtime field 3 is not in");
        try (TwoInputOperatorHarness h = new TwoInputOperatorHarness(join(JoinType.INNER, null)).open()) {
            assertThatThrownBy(() -> h.processElements1(LEFT, "+I[1, null, a]"))
                    .hasMessage("the rowtime field lt is null in +I[1, null, a]; time-bounded joins need a non-null time attribute");
            assertThatThrownBy(() -> h.processElements2(RIGHT, "-D[1, 5, a]"))
                    .hasMessage("an interval join takes append-only inputs but got -D[1, 5, a]");
        }
    }
}
