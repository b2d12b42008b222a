package io.eddy.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The fetch settings statements and result sets accept: forward only, and any fetch size (rows
 * are handed over one at a time as the engine produces them, so the size is ignored).
 */
final class ForwardOnly {

    private ForwardOnly() {
    }

    static void checkFetchDirection(int direction) throws SQLException {
        if (direction != ResultSet.FETCH_FORWARD) {
            throw Unsupported.feature("fetch directions other than FETCH_FORWARD");
        }
    }

    static void checkFetchSize(int rows) throws SQLException {
        if (rows < 0) {
            throw new SQLException("fetch size is negative: " + rows, "22023");
        }
    }
}
