package io.eddy.runtime.operators;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.TypeSerializer;

/**
 * What a window operator computes per key and window: an accumulator folded over the window's rows
 * and turned into an output row when the window fires.
 *
 * @param <A> the accumulator type; treated as an immutable value (add returns the new accumulator)
 */
public interface WindowAggregate<A> {

    A createAccumulator();

    A add(A accumulator, Row row);

    /** The output row for one fired window of one key. */
    Row result(Row key, long windowStart, long windowEnd, A accumulator);

    TypeSerializer<A> accumulatorSerializer();
}
