package io.eddy.runtime.time;

/**
 * Processing time, behind an interface so tests control it ({@link ManualClock}) while jobs use
 * {@link SystemClock}. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Clock {

    /** The current processing time in epoch milliseconds. */
    long currentTimeMillis();
}
