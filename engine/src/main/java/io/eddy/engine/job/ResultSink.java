package io.eddy.engine.job;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkContext;
import io.eddy.runtime.sink.SinkWriter;

/** The sink of a query's result: every change goes into the session's {@link ResultChannel}. */
final class ResultSink implements Sink<Void> {

    private final ResultChannel channel;

    ResultSink(ResultChannel channel) {
        this.channel = requireNonNull(channel, "channel is null");
    }

    @Override
    public SinkWriter<Void> createWriter(SinkContext context) {
        return new SinkWriter<>() {
            @Override
            public void write(Row row) throws Exception {
                channel.put(row);
            }

            @Override
            public void flush(boolean endOfInput) throws Exception {
                if (endOfInput) {
                    channel.end();
                }
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public String toString() {
        return "ResultSink";
    }
}
