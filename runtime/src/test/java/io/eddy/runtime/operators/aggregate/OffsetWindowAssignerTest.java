package io.eddy.runtime.operators.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.operators.WindowAssigner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetWindowAssignerTest {

    private static List<String> windows(WindowAssigner assigner, long timestamp) {
        List<String> windows = new ArrayList<>();
        assigner.assignWindows(timestamp, end -> windows.add("[" + assigner.windowStart(end) + ", " + end + ")"));
        return windows;
    }

    @Test
    void tumblingWindowsStartAtTheOffset() {
        WindowAssigner shifted = OffsetWindowAssigner.of(WindowAssigner.tumbling(Duration.ofSeconds(10)), Duration.ofSeconds(3));
        assertThat(windows(shifted, 1_000)).containsExactly("[-7000, 3000)");
        assertThat(windows(shifted, 3_000)).containsExactly("[3000, 13000)");
        assertThat(windows(shifted, 12_999)).containsExactly("[3000, 13000)");
    }

    @Test
    void negativeOffsetsAndHoppingWindowsShiftEveryWindow() {
        WindowAssigner hopping = OffsetWindowAssigner.of(WindowAssigner.hopping(Duration.ofSeconds(10), Duration.ofSeconds(5)),
                Duration.ofSeconds(-1));
        assertThat(windows(hopping, 4_000)).containsExactly("[-1000, 9000)", "[4000, 14000)");
        WindowAssigner cumulative = OffsetWindowAssigner.of(WindowAssigner.cumulative(Duration.ofSeconds(2), Duration.ofSeconds(6)),
                Duration.ofSeconds(1));
        assertThat(windows(cumulative, 2_500)).containsExactly("[1000, 3000)", "[1000, 5000)", "[1000, 7000)");
    }

    @Test
    void aZeroOffsetOrOneOfAWholeSizeKeepsTheAlignedWindows() {
        WindowAssigner aligned = WindowAssigner.tumbling(Duration.ofSeconds(10));
        assertThat(OffsetWindowAssigner.of(aligned, Duration.ZERO)).isSameAs(aligned);
        assertThat(windows(OffsetWindowAssigner.of(aligned, Duration.ofSeconds(10)), 12_000)).containsExactly("[10000, 20000)");
    }
}
