package io.eddy.runtime.state;

import java.util.Map;

/**
 * A map per key, scoped to the backend's current key.
 *
 * @param <K> the map key type
 * @param <V> the map value type
 */
public interface MapState<K, V> {

    /** The value under the map key, or {@code null} if absent or expired. */
    V get(K mapKey);

    void put(K mapKey, V value);

    void remove(K mapKey);

    boolean contains(K mapKey);

    /** A snapshot of the live entries of the current key, in map-key order when the keys are comparable. */
    Iterable<Map.Entry<K, V>> entries();

    boolean isEmpty();

    void clear();
}
