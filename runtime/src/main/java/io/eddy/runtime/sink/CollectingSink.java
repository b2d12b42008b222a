package io.eddy.runtime.sink;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.Rows;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A sink that keeps copies of every row in memory, across all its subtasks, for tests. It can be
 * made deliberately slow ({@link #slow(Duration)}) to test back-pressure.
 */
public final class CollectingSink implements Sink<Void> {

    private final List<Row> rows = Collections.synchronizedList(new ArrayList<>());
    private final long delayNanosPerRow;
    private final AtomicBoolean ended = new AtomicBoolean();

    public CollectingSink() {
        this(Duration.ZERO);
    }

    private CollectingSink(Duration delayPerRow) {
        this.delayNanosPerRow = delayPerRow.toNanos();
    }

    /** A sink that waits {@code delayPerRow} in every write. */
    public static CollectingSink slow(Duration delayPerRow) {
        return new CollectingSink(delayPerRow);
    }

    /** A copy of the rows received so far, in arrival order (interleaved across subtasks). */
    public List<Row> rows() {
        synchronized (rows) {
            return new ArrayList<>(rows);
        }
    }

    /** The rows as sorted text, for comparisons that do not depend on arrival order. */
    public List<String> sortedStrings() {
        List<String> texts = Rows.format(rows());
        Collections.sort(texts);
        return texts;
    }

    public int size() {
        return rows.size();
    }

    /** True once some subtask received the end of its input. */
    public boolean receivedEndOfInput() {
        return ended.get();
    }

    @Override
    public SinkWriter<Void> createWriter(SinkContext context) {
        return new SinkWriter<>() {
            @Override
            public void write(Row row) {
                if (delayNanosPerRow > 0) {
                    LockSupport.parkNanos(delayNanosPerRow);
                }
                rows.add(row.copy());
            }

            @Override
            public void flush(boolean endOfInput) {
                if (endOfInput) {
                    ended.set(true);
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
