package io.eddy.runtime.state;

import static java.util.Objects.requireNonNull;

/**
 * A snapshot whose synchronous part was taken on the task thread (a consistent copy, or a native
 * RocksDB checkpoint) and whose rest (reading, uploading, writing) runs on the checkpoint I/O thread,
 * while the task keeps processing records.
 *
 * @param <T> what the snapshot yields
 */
public interface AsyncSnapshot<T> {

    /** Does the asynchronous part; called once, on the checkpoint I/O thread. */
    T complete() throws Exception;

    /** Whether {@link #complete()} has nothing left to do (the task may acknowledge right away). */
    default boolean isDone() {
        return false;
    }

    /** The checkpoint completed everywhere (on the task thread): what it wrote may now be shared by later ones. */
    default void confirm() {
    }

    /** A snapshot already complete. */
    static <T> AsyncSnapshot<T> done(T value) {
        requireNonNull(value, "value is null");
        return new AsyncSnapshot<>() {
            @Override
            public T complete() {
                return value;
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
