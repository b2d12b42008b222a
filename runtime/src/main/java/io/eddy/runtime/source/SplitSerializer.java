package io.eddy.runtime.source;

/**
 * Serializes splits (with their positions) into versioned bytes for checkpoints. A new version must
 * still read every older version it was given.
 *
 * @param <S> the split type
 */
public interface SplitSerializer<S extends SourceSplit> {

    /** The version {@link #serialize(SourceSplit)} writes. */
    int version();

    byte[] serialize(S split);

    /** Reads bytes written by {@code serialize} of the given version. */
    S deserialize(int version, byte[] bytes);
}
