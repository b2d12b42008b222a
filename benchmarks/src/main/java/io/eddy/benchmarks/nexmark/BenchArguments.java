package io.eddy.benchmarks.nexmark;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The command line of {@code bin/eddy-bench}: a command ({@code nexmark}, {@code generate},
 * {@code baseline}, {@code checkpoints}, {@code first-result}) and its options. {@link #parse} turns bad input into an
 * {@link IllegalArgumentException} whose message is one line naming the option and a hint.
 *
 * @param command what to do
 * @param queries the Nexmark queries to run, by file name without {@code .sql} (q0, q5, ...)
 * @param events Nexmark events (of all three kinds) per run
 * @param parallelism the jobs' default parallelism
 * @param source where the events come from
 * @param stateBackend {@code hashmap} or {@code rocksdb}
 * @param runs runs per query; the figures are their medians
 * @param checkpointInterval the checkpoint interval, empty for none
 * @param eventsPerSecond the generator's event rate, which also spaces the events' timestamps
 * @param dataDirectory where JSON files, checkpoints and RocksDB files go
 * @param nexmarkDirectory the folder holding {@code queries/} (the queries and DDL)
 * @param bootstrapServers the Kafka broker for {@code --source kafka}
 * @param kafkaRate events per second the Kafka loader appends while a latency run reads them
 * @param output a Markdown file the figures are appended to, if any
 * @param jfrDirectory where each run writes a Java Flight Recording, if any
 * @param inProcess run one query in this JVM and print its measurement (the child of a run)
 * @param latencyTopics for a child of a Kafka latency run: the prefix of the topics it reads and writes
 * @param latencyTimeline a file each Kafka latency run appends its latency timeline to, if any
 * @param latencyWarmUp how long a Kafka latency run holds the full rate after its ramp before it measures
 */
public record BenchArguments(Command command, List<String> queries, long events, int parallelism, Source source,
                             String stateBackend, int runs, Optional<Duration> checkpointInterval,
                             long eventsPerSecond, Path dataDirectory, Path nexmarkDirectory,
                             String bootstrapServers, long kafkaRate, Optional<Path> output,
                             Optional<Path> jfrDirectory, boolean inProcess, Optional<String> latencyTopics,
                             Optional<Path> latencyTimeline, Duration latencyWarmUp) {

    /** The default of {@code --latency-warm-up}. */
    static final Duration DEFAULT_LATENCY_WARM_UP = Duration.ofSeconds(30);

    /** What {@code bin/eddy-bench} does. */
    public enum Command {
        NEXMARK, GENERATE, BASELINE, CHECKPOINTS, FIRST_RESULT;

        static Command parse(String text) {
            for (Command command : values()) {
                if (command.text().equals(text)) {
                    return command;
                }
            }
            throw new IllegalArgumentException("Unknown command '" + text
                    + "'. Hint: one of nexmark, generate, baseline, checkpoints, first-result");
        }

        /** The command as typed: {@code first-result}. */
        String text() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Where a run's events come from. */
    public enum Source {
        NEXMARK("nexmark"), JSON_FILE("json-file"), KAFKA("kafka");

        private final String text;

        Source(String text) {
            this.text = text;
        }

        static Source parse(String text) {
            for (Source source : values()) {
                if (source.text.equals(text)) {
                    return source;
                }
            }
            throw new IllegalArgumentException("Unknown value '" + text + "' for --source. Hint: nexmark, json-file or kafka");
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The queries {@code --query all} runs: those Eddy supports (see nexmark/README.md). */
    public static final List<String> ALL_QUERIES = List.of("q0", "q1", "q2", "q3", "q4", "q5", "q7", "q8", "q9",
            "q11", "q12", "q14", "q15", "q16", "q17", "q18", "q19", "q20", "q21", "q22");

    private static final String USAGE = "usage: bin/eddy-bench nexmark|generate|baseline|checkpoints|first-result [--query q0,q5|all]"
            + " [--events N] [--parallelism N] [--source nexmark|json-file|kafka] [--state-backend hashmap|rocksdb]"
            + " [--runs N] [--checkpoint-interval 10s] [--tps N] [--data-dir DIR] [--nexmark-dir DIR]"
            + " [--bootstrap-servers HOST:PORT] [--kafka-rate N] [--latency-timeline FILE]"
            + " [--latency-warm-up 30s] [--output FILE.md] [--jfr DIR]";

    public BenchArguments {
        requireNonNull(command, "command is null");
        queries = List.copyOf(queries);
        requireNonNull(source, "source is null");
        requireNonNull(stateBackend, "stateBackend is null");
        requireNonNull(checkpointInterval, "checkpointInterval is null");
        requireNonNull(dataDirectory, "dataDirectory is null");
        requireNonNull(nexmarkDirectory, "nexmarkDirectory is null");
        requireNonNull(bootstrapServers, "bootstrapServers is null");
        requireNonNull(output, "output is null");
        requireNonNull(jfrDirectory, "jfrDirectory is null");
        requireNonNull(latencyTopics, "latencyTopics is null");
        requireNonNull(latencyTimeline, "latencyTimeline is null");
        requireNonNull(latencyWarmUp, "latencyWarmUp is null");
    }

    /** The one-line usage text. */
    public static String usage() {
        return USAGE;
    }

    /**
     * Parses a command line.
     *
     * @param defaultRoot the repository root, for the default data and query folders
     */
    public static BenchArguments parse(List<String> arguments, Path defaultRoot) {
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("No command given. " + USAGE);
        }
        Command command = Command.parse(arguments.get(0));
        Map<String, String> options = options(arguments.subList(1, arguments.size()));
        List<String> queries = queries(options.getOrDefault("--query", command == Command.CHECKPOINTS ? "q5" : "q0"));
        long events = positiveLong(options, "--events", 10_000_000L);
        int parallelism = (int) Math.min(Integer.MAX_VALUE, positiveLong(options, "--parallelism", 1));
        Source source = Source.parse(options.getOrDefault("--source", "nexmark"));
        String backend = options.getOrDefault("--state-backend", command == Command.CHECKPOINTS ? "rocksdb" : "hashmap");
        if (!backend.equals("hashmap") && !backend.equals("rocksdb")) {
            throw new IllegalArgumentException("Unknown value '" + backend + "' for --state-backend. Hint: hashmap or rocksdb");
        }
        int runs = (int) Math.min(Integer.MAX_VALUE, positiveLong(options, "--runs", 3));
        Optional<Duration> interval = Optional.ofNullable(options.get("--checkpoint-interval"))
                .map(text -> duration("--checkpoint-interval", text));
        long rate = positiveLong(options, "--tps", 10_000_000L);
        Path data = Path.of(options.getOrDefault("--data-dir", defaultRoot.resolve("benchmarks/target/nexmark-data").toString()));
        Path nexmark = Path.of(options.getOrDefault("--nexmark-dir", defaultRoot.resolve("nexmark").toString()));
        String servers = options.getOrDefault("--bootstrap-servers", "127.0.0.1:9092");
        long kafkaRate = positiveLong(options, "--kafka-rate", 50_000L);
        Optional<Path> output = Optional.ofNullable(options.get("--output")).map(Path::of);
        Optional<Path> jfr = Optional.ofNullable(options.get("--jfr")).map(Path::of);
        boolean inProcess = options.containsKey("--in-process");
        Optional<String> latencyTopics = Optional.ofNullable(options.get("--latency-topics"));
        Optional<Path> timeline = Optional.ofNullable(options.get("--latency-timeline")).map(Path::of);
        Duration warmUp = Optional.ofNullable(options.get("--latency-warm-up"))
                .map(text -> duration("--latency-warm-up", text, true)).orElse(DEFAULT_LATENCY_WARM_UP);
        return new BenchArguments(command, queries, events, parallelism, source, backend, runs, interval, rate,
                data, nexmark, servers, kafkaRate, output, jfr, inProcess, latencyTopics, timeline, warmUp);
    }

    /** The command line that gives these arguments for one query run in a child JVM. */
    public List<String> childArguments(String query) {
        List<String> line = new ArrayList<>(List.of(command.text(), "--query", query,
                "--events", Long.toString(events), "--parallelism", Integer.toString(parallelism),
                "--source", source.toString(), "--state-backend", stateBackend, "--tps", Long.toString(eventsPerSecond),
                "--data-dir", dataDirectory.toString(), "--nexmark-dir", nexmarkDirectory.toString(),
                "--bootstrap-servers", bootstrapServers, "--kafka-rate", Long.toString(kafkaRate), "--in-process"));
        checkpointInterval.ifPresent(value -> line.addAll(List.of("--checkpoint-interval", value.toMillis() + "ms")));
        latencyTopics.ifPresent(value -> line.addAll(List.of("--latency-topics", value)));
        return line;
    }

    /** The same arguments with another checkpoint interval (empty: none). */
    public BenchArguments withCheckpointInterval(Optional<Duration> interval) {
        return new BenchArguments(command, queries, events, parallelism, source, stateBackend, runs, interval,
                eventsPerSecond, dataDirectory, nexmarkDirectory, bootstrapServers, kafkaRate, output, jfrDirectory,
                inProcess, latencyTopics, latencyTimeline, latencyWarmUp);
    }

    /** The same arguments for a Kafka latency run over {@code bids} bids in the topics named {@code prefix}*. */
    public BenchArguments forLatencyRun(long bids, String prefix) {
        return new BenchArguments(command, queries, bids, parallelism, source, stateBackend, runs, checkpointInterval,
                eventsPerSecond, dataDirectory, nexmarkDirectory, bootstrapServers, kafkaRate, output, jfrDirectory,
                inProcess, Optional.of(prefix), latencyTimeline, latencyWarmUp);
    }

    private static Map<String, String> options(List<String> arguments) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String name = arguments.get(i);
            if (name.equals("--in-process")) {
                options.put(name, "true");
                continue;
            }
            if (!KNOWN_OPTIONS.contains(name)) {
                throw new IllegalArgumentException("Unknown option '" + name + "'. " + USAGE);
            }
            if (i + 1 >= arguments.size()) {
                throw new IllegalArgumentException("Option " + name + " needs a value. " + USAGE);
            }
            options.put(name, arguments.get(++i));
        }
        return options;
    }

    private static final List<String> KNOWN_OPTIONS = List.of("--query", "--events", "--parallelism", "--source",
            "--state-backend", "--runs", "--checkpoint-interval", "--tps", "--data-dir", "--nexmark-dir",
            "--bootstrap-servers", "--kafka-rate", "--output", "--jfr", "--latency-topics", "--latency-timeline",
            "--latency-warm-up");

    private static List<String> queries(String text) {
        if (text.equals("all")) {
            return ALL_QUERIES;
        }
        List<String> queries = new ArrayList<>();
        for (String name : text.split(",", -1)) {
            String query = name.trim().toLowerCase(Locale.ROOT);
            if (!query.matches("q\\d+")) {
                throw new IllegalArgumentException("Bad query name '" + name + "' in --query. Hint: q0, q5, q0,q1,q7 or all");
            }
            queries.add(query);
        }
        return queries;
    }

    private static long positiveLong(Map<String, String> options, String name, long defaultValue) {
        String text = options.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(text.replace("_", "").replace(",", ""));
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("Bad value '" + text + "' for " + name + ". Hint: a positive whole number such as 1000000");
    }

    private static Duration duration(String name, String text) {
        return duration(name, text, false);
    }

    private static Duration duration(String name, String text, boolean zeroAllowed) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|min)").matcher(text.trim());
        if (!matcher.matches() || (!zeroAllowed && Long.parseLong(matcher.group(1)) == 0)) {
            throw new IllegalArgumentException("Bad value '" + text + "' for " + name + ". Hint: a "
                    + (zeroAllowed ? "" : "positive ") + "duration such as 10s, 500ms or 1min");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }
}
