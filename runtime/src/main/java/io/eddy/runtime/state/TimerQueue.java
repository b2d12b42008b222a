package io.eddy.runtime.state;

import io.eddy.runtime.data.Row;
import java.util.function.Consumer;

/**
 * The pending timers of one kind (event or processing time) of an operator subtask, in firing order:
 * by time, and timers of the same time in the queue's own order ({@link HeapTimerQueue}: by sequence,
 * which is registration order; RocksDB's: by key and namespace, as Flink's). A timer is identified by
 * its time, key and namespace; adding one that is pending already keeps one. Created by
 * {@link KeyedStateBackend#createTimerQueue(String)}. Used by a single thread.
 */
public interface TimerQueue extends AutoCloseable {

    /**
     * Adds a timer unless an equal one (same time, key and namespace) is pending; the queue copies
     * {@code key} if it keeps it.
     *
     * @return false when an equal timer was pending; true when the timer was added, or when the queue
     *     cannot tell without a read (RocksDB's, past its cache), still keeping one timer
     */
    boolean add(long time, Row key, long namespace, int keyGroup, long sequence);

    /** Removes the timer of that time, key and namespace; false when there is none. */
    boolean remove(long time, Row key, long namespace, int keyGroup);

    /** The time of the first timer, {@code Long.MAX_VALUE} when there is none. */
    long firstTime();

    /** Removes and returns the first timer, or null when there is none. */
    QueuedTimer poll();

    /** Number of pending timers; RocksDB's counts what is past its cache by reading it, so not for hot paths. */
    long size();

    /** Calls {@code action} with every pending timer: key group after key group, each by time, then sequence. */
    void forEachByKeyGroup(Consumer<QueuedTimer> action);

    /** Frees what the queue holds outside the heap; the queue is not used afterwards. */
    @Override
    default void close() {
    }
}
