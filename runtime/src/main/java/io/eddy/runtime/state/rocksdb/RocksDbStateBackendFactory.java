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

    public RocksDbStateBackendFactory(Path localDirectory, long memoryBudgetBytes) {
        this.localDirectory = requireNonNull(localDirectory, "localDirectory is null");
        this.memory = new RocksDbMemory(memoryBudgetBytes);
    }

    /** The factory configured by {@code state.backend.rocksdb.localdir} and {@code state.backend.rocksdb.memory.managed-size}. */
    public static RocksDbStateBackendFactory fromConfiguration(Configuration configuration) {
        String directory = configuration.get(RuntimeOptions.ROCKSDB_LOCAL_DIR);
        Path path = directory.isBlank() ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(directory);
        return new RocksDbStateBackendFactory(path, configuration.get(RuntimeOptions.ROCKSDB_MEMORY));
    }

    @Override
    public KeyedStateBackend create(RowSchema keySchema, int maxParallelism, KeyGroupRange range, Clock clock) {
        return new RocksDbKeyedStateBackend(keySchema, maxParallelism, range, clock, localDirectory, memory);
    }

    /** Number of open RocksDB instances created by this factory (for tests and metrics). */
    public int openInstances() {
        return memory.users();
    }

    public Path localDirectory() {
        return localDirectory;
    }
}
