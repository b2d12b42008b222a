package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.CollectingOutput;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.metrics.SplitMetrics;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.ReaderOutput;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SourceSplit;
import io.eddy.runtime.source.SplitSerializer;
import io.eddy.runtime.time.WatermarkStrategy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class SourceDriverTest {

    private static final RowSchema SCHEMA = RowSchema.of("ts", FieldType.BIGINT);

    private record Split(String splitId) implements SourceSplit {
    }

    /** A reader that emits what the test queued for each split, then reports the given status. */
    private static final class ScriptedReader implements SourceReader<Split> {
        final Queue<String[]> script = new ArrayDeque<>();
        final List<Split> assigned = new ArrayList<>();
        boolean ended;

        void emit(String splitId, long timestamp) {
            script.add(new String[] {splitId, Long.toString(timestamp)});
        }

        @Override
        public void start() {
        }

        @Override
        public InputStatus pollNext(ReaderOutput output) {
            String[] next = script.poll();
            if (next == null) {
                return ended ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
            }
            output.forSplit(next[0]).collect(Row.withValues(RowKind.INSERT, SCHEMA, Long.parseLong(next[1])));
            return InputStatus.MORE_AVAILABLE;
        }

        @Override
        public void addSplits(List<Split> splits) {
            assigned.addAll(splits);
        }

        @Override
        public void notifyNoMoreSplits() {
        }

        @Override
        public List<Split> snapshotState(long checkpointId) {
            return List.copyOf(assigned);
        }

        @Override
        public void close() {
        }
    }

    private final ScriptedReader reader = new ScriptedReader();
    private final CollectingOutput output = new CollectingOutput();
    private final LoopTime time = new LoopTime();
    private final List<SplitMetrics> splitMetrics = new ArrayList<>();

    /** Split ids as their bytes. */
    private static final SplitSerializer<Split> SPLITS = new SplitSerializer<>() {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public byte[] serialize(Split split) {
            return split.splitId().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Split deserialize(int version, byte[] bytes) {
            return new Split(new String(bytes, StandardCharsets.UTF_8));
        }
    };

    private SourceDriver<Split> driver(long idleTimeoutMillis) throws Exception {
        return driver(reader, output, idleTimeoutMillis, null);
    }

    /** A started driver over {@code reader}: assigned splits a and b, or given back those of {@code restored}. */
    private SourceDriver<Split> driver(ScriptedReader reader, CollectingOutput output, long idleTimeoutMillis,
                                       OperatorSnapshot restored) throws Exception {
        SourceDriver<Split> driver = new SourceDriver<>(reader, SPLITS,
                WatermarkStrategy.boundedOutOfOrderness(row -> row.getLong(0), Duration.ofMillis(5)), output,
                new OperatorMetrics("source", 0), idleTimeoutMillis, time, splitMetrics::add);
        if (restored != null) {
            driver.restoreSplits(restored.operatorState());
        }
        driver.start();
        if (restored == null) {
            driver.assignSplits(List.of(new Split("a"), new Split("b")));
        }
        return driver;
    }

    private void pollAll(SourceDriver<Split> driver) throws Exception {
        while (!reader.script.isEmpty()) {
            driver.poll();
        }
        driver.poll();
    }

    @Test
    void assignedSplitsHoldTheWatermarkUntilTheyProduce() throws Exception {
        SourceDriver<Split> driver = driver(0);
        reader.emit("a", 100);
        pollAll(driver);
        assertThat(output.watermarks()).as("split b has not produced yet").isEmpty();
        reader.emit("b", 50);
        pollAll(driver);
        assertThat(output.watermarks()).containsExactly(45L);
        reader.emit("b", 200);
        pollAll(driver);
        assertThat(output.watermarks()).containsExactly(45L, 95L);
        assertThat(splitMetrics).hasSize(2);
    }

    @Test
    void idleSplitsAreLeftOutAndRejoinWithoutMovingTheWatermarkBack() throws Exception {
        SourceDriver<Split> driver = driver(1_000);
        reader.emit("a", 100);
        reader.emit("b", 10);
        pollAll(driver);
        assertThat(output.watermarks()).containsExactly(5L);
        time.now = 600;
        reader.emit("a", 300);
        pollAll(driver);
        time.now = 1_200;
        driver.advanceTime(time.now);
        assertThat(output.watermarks()).as("b idle, a active").containsExactly(5L, 295L);
        time.now = 1_700;
        driver.advanceTime(time.now);
        assertThat(output.events()).map(Object::toString).endsWith("IDLE");
        reader.emit("b", 20);
        pollAll(driver);
        assertThat(output.events()).map(Object::toString).endsWith("ACTIVE", "+I[20]");
        assertThat(output.watermarks()).as("never backwards").containsExactly(5L, 295L);
        reader.emit("a", 400);
        reader.emit("b", 600);
        pollAll(driver);
        assertThat(output.watermarks()).containsExactly(5L, 295L, 395L);
    }

    @Test
    void splitsGoingIdleInOneLoopPassAreTakenInTheOrderTheyWentQuiet() throws Exception {
        // Split b never produces; split a produces at 10 ms and then goes quiet. A slow loop pass first
        // looks at 700 ms, when both are past the timeout: b went idle first (at 500 ms), so a's watermark
        // counted alone for a while and must have been emitted before the source went idle.
        SourceDriver<Split> driver = driver(500);
        driver.poll();
        time.now = 10;
        reader.emit("a", 100);
        reader.emit("a", 200);
        pollAll(driver);
        assertThat(output.watermarks()).as("split b holds the watermark").isEmpty();
        time.now = 700;
        driver.advanceTime(time.now);
        assertThat(output.watermarks()).containsExactly(195L);
        assertThat(output.events()).map(Object::toString).endsWith("IDLE");
    }

    @Test
    void restoredSplitsStartFromTheWatermarkTheyHadReached() throws Exception {
        SourceDriver<Split> driver = driver(0);
        reader.emit("a", 1_000);  // a read its last record: its watermark is 995
        reader.emit("b", 100);
        pollAll(driver);
        assertThat(output.watermarks()).containsExactly(95L);
        OperatorSnapshot snapshot = driver.snapshotState(1);

        ScriptedReader restoredReader = new ScriptedReader();
        CollectingOutput restoredOutput = new CollectingOutput();
        SourceDriver<Split> restored = driver(restoredReader, restoredOutput, 0, snapshot);
        restoredReader.emit("b", 2_000);
        pollAll(restored);
        assertThat(restoredOutput.watermarks()).as("a, silent since, holds the watermark at 995, not at the start of time")
                .containsExactly(995L);
        assertThat(restoredReader.assigned).containsExactly(new Split("a"), new Split("b"));
        assertThat(restored.snapshotState(2).operatorState()).as("and keeps it in the next checkpoint")
                .map(Arrays::toString)
                .containsExactlyElementsOf(snapshotOf(List.of("a", 995L, "b", 1_995L)).stream().map(Arrays::toString).toList());
    }

    /** The operator-state items of a source snapshot of the given split ids and watermarks. */
    private static List<byte[]> snapshotOf(List<Object> splitsAndWatermarks) {
        List<byte[]> items = new ArrayList<>();
        for (int i = 0; i < splitsAndWatermarks.size(); i += 2) {
            BinaryOutput item = new BinaryOutput();
            item.writeUnsignedVarInt(SPLITS.version());
            item.writeBytes(SPLITS.serialize(new Split((String) splitsAndWatermarks.get(i))));
            item.writeVarLong((Long) splitsAndWatermarks.get(i + 1));
            items.add(item.toByteArray());
        }
        return items;
    }

    @Test
    void splitsOfCheckpointsWithoutTheirWatermarkStartAtTheStartOfTime() throws Exception {
        BinaryOutput item = new BinaryOutput();
        item.writeUnsignedVarInt(SPLITS.version());
        item.writeBytes(SPLITS.serialize(new Split("a")));
        OperatorSnapshot old = new OperatorSnapshot(Map.of(), Map.of(), List.of(item.toByteArray()),
                Long.MIN_VALUE, List.of());
        SourceDriver<Split> restored = driver(reader, output, 0, old);
        reader.emit("a", 100);
        pollAll(restored);
        assertThat(output.watermarks()).containsExactly(95L);
    }

    @Test
    void endOfInputEmitsTheMaxWatermark() throws Exception {
        SourceDriver<Split> driver = driver(0);
        reader.emit("a", 100);
        reader.ended = true;
        pollAll(driver);
        assertThat(driver.isFinished()).isTrue();
        assertThat(output.watermarks()).containsExactly(Long.MAX_VALUE);
    }

    @Test
    void splitsAssignedRightBeforeTheEndOfAssignmentsReachTheReaderFirst() throws Exception {
        // The enumerator runs on its own thread: it queues the splits and then signals that no more come.
        // A poll that sees the signal must also hand over the splits queued before it, or the reader ends
        // without ever reading them.
        for (int attempt = 0; attempt < 2_000; attempt++) {
            OrderRecordingReader recording = new OrderRecordingReader();
            SourceDriver<Split> driver = new SourceDriver<>(recording, null,
                    WatermarkStrategy.boundedOutOfOrderness(row -> row.getLong(0), Duration.ZERO), new CollectingOutput(),
                    new OperatorMetrics("source", 0), 0, new LoopTime(), metrics -> { });
            driver.start();
            Thread enumerator = new Thread(() -> {
                driver.assignSplits(List.of(new Split("only")));
                driver.signalNoMoreSplits();
            });
            enumerator.start();
            while (!driver.isFinished()) {
                driver.poll();
            }
            enumerator.join();
            assertThat(recording.calls).as("attempt %s", attempt).containsExactly("addSplits [only]", "notifyNoMoreSplits");
        }
    }

    /** Records the order of the driver's calls; ends once told no more splits come. */
    private static final class OrderRecordingReader implements SourceReader<Split> {
        final List<String> calls = new ArrayList<>();
        boolean noMoreSplits;

        @Override
        public void start() {
        }

        @Override
        public InputStatus pollNext(ReaderOutput output) {
            return noMoreSplits ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
        }

        @Override
        public void addSplits(List<Split> splits) {
            calls.add("addSplits " + splits.stream().map(Split::splitId).toList());
        }

        @Override
        public void notifyNoMoreSplits() {
            calls.add("notifyNoMoreSplits");
            noMoreSplits = true;
        }

        @Override
        public List<Split> snapshotState(long checkpointId) {
            return List.of();
        }

        @Override
        public void close() {
        }
    }
}
