package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.state.KeyedStateBackend;
import java.util.List;

/**
 * What a session window of the current key holds between its rows and its firing, for
 * {@link SessionWindowAggregateOperator}. The operator keeps a session row per session (field
 * {@link #END} the session's end) in one map state, and tracks when sessions merge and fire; an
 * implementation decides what else the session row holds and keeps what each session aggregates:
 * either an accumulator inside the session row, merged when sessions merge ({@link AccumulatedSessions}),
 * or the rows themselves in a state of their own, aggregated when the session fires ({@link BufferedSessions}).
 */
interface SessionContents {

    /** The field of a session row holding the session's end (exclusive). */
    int END = 0;

    /** The schema of session rows: {@link #END}, then whatever the implementation keeps there. */
    RowSchema sessionSchema();

    /** Creates the states beyond the session rows; call from the operator's {@code open}. */
    void open(KeyedStateBackend backend);

    /** A session row for a session that has no rows yet; the caller sets its end. */
    Row newSession();

    /**
     * Adds a row to the current key's session whose session row is {@code session}.
     *
     * @param absorbed the session rows of other sessions merged into it (already removed)
     */
    void add(Row row, Row session, long start, List<Row> absorbed);

    /**
     * Takes the accumulator of the current key's session [start, end), whose session row the
     * operator has removed.
     *
     * @param lastSession whether the key has no other open session
     */
    Row take(long start, Row session, boolean lastSession);
}
