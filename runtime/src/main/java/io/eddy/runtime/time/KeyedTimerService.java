package io.eddy.runtime.time;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.QueuedTimer;
import io.eddy.runtime.state.TimerQueue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@link TimerService} of a keyed operator subtask: two {@link TimerQueue}s (event and processing
 * time) created by the state backend (on the heap, or in RocksDB), ordered by time (timers of the same
 * time in the queue's order), without duplicates. Firing sets the timer's key as the backend's current key.
 * Snapshots are per key group, like keyed state, in one format whichever queue holds the timers.
 */
public final class KeyedTimerService implements TimerService, AutoCloseable {

    /** Receives fired timers; implemented by the operator. */
    public interface Target {
        void onEventTime(Timer timer) throws Exception;

        void onProcessingTime(Timer timer) throws Exception;
    }

    /** The order restored timers are added in: by time, then registration, then key group. */
    private static final Comparator<QueuedTimer> ORDER = Comparator.comparingLong(QueuedTimer::time)
            .thenComparingLong(QueuedTimer::sequence).thenComparingInt(QueuedTimer::keyGroup);

    private final KeyedStateBackend backend;
    private final Clock clock;
    private final Target target;
    private final RowSerializer keySerializer;
    private final TimerQueue eventTimers;
    private final TimerQueue processingTimers;
    private long watermark = Long.MIN_VALUE;
    private long nextSequence;

    public KeyedTimerService(KeyedStateBackend backend, RowSchema keySchema, Clock clock, Target target) {
        this.backend = requireNonNull(backend, "backend is null");
        this.keySerializer = new RowSerializer(requireNonNull(keySchema, "keySchema is null"));
        this.clock = requireNonNull(clock, "clock is null");
        this.target = requireNonNull(target, "target is null");
        this.eventTimers = backend.createTimerQueue("event");
        this.processingTimers = backend.createTimerQueue("processing");
    }

    @Override
    public long currentProcessingTime() {
        return clock.currentTimeMillis();
    }

    @Override
    public long currentWatermark() {
        return watermark;
    }

    @Override
    public void registerEventTimeTimer(long namespace, long time) {
        register(eventTimers, namespace, time);
    }

    @Override
    public void registerProcessingTimeTimer(long namespace, long time) {
        register(processingTimers, namespace, time);
    }

    @Override
    public void deleteEventTimeTimer(long namespace, long time) {
        eventTimers.remove(time, currentKey(), namespace, backend.currentKeyGroup());
    }

    @Override
    public void deleteProcessingTimeTimer(long namespace, long time) {
        processingTimers.remove(time, currentKey(), namespace, backend.currentKeyGroup());
    }

    private Row currentKey() {
        Row key = backend.currentKey();
        if (key == null) {
            throw new IllegalStateException("timers need a current key");
        }
        return key;
    }

    private void register(TimerQueue queue, long namespace, long time) {
        if (queue.add(time, currentKey(), namespace, backend.currentKeyGroup(), nextSequence)) {
            nextSequence++;
        }
    }

    /** Fires every event-time timer at or before {@code newWatermark}, in order. */
    public void advanceWatermark(long newWatermark) throws Exception {
        watermark = newWatermark;
        while (eventTimers.firstTime() <= newWatermark) {
            QueuedTimer timer = eventTimers.poll();
            if (timer == null) {
                break;
            }
            backend.setCurrentFrozenKey(timer.key());
            target.onEventTime(new Timer(timer.time(), timer.key(), timer.namespace()));
        }
    }

    /** Sets the event time after a restore, without firing anything. */
    public void restoreWatermark(long restoredWatermark) {
        watermark = restoredWatermark;
    }

    /** Fires every processing-time timer at or before {@code now}, in order. */
    public void advanceProcessingTime(long now) throws Exception {
        while (processingTimers.firstTime() <= now) {
            QueuedTimer timer = processingTimers.poll();
            if (timer == null) {
                break;
            }
            backend.setCurrentFrozenKey(timer.key());
            target.onProcessingTime(new Timer(timer.time(), timer.key(), timer.namespace()));
        }
    }

    /** The time of the earliest processing-time timer, {@code Long.MAX_VALUE} when there is none. */
    public long nextProcessingTime() {
        return processingTimers.firstTime();
    }

    public int numberOfEventTimeTimers() {
        return (int) Math.min(Integer.MAX_VALUE, eventTimers.size());
    }

    public int numberOfProcessingTimeTimers() {
        return (int) Math.min(Integer.MAX_VALUE, processingTimers.size());
    }

    /** The timers per key group: event-time timers then processing-time timers, each by time, then registration. */
    public Map<Integer, byte[]> snapshot() {
        Map<Integer, GroupWriter> events = write(eventTimers);
        Map<Integer, GroupWriter> processing = write(processingTimers);
        Map<Integer, byte[]> result = new TreeMap<>();
        for (int group = backend.keyGroupRange().start(); group <= backend.keyGroupRange().end(); group++) {
            GroupWriter groupEvents = events.get(group);
            GroupWriter groupProcessing = processing.get(group);
            if (groupEvents == null && groupProcessing == null) {
                continue;
            }
            BinaryOutput output = new BinaryOutput();
            GroupWriter.writeTo(groupEvents, output);
            GroupWriter.writeTo(groupProcessing, output);
            result.put(group, output.toByteArray());
        }
        return result;
    }

    /** The timers of one kind and key group being written: their count and their bytes. */
    private static final class GroupWriter {
        final BinaryOutput entries = new BinaryOutput();
        int count;

        static void writeTo(GroupWriter writer, BinaryOutput output) {
            if (writer == null) {
                output.writeUnsignedVarInt(0);
            } else {
                output.writeUnsignedVarInt(writer.count);
                byte[] bytes = writer.entries.toByteArray();
                output.writeRaw(bytes, 0, bytes.length);
            }
        }
    }

    private Map<Integer, GroupWriter> write(TimerQueue queue) {
        Map<Integer, GroupWriter> groups = new TreeMap<>();
        queue.forEachByKeyGroup(timer -> {
            GroupWriter writer = groups.computeIfAbsent(timer.keyGroup(), ignored -> new GroupWriter());
            writer.count++;
            writer.entries.writeVarLong(timer.time());
            writer.entries.writeVarLong(timer.namespace());
            writer.entries.writeVarLong(timer.sequence());
            keySerializer.serialize(timer.key(), writer.entries);
        });
        return groups;
    }

    /**
     * Loads timers of the key groups in range; registration order is kept by (time, original sequence),
     * and timers registered later come after every restored one.
     */
    public void restore(Map<Integer, byte[]> timersByGroup) {
        List<QueuedTimer> events = new ArrayList<>();
        List<QueuedTimer> processing = new ArrayList<>();
        timersByGroup.forEach((group, bytes) -> {
            if (backend.keyGroupRange().contains(group)) {
                BinaryInput input = new BinaryInput(bytes);
                readEntries(group, input, events);
                readEntries(group, input, processing);
            }
        });
        long base = nextSequence;
        nextSequence = Math.max(reload(eventTimers, events, base), reload(processingTimers, processing, base));
    }

    private void readEntries(int group, BinaryInput input, List<QueuedTimer> into) {
        int count = input.readUnsignedVarInt();
        for (int i = 0; i < count; i++) {
            long time = input.readVarLong();
            long namespace = input.readVarLong();
            long sequence = input.readVarLong();
            into.add(new QueuedTimer(time, keySerializer.deserialize(input), namespace, group, sequence));
        }
    }

    /** Adds restored timers with their sequences after {@code base}; returns the sequence after the last. */
    private static long reload(TimerQueue queue, List<QueuedTimer> timers, long base) {
        timers.sort(ORDER);
        long next = base;
        for (QueuedTimer timer : timers) {
            queue.add(timer.time(), timer.key(), timer.namespace(), timer.keyGroup(), base + timer.sequence());
            next = Math.max(next, base + timer.sequence() + 1);
        }
        return next;
    }

    /** Releases the timer queues (RocksDB's iterators and column families); call before closing the backend. */
    @Override
    public void close() {
        eventTimers.close();
        processingTimers.close();
    }
}
