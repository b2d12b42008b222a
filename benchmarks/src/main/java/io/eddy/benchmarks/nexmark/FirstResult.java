package io.eddy.benchmarks.nexmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Time from a query's submission to its first result row, as a shell user sees it: in a fresh JVM
 * with the engine started and the tables created, {@code executeQuery(query)} then the first
 * {@code next()}, over the nexmark source (unbounded, at {@code --tps} events per second). The first
 * submission is cold (planner, code generator and runtime classes not yet loaded or compiled); the
 * next {@link #WARM_SUBMISSIONS} in the same session are warm.
 */
final class FirstResult {

    static final int WARM_SUBMISSIONS = 4;

    private FirstResult() {
    }

    /**
     * Measures query {@code name} in this JVM. The measurement carries the cold submission's seconds
     * as {@code jobSeconds}, the warm submissions' milliseconds as {@code latency}, and the seconds
     * from the JVM's start to the cold first row as {@code wallSeconds}.
     */
    static RunMeasurement measure(BenchArguments arguments, NexmarkSql sql, String name, Path state) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                Statement statement = connection.createStatement()) {
            for (String setting : QueryRun.settings(arguments, state)) {
                statement.execute(setting);
            }
            for (String ddl : sql.ddl("nexmark", Map.of("TPS", Long.toString(arguments.eventsPerSecond()), "EVENTS_NUM", "0"))) {
                statement.execute(ddl);
            }
            for (String view : sql.views(name)) {
                statement.execute(view);
            }
            String query = sql.query(name);
            double cold = firstRowSeconds(statement, query);
            double wall = ProcessMeasures.wallSeconds();
            double[] warm = new double[WARM_SUBMISSIONS];
            for (int i = 0; i < warm.length; i++) {
                warm[i] = firstRowSeconds(statement, query) * 1000;
            }
            return new RunMeasurement(name, 0, wall, cold, ProcessMeasures.cpuSeconds(), ProcessMeasures.peakResidentBytes(),
                    Percentiles.of(warm), Percentiles.NONE);
        }
    }

    private static double firstRowSeconds(Statement statement, String query) throws SQLException {
        long started = System.nanoTime();
        try (ResultSet rows = statement.executeQuery(query)) {
            if (!rows.next()) {
                throw new IllegalStateException("The query ended without a row: " + query);
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** The Markdown table of the runs, by query. */
    static String markdown(String title, Map<String, List<RunMeasurement>> rows, List<String> order) {
        StringBuilder text = new StringBuilder("#### ").append(title).append("\n\n")
                .append("| query | runs | cold: submission to first row ms | warm: submission to first row ms (p50 / max) |"
                        + " JVM start to first row s |\n|---|---|---|---|---|\n");
        for (String query : order) {
            List<RunMeasurement> runs = rows.getOrDefault(query, List.of());
            if (runs.isEmpty()) {
                text.append("| ").append(query).append(" | failed | | | |\n");
                continue;
            }
            text.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f / %.0f | %.2f |%n", query, runs.size(),
                    1000 * ResultTable.median(runs, RunMeasurement::jobSeconds),
                    ResultTable.median(runs, run -> run.latency().p50()), ResultTable.median(runs, run -> run.latency().max()),
                    ResultTable.median(runs, RunMeasurement::wallSeconds)));
        }
        return text.toString();
    }
}
