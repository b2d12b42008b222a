package io.eddy.runtime.time;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * How a source derives watermarks: creates one {@link WatermarkGenerator} per split. Stateless and
 * shared by all subtasks.
 */
@FunctionalInterface
public interface WatermarkStrategy {

    WatermarkGenerator createGenerator();

    /** No event time: the watermark stays at {@code Long.MIN_VALUE} until the end of input. */
    static WatermarkStrategy noWatermarks() {
        return () -> new MaxWatermarks(row -> Long.MIN_VALUE);
    }

    /**
     * Flink SQL's {@code WATERMARK FOR ts AS ts - INTERVAL ...}: the watermark is the largest timestamp
     * seen minus the allowed delay (records up to that delay out of order are not late).
     */
    static WatermarkStrategy boundedOutOfOrderness(ToLongFunction<Row> timestamp, Duration maxDelay) {
        requireNonNull(timestamp, "timestamp is null");
        long delay = requireNonNull(maxDelay, "maxDelay is null").toMillis();
        return () -> new MaxWatermarks(row -> timestamp.applyAsLong(row) - delay);
    }

    /** The watermark is the largest value of an expression over the records (a generated SQL watermark expression). */
    static WatermarkStrategy fromExpression(ToLongFunction<Row> watermarkExpression) {
        requireNonNull(watermarkExpression, "watermarkExpression is null");
        return () -> new MaxWatermarks(watermarkExpression);
    }

    /** A generator whose watermark is the maximum of a per-record candidate. */
    final class MaxWatermarks implements WatermarkGenerator {
        private final ToLongFunction<Row> candidate;
        private long watermark = Long.MIN_VALUE;

        MaxWatermarks(ToLongFunction<Row> candidate) {
            this.candidate = candidate;
        }

        @Override
        public void onEvent(Row row) {
            long value = candidate.applyAsLong(row);
            if (value > watermark) {
                watermark = value;
            }
        }

        @Override
        public long currentWatermark() {
            return watermark;
        }
    }
}
