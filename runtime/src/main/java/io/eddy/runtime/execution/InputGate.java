package io.eddy.runtime.execution;

import io.eddy.runtime.config.CheckpointingMode;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.time.WatermarkValve;
import java.util.Arrays;
import java.util.List;

/**
 * The consumer's end of all channels into one input of a task: takes one buffer per poll (round robin
 * over channels), hands records on, merges watermarks and idleness over channels, knows when every
 * channel has ended, and tracks checkpoint barriers. Exactly once, a channel that delivered a barrier is
 * not read until the barrier came on every open channel (alignment); at least once, every channel keeps
 * being read and the gate only counts the channels the barrier came on. Barriers of checkpoints the
 * coordinator aborted are dropped, and so is an alignment for one. A buffer read to its end goes back
 * to its channel to be filled again, so handlers must not keep the rows they are given (they copy them).
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
    private final boolean aligning;
    private final CheckpointAborts aborts;
    private final boolean[] barrierArrived;
    private final Buffer[] remainders;
    private final int[] remainderOffsets;
    private int endedCount;
    private int arrivedCount;
    private long barrierId = -1;
    private int nextChannel;

    /** A gate over {@code channels} that aligns barriers exactly once or counts them at least once. */
    InputGate(List<Channel> channels, CheckpointingMode mode, CheckpointAborts aborts) {
        this.channels = channels.toArray(new Channel[0]);
        this.ended = new boolean[this.channels.length];
        this.barrierArrived = new boolean[this.channels.length];
        this.remainders = new Buffer[this.channels.length];
        this.remainderOffsets = new int[this.channels.length];
        this.valve = new WatermarkValve(this.channels.length);
        this.aligning = mode == CheckpointingMode.EXACTLY_ONCE;
        this.aborts = aborts;
    }

    /**
     * Processes at most one buffer (or the rest of one cut at a barrier); returns the number of items
     * processed (0 when nothing was ready). Exactly once, channels that delivered a checkpoint barrier
     * are not read until {@link #unblock()}: that is barrier alignment.
     */
    int poll(Handler handler) throws Exception {
        if (arrivedCount > 0 && aborts.isAborted(barrierId)) {
            unblock();
        }
        for (int attempt = 0; attempt < channels.length; attempt++) {
            int index = nextChannel;
            nextChannel = nextChannel + 1 == channels.length ? 0 : nextChannel + 1;
            if (ended[index] || (aligning && barrierArrived[index])) {
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
                int end = process(index, buffer, start, handler);
                if (remainders[index] != buffer) {
                    channels[index].recycle(buffer);
                }
                return end - start;
            }
        }
        return 0;
    }

    private int process(int channel, Buffer buffer, int start, Handler handler) throws Exception {
        Object[] items = buffer.items;
        for (int i = start; i < buffer.size; i++) {
            Object item = items[i];
            if (item instanceof ControlEvent.Barrier barrier) {
                if (!arrived(channel, barrier.checkpointId())) {
                    continue;
                }
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
                if (barrierArrived[channel]) {
                    barrierArrived[channel] = false;
                    arrivedCount--;
                }
                if (valve.onEnd(channel)) {
                    handler.watermark(valve.currentWatermark());
                }
            }
        }
        return buffer.size;
    }

    /**
     * Notes the barrier of {@code checkpointId} on {@code channel}; false when it is dropped: its checkpoint
     * was aborted, or a later one's barrier already arrived. A later barrier supersedes an unfinished
     * alignment (its checkpoint can no longer complete).
     */
    private boolean arrived(int channel, long checkpointId) {
        if (aborts.isAborted(checkpointId) || (arrivedCount > 0 && checkpointId < barrierId)) {
            return false;
        }
        if (arrivedCount > 0 && checkpointId > barrierId) {
            unblock();
        }
        barrierId = checkpointId;
        if (!barrierArrived[channel]) {
            barrierArrived[channel] = true;
            arrivedCount++;
        }
        return true;
    }

    /**
     * The checkpoint whose barrier arrived on every open channel, or -1 (also when it was aborted since:
     * a task with two gates must not snapshot it together with the other gate's later checkpoint).
     */
    long alignedBarrier() {
        return arrivedCount > 0 && arrivedCount == channels.length - endedCount && !aborts.isAborted(barrierId) ? barrierId : -1;
    }

    /** Forgets the barriers that arrived (exactly once: reads every channel again) after the checkpoint was taken. */
    void unblock() {
        Arrays.fill(barrierArrived, false);
        arrivedCount = 0;
    }

    boolean isFinished() {
        return endedCount == channels.length;
    }
}
