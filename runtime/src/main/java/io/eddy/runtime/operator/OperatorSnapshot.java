package io.eddy.runtime.operator;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.state.KeyGroupRange;
import io.eddy.runtime.state.KeyedStateHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state of one operator subtask at a checkpoint, in a form that can be redistributed:
 * keyed state and timers as bytes per key group (a subtask of another parallelism takes the groups
 * of its range), and non-keyed operator state as a list of items (dealt out round-robin on rescale).
 *
 * @param keyedState serialized keyed state by key group
 * @param timers serialized timers by key group
 * @param operatorState non-keyed items (e.g. source split positions)
 * @param watermark the operator's event time when the snapshot was taken, so that rows that were late
 *     before a restore are still late after it; {@code Long.MIN_VALUE} for none
 * @param inputs the progress of each input of a multi-input operator (empty otherwise)
 * @param keyedHandles keyed state in incremental RocksDB checkpoints, each with its key-group range (a
 *     subtask restores every handle whose range meets its own); {@code keyedState} then holds only
 *     restored states the operator had not asked for again
 */
public record OperatorSnapshot(Map<Integer, byte[]> keyedState, Map<Integer, byte[]> timers, List<byte[]> operatorState,
                               long watermark, List<InputProgress> inputs, List<KeyedStateHandle> keyedHandles) {

    /**
     * The event-time progress of one input.
     *
     * @param watermark its last watermark
     * @param idle whether it was idle
     */
    public record InputProgress(long watermark, boolean idle) {
    }

    /** The state of a fresh operator. */
    public static final OperatorSnapshot EMPTY = new OperatorSnapshot(Map.of(), Map.of(), List.of(), Long.MIN_VALUE, List.of());

    /** A snapshot with all keyed state in canonical bytes. */
    public OperatorSnapshot(Map<Integer, byte[]> keyedState, Map<Integer, byte[]> timers, List<byte[]> operatorState,
                            long watermark, List<InputProgress> inputs) {
        this(keyedState, timers, operatorState, watermark, inputs, List.of());
    }

    public OperatorSnapshot {
        keyedHandles = List.copyOf(requireNonNull(keyedHandles, "keyedHandles is null"));
        keyedState = Map.copyOf(requireNonNull(keyedState, "keyedState is null"));
        timers = Map.copyOf(requireNonNull(timers, "timers is null"));
        operatorState = List.copyOf(requireNonNull(operatorState, "operatorState is null"));
        inputs = List.copyOf(requireNonNull(inputs, "inputs is null"));
    }

    public boolean isEmpty() {
        return keyedState.isEmpty() && timers.isEmpty() && operatorState.isEmpty() && keyedHandles.isEmpty();
    }

    /**
     * The state subtask {@code subtaskIndex} of {@code parallelism} restores from the snapshots of all
     * subtasks of a previous run (of any parallelism): the key groups in {@code range}, and every
     * {@code parallelism}-th operator state item starting at {@code subtaskIndex}, and the smallest watermarks.
     */
    public static OperatorSnapshot redistribute(List<OperatorSnapshot> previous, KeyGroupRange range, int subtaskIndex, int parallelism) {
        Map<Integer, byte[]> keyed = new TreeMap<>();
        Map<Integer, byte[]> timers = new TreeMap<>();
        List<byte[]> allItems = new ArrayList<>();
        List<KeyedStateHandle> handles = new ArrayList<>();
        long watermark = previous.isEmpty() ? Long.MIN_VALUE : Long.MAX_VALUE;
        List<InputProgress> progress = previous.isEmpty() ? List.of() : new ArrayList<>(previous.get(0).inputs);
        for (OperatorSnapshot snapshot : previous) {
            watermark = Math.min(watermark, snapshot.watermark);
            for (int i = 0; i < progress.size() && i < snapshot.inputs.size(); i++) {
                InputProgress mine = progress.get(i);
                InputProgress theirs = snapshot.inputs.get(i);
                progress.set(i, new InputProgress(Math.min(mine.watermark(), theirs.watermark()), mine.idle() && theirs.idle()));
            }
            snapshot.keyedState.forEach((group, bytes) -> {
                if (range.contains(group)) {
                    keyed.put(group, bytes);
                }
            });
            snapshot.timers.forEach((group, bytes) -> {
                if (range.contains(group)) {
                    timers.put(group, bytes);
                }
            });
            allItems.addAll(snapshot.operatorState);
            snapshot.keyedHandles.stream().filter(handle -> handle.intersects(range)).forEach(handles::add);
        }
        List<byte[]> items = new ArrayList<>();
        for (int i = subtaskIndex; i < allItems.size(); i += parallelism) {
            items.add(allItems.get(i));
        }
        return new OperatorSnapshot(keyed, timers, items, watermark, progress, handles);
    }

    @Override
    public String toString() {
        return "OperatorSnapshot[" + keyedState.size() + " key groups, " + timers.size() + " timer groups, "
                + operatorState.size() + " operator state items, watermark " + watermark
                + (keyedHandles.isEmpty() ? "" : ", " + keyedHandles.size() + " incremental handles") + "]";
    }
}
