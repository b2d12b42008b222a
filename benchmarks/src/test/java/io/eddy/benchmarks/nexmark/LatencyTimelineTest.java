package io.eddy.benchmarks.nexmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyTimelineTest {

    private static final long ORIGIN = 1_700_000_000_000L;

    @Test
    void bucketsBidsByAppendTimeWithPercentilesAndCountsResultsByTheirAppend() {
        // 100 bids, one per ms from the origin: latency 5 ms, except bids 40..59 which wait 300 ms.
        long[] appends = new long[100];
        double[] latencies = new double[100];
        for (int i = 0; i < 100; i++) {
            appends[i] = ORIGIN + i;
            latencies[i] = i >= 40 && i < 60 ? 300 : 5;
        }
        LatencyTimeline timeline = LatencyTimeline.of(appends, latencies, ORIGIN, 20);
        assertThat(timeline.buckets()).extracting(LatencyTimeline.Bucket::offsetMillis)
                .containsExactly(0L, 20L, 40L, 60L, 80L, 100L, 340L);
        LatencyTimeline.Bucket first = timeline.buckets().get(0);
        assertThat(first.latency()).isEqualTo(new Percentiles(20, 5, 5, 5));
        assertThat(first.results()).isEqualTo(15); // bids 0..14 land at 5..19
        assertThat(timeline.buckets().get(2).latency().max()).isEqualTo(300);
        assertThat(timeline.buckets().get(5).latency().measured()).isFalse();
        assertThat(timeline.buckets().get(5).results()).isEqualTo(5); // bids 95..99 land at 100..104
        assertThat(timeline.buckets().stream().mapToLong(LatencyTimeline.Bucket::results).sum()).isEqualTo(100);
        assertThat(timeline.stalls(100)).containsExactly(new LatencyTimeline.Stall(40, 60, 20, 300));
    }

    @Test
    void mergesConsecutiveSlowBucketsIntoOneStallAndLeavesOutBidsBeforeTheOrigin() {
        long[] appends = {ORIGIN - 50, ORIGIN + 10, ORIGIN + 110, ORIGIN + 150, ORIGIN + 250, ORIGIN + 420};
        double[] latencies = {900, 1, 400, 380, 250, 2};
        LatencyTimeline timeline = LatencyTimeline.of(appends, latencies, ORIGIN, 100);
        assertThat(timeline.buckets().get(0).latency().count()).isEqualTo(1);
        assertThat(timeline.stalls(100)).containsExactly(new LatencyTimeline.Stall(100, 300, 3, 400));
        assertThat(timeline.stalls(1000)).isEmpty();
    }

    @Test
    void writesOneTabSeparatedLinePerBucketWithItsWallClockTime() {
        LatencyTimeline timeline = LatencyTimeline.of(new long[] {ORIGIN + 30, ORIGIN + 60}, new double[] {4, 12}, ORIGIN, 100);
        assertThat(timeline.toText()).isEqualTo("offset_ms\tutc\tbids\tp50_ms\tp99_ms\tmax_ms\tresults\n"
                + "0\t22:13:20.000\t2\t4\t12\t12\t2\n");
    }

    @Test
    void rejectsMismatchedSamplesAndEmptyBuckets() {
        assertThatThrownBy(() -> LatencyTimeline.of(new long[1], new double[2], ORIGIN, 100))
                .hasMessage("appendMillis and latencyMillis differ in length: 1 and 2");
        assertThatThrownBy(() -> LatencyTimeline.of(new long[0], new double[0], ORIGIN, 0))
                .hasMessage("bucketMillis is not positive: 0");
        assertThat(LatencyTimeline.of(new long[0], new double[0], ORIGIN, 100).buckets()).isEmpty();
    }

    @Test
    void readsTheLinesOfSeveralFilesInOrderOneFileAtATime(@TempDir Path directory) throws IOException {
        List<String> lines = new ArrayList<>();
        try (FileLines reader = new FileLines(twoLinesNothingAndOneLine(directory))) {
            reader.forEachRemaining(lines::add);
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
        assertThat(lines).containsExactly("1", "2", "3");
        try (FileLines missing = new FileLines(List.of(directory.resolve("none")))) {
            assertThatThrownBy(missing::hasNext).hasMessageContaining("Cannot read " + directory.resolve("none"));
        }
    }

    @Test
    void cyclingLinesStartOverAfterTheLastFileAndEndOnlyWhenThereAreNone(@TempDir Path directory) throws IOException {
        List<Path> files = twoLinesNothingAndOneLine(directory);
        List<String> lines = new ArrayList<>();
        try (FileLines reader = FileLines.cycling(files)) {
            for (int i = 0; i < 7; i++) {
                lines.add(reader.next());
            }
        }
        assertThat(lines).containsExactly("1", "2", "3", "1", "2", "3", "1");
        try (FileLines nothing = FileLines.cycling(List.of(files.get(1), files.get(1)))) {
            assertThat(nothing.hasNext()).isFalse();
        }
    }

    /** Three files: "1" and "2", nothing, then "3" without a final line break. */
    private static List<Path> twoLinesNothingAndOneLine(Path directory) throws IOException {
        return List.of(Files.writeString(directory.resolve("a"), "1\n2\n", StandardCharsets.UTF_8),
                Files.writeString(directory.resolve("b"), "", StandardCharsets.UTF_8),
                Files.writeString(directory.resolve("c"), "3", StandardCharsets.UTF_8));
    }
}
