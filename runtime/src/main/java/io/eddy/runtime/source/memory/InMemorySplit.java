package io.eddy.runtime.source.memory;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.source.SourceSplit;

/**
 * One split of an {@link InMemorySource}: which list of rows, and how many of them were read.
 *
 * @param splitId the split id ("split-0" ...)
 * @param index which list of the source
 * @param position rows already emitted
 */
public record InMemorySplit(String splitId, int index, int position) implements SourceSplit {
    public InMemorySplit {
        requireNonNull(splitId, "splitId is null");
        if (index < 0 || position < 0) {
            throw new IllegalArgumentException("index and position must not be negative: " + index + ", " + position);
        }
    }
}
