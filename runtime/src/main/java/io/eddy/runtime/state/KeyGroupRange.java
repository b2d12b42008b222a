package io.eddy.runtime.state;

/**
 * A contiguous, inclusive range of key groups owned by one subtask.
 *
 * @param start the first key group
 * @param end the last key group (inclusive); {@code end < start} is the empty range
 */
public record KeyGroupRange(int start, int end) {

    public KeyGroupRange {
        if (start < 0) {
            throw new IllegalArgumentException("key group range must not start below 0: " + start);
        }
    }

    public static KeyGroupRange of(int start, int end) {
        return new KeyGroupRange(start, end);
    }

    public boolean contains(int keyGroup) {
        return keyGroup >= start && keyGroup <= end;
    }

    public int size() {
        return Math.max(0, end - start + 1);
    }

    @Override
    public String toString() {
        return "key groups [" + start + ", " + end + "]";
    }
}
