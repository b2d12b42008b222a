package io.eddy.connectors.kinesis;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The exponential back-off of a shard's fetching after throttling or a failed subscription: 100 ms
 * doubled per failure in a row, at most 5 s, with the upper half jittered so readers do not retry
 * in step.
 */
final class Backoff {

  static final long BASE_MILLIS = 100;
  static final long MAX_MILLIS = 5_000;

  private Backoff() {}

  /** When to try again after the {@code failuresInARow}-th failure (from 1) in a row. */
  static long nextAttempt(long now, int failuresInARow) {
    long backoff = Math.min(MAX_MILLIS, BASE_MILLIS << Math.min(Math.max(failuresInARow, 1) - 1, 16));
    return now + backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
  }
}
