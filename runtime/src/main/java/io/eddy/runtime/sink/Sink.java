package io.eddy.runtime.sink;

import io.eddy.runtime.data.TypeSerializer;
import java.util.Optional;

/**
 * A connector's sink: one writer per parallel subtask and, for transactional (exactly-once) sinks, a
 * committer that commits what the writers pre-committed when a checkpoint completes. Implementations are
 * immutable descriptions shared by all subtasks.
 *
 * @param <C> the committable type; {@code Void} for sinks without commits
 */
public interface Sink<C> {

    SinkWriter<C> createWriter(SinkContext context) throws Exception;

    /** The committer, for sinks whose writers pre-commit; empty by default. */
    default Optional<Committer<C>> createCommitter() throws Exception {
        return Optional.empty();
    }

    /**
     * Serializes committables into checkpoints, so that what was pre-committed for a checkpoint is
     * committed after a restore too; required when {@link #createCommitter()} is not empty.
     */
    default Optional<TypeSerializer<C>> committableSerializer() {
        return Optional.empty();
    }
}
