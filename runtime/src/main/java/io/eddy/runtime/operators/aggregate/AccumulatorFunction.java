package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.StateTtl;
import java.util.List;

/**
 * One aggregate function working on its fields of a shared accumulator row, from {@link #offset} on.
 * The driver ({@link Aggregations}) skips rows whose FILTER is not true and (except for COUNT(*)) rows
 * with a null argument, and handles DISTINCT, so functions see only values that count.
 */
abstract class AccumulatorFunction {

    protected final AggregateCall call;
    protected final int argument;
    protected int offset;

    AccumulatorFunction(AggregateCall call) {
        this.call = call;
        this.argument = call.arguments().isEmpty() ? -1 : call.argument();
    }

    /** The fields this function keeps in the accumulator row. */
    abstract List<RowSchema.Field> accumulatorFields();

    /** Called once the layout is fixed, with the index of this function's first accumulator field. */
    final void bind(int firstField) {
        this.offset = firstField;
    }

    /** Creates per-key state beyond the accumulator row (retraction maps); none by default. */
    void open(KeyedStateBackend backend, StateTtl ttl, String stateName) {
    }

    /** Sets the initial values of this function's accumulator fields. */
    abstract void initialize(Row accumulator);

    abstract void accumulate(Row accumulator, Row input);

    abstract void retract(Row accumulator, Row input);

    /**
     * Whether {@link #merge} gives exactly the result of accumulating both inputs into one row, so
     * windows can be merged from slices: false by default (functions keeping values in map state,
     * or approximate sums whose rounding depends on the order of additions).
     */
    boolean mergeable() {
        return false;
    }

    /** Adds what {@code other} accumulated into {@code accumulator}; only when {@link #mergeable()}. */
    void merge(Row accumulator, Row other) {
        throw new UnsupportedOperationException(call.kind() + " of " + call.name() + " cannot merge accumulators");
    }

    /** Writes the current result into {@code target[field]} (null when there is none). */
    abstract void result(Row accumulator, Row target, int field);

    /** Drops the state of the current key beyond the accumulator row. */
    void clearKey() {
    }

    protected final String field(String suffix) {
        return call.name() + "$" + suffix;
    }

    protected final UnsupportedOperationException notRetractable() {
        return new UnsupportedOperationException(call.kind() + " of " + call.name()
                + " was built for an append-only input and cannot retract; build the operator for a changelog input");
    }
}
