package io.eddy.runtime.operators.rank;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.operator.OneInputOperator;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.ValueState;

/**
 * {@code LIMIT n [OFFSET m]} without ORDER BY over append-only input: emits rows {@code m + 1} to
 * {@code m + n} in arrival order as {@code +I}, then nothing (Flink's first-N). The count is keyed
 * state under the {@linkplain EmptyKeySelector empty key}, so the operator runs with parallelism 1.
 * Use {@link #create} to get the operator for any input: changelog input gets a retracting Top-N
 * without order (a retracted row frees its place for the next row in arrival order).
 */
public final class LimitOperator extends AbstractOneInputOperator {

    private final RankRange range;
    private ValueState<Long> seen;

    private LimitOperator(RankRange range) {
        super(EmptyKeySelector.INSTANCE);
        this.range = requireNonNull(range, "range is null");
    }

    /**
     * The operator for {@code LIMIT fetch OFFSET offset} without ORDER BY.
     *
     * @param appendOnlyInput whether the input holds only inserts
     */
    public static OneInputOperator create(RowSchema inputSchema, long offset, long fetch, boolean appendOnlyInput) {
        RankRange range = range(offset, fetch);
        if (appendOnlyInput) {
            return new LimitOperator(range);
        }
        return TopNOperator.create(new TopNSpec(EmptyKeySelector.INSTANCE, inputSchema, SortSpec.none(), range, false), false);
    }

    /** {@code ORDER BY ... LIMIT fetch OFFSET offset} on a non-time order: a global Top-N without rank number. */
    public static TopNOperator sortLimit(RowSchema inputSchema, SortSpec sort, long offset, long fetch, boolean appendOnlyInput) {
        return sortLimit(inputSchema, sort, offset, fetch, appendOnlyInput, SortCode.INTERPRETED);
    }

    /** As {@link #sortLimit(RowSchema, SortSpec, long, long, boolean)}, running the generated sort code. */
    public static TopNOperator sortLimit(RowSchema inputSchema, SortSpec sort, long offset, long fetch, boolean appendOnlyInput,
                                         SortCode sortCode) {
        return TopNOperator.create(new TopNSpec(EmptyKeySelector.INSTANCE, inputSchema, sort, range(offset, fetch), false, true,
                sortCode), appendOnlyInput);
    }

    private static RankRange range(long offset, long fetch) {
        if (offset < 0) {
            throw new IllegalArgumentException("OFFSET must not be negative, got " + offset);
        }
        if (fetch < 1) {
            throw new IllegalArgumentException("a streaming LIMIT needs at least 1 row, got " + fetch);
        }
        return new RankRange(offset + 1, offset + fetch);
    }

    @Override
    public void open() {
        seen = keyedStateBackend().valueState(StateDescriptor.value("limit-seen", Serializers.LONG));
    }

    @Override
    public void processElement(Row row) {
        if (row.getKind() != RowKind.INSERT) {
            throw new IllegalStateException("LIMIT over append-only input received " + row);
        }
        keyedStateBackend().setCurrentKey(EmptyKeySelector.INSTANCE.getKey(row));
        Long count = seen.value();
        long rank = count == null ? 1 : count + 1;
        if (rank > range.end()) {
            return;
        }
        seen.update(rank);
        if (range.contains(rank)) {
            output.collect(row);
        }
    }

    @Override
    public String toString() {
        return "Limit(" + range + ")";
    }
}
