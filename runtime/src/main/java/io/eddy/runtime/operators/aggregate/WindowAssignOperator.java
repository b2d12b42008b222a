package io.eddy.runtime.operators.aggregate;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.operators.WindowAssigner;
import java.util.function.LongConsumer;

/**
 * A window table function used without aggregation ({@code SELECT * FROM TABLE(TUMBLE(...))}): each
 * input row is emitted once per window its rowtime falls in (TUMBLE: once; HOP and CUMULATE: several
 * times), with {@code window_start}, {@code window_end} and {@code window_time} appended. Rows keep
 * their change kind; nothing is stored, so nothing is late.
 */
public final class WindowAssignOperator extends AbstractOneInputOperator {

    private final int inputArity;
    private final int rowtimeField;
    private final WindowAssigner assigner;
    private final Row result;
    private final LongConsumer emit = this::emit;

    /**
     * @param outputSchema the input fields followed by window_start, window_end and window_time
     * @param rowtimeField the input index of the time attribute
     * @param assigner the windows
     */
    public WindowAssignOperator(RowSchema outputSchema, int rowtimeField, WindowAssigner assigner) {
        requireNonNull(outputSchema, "outputSchema is null");
        this.inputArity = outputSchema.arity() - 3;
        if (rowtimeField < 0 || rowtimeField >= inputArity) {
            throw new IllegalArgumentException("rowtime field " + rowtimeField + " is not an input field of " + outputSchema);
        }
        this.rowtimeField = rowtimeField;
        this.assigner = requireNonNull(assigner, "assigner is null");
        this.result = new Row(outputSchema);
    }

    @Override
    public void processElement(Row row) {
        if (row.isNullAt(rowtimeField)) {
            return;
        }
        result.setKind(row.getKind());
        for (int i = 0; i < inputArity; i++) {
            result.setFieldFrom(i, row, i);
        }
        assigner.assignWindows(row.getTimestampMillis(rowtimeField), emit);
    }

    private void emit(long windowEnd) {
        result.setTimestamp(inputArity, assigner.windowStart(windowEnd));
        result.setTimestamp(inputArity + 1, windowEnd);
        result.setTimestamp(inputArity + 2, windowEnd - 1);
        output.collect(result);
    }

    @Override
    public String toString() {
        return "WindowTableFunction(" + assigner + ")";
    }
}
