package io.eddy.runtime.state;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.TypeSerializer;

/**
 * Names a piece of keyed state and tells the backend how to serialize it.
 *
 * @param name unique within an operator; snapshots find the state again by it
 * @param type value, list or map state
 * @param keySerializer the map key serializer for MAP state, {@code null} otherwise
 * @param valueSerializer the value (or element) serializer
 * @param ttl time-to-live of the entries
 * @param serializedOnHeap whether the heap backend keeps the list elements or map values serialized, one byte
 *                         array each, rather than as objects: fewer objects for the collector to copy, for
 *                         values read far less often than they are kept; a hint other backends ignore
 * @param <K> the map key type (Void for value and list state)
 * @param <V> the value type
 */
public record StateDescriptor<K, V>(String name, Type type, TypeSerializer<K> keySerializer,
                                    TypeSerializer<V> valueSerializer, StateTtl ttl, boolean serializedOnHeap) {

    /** The three shapes of keyed state. */
    public enum Type { VALUE, LIST, MAP }

    public StateDescriptor {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(valueSerializer, "valueSerializer is null");
        requireNonNull(ttl, "ttl is null");
        if ((type == Type.MAP) != (keySerializer != null)) {
            throw new IllegalArgumentException("a key serializer is required for MAP state and only for it: " + name);
        }
    }

    /** A descriptor whose values the heap backend keeps as objects. */
    public StateDescriptor(String name, Type type, TypeSerializer<K> keySerializer, TypeSerializer<V> valueSerializer, StateTtl ttl) {
        this(name, type, keySerializer, valueSerializer, ttl, false);
    }

    public static <V> StateDescriptor<Void, V> value(String name, TypeSerializer<V> serializer) {
        return new StateDescriptor<>(name, Type.VALUE, null, serializer, StateTtl.DISABLED);
    }

    public static <V> StateDescriptor<Void, V> list(String name, TypeSerializer<V> serializer) {
        return new StateDescriptor<>(name, Type.LIST, null, serializer, StateTtl.DISABLED);
    }

    public static <K, V> StateDescriptor<K, V> map(String name, TypeSerializer<K> keySerializer, TypeSerializer<V> valueSerializer) {
        return new StateDescriptor<>(name, Type.MAP, keySerializer, valueSerializer, StateTtl.DISABLED);
    }

    /** The same descriptor with a time-to-live. */
    public StateDescriptor<K, V> withTtl(StateTtl newTtl) {
        return new StateDescriptor<>(name, type, keySerializer, valueSerializer, newTtl, serializedOnHeap);
    }

    /**
     * The same descriptor, asking the heap backend to keep the list elements or map values serialized
     * (list and map state); see {@code serializedOnHeap}. Snapshots are the same bytes either way.
     */
    public StateDescriptor<K, V> withValuesSerializedOnHeap() {
        if (type == Type.VALUE) {
            throw new IllegalArgumentException("only list and map state keep their values serialized on the heap: " + name);
        }
        return new StateDescriptor<>(name, type, keySerializer, valueSerializer, ttl, true);
    }

    @Override
    public String toString() {
        return type + " state '" + name + "'" + (ttl.isEnabled() ? " ttl " + ttl.timeToLive() : "");
    }
}
