package io.eddy.jdbc;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.spi.ResultColumn;
import io.eddy.jdbc.spi.ResultRow;
import io.eddy.jdbc.spi.ResultStream;
import java.util.Iterator;
import java.util.List;

/** A bounded result held in memory: the driver's own metadata results. */
final class ListResultStream implements ResultStream {

    private final List<ResultColumn> columns;
    private final Iterator<ResultRow> rows;
    private boolean closed;

    ListResultStream(List<ResultColumn> columns, List<ResultRow> rows) {
        this.columns = List.copyOf(requireNonNull(columns, "columns is null"));
        this.rows = List.copyOf(requireNonNull(rows, "rows is null")).iterator();
    }

    @Override
    public List<ResultColumn> columns() {
        return columns;
    }

    @Override
    public boolean isChangelog() {
        return false;
    }

    @Override
    public synchronized ResultRow next() {
        return !closed && rows.hasNext() ? rows.next() : null;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
