package io.eddy.runtime.state.rocksdb;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.state.KeyGroupRange;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.StateBackendFactory;
import io.eddy.runtime.time.Clock;
import java.nio.file.Path;

/**
 * Creates RocksDB keyed state backends ({@code state.backend.type = rocksdb}) for the operator subtasks
 * of one job: each gets its own instance under the local directory, and all share one memory budget
 * ({@code state.backend.rocksdb.memory.managed-size}).
 */
public final class RocksDbStateBackendFactory implements StateBackendFactory {

    private final Path localDirectory;
    private final RocksDbMemory memory;
    private final Path sharedDirectory;
    private final boolean incremental;
    private final boolean timersInRocksDb;

    /** A factory whose backends take canonical checkpoints only. */
    public RocksDbStateBackendFactory(Path localDirectory, long memoryBudgetBytes) {
        this(localDirectory, memoryBudgetBytes, null, false);
    }

    /** A factory whose backends keep timers in RocksDB. */
    public RocksDbStateBackendFactory(Path localDirectory, long memoryBudgetBytes, Path sharedDirectory, boolean incremental) {
        this(localDirectory, memoryBudgetBytes, sharedDirectory, incremental, true);
    }

    /**
     * @param sharedDirectory where incremental checkpoints store their files (the job's checkpoint
     *     directory's {@code shared}); null when checkpoints stay in memory
     * @param incremental whether checkpoints are incremental
     * @param timersInRocksDb whether timers live in RocksDB ({@code state.backend.rocksdb.timer-service.factory = ROCKSDB})
     *     or on the heap ({@code HEAP})
     */
    public RocksDbStateBackendFactory(Path localDirectory, long memoryBudgetBytes, Path sharedDirectory, boolean incremental,
                                      boolean timersInRocksDb) {
        this.localDirectory = requireNonNull(localDirectory, "localDirectory is null");
        this.memory = new RocksDbMemory(memoryBudgetBytes);
        this.sharedDirectory = sharedDirectory;
        this.incremental = incremental;
        this.timersInRocksDb = timersInRocksDb;
    }

    /**
     * The factory configured by {@code state.backend.rocksdb.localdir}, {@code state.backend.rocksdb.memory.managed-size}
     * and {@code state.backend.rocksdb.timer-service.factory}.
     */
    public static RocksDbStateBackendFactory fromConfiguration(Configuration configuration) {
        return fromConfiguration(configuration, null);
    }

    /**
     * The factory of job {@code jobId}: also {@code execution.checkpointing.incremental}, storing files under
     * {@code <execution.checkpointing.dir>/<job id>/shared}.
     */
    public static RocksDbStateBackendFactory fromConfiguration(Configuration configuration, String jobId) {
        String directory = configuration.get(RuntimeOptions.ROCKSDB_LOCAL_DIR);
        Path path = directory.isBlank() ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(directory);
        String checkpoints = configuration.get(RuntimeOptions.CHECKPOINTING_DIR);
        Path shared = checkpoints.isBlank() || jobId == null ? null : Path.of(checkpoints).resolve(jobId).resolve(SHARED_DIRECTORY);
        return new RocksDbStateBackendFactory(path, configuration.get(RuntimeOptions.ROCKSDB_MEMORY), shared,
                configuration.get(RuntimeOptions.CHECKPOINTING_INCREMENTAL),
                configuration.get(RuntimeOptions.ROCKSDB_TIMER_SERVICE).equals(RuntimeOptions.TIMERS_IN_ROCKSDB));
    }

    /** The directory under a job's checkpoint directory holding the files of incremental checkpoints. */
    public static final String SHARED_DIRECTORY = "shared";

    @Override
    public KeyedStateBackend create(RowSchema keySchema, int maxParallelism, KeyGroupRange range, Clock clock) {
        return new RocksDbKeyedStateBackend(keySchema, maxParallelism, range, clock, localDirectory, memory, sharedDirectory, incremental,
                timersInRocksDb);
    }

    /** Number of open RocksDB instances created by this factory (for tests and metrics). */
    public int openInstances() {
        return memory.users();
    }

    public Path localDirectory() {
        return localDirectory;
    }
}
