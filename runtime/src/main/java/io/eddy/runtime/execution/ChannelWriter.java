package io.eddy.runtime.execution;

import io.eddy.runtime.data.Row;
import java.util.ArrayDeque;

/**
 * The producer's end of one channel: fills a buffer and sends it when full, at the buffer timeout, or
 * at the end of input. A buffer that finds the channel full waits in a local queue; while it waits
 * the channel is not writable and the task stops pulling input. Buffers the consumer handed back are
 * filled again before new ones are made.
 */
final class ChannelWriter {

    private final Channel channel;
    private final int bufferSize;
    private final long timeoutMillis;
    private final ArrayDeque<Buffer> waiting = new ArrayDeque<>();
    private Buffer current;

    ChannelWriter(Channel channel, int bufferSize, long timeoutMillis) {
        this.channel = channel;
        this.bufferSize = bufferSize;
        this.timeoutMillis = timeoutMillis;
    }

    /** Adds a copy of {@code row}: the producer may reuse its row once this returns. */
    void addRecord(Row row, long now) {
        current().addCopyOf(row, now);
        sealIfDue();
    }

    void addEvent(ControlEvent event, long now) {
        current().add(event, false, now);
        sealIfDue();
    }

    private Buffer current() {
        if (current == null) {
            current = channel.reusableBuffer();
            if (current == null) {
                current = new Buffer(bufferSize);
            }
        }
        return current;
    }

    private void sealIfDue() {
        if (current.isFull() || timeoutMillis == 0) {
            seal();
        }
    }

    private void seal() {
        waiting.add(current);
        current = null;
        drain();
    }

    /** Sends waiting buffers while the channel has room; returns how many were sent. */
    int drain() {
        int sent = 0;
        while (!waiting.isEmpty() && channel.hasCapacity()) {
            channel.offer(waiting.poll());
            sent++;
        }
        return sent;
    }

    /** Seals a partly filled buffer older than the timeout. */
    void flushIfDue(long now) {
        if (current != null && now - current.firstAddTime >= timeoutMillis) {
            seal();
        }
    }

    /** Seals the partly filled buffer now. */
    void flush() {
        if (current != null) {
            seal();
        }
    }

    boolean isWritable() {
        return waiting.isEmpty() && channel.hasCapacity();
    }

    boolean hasWaiting() {
        return !waiting.isEmpty() || current != null;
    }
}
