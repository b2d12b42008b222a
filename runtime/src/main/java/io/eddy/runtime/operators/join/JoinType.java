package io.eddy.runtime.operators.join;

/** The kinds of join the join operators run; which sides are outer (kept, null-padded, when they match nothing). */
public enum JoinType {
    INNER(false, false),
    LEFT(true, false),
    RIGHT(false, true),
    FULL(true, true);

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
}
