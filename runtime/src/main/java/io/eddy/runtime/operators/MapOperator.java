package io.eddy.runtime.operators;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import java.util.function.UnaryOperator;

/** Emits {@code function(row)} for each row (a projection); the function must not modify its input. */
public final class MapOperator extends AbstractOneInputOperator {

    private final UnaryOperator<Row> function;

    public MapOperator(UnaryOperator<Row> function) {
        this.function = requireNonNull(function, "function is null");
    }

    @Override
    public void processElement(Row row) {
        output.collect(function.apply(row));
    }
}
