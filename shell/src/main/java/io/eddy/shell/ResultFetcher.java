package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.EddyResultSet;
import io.eddy.jdbc.spi.RowKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a result set on its own thread (its {@code next()} blocks until the next change, maybe
 * forever) and applies each row to a {@link LiveResult}, synchronized on it, so that the view's
 * thread stays free to draw and to read keys. Ends at the end of the result or when it fails,
 * which is how a cancellation arrives.
 */
final class ResultFetcher implements Runnable {

    private final ResultSet resultSet;
    private final LiveResult live;
    private volatile boolean done;
    private volatile SQLException failure;

    ResultFetcher(ResultSet resultSet, LiveResult live) {
        this.resultSet = requireNonNull(resultSet, "resultSet is null");
        this.live = requireNonNull(live, "live is null");
    }

    @Override
    public void run() {
        try {
            EddyResultSet eddy = ColumnLayout.isChangelog(resultSet) ? resultSet.unwrap(EddyResultSet.class) : null;
            while (resultSet.next()) {
                RowKind kind = eddy == null ? RowKind.INSERT : eddy.getRowKind();
                List<String> values = List.of(ColumnLayout.values(resultSet));
                synchronized (live) {
                    live.apply(kind, values);
                }
            }
        } catch (SQLException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new SQLException("Reading the result failed: " + e, e);
        } finally {
            done = true;
        }
    }

    /** Whether the result ended or failed. */
    boolean done() {
        return done;
    }

    /** Why reading stopped early, or null. */
    SQLException failure() {
        return failure;
    }
}
