/**
 * The engine SPI: what the {@code jdbc:eddy:} driver needs from an engine, and nothing more.
 *
 * <p>An engine module implements {@link io.eddy.jdbc.spi.EngineProvider} and lists it in
 * {@code META-INF/services/io.eddy.jdbc.spi.EngineProvider}. The driver picks the provider named by
 * the connection property {@code engine} ({@code embedded} by default), creates one
 * {@link io.eddy.jdbc.spi.Engine} per distinct set of connection properties (shared by the
 * connections using them, closed when the last one closes) and opens one
 * {@link io.eddy.jdbc.spi.EngineSession} per connection.
 *
 * <p>{@link io.eddy.jdbc.spi.EngineSession#execute} runs one statement and returns an
 * {@link io.eddy.jdbc.spi.UpdateResult} or a {@link io.eddy.jdbc.spi.ResultStream} whose
 * {@code next()} blocks until the next {@link io.eddy.jdbc.spi.ResultRow} (with its
 * {@link io.eddy.jdbc.spi.RowKind}); closing the stream cancels the job. User errors are
 * {@link io.eddy.jdbc.spi.EddySqlException}s: a one-line message, an SQLState category, and the
 * line and column inside the statement.
 *
 * <p>The driver itself runs these statements for JDBC methods, so an engine must answer them:
 * {@code USE CATALOG `c`}, {@code USE `d`}, {@code SHOW CURRENT CATALOG}, {@code SHOW CURRENT DATABASE},
 * {@code SHOW CATALOGS}, {@code SHOW DATABASES FROM `c`}, {@code SHOW TABLES FROM `c`.`d`},
 * {@code SHOW VIEWS FROM `c`.`d`} and {@code DESCRIBE `c`.`d`.`t`} (columns name, type, null, key,
 * extras, watermark as Flink prints them); the shell also runs {@code SHOW DATABASES} and
 * {@code SHOW TABLES} for completion.
 */
package io.eddy.jdbc.spi;
