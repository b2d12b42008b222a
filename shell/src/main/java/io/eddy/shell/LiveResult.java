package io.eddy.shell;

import io.eddy.jdbc.spi.RowKind;
import java.util.List;

/**
 * What a full-screen result view shows while rows arrive: the {@code table} mode's materialized
 * rows or the {@code changelog} mode's list of changes. One thread applies changes while another
 * draws; callers synchronize on the instance.
 */
interface LiveResult {

    /** The title of the view. */
    String title();

    /** The columns of the rows {@link #lastRows} returns. */
    ColumnLayout columns();

    /** Applies one change of the result (values without the row kind). */
    void apply(RowKind kind, List<String> values);

    /** The number of rows there are to show. */
    int size();

    /** The rows from index {@code from} (inclusive) to {@code to} (exclusive), oldest first (a copy). */
    List<List<String>> rows(int from, int to);

    /** The number of changes applied so far (tells a drawer whether anything changed). */
    long changes();

    /** A short count for the footer: {@code Rows: 3}. */
    String summary();
}
