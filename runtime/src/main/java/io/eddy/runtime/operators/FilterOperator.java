package io.eddy.runtime.operators;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import java.util.function.Predicate;

/** Forwards the rows that satisfy a predicate. */
public final class FilterOperator extends AbstractOneInputOperator {

    private final Predicate<Row> predicate;

    public FilterOperator(Predicate<Row> predicate) {
        this.predicate = requireNonNull(predicate, "predicate is null");
    }

    @Override
    public void processElement(Row row) {
        if (predicate.test(row)) {
            output.collect(row);
        }
    }
}
