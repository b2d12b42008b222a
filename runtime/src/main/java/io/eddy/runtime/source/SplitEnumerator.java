package io.eddy.runtime.source;

import java.util.List;

/**
 * Discovers splits and assigns them to readers. Runs on the job's coordinator thread. For unbounded
 * sources it may rediscover periodically ({@link EnumeratorContext#callPeriodically}).
 *
 * @param <S> the split type
 */
@SuppressWarnings("try") // close() may throw any exception, as connectors' clients do
public interface SplitEnumerator<S extends SourceSplit> extends AutoCloseable {

    /** Discovers the initial splits and assigns them; a bounded enumerator then signals no more splits. */
    void start() throws Exception;

    /** Splits of a failed reader that must be assigned again (to any reader). */
    void addSplitsBack(List<S> splits, int subtaskIndex);

    /** The enumerator's own state (e.g. splits not yet assigned, discovered ids) as versioned bytes. */
    byte[] snapshotState(long checkpointId) throws Exception;

    @Override
    void close() throws Exception;
}
