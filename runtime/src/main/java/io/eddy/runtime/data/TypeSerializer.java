package io.eddy.runtime.data;

/**
 * Writes and reads values of one type in a compact binary form, for state snapshots and exchanges.
 * Implementations are stateless and thread-safe. Never Java serialization.
 *
 * @param <T> the value type
 */
public interface TypeSerializer<T> {

    void serialize(T value, BinaryOutput output);

    T deserialize(BinaryInput input);

    /** Serializes one value into a fresh byte array. */
    default byte[] toBytes(T value) {
        BinaryOutput output = new BinaryOutput();
        serialize(value, output);
        return output.toByteArray();
    }

    /** Reads one value from a byte array written by {@link #toBytes(Object)}. */
    default T fromBytes(byte[] bytes) {
        return deserialize(new BinaryInput(bytes));
    }
}
