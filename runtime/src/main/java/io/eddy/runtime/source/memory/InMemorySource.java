package io.eddy.runtime.source.memory;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.source.Boundedness;
import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.ReaderContext;
import io.eddy.runtime.source.ReaderOutput;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SplitEnumerator;
import io.eddy.runtime.source.SplitSerializer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A source over rows held in memory, one list per split, for tests. Split {@code i} goes to reader
 * {@code i % parallelism}. Bounded by default; {@link #unbounded} keeps readers alive after the data
 * (for cancellation and idleness tests). All splits are assigned at start, so a restored enumerator
 * assigns none: the restored readers own them with their positions.
 */
public final class InMemorySource implements Source<InMemorySplit> {

    private static final int ROWS_PER_POLL = 64;

    private final List<List<Row>> splits;
    private final boolean bounded;

    private InMemorySource(List<List<Row>> splits, boolean bounded) {
        List<List<Row>> copies = new ArrayList<>();
        for (List<Row> split : requireNonNull(splits, "splits is null")) {
            copies.add(List.copyOf(split));
        }
        this.splits = List.copyOf(copies);
        this.bounded = bounded;
    }

    public static InMemorySource bounded(List<List<Row>> splits) {
        return new InMemorySource(splits, true);
    }

    public static InMemorySource unbounded(List<List<Row>> splits) {
        return new InMemorySource(splits, false);
    }

    @Override
    public Boundedness boundedness() {
        return bounded ? Boundedness.BOUNDED : Boundedness.CONTINUOUS_UNBOUNDED;
    }

    @Override
    public SplitEnumerator<InMemorySplit> createEnumerator(EnumeratorContext<InMemorySplit> context, byte[] restoredState) {
        boolean alreadyAssigned = restoredState != null && restoredState.length == 2 && restoredState[0] == 1 && restoredState[1] == 1;
        if (restoredState != null && !(restoredState.length == 2 && restoredState[0] == 1)) {
            throw new IllegalArgumentException("unknown in-memory enumerator state of " + restoredState.length + " bytes");
        }
        return new SplitEnumerator<>() {
            @Override
            public void start() {
                if (alreadyAssigned) {
                    for (int i = 0; i < context.parallelism() && bounded; i++) {
                        context.signalNoMoreSplits(i);
                    }
                    return;
                }
                List<List<InMemorySplit>> perReader = new ArrayList<>();
                for (int i = 0; i < context.parallelism(); i++) {
                    perReader.add(new ArrayList<>());
                }
                for (int i = 0; i < splits.size(); i++) {
                    perReader.get(i % context.parallelism()).add(new InMemorySplit("split-" + i, i, 0));
                }
                for (int i = 0; i < context.parallelism(); i++) {
                    context.assignSplits(i, perReader.get(i));
                    if (bounded) {
                        context.signalNoMoreSplits(i);
                    }
                }
            }

            @Override
            public void addSplitsBack(List<InMemorySplit> returned, int subtaskIndex) {
                context.assignSplits(subtaskIndex, returned);
            }

            /** Version 1, then 1: all splits were handed out (restored readers own them). */
            @Override
            public byte[] snapshotState(long checkpointId) {
                return new byte[] {1, 1};
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public SourceReader<InMemorySplit> createReader(ReaderContext context) {
        return new Reader();
    }

    @Override
    public SplitSerializer<InMemorySplit> splitSerializer() {
        return new SplitSerializer<>() {
            @Override
            public int version() {
                return 1;
            }

            @Override
            public byte[] serialize(InMemorySplit split) {
                BinaryOutput output = new BinaryOutput();
                output.writeString(split.splitId());
                output.writeVarInt(split.index());
                output.writeVarInt(split.position());
                return output.toByteArray();
            }

            @Override
            public InMemorySplit deserialize(int version, byte[] bytes) {
                if (version != 1) {
                    throw new IllegalArgumentException("unknown in-memory split version " + version);
                }
                BinaryInput input = new BinaryInput(bytes);
                return new InMemorySplit(input.readString(), input.readVarInt(), input.readVarInt());
            }
        };
    }

    /** Emits up to {@value #ROWS_PER_POLL} rows per poll from the first unfinished split. */
    private final class Reader implements SourceReader<InMemorySplit> {
        private final ArrayDeque<InMemorySplit> assigned = new ArrayDeque<>();
        private boolean noMoreSplits;

        @Override
        public void start() {
        }

        @Override
        public InputStatus pollNext(ReaderOutput output) {
            InMemorySplit split = assigned.peek();
            if (split == null) {
                return noMoreSplits ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
            }
            List<Row> rows = splits.get(split.index());
            var splitOutput = output.forSplit(split.splitId());
            int end = Math.min(rows.size(), split.position() + ROWS_PER_POLL);
            for (int i = split.position(); i < end; i++) {
                splitOutput.collect(rows.get(i));
            }
            splitOutput.reportPosition(Integer.toString(end), rows.size() - end);
            assigned.poll();
            if (end < rows.size()) {
                assigned.addFirst(new InMemorySplit(split.splitId(), split.index(), end));
                return InputStatus.MORE_AVAILABLE;
            }
            if (bounded) {
                output.releaseSplit(split.splitId());
            }
            return assigned.isEmpty() && !noMoreSplits ? InputStatus.NOTHING_AVAILABLE : InputStatus.MORE_AVAILABLE;
        }

        @Override
        public void addSplits(List<InMemorySplit> newSplits) {
            assigned.addAll(newSplits);
        }

        @Override
        public void notifyNoMoreSplits() {
            noMoreSplits = true;
        }

        @Override
        public List<InMemorySplit> snapshotState(long checkpointId) {
            return List.copyOf(assigned);
        }

        @Override
        public void close() {
        }
    }
}
