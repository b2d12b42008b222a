package io.eddy.runtime.time;

import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when told to, for tests of processing time, idleness and TTL. */
public final class ManualClock implements Clock {

    private final AtomicLong now;

    public ManualClock() {
        this(0);
    }

    public ManualClock(long startMillis) {
        now = new AtomicLong(startMillis);
    }

    @Override
    public long currentTimeMillis() {
        return now.get();
    }

    public void set(long millis) {
        now.set(millis);
    }

    public void advance(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("time must not go backwards: " + millis);
        }
        now.addAndGet(millis);
    }

    @Override
    public String toString() {
        return "ManualClock(" + now.get() + ")";
    }
}
