package io.eddy.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class TimerBucketTest {

    private static final UnaryOperator<Row> COPY = Row::copy;

    @Test
    void pollsInTheOrderTimersWereAddedSkippingRemovedOnes() {
        TimerBucket bucket = new TimerBucket(100);
        for (long id = 0; id < 10; id++) {
            assertThat(bucket.add(Row.of(id), id * 10, (int) id, id, COPY)).isTrue();
        }
        assertThat(bucket.remove(Row.of(3L), 30)).isTrue();
        assertThat(bucket.remove(Row.of(3L), 30)).as("already removed").isFalse();
        assertThat(bucket.remove(Row.of(4L), 41)).as("another namespace").isFalse();

        List<Long> polled = new ArrayList<>();
        while (!bucket.isEmpty()) {
            QueuedTimer timer = bucket.poll();
            assertThat(timer.time()).isEqualTo(100);
            assertThat(timer.namespace()).isEqualTo(timer.sequence() * 10);
            polled.add(timer.key().getLong(0));
        }
        assertThat(polled).containsExactly(0L, 1L, 2L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void keepsOneTimerPerKeyAndNamespaceAndAsksTheKeeperOnlyForNewOnes() {
        TimerBucket bucket = new TimerBucket(5);
        List<Row> kept = new ArrayList<>();
        UnaryOperator<Row> keeper = key -> {
            Row copy = key.copy();
            kept.add(copy);
            return copy;
        };
        Row reused = Row.of(7L);
        assertThat(bucket.add(reused, 1, 0, 0, keeper)).isTrue();
        assertThat(bucket.add(reused, 1, 0, 1, keeper)).isFalse();
        assertThat(bucket.add(reused, 2, 0, 2, keeper)).isTrue();
        reused.setLong(0, 8L);
        assertThat(bucket.add(reused, 1, 0, 3, keeper)).as("the bucket kept its own row for key 7").isTrue();

        assertThat(kept).hasSize(3);
        assertThat(bucket.poll().key()).isSameAs(kept.get(0)).isEqualTo(Row.of(7L));
        assertThat(bucket.size()).isEqualTo(2);
    }

    @Test
    void findsTimersAgainAfterTheArraysAreCompactedAndGrown() {
        TimerBucket bucket = new TimerBucket(0);
        for (long id = 0; id < 1_000; id++) {
            bucket.add(Row.of(id), 0, 0, id, COPY);
        }
        for (long id = 0; id < 1_000; id += 2) {
            assertThat(bucket.remove(Row.of(id), 0)).isTrue();
        }
        for (long id = 1_000; id < 1_600; id++) {
            bucket.add(Row.of(id), 0, 0, id, COPY);
        }
        for (long id = 1; id < 1_600; id += 2) {
            assertThat(bucket.add(Row.of(id), 0, 0, -1, COPY)).as("timer %s is pending", id).isFalse();
        }
        assertThat(bucket.size()).isEqualTo(1_100);
        List<Long> sequences = new ArrayList<>();
        bucket.forEach(timer -> sequences.add(timer.sequence()));
        assertThat(sequences).hasSize(1_100).isSorted();
    }

    @Test
    void staysInProportionToItsPendingTimersWhileTimersComeAndGo() {
        TimerBucket bucket = new TimerBucket(0);
        long next = 0;
        for (int round = 0; round < 200_000; round++) {
            bucket.add(Row.of(next), 0, 0, next, COPY);
            next++;
            if (bucket.size() > 50) {
                bucket.poll();
            }
        }
        assertThat(bucket.size()).isEqualTo(50);
        assertThat(bucket.capacity()).as("arrays").isLessThanOrEqualTo(256);
        assertThat(bucket.indexLength()).as("index slots").isLessThanOrEqualTo(512);
    }
}
