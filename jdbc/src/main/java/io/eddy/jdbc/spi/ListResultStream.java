package io.eddy.jdbc.spi;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.List;

/**
 * A bounded, insert-only result held in memory: metadata answers of the driver and the results of
 * statements such as {@code SHOW} that an engine computes at once.
 */
public class ListResultStream implements ResultStream {

    private final List<ResultColumn> columns;
    private final Iterator<ResultRow> rows;
    private boolean closed;

    /** A result of these columns and rows (both copied). */
    public ListResultStream(List<ResultColumn> columns, List<ResultRow> rows) {
        this.columns = List.copyOf(requireNonNull(columns, "columns is null"));
        this.rows = List.copyOf(requireNonNull(rows, "rows is null")).iterator();
    }

    @Override
    public final List<ResultColumn> columns() {
        return columns;
    }

    @Override
    public final boolean isChangelog() {
        return false;
    }

    @Override
    public final synchronized ResultRow next() {
        return !closed && rows.hasNext() ? rows.next() : null;
    }

    @Override
    public final synchronized void close() {
        closed = true;
    }
}
