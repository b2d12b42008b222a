package io.eddy.runtime.operators.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which calls generated accumulator code takes over, and how operators check generated keys. */
class AggregateCodeTest {

    private static final RowSchema INPUT = RowSchema.of("k", FieldType.STRING, "v", FieldType.BIGINT);

    @Test
    void generatedCodeTakesTheCallsWithoutMapState() {
        AggregateCall sum = AggregateCall.of("s", AggregateKind.SUM, 1, FieldType.BIGINT, FieldType.BIGINT);
        AggregateCall max = AggregateCall.of("m", AggregateKind.MAX, 1, FieldType.BIGINT, FieldType.BIGINT);
        AggregateCall first = AggregateCall.of("f", AggregateKind.FIRST_VALUE, 1, FieldType.BIGINT, FieldType.BIGINT);
        AggregateCall listAgg = AggregateCall.of("l", AggregateKind.LISTAGG, 0, FieldType.STRING, FieldType.STRING);
        assertThat(AggregateCode.generatable(AggregateCall.countStar("c"), true)).isTrue();
        assertThat(AggregateCode.generatable(sum.filteredBy(0), true)).isTrue();
        assertThat(AggregateCode.generatable(sum.asDistinct(), false)).isFalse();
        assertThat(AggregateCode.generatable(max, false)).isTrue();
        assertThat(AggregateCode.generatable(max, true)).isFalse();
        assertThat(AggregateCode.generatable(first, false)).isFalse();
        assertThat(AggregateCode.generatable(listAgg, false)).isFalse();
    }

    @Test
    void aKeySelectorOfTheWrongKeyIsRefused() {
        AggregateCode code = new AggregateCode(() -> new FieldKeySelector(INPUT, 1), null);
        assertThatThrownBy(() -> new GroupAggregateOperator(INPUT, new int[] {0}, List.of(AggregateCall.countStar("c")),
                false, code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the operator needs");
    }

    @Test
    void withoutFactoriesTheHandWrittenPathRuns() {
        assertThat(AggregateCode.INTERPRETED.keySelector(INPUT, new int[] {0})).isInstanceOf(ReusingKeySelector.class);
        assertThat(AggregateCode.INTERPRETED.newAccumulators()).isNull();
        AggregateAccumulators accumulators = new AggregateAccumulators(INPUT,
                List.of(AggregateCall.countStar("c"), AggregateCall.of("s", AggregateKind.SUM, 1, FieldType.BIGINT,
                        FieldType.BIGINT)), false);
        assertThat(accumulators.accumulatorOffsets()).containsExactly(1, 2);
    }
}
