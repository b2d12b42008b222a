package io.eddy.runtime.operators.aggregate;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.operator.OperatorFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupAggregateOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("k", FieldType.STRING, "v", FieldType.BIGINT);

    static List<String> run(OperatorFactory factory, RowSchema schema, String... rows) throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(factory, harness -> {
            harness.processElements(schema, rows);
            harness.endInput();
        });
        return events.stream().filter(event -> event instanceof OutputEvent.Record).map(Object::toString).toList();
    }

    @Test
    void emitsInsertThenUpdatePairsThenDeleteWhenTheLastRowIsRetracted() throws Exception {
        OperatorFactory factory = GroupAggregateOperator.factory(INPUT, new int[] {0},
                List.of(AggregateCall.countStar("cnt"), AggregateCall.of("total", AggregateKind.SUM, 1, FieldType.BIGINT, FieldType.BIGINT)),
                true);
        assertThat(run(factory, INPUT, "+I[a, 1]", "+I[b, 2]", "+I[a, 3]", "-D[a, 1]", "-U[a, 3]", "+I[a, 7]")).containsExactly(
                "+I[a, 1, 1]", "+I[b, 1, 2]",
                "-U[a, 1, 1]", "+U[a, 2, 4]",
                "-U[a, 2, 4]", "+U[a, 1, 3]",
                "-D[a, 1, 3]",
                "+I[a, 1, 7]");
    }

    @Test
    void withoutUpdateBeforeAChangedResultIsAPlusUAlone() throws Exception {
        OperatorFactory factory = GroupAggregateOperator.factory(INPUT, new int[] {0},
                List.of(AggregateCall.countStar("cnt"), AggregateCall.of("total", AggregateKind.SUM, 1, FieldType.BIGINT, FieldType.BIGINT)),
                true, AggregateCode.INTERPRETED, false);
        assertThat(run(factory, INPUT, "+I[a, 1]", "+I[a, 3]", "-U[a, 3]", "-D[a, 1]", "+I[a, 7]")).containsExactly(
                "+I[a, 1, 1]", "+U[a, 2, 4]", "+U[a, 1, 1]", "-D[a, 1, 1]", "+I[a, 1, 7]");
    }

    @Test
    void anUnchangedResultEmitsNothing() throws Exception {
        OperatorFactory factory = GroupAggregateOperator.factory(INPUT, new int[] {0},
                List.of(AggregateCall.of("top", AggregateKind.MAX, 1, FieldType.BIGINT, FieldType.BIGINT)), false);
        assertThat(run(factory, INPUT, "+I[a, 5]", "+I[a, 3]", "+I[a, 5]", "+I[a, 9]"))
                .containsExactly("+I[a, 5]", "-U[a, 5]", "+U[a, 9]");
    }

    @Test
    void withStateTtlEveryChangeIsEmittedAndExpiredKeysStartAgain() throws Exception {
        OperatorFactory factory = GroupAggregateOperator.factory(INPUT, new int[] {0},
                List.of(AggregateCall.of("top", AggregateKind.MAX, 1, FieldType.BIGINT, FieldType.BIGINT)), false);
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(factory)
                .configuration(new Configuration().set(RuntimeOptions.STATE_TTL, "10 s")).open()) {
            harness.processElements(INPUT, "+I[a, 5]", "+I[a, 3]");
            harness.clock().set(20_000);
            harness.processElements(INPUT, "+I[a, 1]");
            assertThat(harness.recordStrings()).containsExactly("+I[a, 5]", "-U[a, 5]", "+U[a, 5]", "+I[a, 1]");
        }
    }

    @Test
    void retractionsOfUnknownKeysAreIgnored() throws Exception {
        OperatorFactory factory = GroupAggregateOperator.factory(INPUT, new int[] {0}, List.of(AggregateCall.countStar("cnt")), true);
        assertThat(run(factory, INPUT, "-D[x, 1]", "-U[y, 2]", "+I[x, 1]")).containsExactly("+I[x, 1]");
    }

    @Test
    void globalAggregateEmitsInsertThenUpdatesAndNothingForAnEmptyInput() throws Exception {
        OperatorFactory factory = GroupAggregateOperator.factory(INPUT, new int[0],
                List.of(AggregateCall.countStar("cnt"), AggregateCall.of("total", AggregateKind.SUM, 1, FieldType.BIGINT, FieldType.BIGINT)),
                true);
        assertThat(run(factory, INPUT, "+I[a, 1]", "+I[b, 2]", "-D[a, 1]")).containsExactly(
                "+I[1, 1]", "-U[1, 1]", "+U[2, 3]", "-U[2, 3]", "+U[1, 2]");
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(factory).open()) {
            harness.endInput();
            assertThat(harness.records()).isEmpty();
        }
    }

    @Test
    void outputSchemaIsGroupFieldsThenResults() {
        GroupAggregateOperator operator = new GroupAggregateOperator(INPUT, new int[] {0},
                List.of(AggregateCall.of("avg_v", AggregateKind.AVG, 1, FieldType.BIGINT, FieldType.BIGINT)), false);
        assertThat(operator.outputSchema()).hasToString("(k STRING, avg_v BIGINT)");
    }

    @Test
    void anAppendOnlyOperatorRefusesRetractions() throws Exception {
        OperatorFactory factory = GroupAggregateOperator.factory(INPUT, new int[] {0}, List.of(AggregateCall.countStar("cnt")), false);
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(factory).open()) {
            assertThatThrownBy(() -> harness.processElements(INPUT, "-D[a, 1]"))
                    .hasMessage("group aggregate harness received -D[a, 1] but was built for an append-only input;"
                            + " build it with changelogInput = true");
        }
    }

    @Test
    void callsAreCheckedAgainstTheInputSchema() {
        assertThatThrownBy(() -> new GroupAggregateOperator(INPUT, new int[] {0},
                List.of(AggregateCall.of("s", AggregateKind.SUM, 0, FieldType.BIGINT, FieldType.BIGINT)), false))
                .hasMessage("argument field 0 of SUM($0) AS s BIGINT is STRING in (k STRING, v BIGINT)");
        assertThatThrownBy(() -> new GroupAggregateOperator(INPUT, new int[] {0},
                List.of(AggregateCall.countStar("c").filteredBy(1)), false))
                .hasMessage("the FILTER field 1 of COUNT_STAR(*) FILTER $1 AS c BIGINT is not a BOOLEAN field of (k STRING, v BIGINT)");
        assertThatThrownBy(() -> AggregateCall.of("s", AggregateKind.SUM, 1, FieldType.STRING, FieldType.STRING))
                .hasMessage("SUM needs a numeric argument, not STRING: s");
        assertThatThrownBy(() -> new GroupAggregateOperator(INPUT, new int[] {5}, List.of(AggregateCall.countStar("c")), false))
                .hasMessage("group field 5 is not in (k STRING, v BIGINT)");
    }
}
