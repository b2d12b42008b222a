package io.eddy.runtime.execution;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.time.WatermarkValve;
import java.util.Arrays;
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
    private final boolean[] blocked;
    private final Buffer[] remainders;
    private final int[] remainderOffsets;
    private int endedCount;
    private int blockedCount;
    private long barrierId = -1;
    private int nextChannel;

    InputGate(List<Channel> channels) {
        this.channels = channels.toArray(new Channel[0]);
        this.ended = new boolean[this.channels.length];
        this.blocked = new boolean[this.channels.length];
        this.remainders = new Buffer[this.channels.length];
        this.remainderOffsets = new int[this.channels.length];
        this.valve = new WatermarkValve(this.channels.length);
    }

    /**
     * Processes at most one buffer (or the rest of one cut at a barrier); returns the number of items
     * processed (0 when nothing was ready). Channels that delivered a checkpoint barrier are not read
     * until {@link #unblock()}: that is barrier alignment.
     */
    int poll(Handler handler) throws Exception {
        for (int attempt = 0; attempt < channels.length; attempt++) {
            int index = nextChannel;
            nextChannel = nextChannel + 1 == channels.length ? 0 : nextChannel + 1;
            if (ended[index] || blocked[index]) {
                continue;
            }
            Buffer buffer = remainders[index];
            int start = 0;
            if (buffer != null) {
                start = remainderOffsets[index];
                remainders[index] = null;
            } else {
                buffer = channels[index].poll();
            }
            if (buffer != null) {
                return process(index, buffer, start, handler) - start;
            }
        }
        return 0;
    }

    private int process(int channel, Buffer buffer, int start, Handler handler) throws Exception {
        Object[] items = buffer.items;
        for (int i = start; i < buffer.size; i++) {
            Object item = items[i];
            if (item instanceof ControlEvent.Barrier barrier) {
                blocked[channel] = true;
                blockedCount++;
                barrierId = barrier.checkpointId();
                if (i + 1 < buffer.size) {
                    remainders[channel] = buffer;
                    remainderOffsets[channel] = i + 1;
                }
                return i + 1;
            } else if (item instanceof Row row) {
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
        return buffer.size;
    }

    /** The checkpoint whose barrier arrived on every open channel, or -1. */
    long alignedBarrier() {
        return blockedCount > 0 && blockedCount == channels.length - endedCount ? barrierId : -1;
    }

    /** True when some channel delivered a barrier that the others have not yet. */
    boolean isAligning() {
        return blockedCount > 0;
    }

    /** Reads every channel again after the checkpoint was taken. */
    void unblock() {
        Arrays.fill(blocked, false);
        blockedCount = 0;
    }

    boolean isFinished() {
        return endedCount == channels.length;
    }
}
