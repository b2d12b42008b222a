package io.eddy.runtime.execution;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded single-producer, single-consumer queue of buffers from one producer subtask to one consumer
 * subtask. The producer checks {@link #hasCapacity()} before offering; the capacity is what bounds the
 * memory of an exchange and what makes a slow consumer slow down its producer (back-pressure). The
 * consumer hands every buffer it has read back through {@link #recycle(Buffer)}, and the producer fills
 * those again before it makes new ones.
 */
final class Channel {

    private final ConcurrentLinkedQueue<Buffer> queue = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Buffer> free = new ConcurrentLinkedQueue<>();
    private final AtomicInteger buffers = new AtomicInteger();
    private final int capacity;
    private final ExchangeMetrics metrics;

    Channel(int capacity, ExchangeMetrics metrics) {
        this.capacity = capacity;
        this.metrics = metrics;
    }

    boolean hasCapacity() {
        return buffers.get() < capacity;
    }

    /** Called by the producer; may exceed the capacity by the buffers one input step produced. */
    void offer(Buffer buffer) {
        metrics.added(buffer.records);
        buffers.incrementAndGet();
        queue.offer(buffer);
    }

    /** Called by the consumer; {@code null} when empty. */
    Buffer poll() {
        Buffer buffer = queue.poll();
        if (buffer != null) {
            buffers.decrementAndGet();
            metrics.removed(buffer.records);
        }
        return buffer;
    }

    /** Called by the consumer once it has read every item of {@code buffer} and keeps none of its rows. */
    void recycle(Buffer buffer) {
        free.offer(buffer);
    }

    /** Called by the producer: an emptied buffer handed back by the consumer, or {@code null}. */
    Buffer reusableBuffer() {
        Buffer buffer = free.poll();
        if (buffer != null) {
            buffer.reset();
        }
        return buffer;
    }
}
