package io.eddy.benchmarks.nexmark;

import io.eddy.benchmarks.nexmark.BenchArguments.Command;
import io.eddy.benchmarks.nexmark.BenchArguments.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The entry point of {@code bin/eddy-bench}: the Nexmark suite over the nexmark generator, JSON
 * files or Kafka, each query run in a fresh JVM, with the physical-limit baseline of the source and
 * a checkpointing comparison (see benchmarks/README.md for the commands).
 */
public final class EddyBench {

    private EddyBench() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("eddy.bench.root", ".")).toAbsolutePath().normalize();
        try {
            BenchArguments arguments = BenchArguments.parse(List.of(args), root);
            run(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println("eddy-bench: " + e.getMessage());
            System.exit(2);
        } catch (SQLException e) {
            System.err.println("eddy-bench: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("eddy-bench: " + e);
            System.exit(1);
        }
    }

    static void run(BenchArguments arguments) throws Exception {
        if (arguments.inProcess()) {
            System.out.println(runHere(arguments).toLine());
            return;
        }
        NexmarkSql sql = new NexmarkSql(arguments.nexmarkDirectory().resolve("queries"));
        switch (arguments.command()) {
            case GENERATE -> generate(arguments, sql);
            case BASELINE -> report(arguments, "Baseline over " + arguments.source(), baseline(arguments), Map.of(), List.of());
            case NEXMARK -> nexmark(arguments, sql);
            case CHECKPOINTS -> checkpoints(arguments, sql);
            case FIRST_RESULT -> firstResult(arguments, sql);
        }
    }

    /** One measurement in this JVM (the child side of a run). */
    static RunMeasurement runHere(BenchArguments arguments) throws Exception {
        NexmarkSql sql = new NexmarkSql(arguments.nexmarkDirectory().resolve("queries"));
        if (arguments.command() == Command.BASELINE) {
            return switch (arguments.source()) {
                case JSON_FILE -> JsonLinesBaseline.measure(JsonFiles.existingDirectory(arguments));
                case KAFKA -> KafkaTopics.baseline(arguments);
                case NEXMARK -> throw new IllegalArgumentException("The nexmark source has no baseline. Hint: --source json-file or kafka");
            };
        }
        if (arguments.queries().size() != 1) {
            throw new IllegalArgumentException("--in-process runs one query, got " + arguments.queries());
        }
        CheckpointLog log = arguments.checkpointInterval().isPresent() ? CheckpointLog.install() : null;
        String query = arguments.queries().get(0);
        Path state = Files.createTempDirectory(Files.createDirectories(arguments.dataDirectory()), "state-");
        try {
            if (arguments.command() == Command.FIRST_RESULT) {
                return FirstResult.measure(arguments, sql, query, state);
            }
            return switch (arguments.source()) {
                case NEXMARK -> new QueryRun(arguments, sql, QueryRun.BLACKHOLE)
                        .run(query, sql.ddl("nexmark", QueryRun.generatorValues(arguments)), state, log);
                case JSON_FILE -> new QueryRun(arguments, sql, QueryRun.BLACKHOLE).run(query,
                        sql.ddl("json-file", Map.of("DATA_DIR", JsonFiles.existingDirectory(arguments).toString())), state, log);
                case KAFKA -> arguments.latencyTopics().isPresent() ? KafkaLatency.runQuery(arguments, sql, query, state)
                        : KafkaTopics.runQuery(arguments, sql, query, state, log);
            };
        } finally {
            JsonFiles.deleteRecursively(state);
        }
    }

    private static void generate(BenchArguments arguments, NexmarkSql sql) throws SQLException, IOException, InterruptedException {
        long started = System.nanoTime();
        Path directory = JsonFiles.generate(arguments, sql);
        System.out.printf(Locale.ROOT, "JSON files of %,d events in %s (%.1f s)%n", arguments.events(), directory,
                (System.nanoTime() - started) / 1e9);
        for (String table : JsonFiles.TABLES) {
            List<Path> files = JsonFiles.files(directory.getParent().resolve(directory.getFileName()))
                    .stream().filter(file -> file.getParent().getFileName().toString().equals(table)).toList();
            JsonLinesBaseline.Scan scan = JsonLinesBaseline.scan(files);
            System.out.printf(Locale.ROOT, "  %-8s %,12d events %,14d bytes, %.0f bytes per event%n", table, scan.lines(),
                    scan.bytes(), scan.lines() == 0 ? 0.0 : (double) scan.bytes() / scan.lines());
        }
        if (arguments.source() == Source.KAFKA) {
            KafkaTopics.load(arguments, directory);
        }
    }

    private static List<RunMeasurement> baseline(BenchArguments arguments) throws InterruptedException {
        List<RunMeasurement> runs = new ArrayList<>();
        if (arguments.source() == Source.NEXMARK) {
            return runs;
        }
        if (arguments.source() == Source.JSON_FILE) {
            JsonFiles.existingDirectory(arguments);
        }
        List<String> child = new ArrayList<>(arguments.childArguments("q0"));
        child.set(0, "baseline");
        for (int run = 0; run < arguments.runs(); run++) {
            ChildJvm.run(child, Optional.empty(), false).ifPresent(runs::add);
        }
        return runs;
    }

    private static void nexmark(BenchArguments arguments, NexmarkSql sql) throws Exception {
        for (String query : arguments.queries()) {
            sql.query(query); // a missing query file fails before any run
        }
        List<RunMeasurement> baseline = baseline(arguments);
        Map<String, List<RunMeasurement>> rows = queries(arguments);
        report(arguments, title(arguments), baseline, rows, List.copyOf(rows.keySet()));
    }

    private static Map<String, List<RunMeasurement>> queries(BenchArguments arguments) throws InterruptedException, IOException {
        Map<String, List<RunMeasurement>> rows = new LinkedHashMap<>();
        for (String query : arguments.queries()) {
            List<RunMeasurement> runs = new ArrayList<>();
            for (int run = 1; run <= arguments.runs(); run++) {
                int number = run;
                Optional<Path> recording = arguments.jfrDirectory().map(directory -> directory.resolve(
                        query + "-" + arguments.source() + "-" + arguments.stateBackend() + "-run" + number + ".jfr"));
                Optional<RunMeasurement> measured = ChildJvm.run(arguments.childArguments(query), recording,
                        arguments.checkpointInterval().isPresent());
                measured.ifPresent(runs::add);
                System.err.printf(Locale.ROOT, "%s run %d: %s%n", query, run,
                        measured.map(value -> String.format(Locale.ROOT, "%,.0f events/s (%.2f s, %.2f CPU s)",
                                value.eventsPerSecond(), value.wallSeconds(), value.cpuSeconds())).orElse("failed"));
            }
            rows.put(query, runs);
            if (arguments.source() == Source.KAFKA && KafkaLatency.QUERIES.contains(query)) {
                List<RunMeasurement> latencyRuns = new ArrayList<>();
                for (int run = 1; run <= arguments.runs(); run++) {
                    Optional<RunMeasurement> measured;
                    try {
                        measured = KafkaLatency.measure(arguments, query, run);
                    } catch (RuntimeException e) {
                        System.err.println("eddy-bench: " + query + " latency run failed: " + e.getMessage());
                        measured = Optional.empty();
                    }
                    measured.ifPresent(latencyRuns::add);
                    System.err.printf(Locale.ROOT, "%s latency run %d: %s%n", query, run,
                            measured.map(value -> String.format(Locale.ROOT, "%,d results, p50/p99/max %.0f/%.0f/%.0f ms",
                                    value.latency().count(), value.latency().p50(), value.latency().p99(), value.latency().max()))
                                    .orElse("failed"));
                }
                rows.put(query + " at " + arguments.kafkaRate() + " events/s", latencyRuns);
            }
        }
        return rows;
    }

    private static void checkpoints(BenchArguments arguments, NexmarkSql sql) throws Exception {
        for (String query : arguments.queries()) {
            sql.query(query);
        }
        Duration interval = arguments.checkpointInterval().orElse(Duration.ofSeconds(10));
        Map<String, List<RunMeasurement>> rows = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (String query : arguments.queries()) {
            Map<String, List<RunMeasurement>> off = queries(arguments.withCheckpointInterval(Optional.empty()));
            Map<String, List<RunMeasurement>> on = queries(arguments.withCheckpointInterval(Optional.of(interval)));
            String offName = query + " checkpoints off";
            String onName = query + " checkpoints every " + interval.toMillis() / 1000.0 + " s";
            rows.put(offName, off.get(query));
            rows.put(onName, on.get(query));
            order.addAll(List.of(offName, onName));
        }
        report(arguments, title(arguments) + ", checkpointing compared", List.of(), rows, order);
    }

    private static void firstResult(BenchArguments arguments, NexmarkSql sql) throws Exception {
        for (String query : arguments.queries()) {
            sql.query(query);
        }
        Map<String, List<RunMeasurement>> rows = new LinkedHashMap<>();
        for (String query : arguments.queries()) {
            List<RunMeasurement> runs = new ArrayList<>();
            for (int run = 1; run <= arguments.runs(); run++) {
                Optional<RunMeasurement> measured = ChildJvm.run(arguments.childArguments(query), Optional.empty(), false);
                measured.ifPresent(runs::add);
                System.err.printf(Locale.ROOT, "%s run %d: %s%n", query, run, measured.map(value -> String.format(Locale.ROOT,
                        "cold %.0f ms, warm p50 %.0f ms", value.jobSeconds() * 1000, value.latency().p50())).orElse("failed"));
            }
            rows.put(query, runs);
        }
        String markdown = FirstResult.markdown(String.format(Locale.ROOT, "Submission to first result, nexmark source at %,d events/s,"
                + " %d runs each, %s UTC", arguments.eventsPerSecond(), arguments.runs(),
                LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))), rows, arguments.queries());
        write(arguments, markdown);
    }

    private static String title(BenchArguments arguments) {
        return String.format(Locale.ROOT, "%s source, %,d events, parallelism %d, %s state, %d runs each%s, %s UTC",
                arguments.source(), arguments.events(), arguments.parallelism(), arguments.stateBackend(),
                arguments.runs(), arguments.checkpointInterval().map(value -> ", checkpoints every " + value.toMillis() + " ms")
                        .orElse(""), LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    }

    private static void report(BenchArguments arguments, String title, List<RunMeasurement> baseline,
                               Map<String, List<RunMeasurement>> rows, List<String> order) throws IOException {
        ResultTable table = new ResultTable(title, baseline, rows);
        write(arguments, table.markdown(order, arguments.source() == Source.JSON_FILE));
    }

    private static void write(BenchArguments arguments, String markdown) throws IOException {
        System.out.println();
        System.out.print(markdown);
        if (arguments.output().isPresent()) {
            Path output = arguments.output().get();
            if (output.toAbsolutePath().getParent() != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            Files.writeString(output, markdown + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
