package io.eddy.connectors.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The back-off of throttled shards grows from 100 ms, doubles, stops at 5 s and is jittered. */
class BackoffTest {

  @Test
  void growsExponentiallyWithinBounds() {
    for (int i = 0; i < 200; i++) {
      assertThat(Backoff.nextAttempt(1_000, 1)).isBetween(1_050L, 1_100L);
      assertThat(Backoff.nextAttempt(1_000, 3)).isBetween(1_200L, 1_400L);
      assertThat(Backoff.nextAttempt(1_000, 40)).isBetween(3_500L, 6_000L);
    }
    assertThat(java.util.stream.IntStream.range(0, 50).mapToLong(i -> Backoff.nextAttempt(0, 6)).distinct()
        .count()).as("jittered").isGreaterThan(1);
  }
}
