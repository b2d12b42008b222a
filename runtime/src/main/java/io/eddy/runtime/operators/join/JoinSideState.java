package io.eddy.runtime.operators.join;

import io.eddy.runtime.data.Row;

/**
 * The rows one side of a regular join keeps for the current join key, each with a packed count and
 * number of associations ({@link JoinRecordState#count}, {@link JoinRecordState#associations}).
 */
interface JoinSideState {

    /** What {@link #forEachRow} calls with each row held and its packed count and associations. */
    @FunctionalInterface
    interface RowVisitor {
        void visit(Row row, long packed);
    }

    /** Adds one occurrence of {@code row}, setting its associations to {@code associations}. */
    void add(Row row, int associations);

    /** Removes one occurrence of {@code row}; a row that is not held is ignored, as in Flink. */
    void retract(Row row);

    /** Sets the associations of a row passed to a {@link RowVisitor}, keeping its count. */
    void setAssociations(Row storedRow, long packed, int associations);

    /**
     * Calls {@code visitor} with each row of the current key, without copying them into a list first;
     * {@code visitor} must not change this state (collect what to change, then change it).
     */
    void forEachRow(RowVisitor visitor);
}
