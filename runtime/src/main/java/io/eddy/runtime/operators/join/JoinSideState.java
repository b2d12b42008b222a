package io.eddy.runtime.operators.join;

import io.eddy.runtime.data.Row;
import java.util.Map;

/**
 * The rows one side of a regular join keeps for the current join key, each with a packed count and
 * number of associations ({@link JoinRecordState#count}, {@link JoinRecordState#associations}).
 */
interface JoinSideState {

    /** Adds one occurrence of {@code row}, setting its associations to {@code associations}. */
    void add(Row row, int associations);

    /** Removes one occurrence of {@code row}; a row that is not held is ignored, as in Flink. */
    void retract(Row row);

    /** Sets the associations of a row returned by {@link #entries()}, keeping its count. */
    void setAssociations(Row storedRow, long packed, int associations);

    /** The rows of the current key with their packed count and associations. */
    Iterable<Map.Entry<Row, Long>> entries();
}
