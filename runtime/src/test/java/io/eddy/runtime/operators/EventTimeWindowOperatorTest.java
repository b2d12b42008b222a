package io.eddy.runtime.operators;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.state.KeyGroupAssignment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTimeWindowOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("user", FieldType.STRING, "ts", FieldType.timestamp(3));
    private static final FieldKeySelector KEY = new FieldKeySelector(INPUT, 0);
    private static final OperatorFactory FACTORY = () -> EventTimeWindowOperator.tumbling(
            KEY, 1, Duration.ofSeconds(10), new CountWindowAggregate(KEY.keySchema()));

    @Test
    void countsPerKeyAndWindowAndFiresOnWatermark() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(FACTORY, harness -> {
            harness.processElements(INPUT,
                    "+I[alice, 1970-01-01 00:00:01]", "+I[bob, 1970-01-01 00:00:02]",
                    "+I[alice, 1970-01-01 00:00:09.999]", "+I[alice, 1970-01-01 00:00:10]");
            harness.processWatermark(9_998);
            harness.processWatermark(9_999);
            harness.processElements(INPUT, "+I[bob, 1970-01-01 00:00:05]", "+I[bob, 1970-01-01 00:00:15]");
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly(
                "W(9998)",
                "+I[alice, 1970-01-01T00:00, 1970-01-01T00:00:10, 2]",
                "+I[bob, 1970-01-01T00:00, 1970-01-01T00:00:10, 1]",
                "W(9999)",
                "+I[alice, 1970-01-01T00:00:10, 1970-01-01T00:00:20, 1]",
                "+I[bob, 1970-01-01T00:00:10, 1970-01-01T00:00:20, 1]",
                "W(MAX)");
    }

    @Test
    void lateRowsAreDroppedAndCounted() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(FACTORY).open()) {
            harness.processWatermark(20_000);
            harness.processElements(INPUT, "+I[a, 1970-01-01 00:00:19.999]", "+I[a, 1970-01-01 00:00:20.001]");
            assertThat(harness.metrics().counter(EventTimeWindowOperator.LATE_RECORDS_DROPPED).get()).isEqualTo(1);
            harness.endInput();
            assertThat(harness.recordStrings()).containsExactly("+I[a, 1970-01-01T00:00:20, 1970-01-01T00:00:30, 1]");
        }
    }

    @Test
    void windowStateRedistributesToAnotherParallelism() throws Exception {
        OperatorSnapshot snapshot;
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(FACTORY).open()) {
            for (int user = 0; user < 20; user++) {
                harness.processElements(INPUT, "+I[u" + user + ", 1970-01-01 00:00:01]");
            }
            snapshot = harness.snapshot();
        }
        int fired = 0;
        for (int subtask = 0; subtask < 3; subtask++) {
            OperatorSnapshot part = OperatorSnapshot.redistribute(List.of(snapshot),
                    KeyGroupAssignment.rangeForSubtask(128, 3, subtask), subtask, 3);
            try (OneInputOperatorHarness harness = new OneInputOperatorHarness(FACTORY).subtask(subtask, 3).open(part)) {
                harness.endInput();
                fired += harness.records().size();
            }
        }
        assertThat(fired).isEqualTo(20);
    }

    @Test
    void hoppingWindowsCountEachRowInEveryWindowItFallsIn() throws Exception {
        OperatorFactory hop = () -> new EventTimeWindowOperator<>(KEY, 1,
                WindowAssigner.hopping(Duration.ofSeconds(10), Duration.ofSeconds(5)), new CountWindowAggregate(KEY.keySchema()));
        List<OutputEvent> events = assertSameOutputWithRestores(hop, harness -> {
            harness.processElements(INPUT, "+I[a, 1970-01-01 00:00:01]", "+I[a, 1970-01-01 00:00:06]", "+I[a, 1970-01-01 00:00:12]");
            harness.processWatermark(9_999);
            harness.processElements(INPUT, "+I[a, 1970-01-01 00:00:04]");
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly(
                "+I[a, 1969-12-31T23:59:55, 1970-01-01T00:00:05, 1]",
                "+I[a, 1970-01-01T00:00, 1970-01-01T00:00:10, 2]",
                "W(9999)",
                "+I[a, 1970-01-01T00:00:05, 1970-01-01T00:00:15, 2]",
                "+I[a, 1970-01-01T00:00:10, 1970-01-01T00:00:20, 1]",
                "W(MAX)");
    }

    @Test
    void cumulativeWindowsGrowByStepUpToTheMaxSize() throws Exception {
        OperatorFactory cumulate = () -> new EventTimeWindowOperator<>(KEY, 1,
                WindowAssigner.cumulative(Duration.ofSeconds(2), Duration.ofSeconds(6)), new CountWindowAggregate(KEY.keySchema()));
        List<OutputEvent> events = assertSameOutputWithRestores(cumulate, harness -> {
            harness.processElements(INPUT, "+I[a, 1970-01-01 00:00:01]", "+I[a, 1970-01-01 00:00:03]", "+I[a, 1970-01-01 00:00:07]");
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly(
                "+I[a, 1970-01-01T00:00, 1970-01-01T00:00:02, 1]",
                "+I[a, 1970-01-01T00:00, 1970-01-01T00:00:04, 2]",
                "+I[a, 1970-01-01T00:00, 1970-01-01T00:00:06, 2]",
                "+I[a, 1970-01-01T00:00:06, 1970-01-01T00:00:08, 1]",
                "+I[a, 1970-01-01T00:00:06, 1970-01-01T00:00:10, 1]",
                "+I[a, 1970-01-01T00:00:06, 1970-01-01T00:00:12, 1]",
                "W(MAX)");
    }

    @Test
    void assignersRejectInconsistentSizes() {
        assertThatThrownBy(() -> WindowAssigner.hopping(Duration.ofSeconds(10), Duration.ofSeconds(3)))
                .hasMessage("HOP window size PT10S must be a multiple of the slide PT3S");
        assertThatThrownBy(() -> WindowAssigner.cumulative(Duration.ofSeconds(4), Duration.ofSeconds(6)))
                .hasMessage("CUMULATE max size PT6S must be a multiple of the step PT4S");
        assertThatThrownBy(() -> WindowAssigner.tumbling(Duration.ZERO)).hasMessage("window size must be positive, got PT0S");
    }

    @Test
    void nullRowtimeFailsWithTheField() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(FACTORY).open()) {
            assertThatThrownBy(() -> harness.processElements(INPUT, "+I[a, null]"))
                    .hasMessageContaining("the rowtime field ts is null in +I[a, null]");
        }
    }
}
