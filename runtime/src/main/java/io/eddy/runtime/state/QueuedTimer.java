package io.eddy.runtime.state;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;

/**
 * A pending timer as a {@link TimerQueue} holds it.
 *
 * @param time when it fires
 * @param key the key it is for
 * @param namespace the namespace it is for (a window end, or 0)
 * @param keyGroup the key group of {@code key}
 * @param sequence its registration number: timers of one time fire in increasing sequence
 */
public record QueuedTimer(long time, Row key, long namespace, int keyGroup, long sequence) {

    public QueuedTimer {
        requireNonNull(key, "key is null");
        if (keyGroup < 0) {
            throw new IllegalArgumentException("negative key group: " + keyGroup);
        }
    }

    @Override
    public String toString() {
        return "QueuedTimer[" + key + "/" + namespace + " at " + time + ", key group " + keyGroup + ", #" + sequence + "]";
    }
}
