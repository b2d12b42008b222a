package io.eddy.runtime.sink;

import io.eddy.runtime.data.Row;
import java.util.List;

/**
 * Writes one sink subtask's rows. Called from the task thread only. Lifecycle: writes (and
 * watermarks); at each checkpoint {@link #flush(boolean) flush(false)} then {@link #prepareCommit(long)};
 * at the end of bounded input {@code flush(true)} and a last {@code prepareCommit}; {@link #close()} always.
 *
 * @param <C> the committable type (for example a transaction id); use {@code Void} for sinks without commits
 */
@SuppressWarnings("try") // close() may throw any exception, as connectors' clients do
public interface SinkWriter<C> extends AutoCloseable {

    /** Writes one row; the row may be reused by the caller after the call, so copy what is kept. */
    void write(Row row) throws Exception;

    /** Event time progressed; most sinks ignore it. */
    default void writeWatermark(long watermark) throws Exception {
    }

    /** Pushes buffered rows to the external system; {@code endOfInput} when no more rows will come. */
    void flush(boolean endOfInput) throws Exception;

    /** What must be committed once the checkpoint completes (pre-committed transactions); empty by default. */
    default List<C> prepareCommit(long checkpointId) throws Exception {
        return List.of();
    }

    /**
     * A checkpoint this run took completed and what was pre-committed up to it is committed. By then
     * every subtask of the job has started and committed what it restored, so a transactional writer
     * may clean up after earlier runs (abort their lingering transactions). Not called for the commits
     * of restored committables. Empty by default.
     */
    default void notifyCheckpointComplete(long checkpointId) throws Exception {
    }

    @Override
    void close() throws Exception;
}
