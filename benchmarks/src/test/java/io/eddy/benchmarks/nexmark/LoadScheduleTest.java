package io.eddy.benchmarks.nexmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadScheduleTest {

    @Test
    void rampsLinearlyToTheRateThenKeepsIt() {
        LoadSchedule schedule = new LoadSchedule(50_000, Duration.ofSeconds(5), Duration.ZERO);
        assertThat(schedule.rampBids()).isEqualTo(125_000);
        assertThat(schedule.offsetNanos(0)).isZero();
        // A quarter of the ramp's bids take half of its time (the rate rises linearly).
        assertThat(schedule.offsetNanos(31_250)).isEqualTo(2_500_000_000L);
        assertThat(schedule.offsetNanos(125_000)).isEqualTo(5_000_000_000L);
        assertThat(schedule.offsetNanos(125_000 + 50_000)).isEqualTo(6_000_000_000L);
        assertThat(schedule.offsetNanos(125_001) - schedule.offsetNanos(125_000)).isEqualTo(20_000);
        for (long n = 1; n < 200_000; n += 997) {
            assertThat(schedule.offsetNanos(n)).isGreaterThanOrEqualTo(schedule.offsetNanos(n - 1));
        }
    }

    @Test
    void withoutARampEveryBidIsAtTheRate() {
        LoadSchedule schedule = new LoadSchedule(1_000, Duration.ZERO, Duration.ZERO);
        assertThat(schedule.rampBids()).isZero();
        assertThat(schedule.unmeasuredBids()).isZero();
        assertThat(schedule.measuredFromNanos()).isZero();
        assertThat(schedule.offsetNanos(3)).isEqualTo(3_000_000);
    }

    @Test
    void theWarmUpHoldsTheRateBeforeTheMeasuredBids() {
        LoadSchedule schedule = new LoadSchedule(50_000, Duration.ofSeconds(5), Duration.ofSeconds(30));
        assertThat(schedule.rampBids()).isEqualTo(125_000);
        assertThat(schedule.unmeasuredBids()).isEqualTo(125_000 + 1_500_000);
        assertThat(schedule.measuredFromNanos()).isEqualTo(35_000_000_000L);
        // The warm-up changes which bids count, not when any bid is appended.
        LoadSchedule withoutWarmUp = new LoadSchedule(50_000, Duration.ofSeconds(5), Duration.ZERO);
        for (long n = 0; n < 2_000_000; n += 9_973) {
            assertThat(schedule.offsetNanos(n)).isEqualTo(withoutWarmUp.offsetNanos(n));
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new LoadSchedule(0, Duration.ZERO, Duration.ZERO)).hasMessage("rate is not positive: 0");
        assertThatThrownBy(() -> new LoadSchedule(1, Duration.ofSeconds(-1), Duration.ZERO))
                .hasMessage("ramp is negative: PT-1S");
        assertThatThrownBy(() -> new LoadSchedule(1, Duration.ZERO, Duration.ofSeconds(-2)))
                .hasMessage("warm-up is negative: PT-2S");
        assertThatThrownBy(() -> new LoadSchedule(1, Duration.ZERO, Duration.ZERO).offsetNanos(-1))
                .hasMessage("n is negative: -1");
    }
}
