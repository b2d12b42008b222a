package io.eddy.runtime.function;

import io.eddy.runtime.data.Row;

/**
 * A condition over a pair of rows, as the non-equi part of a join condition: fields of the left
 * row come first, then those of the right row. SQL's unknown (null) counts as false.
 */
@FunctionalInterface
public interface RowCondition {

    /** Whether the pair satisfies the condition. */
    boolean test(Row left, Row right);
}
