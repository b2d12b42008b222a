package io.eddy.runtime.state;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A {@link TimerQueue} on the heap ({@code state.backend.type = hashmap}, or RocksDB with
 * {@code state.backend.rocksdb.timer-service.factory = HEAP}). Timers are kept in one {@link TimerBucket}
 * per distinct time, because many keys wait for the same time (every key's window ends at the same
 * instant): registering, deleting and firing a timer cost a hash lookup in its bucket plus a search
 * among the few distinct times, and no comparison between timers. Within a bucket, timers keep the
 * order they were added in, which is their sequence order when sequences are added increasing.
 */
public final class HeapTimerQueue implements TimerQueue {

    private static final Comparator<QueuedTimer> BY_GROUP = Comparator.comparingInt(QueuedTimer::keyGroup);

    private final TreeMap<Long, TimerBucket> buckets = new TreeMap<>();
    private final UnaryOperator<Row> keeper;
    private long size;

    /**
     * @param keeper gives the row to keep for the key of a new timer: an equal row that never changes
     *               ({@link Row#copy()}, or the backend's frozen current key)
     */
    public HeapTimerQueue(UnaryOperator<Row> keeper) {
        this.keeper = requireNonNull(keeper, "keeper is null");
    }

    @Override
    public boolean add(long time, Row key, long namespace, int keyGroup, long sequence) {
        TimerBucket bucket = buckets.get(time);
        if (bucket == null) {
            bucket = new TimerBucket(time);
            buckets.put(time, bucket);
        }
        if (!bucket.add(key, namespace, keyGroup, sequence, keeper)) {
            return false;
        }
        size++;
        return true;
    }

    @Override
    public boolean remove(long time, Row key, long namespace, int keyGroup) {
        TimerBucket bucket = buckets.get(time);
        if (bucket == null || !bucket.remove(key, namespace)) {
            return false;
        }
        size--;
        if (bucket.isEmpty()) {
            buckets.remove(time);
        }
        return true;
    }

    @Override
    public long firstTime() {
        return buckets.isEmpty() ? Long.MAX_VALUE : buckets.firstKey();
    }

    @Override
    public QueuedTimer poll() {
        Map.Entry<Long, TimerBucket> first = buckets.firstEntry();
        if (first == null) {
            return null;
        }
        TimerBucket bucket = first.getValue();
        QueuedTimer timer = bucket.poll();
        size--;
        if (bucket.isEmpty()) {
            buckets.remove(bucket.time());
        }
        return timer;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void forEachByKeyGroup(Consumer<QueuedTimer> action) {
        List<QueuedTimer> timers = new ArrayList<>((int) size);
        buckets.values().forEach(bucket -> bucket.forEach(timers::add));
        timers.sort(BY_GROUP);
        timers.forEach(action);
    }

    @Override
    public String toString() {
        return "HeapTimerQueue[" + size + " timers]";
    }
}
