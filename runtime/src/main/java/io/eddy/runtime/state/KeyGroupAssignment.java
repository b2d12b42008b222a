package io.eddy.runtime.state;

/**
 * Keys → key groups → subtasks, with Flink's KeyGroupRangeAssignment arithmetic so that state can be
 * redistributed when the parallelism changes: a key's group is {@code murmur(hash(key)) % maxParallelism},
 * subtask {@code i} of {@code p} owns the groups {@code [ceil(i * max / p), floor(((i + 1) * max - 1) / p)]}.
 */
public final class KeyGroupAssignment {

    /** Flink's default upper bound for rescaling when none is configured. */
    public static final int DEFAULT_MAX_PARALLELISM = 128;
    /** The largest supported max parallelism (2^15, as in Flink). */
    public static final int UPPER_BOUND_MAX_PARALLELISM = 1 << 15;

    private KeyGroupAssignment() {
    }

    /** The key group of a key with the given (stable) hash code. */
    public static int keyGroupForHash(int keyHash, int maxParallelism) {
        return murmurHash(keyHash) % maxParallelism;
    }

    /** The key group of a key object, by its {@code hashCode()} (stable for {@link io.eddy.runtime.data.Row}s). */
    public static int keyGroupFor(Object key, int maxParallelism) {
        return keyGroupForHash(key.hashCode(), maxParallelism);
    }

    /** The subtask index that owns a key group. */
    public static int subtaskForKeyGroup(int maxParallelism, int parallelism, int keyGroup) {
        return keyGroup * parallelism / maxParallelism;
    }

    /** The key groups owned by one subtask. */
    public static KeyGroupRange rangeForSubtask(int maxParallelism, int parallelism, int subtaskIndex) {
        checkParallelism(maxParallelism, parallelism);
        int start = (subtaskIndex * maxParallelism + parallelism - 1) / parallelism;
        int end = ((subtaskIndex + 1) * maxParallelism - 1) / parallelism;
        return new KeyGroupRange(start, end);
    }

    /** Checks that a parallelism fits under a max parallelism, with a message naming both. */
    public static void checkParallelism(int maxParallelism, int parallelism) {
        if (maxParallelism < 1 || maxParallelism > UPPER_BOUND_MAX_PARALLELISM) {
            throw new IllegalArgumentException("max parallelism must be in [1, " + UPPER_BOUND_MAX_PARALLELISM + "], got " + maxParallelism);
        }
        if (parallelism < 1 || parallelism > maxParallelism) {
            throw new IllegalArgumentException("parallelism " + parallelism + " must be in [1, max parallelism " + maxParallelism + "]");
        }
    }

    /** Murmur3's 32-bit mix of one int, made non-negative (Flink's MathUtils.murmurHash). */
    static int murmurHash(int code) {
        code *= 0xcc9e2d51;
        code = Integer.rotateLeft(code, 15);
        code *= 0x1b873593;
        code = Integer.rotateLeft(code, 13);
        code = code * 5 + 0xe6546b64;
        code ^= 4;
        code ^= code >>> 16;
        code *= 0x85ebca6b;
        code ^= code >>> 13;
        code *= 0xc2b2ae35;
        code ^= code >>> 16;
        if (code >= 0) {
            return code;
        } else if (code != Integer.MIN_VALUE) {
            return -code;
        }
        return 0;
    }
}
