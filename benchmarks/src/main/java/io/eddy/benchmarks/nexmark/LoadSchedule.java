package io.eddy.benchmarks.nexmark;

import java.time.Duration;

/**
 * When the Kafka latency loader appends its n-th bid: a linear ramp from 0 to {@code rate} bids
 * per second over {@code ramp}, then {@code rate} bids per second, first for {@code warmUp} (not
 * measured) and then for as long as the measured bids last.
 *
 * <p>The ramp lets class loading and the first JIT compilations happen at rates the job can follow:
 * started cold at the full rate, the job fell ~1.5 s behind in its first seconds and took ~10 s to
 * catch up. The warm-up at the full rate covers what comes after: on 2 cores shared with the broker
 * and the loader, C2 was still compiling the Kafka client's and the record path's hot methods 25 s
 * into the load, and each recompilation queued bids for tens to hundreds of milliseconds.
 *
 * @param rate bids per second after the ramp
 * @param ramp how long the rate takes to rise from 0 to {@code rate}; zero for none
 * @param warmUp how long the full rate holds before the measured bids; zero for none
 */
record LoadSchedule(long rate, Duration ramp, Duration warmUp) {

    LoadSchedule {
        if (rate <= 0) {
            throw new IllegalArgumentException("rate is not positive: " + rate);
        }
        if (ramp.isNegative()) {
            throw new IllegalArgumentException("ramp is negative: " + ramp);
        }
        if (warmUp.isNegative()) {
            throw new IllegalArgumentException("warm-up is negative: " + warmUp);
        }
    }

    /** How many bids the ramp appends: half of {@code rate} times its length. */
    long rampBids() {
        return rate * ramp.toNanos() / 2_000_000_000L;
    }

    /** How many bids come before the measured ones: the ramp's and the warm-up's. */
    long unmeasuredBids() {
        return rampBids() + rate * warmUp.toNanos() / 1_000_000_000L;
    }

    /** Nanoseconds from the start of the load to the append of the first measured bid. */
    long measuredFromNanos() {
        return offsetNanos(unmeasuredBids());
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
