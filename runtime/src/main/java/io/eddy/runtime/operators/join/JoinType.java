package io.eddy.runtime.operators.join;

import java.util.Arrays;

/**
 * The kinds of join the join operators run, as Flink's join types; which sides are outer (kept,
 * null-padded, when they match nothing). SEMI and ANTI emit left rows only, for IN / EXISTS and
 * NOT IN / NOT EXISTS subqueries.
 */
public enum JoinType {
    INNER(false, false),
    LEFT(true, false),
    RIGHT(false, true),
    FULL(true, true),
    SEMI(false, false),
    ANTI(false, false);

    private final boolean leftOuter;
    private final boolean rightOuter;

    JoinType(boolean leftOuter, boolean rightOuter) {
        this.leftOuter = leftOuter;
        this.rightOuter = rightOuter;
    }

    /** Whether left rows without a match are emitted padded with nulls (LEFT and FULL). */
    public boolean isLeftOuter() {
        return leftOuter;
    }

    /** Whether right rows without a match are emitted padded with nulls (RIGHT and FULL). */
    public boolean isRightOuter() {
        return rightOuter;
    }

    /** Fails with a one-line message unless this type is one of {@code supported}, naming the operator. */
    void checkOneOf(String operator, JoinType... supported) {
        for (JoinType type : supported) {
            if (type == this) {
                return;
            }
        }
        throw new IllegalArgumentException(operator + " does not support " + this + " joins; it supports "
                + Arrays.toString(supported));
    }
}
