package io.eddy.runtime.state;

import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.time.Clock;

/** Creates the keyed state backend of one operator subtask ({@code state.backend.type}). */
@FunctionalInterface
public interface StateBackendFactory {

    /**
     * @param keySchema the schema of the operator's keys
     * @param maxParallelism the number of key groups
     * @param range the key groups this subtask owns
     * @param clock processing time, for state TTL
     */
    KeyedStateBackend create(RowSchema keySchema, int maxParallelism, KeyGroupRange range, Clock clock);
}
