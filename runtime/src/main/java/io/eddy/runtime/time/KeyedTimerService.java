package io.eddy.runtime.time;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.time.TimerQueue.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@link TimerService} of a keyed operator subtask: two {@link TimerQueue}s (event and processing
 * time) ordered by time and then registration order, without duplicates. Firing sets the timer's key
 * as the backend's current key. Snapshots are per key group, like keyed state.
 */
public final class KeyedTimerService implements TimerService {

    /** Receives fired timers; implemented by the operator. */
    public interface Target {
        void onEventTime(Timer timer) throws Exception;

        void onProcessingTime(Timer timer) throws Exception;
    }

    /** How timers written to a snapshot are ordered: by time, then by registration. */
    private static final Comparator<Entry> ORDER = (first, second) -> first.time != second.time
            ? Long.compare(first.time, second.time) : Long.compare(first.sequence, second.sequence);

    private final KeyedStateBackend backend;
    private final Clock clock;
    private final Target target;
    private final RowSerializer keySerializer;
    private final TimerQueue eventTimers = new TimerQueue();
    private final TimerQueue processingTimers = new TimerQueue();
    private long watermark = Long.MIN_VALUE;
    private long nextSequence;

    public KeyedTimerService(KeyedStateBackend backend, RowSchema keySchema, Clock clock, Target target) {
        this.backend = requireNonNull(backend, "backend is null");
        this.keySerializer = new RowSerializer(requireNonNull(keySchema, "keySchema is null"));
        this.clock = requireNonNull(clock, "clock is null");
        this.target = requireNonNull(target, "target is null");
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
        delete(eventTimers, namespace, time);
    }

    @Override
    public void deleteProcessingTimeTimer(long namespace, long time) {
        delete(processingTimers, namespace, time);
    }

    private Row currentKey() {
        Row key = backend.currentKey();
        if (key == null) {
            throw new IllegalStateException("timers need a current key");
        }
        return key;
    }

    private void register(TimerQueue queue, long namespace, long time) {
        Entry probe = new Entry(time, currentKey(), namespace, backend.currentKeyGroup(), 0);
        if (!queue.contains(probe)) {
            queue.add(new Entry(time, probe.key.copy(), namespace, probe.keyGroup, nextSequence++));
        }
    }

    private void delete(TimerQueue queue, long namespace, long time) {
        queue.remove(new Entry(time, currentKey(), namespace, backend.currentKeyGroup(), 0));
    }

    /** Fires every event-time timer at or before {@code newWatermark}, in order. */
    public void advanceWatermark(long newWatermark) throws Exception {
        watermark = newWatermark;
        while (eventTimers.size() > 0 && eventTimers.firstTime() <= newWatermark) {
            Entry entry = eventTimers.poll();
            backend.setCurrentKey(entry.key);
            target.onEventTime(new Timer(entry.time, entry.key, entry.namespace));
        }
    }

    /** Sets the event time after a restore, without firing anything. */
    public void restoreWatermark(long restoredWatermark) {
        watermark = restoredWatermark;
    }

    /** Fires every processing-time timer at or before {@code now}, in order. */
    public void advanceProcessingTime(long now) throws Exception {
        while (processingTimers.size() > 0 && processingTimers.firstTime() <= now) {
            Entry entry = processingTimers.poll();
            backend.setCurrentKey(entry.key);
            target.onProcessingTime(new Timer(entry.time, entry.key, entry.namespace));
        }
    }

    /** The time of the earliest processing-time timer, {@code Long.MAX_VALUE} when there is none. */
    public long nextProcessingTime() {
        return processingTimers.firstTime();
    }

    public int numberOfEventTimeTimers() {
        return eventTimers.size();
    }

    public int numberOfProcessingTimeTimers() {
        return processingTimers.size();
    }

    /** The timers per key group: event-time timers then processing-time timers, each in firing order. */
    public Map<Integer, byte[]> snapshot() {
        Map<Integer, List<Entry>> eventByGroup = byGroup(eventTimers);
        Map<Integer, List<Entry>> processingByGroup = byGroup(processingTimers);
        Map<Integer, byte[]> result = new TreeMap<>();
        for (int group = backend.keyGroupRange().start(); group <= backend.keyGroupRange().end(); group++) {
            List<Entry> events = eventByGroup.getOrDefault(group, List.of());
            List<Entry> processing = processingByGroup.getOrDefault(group, List.of());
            if (events.isEmpty() && processing.isEmpty()) {
                continue;
            }
            BinaryOutput output = new BinaryOutput();
            writeEntries(events, output);
            writeEntries(processing, output);
            result.put(group, output.toByteArray());
        }
        return result;
    }

    private static Map<Integer, List<Entry>> byGroup(TimerQueue queue) {
        Map<Integer, List<Entry>> groups = new TreeMap<>();
        for (Entry entry : queue.inOrder()) {
            groups.computeIfAbsent(entry.keyGroup, ignored -> new ArrayList<>()).add(entry);
        }
        return groups;
    }

    private void writeEntries(List<Entry> entries, BinaryOutput output) {
        output.writeUnsignedVarInt(entries.size());
        for (Entry entry : entries) {
            output.writeVarLong(entry.time);
            output.writeVarLong(entry.namespace);
            output.writeVarLong(entry.sequence);
            keySerializer.serialize(entry.key, output);
        }
    }

    /** Loads timers of the key groups in range; registration order is kept by (time, original sequence). */
    public void restore(Map<Integer, byte[]> timersByGroup) {
        List<Entry> events = eventTimers.inOrder();
        List<Entry> processing = processingTimers.inOrder();
        timersByGroup.forEach((group, bytes) -> {
            if (backend.keyGroupRange().contains(group)) {
                BinaryInput input = new BinaryInput(bytes);
                readEntries(group, input, events);
                readEntries(group, input, processing);
            }
        });
        reload(eventTimers, events);
        reload(processingTimers, processing);
    }

    private void readEntries(int group, BinaryInput input, List<Entry> into) {
        int count = input.readUnsignedVarInt();
        for (int i = 0; i < count; i++) {
            long time = input.readVarLong();
            long namespace = input.readVarLong();
            long sequence = input.readVarLong();
            into.add(new Entry(time, keySerializer.deserialize(input), namespace, group, sequence));
        }
    }

    private void reload(TimerQueue queue, List<Entry> entries) {
        entries.sort(ORDER);
        queue.clear();
        for (Entry entry : entries) {
            if (!queue.contains(entry)) {
                entry.sequence = nextSequence++;
                queue.add(entry);
            }
        }
    }
}
