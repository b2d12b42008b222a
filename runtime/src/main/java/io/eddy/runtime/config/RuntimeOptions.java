package io.eddy.runtime.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The runtime's options, with Flink's keys and defaults (Eddy-only keys start with {@code eddy.}). */
public final class RuntimeOptions {

    public static final ConfigOption<Integer> TASK_SLOTS = new ConfigOption<>(
            "taskmanager.numberOfTaskSlots", Runtime.getRuntime().availableProcessors(),
            text -> positive(Integer.parseInt(text)),
            "Number of task slots; one slot runs one parallel pipeline of a job (slot sharing).", "number of cores");

    public static final ConfigOption<Integer> DEFAULT_PARALLELISM = new ConfigOption<>(
            "parallelism.default", 1, text -> positive(Integer.parseInt(text)),
            "Parallelism of operators that do not set their own.");

    public static final ConfigOption<Integer> MAX_PARALLELISM = new ConfigOption<>(
            "pipeline.max-parallelism", 128, text -> positive(Integer.parseInt(text)),
            "Number of key groups: the upper bound of rescaling keyed state.");

    public static final ConfigOption<Boolean> OPERATOR_CHAINING = new ConfigOption<>(
            "pipeline.operator-chaining.enabled", true, RuntimeOptions::parseBoolean,
            "Whether operators on forward edges of equal parallelism run chained in one task.");

    public static final ConfigOption<Duration> BUFFER_TIMEOUT = new ConfigOption<>(
            "execution.buffer-timeout", Duration.ofMillis(100), Durations::parse,
            "Longest time records wait in a partly filled exchange buffer; 0 flushes after every record.");

    public static final ConfigOption<Integer> RECORDS_PER_BUFFER = new ConfigOption<>(
            "eddy.exchange.records-per-buffer", 256, text -> positive(Integer.parseInt(text)),
            "Records per exchange buffer; a buffer is sent when full or at the buffer timeout.");

    public static final ConfigOption<Integer> BUFFERS_PER_CHANNEL = new ConfigOption<>(
            "taskmanager.network.memory.buffers-per-channel", 2, text -> positive(Integer.parseInt(text)),
            "Buffers in flight per exchange channel before the producer is back-pressured.");

    public static final ConfigOption<Duration> SOURCE_IDLE_TIMEOUT = new ConfigOption<>(
            "table.exec.source.idle-timeout", Duration.ZERO, Durations::parse,
            "A source split without records for this long is idle and does not hold back the watermark; 0 disables.");

    public static final ConfigOption<Duration> STATE_TTL = new ConfigOption<>(
            "table.exec.state.ttl", Duration.ZERO, Durations::parse,
            "Keyed state not written for this long expires; 0 keeps state forever.");

    public static final ConfigOption<String> STATE_BACKEND = new ConfigOption<>(
            "state.backend.type", "hashmap", RuntimeOptions::parseBackend,
            "Where keyed state lives: hashmap (on the heap) or rocksdb (an embedded RocksDB per operator subtask, on local disk).");

    public static final ConfigOption<String> ROCKSDB_LOCAL_DIR = new ConfigOption<>(
            "state.backend.rocksdb.localdir", "", text -> text,
            "Directory for the RocksDB instances of operator subtasks (each deleted when its task closes); empty is the system temp directory.",
            "system temp directory");

    public static final ConfigOption<Long> ROCKSDB_MEMORY = new ConfigOption<>(
            "state.backend.rocksdb.memory.managed-size", 64L << 20, text -> positive(MemorySizes.parse(text)),
            "Memory shared by all RocksDB state of a job: one LRU block cache of this size, memtables charged to it (at most half).",
            "64 mb");

    /** The value of {@link #ROCKSDB_TIMER_SERVICE} that keeps timers in RocksDB. */
    public static final String TIMERS_IN_ROCKSDB = "ROCKSDB";

    public static final ConfigOption<String> ROCKSDB_TIMER_SERVICE = new ConfigOption<>(
            "state.backend.rocksdb.timer-service.factory", TIMERS_IN_ROCKSDB, RuntimeOptions::parseTimerService,
            "Where timers live with the RocksDB backend: ROCKSDB (in RocksDB, with the earliest of each key group cached on the heap) or HEAP.");

    public static final ConfigOption<Duration> CHECKPOINTING_INTERVAL = new ConfigOption<>(
            "execution.checkpointing.interval", Duration.ZERO, Durations::parse,
            "Time between periodic checkpoints; 0 takes checkpoints only when asked.");

    public static final ConfigOption<CheckpointingMode> CHECKPOINTING_MODE = new ConfigOption<>(
            "execution.checkpointing.mode", CheckpointingMode.EXACTLY_ONCE, CheckpointingMode::parse,
            "EXACTLY_ONCE aligns barriers (a channel whose barrier arrived waits for the others); AT_LEAST_ONCE keeps reading it.");

    public static final ConfigOption<Duration> CHECKPOINTING_TIMEOUT = new ConfigOption<>(
            "execution.checkpointing.timeout", Duration.ofMinutes(10), text -> atLeast(Durations.parse(text), Duration.ofMillis(10)),
            "A checkpoint not complete within this time is aborted (its partial state discarded, nothing committed).");

    public static final ConfigOption<Duration> CHECKPOINTING_MIN_PAUSE = new ConfigOption<>(
            "execution.checkpointing.min-pause", Duration.ZERO, Durations::parse,
            "Least time between the end of one periodic checkpoint and the start of the next.");

    public static final ConfigOption<Integer> MAX_CONCURRENT_CHECKPOINTS = new ConfigOption<>(
            "execution.checkpointing.max-concurrent-checkpoints", 1, RuntimeOptions::onlyOne,
            "How many checkpoints may be in progress at once; Eddy takes one at a time, so only 1 is accepted.");

    public static final ConfigOption<Integer> TOLERABLE_FAILED_CHECKPOINTS = new ConfigOption<>(
            "execution.checkpointing.tolerable-failed-checkpoints", 0, text -> notNegative(Integer.parseInt(text)),
            "Checkpoint failures in a row tolerated; one more fails the job (which restarts per the restart strategy).");

    public static final ConfigOption<String> CHECKPOINTING_DIR = new ConfigOption<>(
            "execution.checkpointing.dir", "", text -> text,
            "Directory where completed checkpoints are written (a directory per job, chk-<id> per checkpoint); empty keeps them in memory only.",
            "none");

    public static final ConfigOption<Integer> CHECKPOINTS_RETAINED = new ConfigOption<>(
            "execution.checkpointing.num-retained", 1, text -> positive(Integer.parseInt(text)),
            "How many completed checkpoints are kept in the checkpoint directory.");

    public static final ConfigOption<Boolean> CHECKPOINTING_INCREMENTAL = new ConfigOption<>(
            "execution.checkpointing.incremental", false, RuntimeOptions::parseBoolean,
            "Whether RocksDB state is checkpointed incrementally: only SST files no earlier checkpoint stored are copied (needs execution.checkpointing.dir).");

    public static final ConfigOption<String> RESTART_STRATEGY = new ConfigOption<>(
            "restart-strategy.type", "none", RuntimeOptions::parseRestartStrategy,
            "What happens when a job fails: none, fixed-delay or exponential-delay (restart from the last checkpoint).",
            "none; exponential-delay when checkpointing is on");

    public static final ConfigOption<Integer> RESTART_ATTEMPTS = new ConfigOption<>(
            "restart-strategy.fixed-delay.attempts", 1, text -> positive(Integer.parseInt(text)),
            "How many times a failed job is restarted with the fixed-delay strategy.");

    public static final ConfigOption<Duration> RESTART_DELAY = new ConfigOption<>(
            "restart-strategy.fixed-delay.delay", Duration.ofSeconds(1), Durations::parse,
            "The wait before each restart with the fixed-delay strategy.");

    public static final ConfigOption<Duration> RESTART_INITIAL_BACKOFF = new ConfigOption<>(
            "restart-strategy.exponential-delay.initial-backoff", Duration.ofSeconds(1), Durations::parse,
            "The wait before the first restart with the exponential-delay strategy.");

    public static final ConfigOption<Duration> RESTART_MAX_BACKOFF = new ConfigOption<>(
            "restart-strategy.exponential-delay.max-backoff", Duration.ofMinutes(1), Durations::parse,
            "The longest wait between restarts with the exponential-delay strategy.");

    public static final ConfigOption<Double> RESTART_BACKOFF_MULTIPLIER = new ConfigOption<>(
            "restart-strategy.exponential-delay.backoff-multiplier", 1.5, text -> atLeast(Double.parseDouble(text), 1),
            "How much longer each further wait is with the exponential-delay strategy.");

    public static final ConfigOption<Double> RESTART_JITTER = new ConfigOption<>(
            "restart-strategy.exponential-delay.jitter-factor", 0.1, text -> fraction(Double.parseDouble(text)),
            "The share of each wait by which it varies at random, so restarts of many jobs spread out.");

    public static final ConfigOption<Integer> RESTART_EXPONENTIAL_ATTEMPTS = new ConfigOption<>(
            "restart-strategy.exponential-delay.attempts-before-reset-backoff", Integer.MAX_VALUE,
            text -> positive(Integer.parseInt(text)),
            "How many failures in a row the exponential-delay strategy restarts before the job fails.", "unlimited");

    public static final ConfigOption<Duration> RESTART_RESET_THRESHOLD = new ConfigOption<>(
            "restart-strategy.exponential-delay.reset-backoff-threshold", Duration.ofHours(1), Durations::parse,
            "How long a run must last for the next failure to count as the first again (wait and attempts).");

    /** Every option, for option tables and the test that pins them. */
    public static final List<ConfigOption<?>> ALL = List.of(TASK_SLOTS, DEFAULT_PARALLELISM, MAX_PARALLELISM,
            OPERATOR_CHAINING, BUFFER_TIMEOUT, RECORDS_PER_BUFFER, BUFFERS_PER_CHANNEL, SOURCE_IDLE_TIMEOUT,
            STATE_TTL, STATE_BACKEND, ROCKSDB_LOCAL_DIR, ROCKSDB_MEMORY, ROCKSDB_TIMER_SERVICE, CHECKPOINTING_INTERVAL, CHECKPOINTING_MODE,
            CHECKPOINTING_TIMEOUT, CHECKPOINTING_MIN_PAUSE, MAX_CONCURRENT_CHECKPOINTS, TOLERABLE_FAILED_CHECKPOINTS,
            CHECKPOINTING_DIR, CHECKPOINTS_RETAINED, RESTART_STRATEGY, RESTART_ATTEMPTS, RESTART_DELAY, RESTART_INITIAL_BACKOFF,
            RESTART_MAX_BACKOFF, RESTART_BACKOFF_MULTIPLIER, RESTART_JITTER, RESTART_EXPONENTIAL_ATTEMPTS,
            RESTART_RESET_THRESHOLD, CHECKPOINTING_INCREMENTAL);

    private RuntimeOptions() {
    }

    /** The Markdown table of the given options (key, default, description), as in the design notes. */
    public static String markdownTable(List<ConfigOption<?>> options) {
        StringBuilder table = new StringBuilder("| key | default | description |\n|---|---|---|\n");
        for (ConfigOption<?> option : options) {
            table.append("| `").append(option.key()).append("` | ").append(option.defaultText()).append(" | ")
                    .append(option.description()).append(" |\n");
        }
        return table.toString();
    }

    private static int positive(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("must be at least 1");
        }
        return value;
    }

    private static long positive(long value) {
        if (value < 1) {
            throw new IllegalArgumentException("must be at least 1");
        }
        return value;
    }

    private static int notNegative(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("must be at least 0");
        }
        return value;
    }

    private static int onlyOne(String text) {
        if (Integer.parseInt(text) != 1) {
            throw new IllegalArgumentException("only 1 is supported: Eddy takes one checkpoint at a time");
        }
        return 1;
    }

    private static Duration atLeast(Duration value, Duration minimum) {
        if (value.compareTo(minimum) < 0) {
            throw new IllegalArgumentException("must be at least " + Durations.format(minimum));
        }
        return value;
    }

    private static double atLeast(double value, double minimum) {
        if (!(value >= minimum)) {
            throw new IllegalArgumentException("must be at least " + minimum);
        }
        return value;
    }

    private static double fraction(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("must be between 0 and 1");
        }
        return value;
    }

    private static boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        } else if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("expected true or false");
    }

    private static String parseRestartStrategy(String text) {
        return switch (text) {
            case "none", "disable", "off" -> "none";
            case "fixed-delay", "fixeddelay" -> "fixed-delay";
            case "exponential-delay", "exponentialdelay" -> "exponential-delay";
            default -> throw new IllegalArgumentException("expected none, fixed-delay or exponential-delay");
        };
    }

    private static String parseTimerService(String text) {
        if (text.equalsIgnoreCase(TIMERS_IN_ROCKSDB) || text.equalsIgnoreCase("HEAP")) {
            return text.toUpperCase(Locale.ROOT);
        }
        throw new IllegalArgumentException("expected ROCKSDB or HEAP");
    }

    private static String parseBackend(String text) {
        if (text.equals("hashmap") || text.equals("rocksdb")) {
            return text;
        }
        throw new IllegalArgumentException("expected hashmap or rocksdb");
    }
}
