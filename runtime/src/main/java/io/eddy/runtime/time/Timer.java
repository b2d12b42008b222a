package io.eddy.runtime.time;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;

/**
 * A timer as handed to an operator when it fires.
 *
 * @param time when it fires (event or processing time, epoch milliseconds)
 * @param key the key it was registered under (already set as the current key)
 * @param namespace the namespace it was registered with
 */
public record Timer(long time, Row key, long namespace) {
    public Timer {
        requireNonNull(key, "key is null");
    }
}
