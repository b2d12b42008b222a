package io.eddy.jdbc;

import io.eddy.jdbc.spi.RowKind;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Eddy's extension of {@link ResultSet}, reached with {@code resultSet.unwrap(EddyResultSet.class)}:
 * the row kind of each row of a changelog.
 */
public interface EddyResultSet extends ResultSet {

    /**
     * Whether the rows carry changes ({@code -U}, {@code +U}, {@code -D}) and not only insertions;
     * a client shows the row kind of each row when true.
     */
    boolean isChangelog() throws SQLException;

    /** The kind of the current row. */
    RowKind getRowKind() throws SQLException;
}
