package io.eddy.connectors.generator;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.ReaderOutput;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SplitOutput;
import io.eddy.runtime.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link StridedSplit}s of a generated sequence without blocking: each poll emits the rows that
 * are due by the rate limit (at most a batch) and returns NOTHING_AVAILABLE while the next row is not
 * yet due, so the task idles instead of spinning or sleeping. Reports each split's position (next
 * number) and lag (milliseconds behind the rate) after every poll.
 */
public final class GeneratorReader implements SourceReader<StridedSplit> {

    /** Rows emitted per split and poll at most, so that checkpoints and other splits get their turn. */
    static final int BATCH = 1024;
    private static final int SKIPS_PER_ROW = 64;
    private static final long NOT_STARTED = Long.MIN_VALUE;

    private final RowGenerator generator;
    private final long endNumber;
    private final Clock clock;
    private final Row row;
    private final List<SplitState> splits = new ArrayList<>();
    private boolean noMoreSplits;
    private long wallclockBase = NOT_STARTED;

    /**
     * @param generator produces the rows
     * @param schema the produced rows' schema
     * @param endNumber the first number not emitted ({@code Long.MAX_VALUE} when unbounded)
     * @param clock processing time, for the rate limit
     */
    public GeneratorReader(RowGenerator generator, RowSchema schema, long endNumber, Clock clock) {
        this.generator = generator;
        this.endNumber = endNumber;
        this.clock = clock;
        this.row = new Row(schema);
    }

    @Override
    public void start() {
    }

    @Override
    public void addSplits(List<StridedSplit> newSplits) {
        for (StridedSplit split : newSplits) {
            splits.add(new SplitState(split));
        }
    }

    @Override
    public void notifyNoMoreSplits() {
        noMoreSplits = true;
    }

    @Override
    public InputStatus pollNext(ReaderOutput output) {
        if (splits.isEmpty()) {
            return noMoreSplits ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
        }
        long now = clock.currentTimeMillis();
        if (wallclockBase == NOT_STARTED) {
            wallclockBase = now - generator.dueMillis(splits.get(0).next);
        }
        long elapsed = now - wallclockBase;
        boolean more = false;
        for (int i = splits.size() - 1; i >= 0; i--) {
            SplitState split = splits.get(i);
            if (split.output == null) {
                split.output = output.forSplit(split.split.splitId());
            }
            more |= emitDue(split, elapsed);
            split.output.reportPosition(Long.toString(split.next), Math.max(0, elapsed - generator.dueMillis(split.next)));
            if (split.next >= endNumber) {
                output.releaseSplit(split.split.splitId());
                splits.remove(i);
            }
        }
        if (more) {
            return InputStatus.MORE_AVAILABLE;
        }
        return splits.isEmpty() && noMoreSplits ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
    }

    /** Emits the split's due rows; true when it stopped at the batch limit with more rows due. */
    private boolean emitDue(SplitState split, long elapsed) {
        int emitted = 0;
        int visited = 0;
        long number = split.next;
        int stride = split.split.count();
        try {
            while (number < endNumber && generator.dueMillis(number) <= elapsed) {
                if (emitted == BATCH || visited == BATCH * SKIPS_PER_ROW) {
                    return true;
                }
                visited++;
                if (generator.accepts(number)) {
                    generator.generate(number, row);
                    split.output.collect(row);
                    emitted++;
                }
                number += stride;
            }
            return false;
        } finally {
            split.next = number;
        }
    }

    @Override
    public List<StridedSplit> snapshotState(long checkpointId) {
        List<StridedSplit> snapshot = new ArrayList<>(splits.size());
        for (SplitState split : splits) {
            snapshot.add(split.split.at(split.next));
        }
        return snapshot;
    }

    @Override
    public void close() {
    }

    /** A split being read, with its next number and output. */
    private static final class SplitState {
        final StridedSplit split;
        long next;
        SplitOutput output;

        SplitState(StridedSplit split) {
            this.split = split;
            this.next = split.nextNumber();
        }
    }
}
