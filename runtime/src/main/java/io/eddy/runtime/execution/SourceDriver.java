package io.eddy.runtime.execution;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.metrics.SplitMetrics;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.ReaderOutput;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SourceSplit;
import io.eddy.runtime.source.SplitSerializer;
import io.eddy.runtime.source.SplitOutput;
import io.eddy.runtime.time.WatermarkGenerator;
import io.eddy.runtime.time.WatermarkStrategy;
import io.eddy.runtime.time.WatermarkValve;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Runs one source reader at the head of a task: delivers split assignments from the enumerator (each
 * assigned split holds the watermark back from then on, even before its first record), polls
 * the reader without blocking, generates watermarks per split and merges them by minimum, marks splits
 * idle after {@code table.exec.source.idle-timeout} without records, and ends with the
 * {@code Long.MAX_VALUE} watermark when the reader reaches the end of its input.
 */
final class SourceDriver<S extends SourceSplit> implements TaskHead, ReaderOutput {

    private final SourceReader<S> reader;
    private final SplitSerializer<S> splitSerializer;
    private final WatermarkStrategy watermarks;
    private final Output output;
    private final OperatorMetrics metrics;
    private final long idleTimeoutMillis;
    private final LoopTime time;
    private final int subtaskIndex;
    private final Consumer<SplitMetrics> splitMetricsRegistry;
    private final ConcurrentLinkedQueue<List<S>> assignments = new ConcurrentLinkedQueue<>();
    private final Map<String, SplitState> splits = new HashMap<>();
    private final List<SplitState> openSplits = new ArrayList<>();
    private final WatermarkValve valve = new WatermarkValve();
    private volatile boolean noMoreSplits;
    private boolean noMoreSplitsDelivered;
    private boolean idle;
    private boolean finished;
    private long startTime;
    private long emittedWatermark = Long.MIN_VALUE;
    /** The watermarks of restored splits, by split id, until the splits reach the reader. */
    private final Map<String, Long> restoredWatermarks = new HashMap<>();
    private int emitted;

    SourceDriver(SourceReader<S> reader, SplitSerializer<S> splitSerializer, WatermarkStrategy watermarks, Output output,
                 OperatorMetrics metrics, long idleTimeoutMillis, LoopTime time, Consumer<SplitMetrics> splitMetricsRegistry) {
        this.reader = reader;
        this.splitSerializer = splitSerializer;
        this.watermarks = watermarks;
        this.output = output;
        this.metrics = metrics;
        this.idleTimeoutMillis = idleTimeoutMillis;
        this.time = time;
        this.subtaskIndex = metrics.subtaskIndex();
        this.splitMetricsRegistry = splitMetricsRegistry;
    }

    /** Called by the enumerator's thread. */
    void assignSplits(List<S> newSplits) {
        assignments.add(List.copyOf(newSplits));
    }

    /**
     * Gives back the splits (with positions) of a checkpoint, each with the watermark it had reached; call before
     * the task starts. A split restores its watermark so that one with nothing more to read does not hold the
     * others back at the start of time, as it would if it started over: a crash then stalls no window that an
     * uninterrupted run fires.
     */
    void restoreSplits(List<byte[]> serializedSplits) {
        List<S> restored = new ArrayList<>();
        for (byte[] item : serializedSplits) {
            BinaryInput input = new BinaryInput(item);
            int version = input.readUnsignedVarInt();
            S split = splitSerializer.deserialize(version, input.readBytes());
            if (input.hasRemaining()) {  // checkpoints written before splits kept their watermark lack it
                restoredWatermarks.put(split.splitId(), input.readVarLong());
            }
            restored.add(split);
        }
        if (!restored.isEmpty()) {
            assignSplits(restored);
        }
    }

    /** The reader's splits and positions, one versioned item per split, followed by the split's watermark. */
    @Override
    public OperatorSnapshot snapshotState(long checkpointId) {
        List<byte[]> items = new ArrayList<>();
        for (S split : reader.snapshotState(checkpointId)) {
            BinaryOutput output = new BinaryOutput();
            output.writeUnsignedVarInt(splitSerializer.version());
            output.writeBytes(splitSerializer.serialize(split));
            SplitState state = splits.get(split.splitId());
            output.writeVarLong(state != null ? state.currentWatermark()
                    : restoredWatermarks.getOrDefault(split.splitId(), Long.MIN_VALUE));
            items.add(output.toByteArray());
        }
        return new OperatorSnapshot(Map.of(), Map.of(), items, emittedWatermark, List.of());
    }

    /** Called by the enumerator's thread. */
    void signalNoMoreSplits() {
        noMoreSplits = true;
    }

    @Override
    public void start() throws Exception {
        startTime = time.now;
        reader.start();
    }

    @Override
    public int poll() throws Exception {
        // Read the flag before draining: the enumerator queues its last splits before it signals, so
        // every split it assigned is in the queue once the flag is seen; the other order loses them.
        boolean noMoreSplitsSignalled = noMoreSplits;
        int work = 0;
        List<S> batch;
        while ((batch = assignments.poll()) != null) {
            for (S split : batch) {
                forSplit(split.splitId());
            }
            reader.addSplits(batch);
            work++;
        }
        if (noMoreSplitsSignalled && !noMoreSplitsDelivered) {
            noMoreSplitsDelivered = true;
            reader.notifyNoMoreSplits();
        }
        emitted = 0;
        InputStatus status = reader.pollNext(this);
        work += emitted;
        for (SplitState split : openSplits) {
            long watermark = split.currentWatermark();
            split.metrics.watermark().set(watermark);
            valve.onWatermark(split.index, watermark);
        }
        if (status == InputStatus.END_OF_INPUT) {
            finished = true;
            emitWatermark(Long.MAX_VALUE);
            return work + 1;
        }
        emitIfAdvanced();
        return status == InputStatus.MORE_AVAILABLE ? Math.max(work, 1) : work;
    }

    /** Emits the merged watermark if it advanced; all splits ending is not the end of an unbounded input. */
    private void emitIfAdvanced() {
        long watermark = valve.currentWatermark();
        if (watermark > emittedWatermark && watermark != Long.MAX_VALUE) {
            emitWatermark(watermark);
        }
    }

    private void emitWatermark(long watermark) {
        emittedWatermark = watermark;
        metrics.currentWatermark().set(watermark);
        output.emitWatermark(watermark);
    }

    @Override
    public void advanceTime(long now) {
        if (idleTimeoutMillis <= 0 || finished) {
            return;
        }
        List<SplitState> nowIdleSplits = null;
        for (SplitState split : openSplits) {
            if (!split.idle && now - split.lastRecordTime >= idleTimeoutMillis) {
                if (nowIdleSplits == null) {
                    nowIdleSplits = new ArrayList<>();
                }
                nowIdleSplits.add(split);
            }
        }
        if (nowIdleSplits != null) {
            markIdleInOrder(nowIdleSplits);
        }
        emitIfAdvanced();
        boolean nowIdle = openSplits.isEmpty() ? now - startTime >= idleTimeoutMillis : valve.isIdle();
        if (nowIdle && !idle) {
            idle = true;
            output.emitWatermarkStatus(true);
        }
    }

    /**
     * Marks splits idle in the order they went quiet, emitting the watermark after each: a slow loop
     * pass that finds several past the timeout must not skip the moments when only the quieter ones
     * were idle and the others' watermarks counted alone.
     */
    private void markIdleInOrder(List<SplitState> nowIdleSplits) {
        nowIdleSplits.sort(Comparator.comparingLong(split -> split.lastRecordTime));
        for (SplitState split : nowIdleSplits) {
            split.idle = true;
            split.metrics.setIdle(true);
            valve.onStatus(split.index, true);
            emitIfAdvanced();
        }
    }

    @Override
    public boolean isFinished() {
        return finished;
    }

    @Override
    public SplitOutput forSplit(String splitId) {
        SplitState split = splits.get(splitId);
        if (split == null) {
            SplitMetrics splitMetrics = new SplitMetrics(splitId, subtaskIndex);
            splitMetricsRegistry.accept(splitMetrics);
            Long restored = restoredWatermarks.remove(splitId);
            split = new SplitState(valve.addInput(), watermarks.createGenerator(), splitMetrics,
                    restored == null ? Long.MIN_VALUE : restored);
            splits.put(splitId, split);
            openSplits.add(split);
        }
        return split;
    }

    @Override
    public void releaseSplit(String splitId) {
        SplitState split = splits.get(splitId);
        if (split != null && openSplits.remove(split)) {
            split.metrics.setIdle(false);
            valve.onEnd(split.index);
            emitIfAdvanced();
        }
    }

    @Override
    public void close() throws Exception {
        reader.close();
    }

    /** The output and watermark bookkeeping of one split. */
    private final class SplitState implements SplitOutput {
        final int index;
        final WatermarkGenerator generator;
        final SplitMetrics metrics;
        /** The watermark the split had reached at the checkpoint it was restored from; it never falls below it. */
        final long restoredWatermark;
        long lastRecordTime;
        boolean idle;

        SplitState(int index, WatermarkGenerator generator, SplitMetrics metrics, long restoredWatermark) {
            this.index = index;
            this.generator = generator;
            this.metrics = metrics;
            this.restoredWatermark = restoredWatermark;
            this.lastRecordTime = time.now;
        }

        long currentWatermark() {
            return Math.max(generator.currentWatermark(), restoredWatermark);
        }

        @Override
        public void collect(Row row) {
            generator.onEvent(row);
            lastRecordTime = time.now;
            metrics.records().increment();
            if (idle) {
                idle = false;
                metrics.setIdle(false);
                valve.onStatus(index, false);
            }
            if (SourceDriver.this.idle) {
                SourceDriver.this.idle = false;
                output.emitWatermarkStatus(false);
            }
            emitted++;
            output.collect(row);
        }

        @Override
        public void reportPosition(String position, long lag) {
            metrics.reportPosition(position, lag);
        }
    }
}
