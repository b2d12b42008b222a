package io.eddy.runtime.operators.join;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowCondition;

/**
 * What every join operator is told by the planner: the join type, the two input schemas, the
 * equi-join keys of each side and the non-equi remainder of the condition.
 *
 * @param joinType INNER, LEFT, RIGHT or FULL
 * @param leftSchema the schema of input 1
 * @param rightSchema the schema of input 2
 * @param leftKeySelector the equi-join key of input 1, also how input 1 is hash-partitioned
 * @param rightKeySelector the equi-join key of input 2: key rows equal (same types) to the left ones for matching rows
 * @param condition the rest of the join condition, or {@code null} when there is none (always true)
 */
public record JoinSpec(JoinType joinType, RowSchema leftSchema, RowSchema rightSchema, KeySelector leftKeySelector,
                       KeySelector rightKeySelector, RowCondition condition) {

    public JoinSpec {
        requireNonNull(joinType, "joinType is null");
        requireNonNull(leftSchema, "leftSchema is null");
        requireNonNull(rightSchema, "rightSchema is null");
        requireNonNull(leftKeySelector, "leftKeySelector is null");
        requireNonNull(rightKeySelector, "rightKeySelector is null");
    }

    /** The same join with another type (for tests and plans that derive one join from another). */
    public JoinSpec withJoinType(JoinType newJoinType) {
        return new JoinSpec(newJoinType, leftSchema, rightSchema, leftKeySelector, rightKeySelector, condition);
    }

    @Override
    public String toString() {
        return joinType + " join on " + leftKeySelector + " = " + rightKeySelector + (condition == null ? "" : " and a condition");
    }
}
