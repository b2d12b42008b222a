package io.eddy.runtime.source;

import java.time.Duration;
import java.util.List;

/**
 * What a {@link SplitEnumerator} uses to hand out splits. All enumerator methods and periodic calls
 * run on the job's coordinator thread, one at a time.
 *
 * @param <S> the split type
 */
public interface EnumeratorContext<S extends SourceSplit> {

    /** Number of reader subtasks. */
    int parallelism();

    /** Assigns splits to a reader subtask; they are added to the reader on its own thread. */
    void assignSplits(int subtaskIndex, List<S> splits);

    /** Tells a reader no more splits will come (bounded sources). */
    void signalNoMoreSplits(int subtaskIndex);

    /** Runs {@code action} on the coordinator thread every {@code period} (split discovery); failures fail the job. */
    void callPeriodically(Runnable action, Duration period);
}
