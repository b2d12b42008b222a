package io.eddy.runtime.state;

import java.util.List;

/**
 * A list of values per key, scoped to the backend's current key.
 *
 * @param <V> the element type
 */
public interface ListState<V> {

    /** The elements of the current key (an empty list when there are none); do not modify it. */
    List<V> get();

    void add(V value);

    /** Replaces all elements of the current key. */
    void update(List<V> values);

    void clear();
}
