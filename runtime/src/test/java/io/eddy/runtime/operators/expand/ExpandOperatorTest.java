package io.eddy.runtime.operators.expand;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OutputEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpandOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("a", FieldType.BIGINT, "b", FieldType.STRING,
            "price", FieldType.BIGINT);
    private static final RowSchema OUTPUT = RowSchema.of("a", FieldType.BIGINT, "b", FieldType.STRING,
            "price", FieldType.BIGINT, "$e", FieldType.BIGINT);

    /** GROUPING SETS ((a, b), (a), ()): b nulled in the second set, a and b in the third. */
    private static ExpandOperator rollup() {
        return new ExpandOperator(OUTPUT, new int[][] {{0, 1, 2}, {0, -1, 2}, {-1, -1, 2}}, new long[] {0, 1, 3});
    }

    @Test
    void eachRowBecomesOneRowPerGroupingSetKeepingItsKind() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(ExpandOperatorTest::rollup, harness -> {
            harness.processElements(INPUT, "+I[1, x, 5]");
            harness.processWatermark(10);
            harness.processElements(INPUT, "-U[2, null, 7]");
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly(
                "+I[1, x, 5, 0]", "+I[1, null, 5, 1]", "+I[null, null, 5, 3]",
                "W(10)",
                "-U[2, null, 7, 0]", "-U[2, null, 7, 1]", "-U[null, null, 7, 3]",
                "W(MAX)");
    }

    @Test
    void refusesSetsThatDoNotFitTheSchema() {
        assertThatThrownBy(() -> new ExpandOperator(OUTPUT, new int[][] {{0, 1}}, new long[] {0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("grouping set 0 fills 2 fields, the schema has 3 before the grouping id");
        assertThatThrownBy(() -> new ExpandOperator(OUTPUT, new int[][] {{0, 1, 2}}, new long[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("need one grouping id per grouping set, got 1 sets and 2 ids");
        RowSchema noId = RowSchema.of("a", FieldType.BIGINT, "b", FieldType.STRING);
        assertThatThrownBy(() -> new ExpandOperator(noId, new int[][] {{0}}, new long[] {0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the last field must be the BIGINT grouping id");
    }
}
