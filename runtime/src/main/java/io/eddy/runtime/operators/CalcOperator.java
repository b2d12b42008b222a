package io.eddy.runtime.operators;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.function.FunctionLifecycle;
import io.eddy.runtime.function.RowTransform;
import io.eddy.runtime.operator.AbstractOneInputOperator;

/**
 * Applies a {@link RowTransform} (a query step's filter and projections, usually generated code)
 * to each row and forwards what it produces; dropped rows produce nothing. A transform that is a
 * {@link FunctionLifecycle} (it calls user-defined functions) is opened and closed with the operator.
 */
public final class CalcOperator extends AbstractOneInputOperator {

    private final RowTransform transform;

    public CalcOperator(RowTransform transform) {
        this.transform = requireNonNull(transform, "transform is null");
    }

    @Override
    public void open() throws Exception {
        super.open();
        if (transform instanceof FunctionLifecycle lifecycle) {
            lifecycle.open(context);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            if (transform instanceof FunctionLifecycle lifecycle) {
                lifecycle.close();
            }
        } finally {
            super.close();
        }
    }

    @Override
    public void processElement(Row row) {
        Row result = transform.apply(row);
        if (result != null) {
            output.collect(result);
        }
    }
}
