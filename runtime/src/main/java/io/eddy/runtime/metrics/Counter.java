package io.eddy.runtime.metrics;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter written by one task thread and read by any thread. Writes are ordered stores, not
 * atomic read-modify-writes, so counting on the hot path costs no fence.
 */
public final class Counter {

    private final AtomicLong value = new AtomicLong();

    public void increment() {
        value.lazySet(value.get() + 1);
    }

    public void add(long amount) {
        value.lazySet(value.get() + amount);
    }

    /** Sets the value (for gauges such as the current watermark). */
    public void set(long newValue) {
        value.lazySet(newValue);
    }

    public long get() {
        return value.get();
    }

    @Override
    public String toString() {
        return Long.toString(value.get());
    }
}
