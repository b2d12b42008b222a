package io.eddy.runtime.execution;

import java.util.concurrent.atomic.AtomicLong;

/** Records in flight on one exchange edge (all its channels) and the largest number ever in flight. */
final class ExchangeMetrics {

    private final String name;
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicLong maxInFlight = new AtomicLong();

    ExchangeMetrics(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void added(int records) {
        long now = inFlight.addAndGet(records);
        maxInFlight.accumulateAndGet(now, Math::max);
    }

    void removed(int records) {
        inFlight.addAndGet(-records);
    }

    long maxInFlight() {
        return maxInFlight.get();
    }
}
