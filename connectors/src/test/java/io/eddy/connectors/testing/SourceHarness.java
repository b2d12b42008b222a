package io.eddy.connectors.testing;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.ReaderContext;
import io.eddy.runtime.source.ReaderOutput;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SourceSplit;
import io.eddy.runtime.source.SplitEnumerator;
import io.eddy.runtime.source.SplitOutput;
import io.eddy.runtime.source.SplitSerializer;
import io.eddy.runtime.time.ManualClock;
import io.eddy.runtime.time.WatermarkGenerator;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives a {@link Source} in the test thread: runs its enumerator, creates one reader per subtask,
 * polls them, collects copies of the rows per split, applies a watermark strategy per split, and
 * snapshots readers and restores them (through the split serializer) into fresh readers.
 */
public final class SourceHarness<S extends SourceSplit> implements AutoCloseable {

    private static final int MAX_IDLE_POLLS = 100_000;

    private final Source<S> source;
    private final int parallelism;
    private final ManualClock clock;
    private final WatermarkStrategy watermarks;
    private final List<SourceReader<S>> readers = new ArrayList<>();
    private final List<List<S>> assigned = new ArrayList<>();
    private final boolean[] noMoreSplits;
    private final Map<String, List<Row>> rowsBySplit = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> positions = new HashMap<>();
    private final Map<String, Long> lags = new HashMap<>();
    private final Map<String, WatermarkGenerator> generators = new HashMap<>();
    private final List<String> released = new ArrayList<>();
    private final Output output = new Output();
    private final List<Runnable> periodicActions = new ArrayList<>();
    private SplitEnumerator<S> enumerator;

    public SourceHarness(Source<S> source, int parallelism, ManualClock clock, WatermarkStrategy watermarks) {
        this.source = source;
        this.parallelism = parallelism;
        this.clock = clock;
        this.watermarks = watermarks;
        this.noMoreSplits = new boolean[parallelism];
        for (int i = 0; i < parallelism; i++) {
            assigned.add(new ArrayList<>());
        }
    }

    public SourceHarness(Source<S> source, int parallelism) {
        this(source, parallelism, new ManualClock(0), WatermarkStrategy.noWatermarks());
    }

    /** Runs the enumerator and starts every reader with its assigned splits. */
    public SourceHarness<S> start() throws Exception {
        return start(null);
    }

    /** Starts from an enumerator snapshot (readers get no splits unless the enumerator assigns some). */
    public SourceHarness<S> start(byte[] enumeratorState) throws Exception {
        enumerator = source.createEnumerator(new Context(), enumeratorState);
        enumerator.start();
        for (int i = 0; i < parallelism; i++) {
            readers.add(newReader(i, assigned.get(i)));
        }
        return this;
    }

    /** Runs what the enumerator asked to run periodically (split discovery) once. */
    public void runPeriodicActions() {
        periodicActions.forEach(Runnable::run);
    }

    public byte[] snapshotEnumerator() throws Exception {
        return enumerator.snapshotState(1);
    }

    private SourceReader<S> newReader(int subtask, List<S> splits) throws Exception {
        SourceReader<S> reader = source.createReader(new ReaderContext("source", subtask, parallelism, new Configuration(), clock));
        reader.start();
        reader.addSplits(splits);
        if (noMoreSplits[subtask]) {
            reader.notifyNoMoreSplits();
        }
        return reader;
    }

    /** Polls a reader outside any harness until it ends, discarding its rows. */
    public static void drain(SourceReader<?> reader) throws Exception {
        ReaderOutput discard = new ReaderOutput() {
            @Override
            public SplitOutput forSplit(String splitId) {
                return new SplitOutput() {
                    @Override
                    public void collect(Row row) {
                    }

                    @Override
                    public void reportPosition(String position, long lag) {
                    }
                };
            }

            @Override
            public void releaseSplit(String splitId) {
            }
        };
        for (int polls = 0; reader.pollNext(discard) != InputStatus.END_OF_INPUT; polls++) {
            if (polls > MAX_IDLE_POLLS) {
                throw new AssertionError("reader did not end");
            }
        }
    }

    public InputStatus poll(int subtask) throws Exception {
        return readers.get(subtask).pollNext(output);
    }

    /**
     * Polls all readers until all are at end of input; when none has data the clock moves on by
     * {@code idleAdvanceMillis}. Fails when that never ends.
     */
    public List<Row> runToEnd(long idleAdvanceMillis) throws Exception {
        return run(idleAdvanceMillis, false);
    }

    /**
     * Like {@link #runToEnd(long)}, but snapshots every reader and restores it into a fresh reader
     * after each of its polls (the adversarial mode of the conformance suite).
     */
    public List<Row> runToEndRestoringAfterEveryPoll(long idleAdvanceMillis) throws Exception {
        return run(idleAdvanceMillis, true);
    }

    private List<Row> run(long idleAdvanceMillis, boolean restoring) throws Exception {
        boolean[] ended = new boolean[parallelism];
        int idle = 0;
        while (true) {
            boolean progress = false;
            boolean allEnded = true;
            for (int i = 0; i < parallelism; i++) {
                if (ended[i]) {
                    continue;
                }
                InputStatus status = poll(i);
                ended[i] = status == InputStatus.END_OF_INPUT;
                progress |= status == InputStatus.MORE_AVAILABLE;
                allEnded &= ended[i];
                if (restoring && !ended[i]) {
                    restore(i);
                }
            }
            if (allEnded) {
                return rows;
            }
            if (!progress) {
                clock.advance(idleAdvanceMillis);
                if (++idle > MAX_IDLE_POLLS) {
                    throw new AssertionError("source did not end");
                }
            }
        }
    }

    /** Polls reader {@code subtask} until at least {@code count} rows were collected in total. */
    public void pollUntil(int subtask, int count, long idleAdvanceMillis) throws Exception {
        int idle = 0;
        while (rows.size() < count) {
            InputStatus status = poll(subtask);
            if (status == InputStatus.END_OF_INPUT) {
                return;
            }
            if (status == InputStatus.NOTHING_AVAILABLE) {
                clock.advance(idleAdvanceMillis);
                if (++idle > MAX_IDLE_POLLS) {
                    throw new AssertionError("no rows");
                }
            }
        }
    }

    /** Snapshots reader {@code subtask}, closes it and restores its splits (serialized and read back) into a fresh reader. */
    public void restore(int subtask) throws Exception {
        SourceReader<S> old = readers.get(subtask);
        List<S> snapshot = old.snapshotState(1);
        old.close();
        SplitSerializer<S> serializer = source.splitSerializer();
        List<S> restored = new ArrayList<>();
        for (S split : snapshot) {
            restored.add(serializer.deserialize(serializer.version(), serializer.serialize(split)));
        }
        readers.set(subtask, newReader(subtask, restored));
    }

    public List<S> snapshot(int subtask) {
        return readers.get(subtask).snapshotState(1);
    }

    public List<Row> rows() {
        return rows;
    }

    public Map<String, List<Row>> rowsBySplit() {
        return rowsBySplit;
    }

    public Map<String, String> positions() {
        return positions;
    }

    public Map<String, Long> lags() {
        return lags;
    }

    public long watermark(String splitId) {
        WatermarkGenerator generator = generators.get(splitId);
        return generator == null ? Long.MIN_VALUE : generator.currentWatermark();
    }

    public List<String> releasedSplits() {
        return released;
    }

    public ManualClock clock() {
        return clock;
    }

    @Override
    public void close() throws Exception {
        for (SourceReader<S> reader : readers) {
            reader.close();
        }
        if (enumerator != null) {
            enumerator.close();
        }
    }

    private final class Context implements EnumeratorContext<S> {
        @Override
        public int parallelism() {
            return parallelism;
        }

        @Override
        public void assignSplits(int subtaskIndex, List<S> splits) {
            if (readers.size() > subtaskIndex) {
                readers.get(subtaskIndex).addSplits(splits);
            } else {
                assigned.get(subtaskIndex).addAll(splits);
            }
        }

        @Override
        public void signalNoMoreSplits(int subtaskIndex) {
            noMoreSplits[subtaskIndex] = true;
        }

        @Override
        public void callPeriodically(Runnable action, Duration period) {
            periodicActions.add(action);
        }
    }

    private final class Output implements ReaderOutput {
        @Override
        public SplitOutput forSplit(String splitId) {
            List<Row> splitRows = rowsBySplit.computeIfAbsent(splitId, id -> new ArrayList<>());
            WatermarkGenerator generator = generators.computeIfAbsent(splitId, id -> watermarks.createGenerator());
            return new SplitOutput() {
                @Override
                public void collect(Row row) {
                    Row copy = row.copy();
                    splitRows.add(copy);
                    rows.add(copy);
                    generator.onEvent(copy);
                }

                @Override
                public void reportPosition(String position, long lag) {
                    positions.put(splitId, position);
                    lags.put(splitId, lag);
                }
            };
        }

        @Override
        public void releaseSplit(String splitId) {
            released.add(splitId);
        }
    }
}
