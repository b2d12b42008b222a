package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.state.KeyedStateBackend;
import java.util.List;

/**
 * What a session window of the current key holds between its rows and its firing, for
 * {@link SessionWindowAggregateOperator}: the operator tracks which sessions exist and when they
 * fire; an implementation keeps what each one aggregates. Either an accumulator per session, merged
 * when sessions merge ({@link AccumulatedSessions}), or the rows themselves, aggregated when the
 * session fires ({@link BufferedSessions}).
 */
interface SessionContents {

    /** Creates the states; call from the operator's {@code open}. */
    void open(KeyedStateBackend backend);

    /**
     * Adds a row to the current key's session that starts at {@code start}.
     *
     * @param absorbed the starts of the existing sessions the row's session merges (possibly
     *     {@code start} itself; empty when the row opens a new session)
     */
    void add(Row row, long start, List<Long> absorbed);

    /**
     * Removes the current key's session [start, end) and returns its accumulator.
     *
     * @param lastSession whether the key has no other open session
     */
    Row take(long start, long end, boolean lastSession);
}
