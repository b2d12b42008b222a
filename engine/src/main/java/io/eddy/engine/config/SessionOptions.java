package io.eddy.engine.config;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code SET} keys Eddy knows, with Flink's names, types and defaults. Their values are
 * checked by {@code SET}; keys not listed here are accepted unchecked, as Flink does.
 */
public final class SessionOptions {

    /** {@code execution.runtime-mode}. */
    public enum RuntimeMode {
        STREAMING, BATCH, AUTOMATIC;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code execution.checkpointing.mode}. */
    public enum CheckpointingMode { EXACTLY_ONCE, AT_LEAST_ONCE }

    /** {@code state.backend.type}. */
    public enum StateBackend {
        HASHMAP, ROCKSDB;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code state.backend.rocksdb.timer-service.factory}. */
    public enum TimerService { ROCKSDB, HEAP }

    /** {@code sql-client.execution.result-mode}. */
    public enum ResultMode {
        TABLE, CHANGELOG, TABLEAU;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final ConfigOption<RuntimeMode> RUNTIME_MODE = ConfigOptions.key("execution.runtime-mode")
            .enumType(RuntimeMode.class).defaultValue(RuntimeMode.STREAMING)
            .withDescription("Whether queries run as unbounded streams or bounded batches.");
    public static final ConfigOption<Duration> CHECKPOINTING_INTERVAL = ConfigOptions
            .key("execution.checkpointing.interval").durationType().noDefaultValue()
            .withDescription("How often checkpoints are taken; none when unset.");
    public static final ConfigOption<CheckpointingMode> CHECKPOINTING_MODE = ConfigOptions
            .key("execution.checkpointing.mode").enumType(CheckpointingMode.class)
            .defaultValue(CheckpointingMode.EXACTLY_ONCE)
            .withDescription("EXACTLY_ONCE aligns checkpoint barriers; AT_LEAST_ONCE does not (inputs whose "
                    + "barrier arrived keep being read).");
    public static final ConfigOption<Duration> CHECKPOINTING_TIMEOUT = ConfigOptions
            .key("execution.checkpointing.timeout").durationType().defaultValue(Duration.ofMinutes(10))
            .withCheck(value -> value.toMillis() >= 10, "a duration of at least 10 ms such as '10 min'")
            .withDescription("How long a checkpoint may take before it is aborted.");
    public static final ConfigOption<Duration> CHECKPOINTING_MIN_PAUSE = ConfigOptions
            .key("execution.checkpointing.min-pause").durationType().defaultValue(Duration.ZERO)
            .withDescription("The least time between the end of one checkpoint and the start of the next.");
    public static final ConfigOption<Integer> MAX_CONCURRENT_CHECKPOINTS = ConfigOptions
            .key("execution.checkpointing.max-concurrent-checkpoints").intType().defaultValue(1)
            .withCheck(value -> value == 1, "1 (Eddy takes one checkpoint at a time)")
            .withDescription("How many checkpoints may be in progress at once; only 1 is supported.");
    public static final ConfigOption<Integer> TOLERABLE_FAILED_CHECKPOINTS = ConfigOptions
            .key("execution.checkpointing.tolerable-failed-checkpoints").intType().defaultValue(0)
            .withCheck(value -> value >= 0, "a non-negative integer such as '3'")
            .withDescription("Checkpoint failures in a row tolerated before the job fails.");
    public static final ConfigOption<String> CHECKPOINTS_DIRECTORY = ConfigOptions
            .key("execution.checkpointing.dir").stringType().noDefaultValue()
            .withFallbackKeys("state.checkpoints.dir")
            .withDescription("Directory where checkpoints are written.");
    public static final ConfigOption<Integer> CHECKPOINTS_RETAINED = ConfigOptions
            .key("execution.checkpointing.num-retained").intType().defaultValue(1)
            .withFallbackKeys("state.checkpoints.num-retained")
            .withCheck(value -> value > 0, "a positive integer such as '3'")
            .withDescription("How many completed checkpoints are kept in a job's checkpoint directory.");
    public static final ConfigOption<Boolean> CHECKPOINTING_INCREMENTAL = ConfigOptions
            .key("execution.checkpointing.incremental").booleanType().defaultValue(false)
            .withFallbackKeys("state.backend.incremental")
            .withDescription("Whether RocksDB state is checkpointed incrementally (only new SST files are copied).");
    public static final ConfigOption<String> SAVEPOINT_DIRECTORY = ConfigOptions
            .key("execution.checkpointing.savepoint-dir").stringType().noDefaultValue()
            .withFallbackKeys("state.savepoints.dir")
            .withDescription("Directory where STOP JOB ... WITH SAVEPOINT writes savepoints.");
    public static final ConfigOption<String> STATE_RECOVERY_PATH = ConfigOptions
            .key("execution.state-recovery.path").stringType().noDefaultValue()
            .withFallbackKeys("execution.savepoint.path")
            .withDescription("Savepoint or checkpoint the jobs submitted while it is set start from; a job's "
                    + "checkpoint directory means its latest complete checkpoint.");
    public static final ConfigOption<Boolean> STATE_RECOVERY_IGNORE_UNCLAIMED = ConfigOptions
            .key("execution.state-recovery.ignore-unclaimed-state").booleanType().defaultValue(false)
            .withFallbackKeys("execution.savepoint.ignore-unclaimed-state")
            .withDescription("Whether a restore may skip state of operators the new job does not have.");
    public static final ConfigOption<Integer> PARALLELISM = ConfigOptions.key("parallelism.default")
            .intType().defaultValue(1).withCheck(value -> value > 0, "a positive integer such as '4'")
            .withDescription("The parallelism of operators that do not set their own.");
    public static final ConfigOption<String> PIPELINE_NAME = ConfigOptions.key("pipeline.name")
            .stringType().noDefaultValue().withDescription("The name of the next submitted job.");
    public static final ConfigOption<Duration> AUTO_WATERMARK_INTERVAL = ConfigOptions
            .key("pipeline.auto-watermark-interval").durationType().defaultValue(Duration.ofMillis(200))
            .withDescription("How often sources emit watermarks.");
    public static final ConfigOption<StateBackend> STATE_BACKEND = ConfigOptions.key("state.backend.type")
            .enumType(StateBackend.class).defaultValue(StateBackend.HASHMAP)
            .withDescription("Where keyed state lives: on the heap or in RocksDB.");
    public static final ConfigOption<TimerService> ROCKSDB_TIMER_SERVICE = ConfigOptions
            .key("state.backend.rocksdb.timer-service.factory").enumType(TimerService.class)
            .defaultValue(TimerService.ROCKSDB)
            .withDescription("Where timers live with the RocksDB backend: in RocksDB or on the heap.");
    public static final ConfigOption<Duration> SOURCE_IDLE_TIMEOUT = ConfigOptions
            .key("table.exec.source.idle-timeout").durationType().defaultValue(Duration.ZERO)
            .withDescription("After how long without records a source split stops holding back watermarks.");
    public static final ConfigOption<Duration> STATE_TTL = ConfigOptions.key("table.exec.state.ttl")
            .durationType().defaultValue(Duration.ZERO)
            .withDescription("How long idle state is kept; 0 keeps it forever.");
    public static final ConfigOption<Boolean> MINI_BATCH_ENABLED = ConfigOptions
            .key("table.exec.mini-batch.enabled").booleanType().defaultValue(false)
            .withDescription("Whether aggregations buffer input in mini-batches.");
    public static final ConfigOption<Integer> WINDOW_AGG_BUFFER_SIZE_LIMIT = ConfigOptions
            .key("table.exec.window-agg.buffer-size-limit").intType().defaultValue(100_000)
            .withCheck(value -> value > 0, "a positive integer such as '100000'")
            .withDescription("How many (key, slice) accumulators a window aggregation combines in memory before writing them to state.");
    public static final ConfigOption<Boolean> REUSE_SOURCE = ConfigOptions
            .key("table.optimizer.reuse-source-enabled").booleanType().defaultValue(true)
            .withDescription("Whether scans of one table in one job share a single source, reading the union of their columns.");
    public static final ConfigOption<Boolean> DML_SYNC = ConfigOptions.key("table.dml-sync")
            .booleanType().defaultValue(false)
            .withDescription("Whether INSERT waits for its job to finish.");
    public static final ConfigOption<String> LOCAL_TIME_ZONE = ConfigOptions.key("table.local-time-zone")
            .stringType().defaultValue("default")
            .withCheck(SessionOptions::isTimeZone, "a time zone id such as 'UTC' or 'Europe/Berlin'")
            .withDescription("The session time zone of TIMESTAMP_LTZ values.");
    public static final ConfigOption<ResultMode> RESULT_MODE = ConfigOptions
            .key("sql-client.execution.result-mode").enumType(ResultMode.class)
            .defaultValue(ResultMode.TABLE).withDescription("How the shell shows query results.");
    public static final ConfigOption<Boolean> VERBOSE = ConfigOptions.key("sql-client.verbose")
            .booleanType().defaultValue(false).withDescription("Whether the shell prints stack traces.");

    /** Every known option. */
    public static final List<ConfigOption<?>> ALL = List.of(RUNTIME_MODE, CHECKPOINTING_INTERVAL,
            CHECKPOINTING_MODE, CHECKPOINTING_TIMEOUT, CHECKPOINTING_MIN_PAUSE, MAX_CONCURRENT_CHECKPOINTS,
            TOLERABLE_FAILED_CHECKPOINTS, CHECKPOINTS_DIRECTORY, CHECKPOINTS_RETAINED,
            SAVEPOINT_DIRECTORY, STATE_RECOVERY_PATH, STATE_RECOVERY_IGNORE_UNCLAIMED, PARALLELISM, PIPELINE_NAME,
            AUTO_WATERMARK_INTERVAL, STATE_BACKEND, ROCKSDB_TIMER_SERVICE, SOURCE_IDLE_TIMEOUT, STATE_TTL, MINI_BATCH_ENABLED, REUSE_SOURCE,
            WINDOW_AGG_BUFFER_SIZE_LIMIT,
            DML_SYNC, LOCAL_TIME_ZONE, RESULT_MODE, VERBOSE, CHECKPOINTING_INCREMENTAL);

    private SessionOptions() {
    }

    /** The known option {@code key} names (directly or as a fallback key), if any. */
    public static Optional<ConfigOption<?>> find(String key) {
        return ALL.stream().filter(option -> option.matches(key)).findFirst();
    }

    private static boolean isTimeZone(String text) {
        if (text.equals("default")) {
            return true;
        }
        try {
            ZoneId.of(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
