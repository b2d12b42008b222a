package io.eddy.runtime.state;

/**
 * One value per key, scoped to the backend's current key.
 *
 * @param <V> the value type; values handed to {@link #update(Object)} must not be mutated afterwards
 */
public interface ValueState<V> {

    /** The value of the current key, or {@code null} if absent or expired. */
    V value();

    void update(V value);

    void clear();
}
