package io.eddy.connectors.generator;

import io.eddy.runtime.source.SourceSplit;

/**
 * One of {@code count} interleaved slices of a numbered sequence (rows, events): slice {@code index}
 * takes the numbers n with {@code n % count == index}. Its position is the next number it will emit,
 * so a restored reader resumes exactly where the snapshot was taken.
 *
 * @param index the slice, 0 ≤ index &lt; count
 * @param count the number of slices
 * @param nextNumber the next number this split emits ({@code ≡ index mod count})
 */
public record StridedSplit(int index, int count, long nextNumber) implements SourceSplit {

    public StridedSplit {
        if (count <= 0 || index < 0 || index >= count) {
            throw new IllegalArgumentException("invalid split " + index + " of " + count);
        }
        if (nextNumber < 0 || nextNumber % count != index) {
            throw new IllegalArgumentException("split " + index + " of " + count + " cannot be at number " + nextNumber);
        }
    }

    /** The split at its first number. */
    public static StridedSplit first(int index, int count) {
        return new StridedSplit(index, count, index);
    }

    /** The same split at another position. */
    public StridedSplit at(long number) {
        return new StridedSplit(index, count, number);
    }

    @Override
    public String splitId() {
        return "split-" + index + "-of-" + count;
    }

    @Override
    public String toString() {
        return splitId() + "@" + nextNumber;
    }
}
