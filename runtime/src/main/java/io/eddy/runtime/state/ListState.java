package io.eddy.runtime.state;

import java.util.List;
import java.util.function.Consumer;

/**
 * A list of values per key, scoped to the backend's current key.
 *
 * @param <V> the element type
 */
public interface ListState<V> {

    /** The elements of the current key (an empty list when there are none); do not modify it. */
    List<V> get();

    /**
     * Calls {@code action} with each element of the current key, in order. Unlike {@link #get()} it need not
     * copy the elements into a new list; {@code action} must not change this state.
     */
    default void forEach(Consumer<? super V> action) {
        for (V value : get()) {
            action.accept(value);
        }
    }

    void add(V value);

    /** Replaces all elements of the current key. */
    void update(List<V> values);

    void clear();
}
