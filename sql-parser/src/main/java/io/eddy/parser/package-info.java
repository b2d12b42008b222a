/**
 * Eddy's SQL parser: Calcite's grammar extended with Flink SQL's statements and types.
 *
 * <p>Use {@link io.eddy.parser.EddySqlParser}: {@code parseStatement}, {@code parseStatements},
 * {@code parseExpression}; {@link io.eddy.parser.EddySqlParser#toSql} writes a node back as SQL.
 * Syntax errors are {@link io.eddy.parser.SqlParseError}s with a one-line message. Statement nodes
 * live in {@code ddl}, {@code dml}, {@code dql} and {@code statement}; type specs in {@code type}.
 */
package io.eddy.parser;
