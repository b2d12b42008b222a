package io.eddy.shell;

import io.eddy.jdbc.ScriptedEngineProvider;
import io.eddy.jdbc.spi.Engine;
import io.eddy.jdbc.spi.EngineProvider;
import io.eddy.jdbc.spi.EngineSession;
import io.eddy.jdbc.spi.ResultColumn;
import io.eddy.jdbc.spi.ResultRow;
import io.eddy.jdbc.spi.ResultStream;
import io.eddy.jdbc.spi.RowKind;
import io.eddy.jdbc.spi.StatementResult;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A test engine named {@code changing}: the {@code scripted} engine plus two changelog queries
 * whose rows arrive over time, as a running streaming query's do.
 * <ul>
 *   <li>{@code SELECT * FROM ticker}: {@link #CHANGES}, one every {@value #TICK_MILLIS} ms, then the end;
 *   <li>{@code SELECT * FROM stalled}: {@link #CHANGES} at once, then nothing until cancelled;
 *   <li>{@code SELECT * FROM broken}: {@link #CHANGES} at once, then the job fails with {@link #FAILURE}.
 * </ul>
 */
public final class ChangingEngineProvider implements EngineProvider {

    static final long TICK_MILLIS = 50;
    static final String FAILURE = "Source 'broken' failed: connection reset";

    /** hello counted twice, world once: the table ends with (hello, 2) and (world, 1). */
    static final List<ResultRow> CHANGES = List.of(
            new ResultRow(RowKind.INSERT, new Object[] {"hello", 1L}),
            new ResultRow(RowKind.INSERT, new Object[] {"world", 1L}),
            new ResultRow(RowKind.UPDATE_BEFORE, new Object[] {"hello", 1L}),
            new ResultRow(RowKind.UPDATE_AFTER, new Object[] {"hello", 2L}));

    /** {@code SELECT * FROM ticker} in tableau mode. */
    static final String TICKER_TABLEAU = """
                +----+--------------------------------+----------------------+
                | op |                           word |                  cnt |
                +----+--------------------------------+----------------------+
                | +I |                          hello |                    1 |
                | +I |                          world |                    1 |
                | -U |                          hello |                    1 |
                | +U |                          hello |                    2 |
                +----+--------------------------------+----------------------+
                Received a total of 4 rows
                """;

    private static final List<ResultColumn> COLUMNS = List.of(
            new ResultColumn("word", "STRING", Types.VARCHAR, true, Integer.MAX_VALUE, 0),
            new ResultColumn("cnt", "BIGINT", Types.BIGINT, false, 19, 0));

    @Override
    public String name() {
        return "changing";
    }

    @Override
    public Engine create(Map<String, String> connectionProperties) throws SQLException {
        Engine scripted = new ScriptedEngineProvider().create(connectionProperties);
        return new Engine() {
            @Override
            public EngineSession openSession(Map<String, String> properties) throws SQLException {
                return new ChangingSession(scripted.openSession(properties));
            }

            @Override
            public void close() throws SQLException {
                scripted.close();
            }
        };
    }

    private record ChangingSession(EngineSession scripted) implements EngineSession {
        @Override
        public StatementResult execute(String statement) throws SQLException {
            return switch (statement.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)) {
                case "SELECT * FROM TICKER" -> new ArrivingStream(TICK_MILLIS, End.END);
                case "SELECT * FROM STALLED" -> new ArrivingStream(0, End.NEVER);
                case "SELECT * FROM BROKEN" -> new ArrivingStream(0, End.FAILURE);
                default -> scripted.execute(statement);
            };
        }

        @Override
        public void cancel() throws SQLException {
            scripted.cancel();
        }

        @Override
        public void close() throws SQLException {
            scripted.close();
        }
    }

    /** What follows the changes. */
    private enum End {
        END, NEVER, FAILURE
    }

    /** {@link #CHANGES} with a pause before each, then the end, nothing until closed, or a failure. */
    private static final class ArrivingStream implements ResultStream {
        private static final ResultRow END = ResultRow.insert("", 0L);
        private final LinkedBlockingQueue<ResultRow> closing = new LinkedBlockingQueue<>();
        private final long pauseMillis;
        private final End end;
        private volatile boolean closed;
        private int next;

        ArrivingStream(long pauseMillis, End end) {
            this.pauseMillis = pauseMillis;
            this.end = end;
        }

        @Override
        public List<ResultColumn> columns() {
            return COLUMNS;
        }

        @Override
        public boolean isChangelog() {
            return true;
        }

        @Override
        public ResultRow next() throws SQLException {
            try {
                if (closed) {
                    return null;
                }
                if (next < CHANGES.size()) {
                    return closing.poll(pauseMillis, TimeUnit.MILLISECONDS) != null ? null : CHANGES.get(next++);
                }
                if (end == End.FAILURE) {
                    throw new SQLException(FAILURE, "58000");
                }
                if (end == End.NEVER) {
                    closing.take();
                }
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted", "57014");
            }
        }

        @Override
        public void close() {
            closed = true;
            closing.offer(END);
        }
    }
}
