package io.eddy.runtime.operators.aggregate;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operators.WindowAssigner;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowAssignOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("k", FieldType.STRING, "ts", FieldType.timestamp(3));
    private static final RowSchema OUTPUT = RowSchema.of("k", FieldType.STRING, "ts", FieldType.timestamp(3),
            "window_start", FieldType.timestamp(3), "window_end", FieldType.timestamp(3), "window_time", FieldType.timestamp(3));

    private static List<String> run(WindowAssigner assigner, String... rows) throws Exception {
        OperatorFactory factory = () -> new WindowAssignOperator(OUTPUT, 1, assigner);
        List<OutputEvent> events = assertSameOutputWithRestores(factory, harness -> {
            harness.processElements(INPUT, rows);
            harness.endInput();
        });
        return events.stream().map(Object::toString).toList();
    }

    @Test
    void tumblingWindowsEmitEachRowOnceWithItsWindow() throws Exception {
        assertThat(run(WindowAssigner.tumbling(Duration.ofSeconds(10)), "+I[a, 1970-01-01 00:00:09.999]",
                "-D[b, 1970-01-01 00:00:10]", "+I[c, null]")).containsExactly(
                "+I[a, 1970-01-01T00:00:09.999, 1970-01-01T00:00, 1970-01-01T00:00:10, 1970-01-01T00:00:09.999]",
                "-D[b, 1970-01-01T00:00:10, 1970-01-01T00:00:10, 1970-01-01T00:00:20, 1970-01-01T00:00:19.999]",
                "W(MAX)");
    }

    @Test
    void hoppingWindowsEmitEachRowOncePerWindowEarliestFirst() throws Exception {
        assertThat(run(WindowAssigner.hopping(Duration.ofSeconds(10), Duration.ofSeconds(5)), "+I[a, 1970-01-01 00:00:06]"))
                .containsExactly(
                        "+I[a, 1970-01-01T00:00:06, 1970-01-01T00:00, 1970-01-01T00:00:10, 1970-01-01T00:00:09.999]",
                        "+I[a, 1970-01-01T00:00:06, 1970-01-01T00:00:05, 1970-01-01T00:00:15, 1970-01-01T00:00:14.999]",
                        "W(MAX)");
    }
}
