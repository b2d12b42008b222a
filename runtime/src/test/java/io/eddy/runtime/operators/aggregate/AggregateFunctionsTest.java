package io.eddy.runtime.operators.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each function under accumulate and retract, through a changelog group aggregate restored after every input. */
class AggregateFunctionsTest {

    private static final RowSchema LONGS = RowSchema.of("k", FieldType.STRING, "v", FieldType.BIGINT, "f", FieldType.BOOLEAN);

    private static List<String> aggregate(RowSchema schema, List<AggregateCall> calls, String... rows) throws Exception {
        return GroupAggregateOperatorTest.run(GroupAggregateOperator.factory(schema, new int[] {0}, calls, true), schema, rows);
    }

    private static AggregateCall call(AggregateKind kind, FieldType argument, FieldType result) {
        return AggregateCall.of(kind.name().toLowerCase(), kind, 1, argument, result);
    }

    @Test
    void countSumAndSum0IgnoreNullsAndSumIsNullOnceEveryValueIsRetracted() throws Exception {
        List<AggregateCall> calls = List.of(AggregateCall.countStar("rows"), AggregateCall.count("values", FieldType.BIGINT, 1),
                call(AggregateKind.SUM, FieldType.BIGINT, FieldType.BIGINT), call(AggregateKind.SUM0, FieldType.BIGINT, FieldType.BIGINT));
        assertThat(aggregate(LONGS, calls, "+I[a, null, true]", "+I[a, 4, true]", "-D[a, 4, true]")).containsExactly(
                "+I[a, 1, 0, null, 0]",
                "-U[a, 1, 0, null, 0]", "+U[a, 2, 1, 4, 4]",
                "-U[a, 2, 1, 4, 4]", "+U[a, 1, 0, null, 0]");
    }

    @Test
    void minAndMaxFallBackToTheNextValueWhenTheExtremeIsRetracted() throws Exception {
        List<AggregateCall> calls = List.of(call(AggregateKind.MIN, FieldType.BIGINT, FieldType.BIGINT),
                call(AggregateKind.MAX, FieldType.BIGINT, FieldType.BIGINT));
        assertThat(aggregate(LONGS, calls, "+I[a, 5, true]", "+I[a, 3, true]", "+I[a, 3, true]", "+I[a, 8, true]",
                "-D[a, 3, true]", "-D[a, 3, true]", "-D[a, 8, true]", "-D[a, 7, true]", "-D[a, 5, true]")).containsExactly(
                "+I[a, 5, 5]",
                "-U[a, 5, 5]", "+U[a, 3, 5]",
                "-U[a, 3, 5]", "+U[a, 3, 8]",
                "-U[a, 3, 8]", "+U[a, 5, 8]",
                "-U[a, 5, 8]", "+U[a, 5, 5]",
                // the row count reaches 0 with the fourth retraction (a value never seen still counts as a row)
                "-D[a, 5, 5]");
    }

    @Test
    void minAndMaxOrderStringsDecimalsAndDoubles() throws Exception {
        RowSchema schema = RowSchema.of("k", FieldType.STRING, "s", FieldType.STRING, "d", FieldType.decimal(10, 2), "x", FieldType.DOUBLE);
        List<AggregateCall> calls = List.of(
                AggregateCall.of("min_s", AggregateKind.MIN, 1, FieldType.STRING, FieldType.STRING),
                AggregateCall.of("max_d", AggregateKind.MAX, 2, FieldType.decimal(10, 2), FieldType.decimal(10, 2)),
                AggregateCall.of("min_x", AggregateKind.MIN, 3, FieldType.DOUBLE, FieldType.DOUBLE));
        assertThat(aggregate(schema, calls, "+I[a, b, 10.50, -1.5]", "+I[a, a, 9.99, 2.0]", "-D[a, a, 9.99, -1.5]")).containsExactly(
                "+I[a, b, 10.50, -1.5]",
                "-U[a, b, 10.50, -1.5]", "+U[a, a, 10.50, -1.5]",
                "-U[a, a, 10.50, -1.5]", "+U[a, b, 10.50, 2.0]");
    }

    @Test
    void firstAndLastValueFollowArrivalOrderIgnoreNullsAndSurviveRetraction() throws Exception {
        List<AggregateCall> calls = List.of(call(AggregateKind.FIRST_VALUE, FieldType.BIGINT, FieldType.BIGINT),
                call(AggregateKind.LAST_VALUE, FieldType.BIGINT, FieldType.BIGINT));
        assertThat(aggregate(LONGS, calls, "+I[a, null, true]", "+I[a, 1, true]", "+I[a, 2, true]", "+I[a, null, true]",
                "+I[a, 3, true]", "-D[a, 1, true]", "-D[a, 3, true]")).containsExactly(
                "+I[a, null, null]",
                "-U[a, null, null]", "+U[a, 1, 1]",
                "-U[a, 1, 1]", "+U[a, 1, 2]",
                "-U[a, 1, 2]", "+U[a, 1, 3]",
                "-U[a, 1, 3]", "+U[a, 2, 3]",
                "-U[a, 2, 3]", "+U[a, 2, 2]");
    }

    @Test
    void listAggJoinsInArrivalOrderWithItsSeparatorAndRemovesRetractedValues() throws Exception {
        RowSchema schema = RowSchema.of("k", FieldType.STRING, "s", FieldType.STRING);
        List<AggregateCall> calls = List.of(
                AggregateCall.of("names", AggregateKind.LISTAGG, 1, FieldType.STRING, FieldType.STRING),
                AggregateCall.of("dashed", AggregateKind.LISTAGG, 1, FieldType.STRING, FieldType.STRING).withSeparator("-"));
        assertThat(aggregate(schema, calls, "+I[a, x]", "+I[a, y]", "+I[a, null]", "+I[a, x]", "-D[a, x]", "-D[a, y]", "-D[a, x]"))
                .containsExactly(
                "+I[a, x, x]",
                "-U[a, x, x]", "+U[a, x,y, x-y]",
                "-U[a, x,y, x-y]", "+U[a, x,y,x, x-y-x]",
                "-U[a, x,y,x, x-y-x]", "+U[a, y,x, y-x]",
                "-U[a, y,x, y-x]", "+U[a, x, x]",
                "-U[a, x, x]", "+U[a, null, null]");
    }

    @Test
    void averagesTruncateIntegersAndRoundDecimals() throws Exception {
        RowSchema schema = RowSchema.of("k", FieldType.STRING, "i", FieldType.INT, "d", FieldType.decimal(10, 2), "x", FieldType.DOUBLE);
        List<AggregateCall> calls = List.of(
                AggregateCall.of("avg_i", AggregateKind.AVG, 1, FieldType.INT, FieldType.INT),
                AggregateCall.of("avg_d", AggregateKind.AVG, 2, FieldType.decimal(10, 2), FieldType.decimal(38, 6)),
                AggregateCall.of("avg_x", AggregateKind.AVG, 3, FieldType.DOUBLE, FieldType.DOUBLE));
        assertThat(aggregate(schema, calls, "+I[a, 1, 1.00, 1.0]", "+I[a, 2, 2.00, 2.0]", "+I[a, 2, 2.00, null]",
                "-D[a, 1, 1.00, 1.0]", "-D[a, 2, 2.00, 2.0]")).containsExactly(
                "+I[a, 1, 1.000000, 1.0]",
                "-U[a, 1, 1.000000, 1.0]", "+U[a, 1, 1.500000, 1.5]",
                "-U[a, 1, 1.500000, 1.5]", "+U[a, 1, 1.666667, 1.5]",
                "-U[a, 1, 1.666667, 1.5]", "+U[a, 2, 2.000000, 2.0]",
                "-U[a, 2, 2.000000, 2.0]", "+U[a, 2, 2.000000, null]");
    }

    @Test
    void sumsStayInTheirTypeAndIntegersWrapAsInFlink() throws Exception {
        RowSchema schema = RowSchema.of("k", FieldType.STRING, "t", FieldType.TINYINT, "i", FieldType.INT, "r", FieldType.FLOAT,
                "d", FieldType.decimal(5, 1));
        List<AggregateCall> calls = List.of(
                AggregateCall.of("sum_t", AggregateKind.SUM, 1, FieldType.TINYINT, FieldType.TINYINT),
                AggregateCall.of("sum_i", AggregateKind.SUM, 2, FieldType.INT, FieldType.INT),
                AggregateCall.of("sum_r", AggregateKind.SUM, 3, FieldType.FLOAT, FieldType.FLOAT),
                AggregateCall.of("sum_d", AggregateKind.SUM, 4, FieldType.decimal(5, 1), FieldType.decimal(38, 1)));
        assertThat(aggregate(schema, calls, "+I[a, 100, 2147483647, 0.5, 1.5]", "+I[a, 100, 1, 0.25, 2.5]")).containsExactly(
                "+I[a, 100, 2147483647, 0.5, 1.5]",
                "-U[a, 100, 2147483647, 0.5, 1.5]", "+U[a, -56, -2147483648, 0.75, 4.0]");
    }

    @Test
    void distinctCallsCountEachValueOnceUntilItsLastCopyIsRetracted() throws Exception {
        List<AggregateCall> calls = List.of(AggregateCall.count("cd", FieldType.BIGINT, 1).asDistinct(),
                call(AggregateKind.SUM, FieldType.BIGINT, FieldType.BIGINT).asDistinct(),
                call(AggregateKind.MAX, FieldType.BIGINT, FieldType.BIGINT).asDistinct());
        assertThat(aggregate(LONGS, calls, "+I[a, 1, true]", "+I[a, 1, true]", "+I[a, 2, true]", "-D[a, 2, true]",
                "-D[a, 1, true]", "-D[a, 1, true]")).containsExactly(
                "+I[a, 1, 1, 1]",
                "-U[a, 1, 1, 1]", "+U[a, 2, 3, 2]",
                "-U[a, 2, 3, 2]", "+U[a, 1, 1, 1]",
                "-D[a, 1, 1, 1]");
    }

    @Test
    void filteredCallsCountOnlyRowsWhoseFilterIsTrue() throws Exception {
        List<AggregateCall> calls = List.of(AggregateCall.countStar("all"), AggregateCall.countStar("flagged").filteredBy(2),
                call(AggregateKind.SUM, FieldType.BIGINT, FieldType.BIGINT).filteredBy(2),
                AggregateCall.count("distinct_flagged", FieldType.BIGINT, 1).asDistinct().filteredBy(2));
        assertThat(aggregate(LONGS, calls, "+I[a, 1, true]", "+I[a, 2, false]", "+I[a, 1, null]", "+I[a, 1, true]",
                "-D[a, 1, true]", "-D[a, 2, false]")).containsExactly(
                "+I[a, 1, 1, 1, 1]",
                "-U[a, 1, 1, 1, 1]", "+U[a, 2, 1, 1, 1]",
                "-U[a, 2, 1, 1, 1]", "+U[a, 3, 1, 1, 1]",
                "-U[a, 3, 1, 1, 1]", "+U[a, 4, 2, 2, 1]",
                "-U[a, 4, 2, 2, 1]", "+U[a, 3, 1, 1, 1]",
                "-U[a, 3, 1, 1, 1]", "+U[a, 2, 1, 1, 1]");
    }

    @Test
    void countOfSeveralArgumentsCountsRowsWhereAllAreNonNull() throws Exception {
        List<AggregateCall> calls = List.of(AggregateCall.count("both", FieldType.BIGINT, 1, 2),
                AggregateCall.count("distinct_pairs", FieldType.BIGINT, 1, 2).asDistinct());
        assertThat(aggregate(LONGS, calls, "+I[a, 1, true]", "+I[a, 1, null]", "+I[a, 1, true]", "+I[a, 1, false]")).containsExactly(
                "+I[a, 1, 1]",
                "-U[a, 1, 1]", "+U[a, 2, 1]",
                "-U[a, 2, 1]", "+U[a, 3, 2]");
    }
}
