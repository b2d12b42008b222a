package io.eddy.runtime.source;

import java.util.List;

/**
 * Reads the splits assigned to one source subtask. Called from the task thread only, never
 * concurrently. {@link #pollNext(ReaderOutput)} must not block: it emits what is ready (a bounded
 * batch) and returns; clients that block (Kafka's poll, Kinesis' GetRecords) run in the reader's own
 * fetcher thread and hand records over through a queue.
 *
 * <p>Lifecycle: {@link #start()}, then {@link #addSplits(List)} (restored splits first), polls,
 * {@link #snapshotState(long)} between polls, {@link #notifyNoMoreSplits()} when the enumerator is done,
 * {@link #close()} always.
 *
 * @param <S> the split type
 */
@SuppressWarnings("try") // close() may throw any exception, as connectors' clients do
public interface SourceReader<S extends SourceSplit> extends AutoCloseable {

    void start() throws Exception;

    /** Emits available records through {@code output.forSplit(id)} and says whether more are ready. */
    InputStatus pollNext(ReaderOutput output) throws Exception;

    /** New splits to read, from the enumerator or from restored state. */
    void addSplits(List<S> splits);

    /** No more splits will be assigned: a bounded reader returns END_OF_INPUT once its splits are done. */
    void notifyNoMoreSplits();

    /** The assigned, unfinished splits with their current positions. */
    List<S> snapshotState(long checkpointId);

    @Override
    void close() throws Exception;
}
