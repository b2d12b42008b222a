package io.eddy.runtime.state;

import java.util.Map;
import java.util.function.BiConsumer;

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

    /**
     * Calls {@code action} with each live entry of the current key, in the order of {@link #entries()}. Unlike
     * it, it need not copy the entries; {@code action} must not change this state.
     */
    default void forEach(BiConsumer<? super K, ? super V> action) {
        for (Map.Entry<K, V> entry : entries()) {
            action.accept(entry.getKey(), entry.getValue());
        }
    }

    boolean isEmpty();

    void clear();
}
