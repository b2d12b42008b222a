package io.eddy.runtime.execution;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.time.WatermarkValve;
import java.util.List;

/**
 * The consumer's end of all channels into one input of a task: takes one buffer per poll (round robin
 * over channels), hands records on, merges watermarks and idleness over channels, and knows when every
 * channel has ended.
 */
final class InputGate {

    /** Receives what the gate reads. */
    interface Handler {
        void record(Row row) throws Exception;

        void watermark(long watermark) throws Exception;

        void status(boolean idle) throws Exception;
    }

    private final Channel[] channels;
    private final boolean[] ended;
    private final WatermarkValve valve;
    private int endedCount;
    private int nextChannel;

    InputGate(List<Channel> channels) {
        this.channels = channels.toArray(new Channel[0]);
        this.ended = new boolean[this.channels.length];
        this.valve = new WatermarkValve(this.channels.length);
    }

    /** Processes at most one buffer; returns the number of items processed (0 when nothing was ready). */
    int poll(Handler handler) throws Exception {
        for (int attempt = 0; attempt < channels.length; attempt++) {
            int index = nextChannel;
            nextChannel = nextChannel + 1 == channels.length ? 0 : nextChannel + 1;
            if (ended[index]) {
                continue;
            }
            Buffer buffer = channels[index].poll();
            if (buffer != null) {
                process(index, buffer, handler);
                return buffer.size;
            }
        }
        return 0;
    }

    private void process(int channel, Buffer buffer, Handler handler) throws Exception {
        Object[] items = buffer.items;
        for (int i = 0; i < buffer.size; i++) {
            Object item = items[i];
            if (item instanceof Row row) {
                handler.record(row);
            } else if (item instanceof ControlEvent.Watermark watermark) {
                if (valve.onWatermark(channel, watermark.timestamp())) {
                    handler.watermark(valve.currentWatermark());
                }
            } else if (item instanceof ControlEvent.Status status) {
                if (valve.onStatus(channel, status.idle())) {
                    handler.status(valve.isIdle());
                }
            } else if (item instanceof ControlEvent.EndOfInput) {
                ended[channel] = true;
                endedCount++;
                if (valve.onEnd(channel)) {
                    handler.watermark(valve.currentWatermark());
                }
            }
        }
    }

    boolean isFinished() {
        return endedCount == channels.length;
    }
}
