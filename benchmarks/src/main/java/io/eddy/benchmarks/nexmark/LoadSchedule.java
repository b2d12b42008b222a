package io.eddy.benchmarks.nexmark;

import java.time.Duration;

/**
 * When the Kafka latency loader appends its n-th bid: a linear ramp from 0 to {@code rate} bids
 * per second over {@code ramp}, then {@code rate} bids per second. The ramp warms the job up (class
 * loading, JIT compilation of the record path) at rates it can follow: started cold at the full
 * rate, the job fell ~1.5 s behind in its first seconds and took ~10 s to catch up, which the
 * latency figures then counted as the steady state.
 *
 * @param rate bids per second after the ramp
 * @param ramp how long the rate takes to rise from 0 to {@code rate}; zero for none
 */
record LoadSchedule(long rate, Duration ramp) {

    LoadSchedule {
        if (rate <= 0) {
            throw new IllegalArgumentException("rate is not positive: " + rate);
        }
        if (ramp.isNegative()) {
            throw new IllegalArgumentException("ramp is negative: " + ramp);
        }
    }

    /** How many bids the ramp appends: half of {@code rate} times its length. */
    long rampBids() {
        return rate * ramp.toNanos() / 2_000_000_000L;
    }

    /** Nanoseconds from the start of the load to the append of bid {@code n} (from 0). */
    long offsetNanos(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("n is negative: " + n);
        }
        long rampNanos = ramp.toNanos();
        if (n < rampBids()) {
            // n(t) = rate t² / (2 ramp), so t(n) = sqrt(2 ramp n / rate).
            return (long) Math.sqrt(2.0 * rampNanos * n * 1e9 / rate);
        }
        return rampNanos + (n - rampBids()) * 1_000_000_000L / rate;
    }
}
