package io.eddy.connectors.blackhole;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkContext;
import io.eddy.runtime.sink.SinkWriter;
import java.util.concurrent.atomic.LongAdder;

/** Discards every row, counting them (for benchmarks and for queries run only for their side effects). */
public final class BlackholeSink implements Sink<Void> {

    private final LongAdder rows = new LongAdder();

    /** Rows discarded so far by all writers of this sink. */
    public long discardedRows() {
        return rows.sum();
    }

    @Override
    public SinkWriter<Void> createWriter(SinkContext context) {
        return new SinkWriter<>() {
            private long count;

            @Override
            public void write(Row row) {
                count++;
            }

            @Override
            public void flush(boolean endOfInput) {
                rows.add(count);
                count = 0;
            }

            @Override
            public void close() {
                flush(true);
            }
        };
    }

    @Override
    public String toString() {
        return "BlackholeSink";
    }
}
