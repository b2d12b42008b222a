package io.eddy.runtime.execution;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.operator.Output;
import java.util.List;

/** The output of the last operator of a chain: every outgoing edge's {@link RecordWriter}. */
final class TaskOutput implements Output {

    private final RecordWriter[] writers;
    private final OperatorMetrics producerMetrics;

    TaskOutput(List<RecordWriter> writers, OperatorMetrics producerMetrics) {
        this.writers = writers.toArray(new RecordWriter[0]);
        this.producerMetrics = producerMetrics;
    }

    @Override
    public void collect(Row row) {
        producerMetrics.recordsOut().increment();
        for (RecordWriter writer : writers) {
            writer.emit(row);
        }
    }

    @Override
    public void emitWatermark(long watermark) {
        broadcast(new ControlEvent.Watermark(watermark));
    }

    @Override
    public void emitWatermarkStatus(boolean idle) {
        broadcast(idle ? ControlEvent.Status.IDLE : ControlEvent.Status.ACTIVE);
    }

    void broadcast(ControlEvent event) {
        for (RecordWriter writer : writers) {
            writer.broadcast(event);
        }
    }

    int drain() {
        int sent = 0;
        for (RecordWriter writer : writers) {
            sent += writer.drain();
        }
        return sent;
    }

    void flushIfDue() {
        for (RecordWriter writer : writers) {
            writer.flushIfDue();
        }
    }

    void flush() {
        for (RecordWriter writer : writers) {
            writer.flush();
        }
    }

    boolean isWritable() {
        for (RecordWriter writer : writers) {
            if (!writer.isWritable()) {
                return false;
            }
        }
        return true;
    }

    boolean hasWaiting() {
        for (RecordWriter writer : writers) {
            if (writer.hasWaiting()) {
                return true;
            }
        }
        return false;
    }
}
