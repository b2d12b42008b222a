package io.eddy.runtime.operators.rank;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operator.Output;

/**
 * Emits rows of a ranking operator: copies the kept row (never modifying it, it may live in heap state)
 * into one reused output row with the given kind, appending the rank when the rank number is output.
 * The ranked variant emits only ranks inside the {@link RankRange}.
 */
final class RankedOutput {

    private final Output output;
    private final RankRange range;
    private final boolean outputRankNumber;
    private final boolean generateUpdateBefore;
    private final int inputArity;
    private final Row reused;

    RankedOutput(Output output, RowSchema inputSchema, RankRange range, boolean outputRankNumber) {
        this(output, inputSchema, range, outputRankNumber, true);
    }

    RankedOutput(Output output, RowSchema inputSchema, RankRange range, boolean outputRankNumber, boolean generateUpdateBefore) {
        this.generateUpdateBefore = generateUpdateBefore;
        this.output = requireNonNull(output, "output is null");
        this.range = requireNonNull(range, "range is null");
        this.outputRankNumber = outputRankNumber;
        this.inputArity = inputSchema.arity();
        this.reused = new Row(TopNSpec.outputSchema(inputSchema, outputRankNumber));
    }

    /** Emits {@code row} at {@code rank} if the rank is in range ({@code -U} only when update-before is generated). */
    void emit(RowKind kind, Row row, long rank) {
        if (!range.contains(rank) || (kind == RowKind.UPDATE_BEFORE && !generateUpdateBefore)) {
            return;
        }
        fill(kind, row);
        if (outputRankNumber) {
            reused.setLong(inputArity, rank);
        }
        output.collect(reused);
    }

    /** Emits {@code row} without a rank (the rank number is not output, the caller checked the range). */
    void emit(RowKind kind, Row row) {
        fill(kind, row);
        output.collect(reused);
    }

    private void fill(RowKind kind, Row row) {
        reused.setKind(kind);
        for (int i = 0; i < inputArity; i++) {
            reused.setFieldFrom(i, row, i);
        }
    }
}
