package io.eddy.runtime.source;

/**
 * A connector's source: one split enumerator per job, one reader per parallel subtask. Every connector
 * (Kafka, Kinesis, files, datagen) has this shape. Implementations are immutable descriptions, shared
 * by all subtasks.
 *
 * @param <S> the split type
 */
public interface Source<S extends SourceSplit> {

    Boundedness boundedness();

    /**
     * Creates the enumerator, restoring it from bytes written by {@link SplitEnumerator#snapshotState(long)},
     * or {@code null} on a fresh start. Splits restored into readers are not assigned again.
     */
    SplitEnumerator<S> createEnumerator(EnumeratorContext<S> context, byte[] restoredState) throws Exception;

    SourceReader<S> createReader(ReaderContext context) throws Exception;

    SplitSerializer<S> splitSerializer();
}
