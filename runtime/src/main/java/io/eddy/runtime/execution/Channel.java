package io.eddy.runtime.execution;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded single-producer, single-consumer queue of buffers from one producer subtask to one consumer
 * subtask. The producer checks {@link #hasCapacity()} before offering; the capacity is what bounds the
 * memory of an exchange and what makes a slow consumer slow down its producer (back-pressure).
 */
final class Channel {

    private final ConcurrentLinkedQueue<Buffer> queue = new ConcurrentLinkedQueue<>();
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
}
