package io.eddy.runtime.harness;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.operator.Output;
import java.util.ArrayList;
import java.util.List;

/** An {@link Output} that records everything in order, copying rows. */
public final class CollectingOutput implements Output {

    private final List<OutputEvent> events = new ArrayList<>();

    @Override
    public void collect(Row row) {
        events.add(new OutputEvent.Record(row.copy()));
    }

    @Override
    public void emitWatermark(long watermark) {
        events.add(new OutputEvent.Watermark(watermark));
    }

    @Override
    public void emitWatermarkStatus(boolean idle) {
        events.add(new OutputEvent.Status(idle));
    }

    public List<OutputEvent> events() {
        return List.copyOf(events);
    }

    /** The emitted rows, in order. */
    public List<Row> records() {
        List<Row> rows = new ArrayList<>();
        for (OutputEvent event : events) {
            if (event instanceof OutputEvent.Record record) {
                rows.add(record.row());
            }
        }
        return rows;
    }

    /** The emitted watermarks, in order. */
    public List<Long> watermarks() {
        List<Long> watermarks = new ArrayList<>();
        for (OutputEvent event : events) {
            if (event instanceof OutputEvent.Watermark watermark) {
                watermarks.add(watermark.timestamp());
            }
        }
        return watermarks;
    }

    public void clear() {
        events.clear();
    }
}
