package io.eddy.jdbc;

import java.sql.SQLFeatureNotSupportedException;

/** Builds the exceptions thrown by JDBC methods that Eddy does not implement. */
final class Unsupported {

    private Unsupported() {
    }

    /** An exception naming the unsupported JDBC method or feature. */
    static SQLFeatureNotSupportedException feature(String feature) {
        return new SQLFeatureNotSupportedException(
                "Eddy's JDBC driver does not support " + feature, "0A000");
    }
}
