package io.eddy.runtime.sink;

import java.util.List;

/**
 * Makes pre-committed data visible once a checkpoint has completed (two-phase commit). Commits must be
 * idempotent: after a restore the same committables may be committed again.
 *
 * @param <C> the committable type
 */
@SuppressWarnings("try") // close() may throw any exception, as connectors' clients do
public interface Committer<C> extends AutoCloseable {

    void commit(List<C> committables) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
