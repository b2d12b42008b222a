package io.eddy.jdbc;

import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.jdbc.spi.Engine;
import io.eddy.jdbc.spi.EngineProvider;
import io.eddy.jdbc.spi.EngineSession;
import io.eddy.jdbc.spi.ResultColumn;
import io.eddy.jdbc.spi.ResultRow;
import io.eddy.jdbc.spi.ResultStream;
import io.eddy.jdbc.spi.RowKind;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.jdbc.spi.UpdateResult;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A test engine named {@code scripted} answering a fixed set of statements: bounded and changelog
 * results, errors with positions, a never-ending stream and a statement that blocks until cancelled.
 */
public final class ScriptedEngineProvider implements EngineProvider {

    /** Every statement any scripted session ran, in order. */
    public static final List<String> EXECUTED = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public Engine create(Map<String, String> connectionProperties) {
        return new Engine() {
            @Override
            public EngineSession openSession(Map<String, String> properties) {
                return new ScriptedSession();
            }

            @Override
            public void close() {
            }
        };
    }

    /** The columns of {@code SELECT * FROM numbers}. */
    public static final List<ResultColumn> NUMBERS_COLUMNS = List.of(
            new ResultColumn("id", "BIGINT", Types.BIGINT, false, 19, 0),
            new ResultColumn("name", "STRING", Types.VARCHAR, true, Integer.MAX_VALUE, 0),
            new ResultColumn("price", "DECIMAL(10, 2)", Types.DECIMAL, true, 10, 2),
            new ResultColumn("ts", "TIMESTAMP(3)", Types.TIMESTAMP, true, 3, 0),
            new ResultColumn("ok", "BOOLEAN", Types.BOOLEAN, true, 0, 0),
            new ResultColumn("day", "DATE", Types.DATE, true, 0, 0));

    private static final class ScriptedSession implements EngineSession {
        private volatile String catalog = "default_catalog";
        private volatile String database = "default_database";
        private volatile CountDownLatch running;

        @Override
        public StatementResult execute(String statement) throws SQLException {
            EXECUTED.add(statement);
            String sql = statement.strip().replaceAll("\\s+", " ");
            String upper = sql.toUpperCase(java.util.Locale.ROOT);
            switch (upper) {
                case "SELECT * FROM NUMBERS":
                    return new FixedStream(NUMBERS_COLUMNS, false, List.of(
                            ResultRow.insert(1L, "one", new BigDecimal("1.50"),
                                    LocalDateTime.of(2024, 5, 1, 12, 0, 0, 123_000_000), true, LocalDate.of(2024, 5, 1)),
                            ResultRow.insert(2L, "two", new BigDecimal("20.00"),
                                    LocalDateTime.of(2024, 5, 2, 8, 30), false, LocalDate.of(2024, 5, 2)),
                            ResultRow.insert(3L, null, null, null, null, null)));
                case "SELECT * FROM CHANGES":
                    return new FixedStream(List.of(
                            new ResultColumn("word", "STRING", Types.VARCHAR, true, Integer.MAX_VALUE, 0),
                            new ResultColumn("cnt", "BIGINT", Types.BIGINT, false, 19, 0)), true, List.of(
                            ResultRow.insert("hello", 1L),
                            new ResultRow(RowKind.UPDATE_BEFORE, new Object[] {"hello", 1L}),
                            new ResultRow(RowKind.UPDATE_AFTER, new Object[] {"hello", 2L}),
                            new ResultRow(RowKind.DELETE, new Object[] {"hello", 2L})));
                case "SELECT * FROM ENDLESS":
                    return new EndlessStream();
                case "SLEEP":
                    running = new CountDownLatch(1);
                    try {
                        running.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new EddySqlException("Statement was cancelled", EddySqlException.CANCELLED);
                case "SHOW CATALOGS":
                    return strings("catalog name", "default_catalog", "other_catalog");
                case "SHOW CURRENT CATALOG":
                    return strings("current catalog name", catalog);
                case "SHOW CURRENT DATABASE":
                    return strings("current database name", database);
                case "SHOW DATABASES":
                    return strings("database name", "default_database");
                case "SHOW TABLES":
                    return strings("table name", "changes", "numbers", "v1");
                default:
                    return other(sql, upper);
            }
        }

        private StatementResult other(String sql, String upper) throws SQLException {
            if (upper.startsWith("SHOW DATABASES FROM ")) {
                return strings("database name", "default_database");
            }
            if (upper.startsWith("SHOW TABLES FROM ")) {
                return strings("table name", "changes", "numbers", "v1");
            }
            if (upper.startsWith("SHOW VIEWS FROM ")) {
                return strings("view name", "v1");
            }
            if (upper.startsWith("DESCRIBE ") && upper.endsWith("`NUMBERS`")) {
                ResultColumn text = new ResultColumn("name", "STRING", Types.VARCHAR, false, Integer.MAX_VALUE, 0);
                return new FixedStream(List.of(text, new ResultColumn("type", "STRING", Types.VARCHAR, false, 100, 0),
                        new ResultColumn("null", "BOOLEAN", Types.BOOLEAN, false, 0, 0),
                        new ResultColumn("key", "STRING", Types.VARCHAR, true, 100, 0)), false, List.of(
                        ResultRow.insert("id", "BIGINT NOT NULL", false, "PRI(id)"),
                        ResultRow.insert("name", "STRING", true, null),
                        ResultRow.insert("price", "DECIMAL(10, 2)", true, null),
                        ResultRow.insert("ts", "TIMESTAMP(3) *ROWTIME*", true, null)));
            }
            if (upper.startsWith("DESCRIBE ")) {
                return new FixedStream(List.of(new ResultColumn("name", "STRING", Types.VARCHAR, false, 0, 0)),
                        false, List.of());
            }
            if (upper.startsWith("EXPLAIN ")) {
                return new FixedStream(List.of(new ResultColumn("result", "STRING", Types.VARCHAR, false,
                        Integer.MAX_VALUE, 0)), false, List.of(ResultRow.insert(
                        "== Physical Plan ==\nTableSourceScan(table=[[numbers]], fields=[id, name])")));
            }
            if (upper.startsWith("USE CATALOG ")) {
                catalog = unquote(sql.substring("USE CATALOG ".length()));
                return UpdateResult.ok();
            }
            if (upper.startsWith("USE ")) {
                database = unquote(sql.substring("USE ".length()));
                return UpdateResult.ok();
            }
            if (upper.startsWith("CREATE TABLE")) {
                return UpdateResult.withMessage("Table has been created.");
            }
            if (upper.startsWith("INSERT INTO") || upper.startsWith("EXECUTE STATEMENT SET")) {
                return UpdateResult.submittedJob("4f1c2d3e");
            }
            if (upper.startsWith("SET ")) {
                return UpdateResult.ok();
            }
            if (upper.startsWith("SELECT OOPS")) {
                throw new EddySqlException("Column 'oops' not found in any table", EddySqlException.SYNTAX_OR_VALIDATION,
                        1, 8, "Did you mean 'ops'?", null);
            }
            if (upper.startsWith("SELECT ") && sql.contains("missing")) {
                int line = statementLine(sqlOriginal(sql), "missing");
                throw new EddySqlException("Object 'missing' not found", EddySqlException.UNKNOWN_OBJECT,
                        line, 6, null, null);
            }
            throw new EddySqlException("The scripted engine does not know: " + sql,
                    EddySqlException.UNSUPPORTED, 1, 1, null, null);
        }

        private String sqlOriginal(String sql) {
            return EXECUTED.get(EXECUTED.size() - 1);
        }

        private static int statementLine(String statement, String word) {
            int index = statement.indexOf(word);
            return (int) statement.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        }

        private static String unquote(String name) {
            String trimmed = name.strip();
            return trimmed.startsWith("`") ? trimmed.substring(1, trimmed.length() - 1).replace("``", "`") : trimmed;
        }

        private static StatementResult strings(String column, String... values) {
            List<ResultRow> rows = new java.util.ArrayList<>();
            for (String value : values) {
                rows.add(ResultRow.insert(value));
            }
            return new FixedStream(List.of(new ResultColumn(column, "STRING", Types.VARCHAR, false, Integer.MAX_VALUE, 0)),
                    false, rows);
        }

        @Override
        public void cancel() {
            CountDownLatch latch = running;
            if (latch != null) {
                latch.countDown();
            }
        }

        @Override
        public void close() {
        }
    }

    /** A bounded result. */
    private static final class FixedStream implements ResultStream {
        private final List<ResultColumn> columns;
        private final boolean changelog;
        private final java.util.Iterator<ResultRow> rows;

        FixedStream(List<ResultColumn> columns, boolean changelog, List<ResultRow> rows) {
            this.columns = columns;
            this.changelog = changelog;
            this.rows = rows.iterator();
        }

        @Override
        public List<ResultColumn> columns() {
            return columns;
        }

        @Override
        public boolean isChangelog() {
            return changelog;
        }

        @Override
        public ResultRow next() {
            return rows.hasNext() ? rows.next() : null;
        }

        @Override
        public void close() {
        }
    }

    /** One row, then nothing until closed. */
    private static final class EndlessStream implements ResultStream {
        private static final ResultRow END = ResultRow.insert(-1L);
        private final LinkedBlockingQueue<ResultRow> queue = new LinkedBlockingQueue<>(List.of(ResultRow.insert(1L)));

        @Override
        public List<ResultColumn> columns() {
            return List.of(new ResultColumn("n", "BIGINT", Types.BIGINT, false, 19, 0));
        }

        @Override
        public boolean isChangelog() {
            return false;
        }

        @Override
        public ResultRow next() throws SQLException {
            try {
                ResultRow row = queue.take();
                return row == END ? null : row;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted", "57014");
            }
        }

        @Override
        public void close() {
            queue.offer(END);
        }
    }
}
