package io.eddy.runtime.operators.join;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowCondition;
import java.util.Set;

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
 * @param nullSafeKeys positions (in the key rows) of keys compared with {@code IS NOT DISTINCT FROM}, where
 *                     null matches null; every other key is compared with {@code =}, so a row with a null
 *                     there matches nothing (Flink's {@code filterNullKeys})
 */
public record JoinSpec(JoinType joinType, RowSchema leftSchema, RowSchema rightSchema, KeySelector leftKeySelector,
                       KeySelector rightKeySelector, RowCondition condition, Set<Integer> nullSafeKeys) {

    public JoinSpec {
        requireNonNull(joinType, "joinType is null");
        requireNonNull(leftSchema, "leftSchema is null");
        requireNonNull(rightSchema, "rightSchema is null");
        requireNonNull(leftKeySelector, "leftKeySelector is null");
        requireNonNull(rightKeySelector, "rightKeySelector is null");
        nullSafeKeys = Set.copyOf(requireNonNull(nullSafeKeys, "nullSafeKeys is null"));
        RowSchema leftKeys = leftKeySelector.keySchema();
        RowSchema rightKeys = rightKeySelector.keySchema();
        boolean sameKinds = leftKeys.arity() == rightKeys.arity();
        for (int i = 0; sameKinds && i < leftKeys.arity(); i++) {
            sameKinds = leftKeys.kind(i) == rightKeys.kind(i);
        }
        if (!sameKinds) {
            throw new IllegalArgumentException("the join keys " + leftKeys + " and " + rightKeys
                    + " differ; cast both sides to the same types");
        }
        for (int key : nullSafeKeys) {
            if (key < 0 || key >= leftKeys.arity()) {
                throw new IllegalArgumentException("null-safe key " + key + " is not a position in the key " + leftKeys);
            }
        }
    }

    /** A join whose keys are all compared with {@code =} (the usual case). */
    public JoinSpec(JoinType joinType, RowSchema leftSchema, RowSchema rightSchema, KeySelector leftKeySelector,
                    KeySelector rightKeySelector, RowCondition condition) {
        this(joinType, leftSchema, rightSchema, leftKeySelector, rightKeySelector, condition, Set.of());
    }

    /** Whether a row with the key {@code key} can match anything: not when a key compared with {@code =} is null. */
    public boolean canMatch(Row key) {
        for (int i = 0; i < key.arity(); i++) {
            if (key.isNullAt(i) && !nullSafeKeys.contains(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return joinType + " join on " + leftKeySelector + " = " + rightKeySelector + (condition == null ? "" : " and a condition");
    }
}
