package io.eddy.benchmarks.nexmark;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One run of one Nexmark query in this JVM through {@code jdbc:eddy:}: sets the session options,
 * creates the source tables of the chosen source, creates a sink with the query's columns (read
 * with DESCRIBE of a view over the query; blackhole, or a Kafka topic for latency runs) and runs
 * {@code INSERT INTO sink <query>}
 * until the bounded input ends.
 *
 * @param arguments the run's settings
 * @param sql the suite's SQL files
 * @param sink how the result table is declared
 */
record QueryRun(BenchArguments arguments, NexmarkSql sql, SinkTable sink) {

    /** Declares the result table from the query's columns, e.g. a blackhole table. */
    interface SinkTable {
        String create(String name, String columns);
    }

    /** The sink of throughput runs: every row is dropped. */
    static final SinkTable BLACKHOLE = (name, columns) ->
            "CREATE TABLE " + name + " (" + columns + ") WITH ('connector' = 'blackhole')";

    QueryRun {
        requireNonNull(arguments, "arguments is null");
        requireNonNull(sql, "sql is null");
        requireNonNull(sink, "sink is null");
    }

    /**
     * System properties named with this prefix become SET statements of every measured run, e.g.
     * {@code EDDY_BENCH_JAVA_OPTS=-Deddy.session.state.backend.rocksdb.timer-service.factory=HEAP}.
     */
    static final String SESSION_PROPERTY = "eddy.session.";

    /** The session's SET statements for these arguments, then those of {@value #SESSION_PROPERTY} properties. */
    static List<String> settings(BenchArguments arguments, Path stateDirectory) {
        List<String> settings = new ArrayList<>(List.of(
                set("parallelism.default", Integer.toString(arguments.parallelism())),
                set("state.backend.type", arguments.stateBackend()),
                set("state.backend.rocksdb.localdir", stateDirectory.resolve("rocksdb").toString()),
                set("table.dml-sync", "true")));
        arguments.checkpointInterval().ifPresent(interval -> {
            settings.add(set("execution.checkpointing.interval", interval.toMillis() + " ms"));
            settings.add(set("execution.checkpointing.dir", stateDirectory.resolve("checkpoints").toString()));
        });
        propertiesNamed(SESSION_PROPERTY).forEach((key, value) -> settings.add(set(key, value)));
        return settings;
    }

    /** The system properties whose names start with {@code prefix}, by name without the prefix, in name order. */
    static SortedMap<String, String> propertiesNamed(String prefix) {
        SortedMap<String, String> properties = new TreeMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                properties.put(name.substring(prefix.length()), System.getProperty(name));
            }
        }
        return properties;
    }

    private static String set(String key, String value) {
        return "SET '" + key + "' = '" + value.replace("'", "''") + "'";
    }

    /**
     * Runs query {@code name} over the tables {@code sourceDdl} creates.
     *
     * @param log the reader of checkpoint log lines, or null when checkpoints are not timed
     */
    RunMeasurement run(String name, List<String> sourceDdl, Path stateDirectory, CheckpointLog log) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                Statement statement = connection.createStatement()) {
            for (String setting : settings(arguments, stateDirectory)) {
                statement.execute(setting);
            }
            for (String ddl : sourceDdl) {
                statement.execute(ddl);
            }
            for (String view : sql.views(name)) {
                statement.execute(view);
            }
            String query = sql.query(name);
            statement.execute("CREATE VIEW nexmark_result AS " + query);
            statement.execute(sink.create("nexmark_sink", columns(statement)));
            long started = System.nanoTime();
            statement.execute("INSERT INTO nexmark_sink " + query);
            double jobSeconds = (System.nanoTime() - started) / 1e9;
            double wall = ProcessMeasures.wallSeconds();
            double cpu = ProcessMeasures.cpuSeconds();
            Percentiles checkpoints = log == null ? Percentiles.NONE : Percentiles.of(
                    log.durationsMillis(arguments.checkpointInterval().map(interval -> interval.toMillis()).orElse(0L)));
            return new RunMeasurement(name, arguments.events(), wall, jobSeconds, cpu,
                    ProcessMeasures.peakResidentBytes(), Percentiles.NONE, checkpoints);
        }
    }

    /** The column list of the view {@code nexmark_result}, as a CREATE TABLE writes it. */
    private static String columns(Statement statement) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet described = statement.executeQuery("DESCRIBE nexmark_result")) {
            while (described.next()) {
                String type = described.getString("type");
                int marker = type.indexOf(" *");
                if (marker >= 0) {
                    type = type.substring(0, marker);  // *ROWTIME* / *PROCTIME* markers
                }
                columns.add("`" + described.getString("name").replace("`", "``") + "` " + type);
            }
        }
        return String.join(", ", columns);
    }

    /** The placeholder values of {@code ddl-nexmark.sql}. */
    static Map<String, String> generatorValues(BenchArguments arguments) {
        return Map.of("TPS", Long.toString(arguments.eventsPerSecond()), "EVENTS_NUM", Long.toString(arguments.events()));
    }
}
