package io.eddy.benchmarks.nexmark;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The latencies of a Kafka latency run over time: the measured bids grouped into buckets of their
 * append time (e.g. 100 ms), each with its count, p50, p99 and max latency. A stall shows as a run
 * of buckets whose max falls linearly (every bid appended during the stall waits for its end), and
 * the bucket's wall-clock time lines it up with GC and JIT logs of the job's JVM.
 *
 * @param originMillis epoch milliseconds the offsets count from (the start of the measured load)
 * @param bucketMillis the width of a bucket
 * @param buckets the non-empty buckets, by start
 */
record LatencyTimeline(long originMillis, long bucketMillis, List<Bucket> buckets) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    /**
     * The latencies of the bids appended in one bucket.
     *
     * @param offsetMillis the bucket's start, from the timeline's origin
     * @param latency the latencies of the bids appended in it
     * @param results how many of the bids' results were appended in it (the job's output rate)
     */
    record Bucket(long offsetMillis, Percentiles latency, long results) {

        Bucket {
            requireNonNull(latency, "latency is null");
            if (results < 0) {
                throw new IllegalArgumentException("results is negative: " + results);
            }
        }
    }

    LatencyTimeline {
        if (bucketMillis <= 0) {
            throw new IllegalArgumentException("bucketMillis is not positive: " + bucketMillis);
        }
        buckets = List.copyOf(buckets);
    }

    /**
     * The timeline of samples given as parallel arrays: each bid's append time and its latency, in
     * milliseconds. Bids appended before {@code originMillis} are left out.
     */
    static LatencyTimeline of(long[] appendMillis, double[] latencyMillis, long originMillis, long bucketMillis) {
        if (appendMillis.length != latencyMillis.length) {
            throw new IllegalArgumentException("appendMillis and latencyMillis differ in length: "
                    + appendMillis.length + " and " + latencyMillis.length);
        }
        if (bucketMillis <= 0) {
            throw new IllegalArgumentException("bucketMillis is not positive: " + bucketMillis);
        }
        TreeMap<Long, List<Double>> grouped = new TreeMap<>();
        TreeMap<Long, Long> results = new TreeMap<>();
        for (int i = 0; i < appendMillis.length; i++) {
            long offset = appendMillis[i] - originMillis;
            if (offset >= 0) {
                grouped.computeIfAbsent(start(offset, bucketMillis), start -> new ArrayList<>()).add(latencyMillis[i]);
                results.merge(start(offset + (long) Math.floor(latencyMillis[i]), bucketMillis), 1L, Long::sum);
                grouped.computeIfAbsent(start(offset + (long) Math.floor(latencyMillis[i]), bucketMillis), start -> new ArrayList<>());
            }
        }
        List<Bucket> buckets = new ArrayList<>();
        grouped.forEach((start, latencies) -> buckets.add(new Bucket(start,
                Percentiles.of(latencies.stream().mapToDouble(Double::doubleValue).toArray()), results.getOrDefault(start, 0L))));
        return new LatencyTimeline(originMillis, bucketMillis, buckets);
    }

    private static long start(long offset, long bucketMillis) {
        return Math.floorDiv(offset, bucketMillis) * bucketMillis;
    }

    /**
     * The buckets whose largest latency is at least {@code thresholdMillis}, merged into stalls:
     * consecutive such buckets form one stall, from the first bucket's start to the last one's end.
     */
    List<Stall> stalls(double thresholdMillis) {
        List<Stall> stalls = new ArrayList<>();
        Stall current = null;
        for (Bucket bucket : buckets) {
            if (!bucket.latency().measured() || bucket.latency().max() < thresholdMillis) {
                current = null;
                continue;
            }
            if (current != null && current.endMillis() == bucket.offsetMillis()) {
                current = new Stall(current.startMillis(), bucket.offsetMillis() + bucketMillis,
                        current.bids() + bucket.latency().count(), Math.max(current.maxMillis(), bucket.latency().max()));
                stalls.set(stalls.size() - 1, current);
            } else {
                current = new Stall(bucket.offsetMillis(), bucket.offsetMillis() + bucketMillis, bucket.latency().count(),
                        bucket.latency().max());
                stalls.add(current);
            }
        }
        return stalls;
    }

    /**
     * Consecutive buckets of high latency.
     *
     * @param startMillis the first bucket's start, from the origin
     * @param endMillis the last bucket's end, from the origin
     * @param bids the bids appended in them
     * @param maxMillis the largest latency among them
     */
    record Stall(long startMillis, long endMillis, long bids, double maxMillis) {
    }

    /**
     * One line per bucket, tab-separated after a header: offset ms, UTC wall time, bids appended,
     * their p50, p99 and max latency (ms), and results appended in the bucket.
     */
    String toText() {
        StringBuilder text = new StringBuilder("offset_ms\tutc\tbids\tp50_ms\tp99_ms\tmax_ms\tresults\n");
        for (Bucket bucket : buckets) {
            Percentiles latency = bucket.latency();
            text.append(String.format(Locale.ROOT, "%d\t%s\t%d\t%.0f\t%.0f\t%.0f\t%d%n", bucket.offsetMillis(),
                    UTC.format(Instant.ofEpochMilli(originMillis + bucket.offsetMillis())), latency.count(), latency.p50(),
                    latency.p99(), latency.max(), bucket.results()));
        }
        return text.toString();
    }
}
