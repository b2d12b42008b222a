package io.eddy.runtime.operators.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.operators.WindowAssigner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link WindowSlices}: the slices derived from each window assigner. */
class WindowSlicesTest {

    private static final WindowAssigner HOP = WindowAssigner.hopping(Duration.ofSeconds(10), Duration.ofSeconds(2));
    private static final WindowAssigner CUMULATE = WindowAssigner.cumulative(Duration.ofSeconds(2), Duration.ofSeconds(6));

    @Test
    void hoppingSlicesAreTheSlide() {
        WindowSlices slices = new WindowSlices(HOP);
        assertThat(slices.sliceEnd(0)).isEqualTo(2_000);
        assertThat(slices.sliceEnd(1_999)).isEqualTo(2_000);
        assertThat(slices.sliceEnd(2_000)).isEqualTo(4_000);
        assertThat(slices.sliceEnd(-1)).isEqualTo(0);
        assertThat(slices.lastWindowEnd(2_000)).isEqualTo(10_000);
        assertThat(slices.firstWindowEndAfter(2_000, 5_000)).isEqualTo(6_000);
        assertThat(slices.firstWindowEndAfter(2_000, 10_000)).isEqualTo(Long.MAX_VALUE);
        assertThat(describe(slices.window(10_000))).containsExactly("2000 last", "4000 next 12000", "6000 next 12000",
                "8000 next 12000", "10000 next 12000");
        assertThat(describe(slices.window(12_000))).first().isEqualTo("4000 last");
    }

    @Test
    void cumulativeSlicesAreTheStepAndDieWithTheLargestWindow() {
        WindowSlices slices = new WindowSlices(CUMULATE);
        assertThat(slices.sliceEnd(4_500)).isEqualTo(6_000);
        assertThat(slices.lastWindowEnd(2_000)).isEqualTo(6_000);
        assertThat(describe(slices.window(4_000))).containsExactly("2000 next 6000", "4000 next 6000");
        assertThat(describe(slices.window(6_000))).containsExactly("2000 last", "4000 last", "6000 last");
    }

    @Test
    void offsetsShiftTheSlices() {
        WindowSlices slices = new WindowSlices(OffsetWindowAssigner.of(HOP, Duration.ofMillis(500)));
        assertThat(slices.sliceEnd(0)).isEqualTo(500);
        assertThat(slices.sliceEnd(500)).isEqualTo(2_500);
        assertThat(describe(slices.window(2_500))).containsExactly("-5500 last", "-3500 next 4500", "-1500 next 4500",
                "500 next 4500", "2500 next 4500");
    }

    @Test
    void remembersTheLastSliceWithoutMixingUpOutOfOrderTimes() {
        WindowSlices remembering = new WindowSlices(HOP);
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            long time = i * 3L + random.nextInt(5_000) - 2_500;
            assertThat(remembering.sliceEnd(time)).isEqualTo(time - Math.floorMod(time, 2_000) + 2_000);
        }
    }

    private static List<String> describe(WindowSlices.WindowOfSlices window) {
        List<String> slices = new ArrayList<>();
        for (int i = 0; i < window.count(); i++) {
            slices.add(window.sliceEnd(i) + (window.isLastWindow(i) ? " last" : " next " + window.nextWindow(i)));
        }
        return slices;
    }
}
