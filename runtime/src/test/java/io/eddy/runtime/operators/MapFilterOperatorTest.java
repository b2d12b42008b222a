package io.eddy.runtime.operators;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OutputEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapFilterOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("id", FieldType.BIGINT, "name", FieldType.STRING);
    private static final RowSchema OUTPUT = RowSchema.of("id2", FieldType.BIGINT);

    @Test
    void filterKeepsMatchingRowsAndForwardsWatermarksAndIdleness() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(() -> new FilterOperator(row -> row.getLong(0) % 2 == 0), harness -> {
            harness.processElements(INPUT, "+I[1, a]", "+I[2, b]", "-D[4, c]");
            harness.processWatermark(10);
            harness.processWatermarkStatus(true);
            harness.processElements(INPUT, "+U[6, d]");
        });
        assertThat(events).map(Object::toString).containsExactly("+I[2, b]", "-D[4, c]", "W(10)", "IDLE", "+U[6, d]");
    }

    @Test
    void mapProjectsAndKeepsTheRowKind() throws Exception {
        Row reused = new Row(OUTPUT);
        List<OutputEvent> events = assertSameOutputWithRestores(() -> new MapOperator(row -> {
            reused.setKind(row.getKind());
            reused.setLong(0, row.getLong(0) * 2);
            return reused;
        }), harness -> {
            harness.processElements(INPUT, "+I[1, a]", "-U[2, b]");
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly("+I[2]", "-U[4]", "W(MAX)");
    }
}
