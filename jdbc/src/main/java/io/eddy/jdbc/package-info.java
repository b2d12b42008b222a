/**
 * The {@code jdbc:eddy:} JDBC driver ({@link io.eddy.jdbc.EddyDriver}).
 *
 * <p>URLs: {@code jdbc:eddy:} or {@code jdbc:eddy:?key=value&key2=value2} (URL-encoded keys and
 * values, merged over the {@code Properties} given to {@code DriverManager}); the property
 * {@code engine} picks the engine provider (default {@code embedded}). {@code jdbc:eddy://host:port}
 * is reserved for a remote server and rejected for now.
 *
 * <p>Connections are auto-commit only; result sets are forward-only and read-only, and stream:
 * {@code next()} blocks until the engine produces the next row. Extensions reached with
 * {@code unwrap}: {@link io.eddy.jdbc.EddyResultSet} (the row kind of each row of a changelog) and
 * {@link io.eddy.jdbc.EddyStatement} (status message and job id of statements without rows).
 * JDBC features Eddy lacks throw {@link java.sql.SQLFeatureNotSupportedException} naming the feature.
 */
package io.eddy.jdbc;
