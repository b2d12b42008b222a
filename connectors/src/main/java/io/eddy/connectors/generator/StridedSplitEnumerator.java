package io.eddy.connectors.generator;

import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.SplitEnumerator;
import java.util.List;

/**
 * Creates one {@link StridedSplit} per reader on a fresh start and gives split i to reader i. After a
 * restore the splits live in the readers' state, so nothing is assigned again. No splits are ever
 * discovered later, so every reader is told so at once.
 */
public final class StridedSplitEnumerator implements SplitEnumerator<StridedSplit> {

    private static final byte[] ASSIGNED = {1};

    private final EnumeratorContext<StridedSplit> context;
    private final boolean restored;

    public StridedSplitEnumerator(EnumeratorContext<StridedSplit> context, byte[] restoredState) {
        this.context = context;
        this.restored = restoredState != null;
    }

    @Override
    public void start() {
        int readers = context.parallelism();
        for (int i = 0; i < readers; i++) {
            if (!restored) {
                context.assignSplits(i, List.of(StridedSplit.first(i, readers)));
            }
            context.signalNoMoreSplits(i);
        }
    }

    @Override
    public void addSplitsBack(List<StridedSplit> splits, int subtaskIndex) {
        context.assignSplits(subtaskIndex, splits);
    }

    @Override
    public byte[] snapshotState(long checkpointId) {
        return ASSIGNED.clone();
    }

    @Override
    public void close() {
    }
}
