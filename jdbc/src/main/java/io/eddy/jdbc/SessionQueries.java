package io.eddy.jdbc;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.spi.EngineSession;
import io.eddy.jdbc.spi.ResultRow;
import io.eddy.jdbc.spi.ResultStream;
import io.eddy.jdbc.spi.StatementResult;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the driver's own statements ({@code USE}, {@code SHOW ...}, {@code DESCRIBE}) through a
 * session, one statement at a time, and reads their bounded results.
 */
final class SessionQueries {

    private final EngineSession session;
    private final Object lock;

    SessionQueries(EngineSession session, Object lock) {
        this.session = requireNonNull(session, "session is null");
        this.lock = requireNonNull(lock, "lock is null");
    }

    /** Runs a statement through the session, holding the connection's statement lock. */
    StatementResult execute(String sql) throws SQLException {
        synchronized (lock) {
            return session.execute(sql);
        }
    }

    /** Runs a statement that returns no rows (or whose rows are ignored). */
    void run(String sql) throws SQLException {
        StatementResult result = execute(sql);
        if (result instanceof ResultStream stream) {
            stream.close();
        }
    }

    /** Runs a statement that returns a bounded result and reads all of its rows. */
    List<ResultRow> rows(String sql) throws SQLException {
        StatementResult result = execute(sql);
        if (!(result instanceof ResultStream stream)) {
            throw new SQLException("Statement '" + sql + "' returned no rows", "58000");
        }
        try (stream) {
            List<ResultRow> rows = new ArrayList<>();
            for (ResultRow row = stream.next(); row != null; row = stream.next()) {
                rows.add(row);
            }
            return rows;
        }
    }

    /** The first column of every row, as strings. */
    List<String> firstColumn(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        for (ResultRow row : rows(sql)) {
            values.add(row.size() == 0 || row.value(0) == null ? null : row.value(0).toString());
        }
        return values;
    }

    /** The value of a one-row, one-column result. */
    String single(String sql) throws SQLException {
        List<String> values = firstColumn(sql);
        if (values.size() != 1) {
            throw new SQLException("Statement '" + sql + "' returned " + values.size() + " rows, expected 1", "58000");
        }
        return values.get(0);
    }

    /** Quotes an identifier with backquotes, doubling any backquote inside. */
    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
