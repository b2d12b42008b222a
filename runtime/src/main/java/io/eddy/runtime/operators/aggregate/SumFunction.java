package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.List;

/**
 * SUM, $SUM0 and AVG: a running sum plus the count of non-null values, so SUM and AVG return null once
 * every value was retracted. SUM sums in its result type; AVG in BIGINT, DOUBLE or DECIMAL(38, s) and
 * divides when asked for the result.
 */
final class SumFunction extends AccumulatorFunction {

    private final FieldType sumType;
    private final FieldKind argumentKind;

    SumFunction(AggregateCall call) {
        super(call);
        this.sumType = call.kind() == AggregateKind.AVG ? Arithmetic.averageSumType(call.argumentType()) : call.resultType();
        this.argumentKind = call.argumentType().kind();
    }

    @Override
    List<RowSchema.Field> accumulatorFields() {
        return List.of(new RowSchema.Field(field("sum"), sumType), new RowSchema.Field(field("count"), FieldType.BIGINT));
    }

    @Override
    void initialize(Row accumulator) {
        Arithmetic.setZero(accumulator, offset, sumType);
        accumulator.setLong(offset + 1, 0L);
    }

    @Override
    void accumulate(Row accumulator, Row input) {
        Arithmetic.add(accumulator, offset, sumType, input, argument, argumentKind, 1);
        accumulator.setLong(offset + 1, accumulator.getLong(offset + 1) + 1);
    }

    @Override
    void retract(Row accumulator, Row input) {
        Arithmetic.add(accumulator, offset, sumType, input, argument, argumentKind, -1);
        accumulator.setLong(offset + 1, accumulator.getLong(offset + 1) - 1);
    }

    /**
     * Exact sums only: integral sums (wrapping is modular, so the order does not matter) and DECIMAL
     * sums of values no finer than the sum's scale. FLOAT and DOUBLE sums would round differently.
     */
    @Override
    boolean mergeable() {
        return switch (sumType.kind()) {
            case TINYINT, SMALLINT, INT, BIGINT -> true;
            case DECIMAL -> Arithmetic.isIntegral(argumentKind)
                    || (argumentKind == FieldKind.DECIMAL && call.argumentType().scale() <= sumType.scale());
            default -> false;
        };
    }

    @Override
    void merge(Row accumulator, Row other) {
        Arithmetic.add(accumulator, offset, sumType, other, offset, sumType.kind(), 1);
        accumulator.setLong(offset + 1, accumulator.getLong(offset + 1) + other.getLong(offset + 1));
    }

    @Override
    void result(Row accumulator, Row target, int field) {
        long count = accumulator.getLong(offset + 1);
        switch (call.kind()) {
            case SUM0 -> {
                if (count == 0) {
                    Arithmetic.setZero(target, field, call.resultType());
                } else {
                    target.setFieldFrom(field, accumulator, offset);
                }
            }
            case AVG -> {
                if (count == 0) {
                    target.setNullAt(field);
                } else {
                    Arithmetic.divide(accumulator, offset, sumType, count, target, field, call.resultType());
                }
            }
            default -> {
                if (count == 0) {
                    target.setNullAt(field);
                } else {
                    target.setFieldFrom(field, accumulator, offset);
                }
            }
        }
    }
}
